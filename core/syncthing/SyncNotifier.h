#pragma once

#include "syncthing/SyncState.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace figestio {

// When syncing is worth telling the user about, decided from SyncState (like syncthingtray's
// SyncthingNotifier): a stopped folder or files that could not be synced (once per new
// problem, not again for the same list), a conflict copy, and a server outage longer than
// offlineNotifyMs while signed in and set up (short outages fix themselves). No words and
// no widgets: the tray turns each signal into a message.
class SyncNotifier : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultOfflineNotifyMs = 5 * 60 * 1000;

    explicit SyncNotifier(SyncState *state, int offlineNotifyMs = kDefaultOfflineNotifyMs,
                          QObject *parent = nullptr);

    // An outage counts only while both hold.
    void setSignedIn(bool signedIn);
    void setSetUp(bool setUp);

signals:
    void folderStopped(const QString &problem); // why the whole folder stopped, in words
    void filesFailed(const QList<figestio::FolderError> &errors); // at least one of them is new
    void conflictFound(const QString &path);
    void serverUnreachable(int minutes); // unreachable for that long (at least 1)

private:
    void onOverallChanged();
    void checkErrors();

    QPointer<SyncState> m_state;
    QTimer m_offlineTimer;
    int m_offlineNotifyMs;
    bool m_signedIn = false;
    bool m_setUp = false;
    int m_lastErrorCount = 0;
};

} // namespace figestio
