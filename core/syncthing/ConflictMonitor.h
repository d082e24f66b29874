#pragma once

#include "syncthing/ConflictList.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

namespace figestio {

// Keeps the list of the tracked folder's conflicts (issue 9 §3) for "Needs your attention":
// refreshed when asked (start, a conflict copy arriving, after a choice), the folder walked on a
// worker thread so the GUI never waits for the disk. The destructor waits for a walk under way, so
// none outlives the monitor (or the application).
class ConflictMonitor : public QObject {
    Q_OBJECT
public:
    explicit ConflictMonitor(QObject *parent = nullptr);
    ~ConflictMonitor() override;

    void setFolder(const QString &folderPath, const QString &myDeviceId);
    QList<Conflict> conflicts() const { return m_conflicts; }

    void refresh();
    // Applies a choice and refreshes; the error in words when it failed.
    Result<QString> resolve(const Conflict &conflict, ConflictList::Choice choice);

signals:
    void changed();

private:
    QString m_folder;
    QString m_deviceId;
    QList<Conflict> m_conflicts;
    QThreadPool m_worker; // one thread: at most one walk at a time
    bool m_running = false;
    bool m_again = false;
    quint64 m_generation = 0;
};

} // namespace figestio
