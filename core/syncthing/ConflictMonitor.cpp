#include "syncthing/ConflictMonitor.h"

#include <utility>

namespace figestio {

ConflictMonitor::ConflictMonitor(QObject *parent)
    : QObject(parent) {
    m_worker.setMaxThreadCount(1);
}

// A walk still under way finishes before the monitor goes; its queued answer dies with the monitor.
ConflictMonitor::~ConflictMonitor() {
    m_worker.waitForDone();
}

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
    m_worker.start([this, folder, device, generation] {
        QList<Conflict> found = ConflictList::scan(folder, device);
        // Back on the monitor's thread.
        QMetaObject::invokeMethod(
            this,
            [this, found, generation] {
                m_running = false;
                if (generation == m_generation) {
                    m_conflicts = found;
                    emit changed();
                }
                if (std::exchange(m_again, false) || generation != m_generation)
                    refresh();
            },
            Qt::QueuedConnection);
    });
}

Result<QString> ConflictMonitor::resolve(const Conflict &conflict, ConflictList::Choice choice) {
    Result<QString> r = ConflictList::resolve(m_folder, conflict, choice);
    refresh();
    return r;
}

} // namespace figestio
