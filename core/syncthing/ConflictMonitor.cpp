#include "syncthing/ConflictMonitor.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <utility>

namespace figestio {

ConflictMonitor::ConflictMonitor(QObject *parent)
    : QObject(parent) {}

ConflictMonitor::~ConflictMonitor() = default;

void ConflictMonitor::setFolder(const QString &folderPath, const QString &myDeviceId) {
    if (folderPath == m_folder && myDeviceId == m_deviceId)
        return;
    m_folder = folderPath;
    m_deviceId = myDeviceId;
    ++m_generation;
    m_conflicts.clear();
    emit changed();
    refresh();
}

void ConflictMonitor::refresh() {
    if (m_folder.isEmpty())
        return;
    if (m_running) {
        m_again = true; // one more walk after this one: a change may have come in meanwhile
        return;
    }
    m_running = true;
    const QString folder = m_folder;
    const QString device = m_deviceId;
    const quint64 generation = m_generation;
    QPointer<ConflictMonitor> self(this);
    QThread *worker = QThread::create([self, folder, device, generation] {
        QList<Conflict> found = ConflictList::scan(folder, device);
        // Back on the monitor's thread (dropped when the monitor is gone).
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, found, generation] {
                if (!self)
                    return;
                self->m_running = false;
                if (generation == self->m_generation) {
                    self->m_conflicts = found;
                    emit self->changed();
                }
                if (std::exchange(self->m_again, false) || generation != self->m_generation)
                    self->refresh();
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

Result<QString> ConflictMonitor::resolve(const Conflict &conflict, ConflictList::Choice choice) {
    Result<QString> r = ConflictList::resolve(m_folder, conflict, choice);
    refresh();
    return r;
}

} // namespace figestio
