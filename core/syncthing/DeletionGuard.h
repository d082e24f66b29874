#pragma once

#include "syncthing/DeletionPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace figestio {

class FolderIndex;
class FolderWatcher;
class RestClient;

// The mass-delete guard (issue 9 §4, DESIGN §6): nothing deleted locally reaches the server
// before it has been counted, and a mass deletion waits for the person.
//
// The engine's own watcher and periodic rescan are off for the app's folder; FolderWatcher
// reports which subfolders changed, and this class asks Syncthing to scan them (POST
// /rest/db/scan?sub=…) only after comparing Syncthing's index under them with the disk. A batch
// that deletes DeletionPolicy's share (≥ 20 files and ≥ 20 % of the folder) is held: the folder
// turns receive-only (so no later scan — an engine restart's, a folder restart's — can send the
// deletions either) and held() asks. restore(): a receive-only scan records the deletions,
// POST /rest/db/revert fetches them back from the server, then send-receive again. A revert also
// undoes what was added or edited meanwhile (versioning archives it): those files are brought
// back from their versions before the folder sends again.
// deleteOnServer(): send-receive, then a scan sends them.
//
// At every engine start the folder is checked before anything is sent: it starts receive-only
// (holdAtNextStart() marks it so in config.xml before the engine runs, so even the engine's
// start-up scan cannot send what was deleted while the app was not running), a scan records the
// local changes, and Syncthing's count of recorded deletions decides, as above.
//
// A safety rescan of the whole folder (the same check) runs every kRescanMs: a watcher can miss
// changes (an event queue overflow, a change on a network drive made by another computer); an
// hour is Syncthing's own default rescan interval. While the watcher reports a problem, every
// kShortRescanMs. A folder that goes away (USB disk, network share) is neither scanned nor
// counted (that would look like every file deleted); it is scanned as soon as it is back.
class DeletionGuard : public QObject {
    Q_OBJECT
public:
    enum class State { Off, Checking, Watching, Held, Restoring, Deleting, Away };
    Q_ENUM(State)

    static constexpr int kRescanMs = 60 * 60 * 1000;
    static constexpr int kShortRescanMs = 5 * 60 * 1000;

    explicit DeletionGuard(RestClient *rest, QObject *parent = nullptr);
    ~DeletionGuard() override;

    // After every engine (re)start: the start check, then watching.
    void start(const QString &folderId, const QString &folderPath);
    void stop();

    State state() const { return m_state; }
    DeletionHold hold() const { return m_hold; }
    // Why changes are not all noticed as they happen, and what is done instead, in words;
    // empty when every change is followed (FolderWatcher::limit()).
    QString problem() const;

    void restore();
    void deleteOnServer();

    // Before the engine starts: the folder's type in config.xml becomes receive-only, so the
    // engine's start-up scan records local deletions instead of sending them.
    static QByteArray holdInConfig(QByteArray configXml, const QString &folderId);
    static bool holdAtNextStart(const QString &syncthingHome, const QString &folderId);

signals:
    void held(const figestio::DeletionHold &hold);
    void released();                   // restored or deleted; watching again
    void failed(const QString &error); // in words; the guard retries
    // problem() changed (the status window and the tray's tooltip say it while it lasts).
    void problemChanged(const QString &problem);

private:
    friend class SyncthingTestAccess;
    void startCheck();
    void onChanged(const QStringList &dirs);
    void checkBatch(const QStringList &dirs);
    void readIndex(const QStringList &dirs, int i, const QStringList &known);
    void countMissing(const QStringList &dirs, const QStringList &known);
    void decide(const QStringList &dirs, QStringList missing);
    void holdBatch(const DeletionHold &hold);
    void scanBatch(const QStringList &dirs);
    void batchDone();
    void retryLater(const QStringList &dirs, const QString &error);
    void scanWithRetry(const QStringList &subs, int attempts, std::function<void(bool)> done);
    void waitUntilRestored(int attempts);
    void bringBackOwnChanges();
    void release(bool restored);
    void updateRescanInterval();

    RestClient *m_rest;
    FolderIndex *m_index = nullptr;
    FolderWatcher *m_watcher;
    QString m_folderId;
    QString m_path;
    State m_state = State::Off;
    DeletionHold m_hold;
    bool m_busy = false;
    QSet<QString> m_queued;
    QTimer m_rescan;
    QThreadPool m_worker;
    quint64 m_generation = 0;
    QStringList m_ownChanges; // added or edited while held (restore keeps them)
    QDateTime m_revertedAt;
};

} // namespace figestio
