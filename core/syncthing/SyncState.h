#pragma once

#include "syncthing/RestClient.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace figestio {

// A file that recently went one way or the other.
struct RecentFile {
    enum class Action { Downloaded, Deleted, Sent, Failed };
    QString path; // relative to the folder
    Action action = Action::Downloaded;
    QDateTime time;
    QString error; // non-empty when action == Failed
};

// What the UI shows about the tracked folder, the tracked server connection and the whole app.
// Pure model: fed with REST snapshots (apply*) and events (applyEvent) by SyncthingService;
// no network of its own, so it is unit-tested with recorded JSON. Every read-side value
// notifies through the coalesced changed() signal; overallChanged fires at once on every
// transition (so a short "syncing" is never lost to coalescing).
class SyncState : public QObject {
    Q_OBJECT
public:
    // The one word for the tray.
    enum class Overall {
        Starting,
        NotConfigured,
        UpToDate,
        Syncing,
        Paused,
        Error,
        ServerOffline,
        Stopped
    };
    Q_ENUM(Overall)
    // The tracked folder's own state.
    enum class FolderActivity { Unknown, UpToDate, Scanning, Syncing, Paused, Error };
    Q_ENUM(FolderActivity)
    // The sidecar's state as the service reports it. Updating: a start that takes long but
    // progresses (shown as starting, in its own words); NotResponding: running but silent (an
    // error until it answers again or is restarted).
    enum class Engine { Stopped, Starting, Updating, Running, NotResponding, Failed };
    Q_ENUM(Engine)

    // Everything known about one folder (the tracked one is m_folders[folderId()]).
    struct Folder {
        QString id;
        QString label;
        QString path;
        bool configured = false;
        bool paused = false;
        QString rawState; // Syncthing's word ("" while paused in 1.19)
        QString stateError;
        FolderStatus status;
        bool haveStatus = false;
        Completion remote; // the tracked device's completion of this folder
        bool haveRemote = false;
        QList<FolderError> errors;
        QDateTime lastSync;
        QDateTime checkedAt;      // the server last confirmed it has everything (connected, 100 %)
        QList<RecentFile> recent; // newest first, at most kRecentFiles
    };
    static constexpr int kRecentFiles = 10;

    explicit SyncState(QObject *parent = nullptr);

    // The setup flow names the folder and server device that matter.
    void setTracked(const QString &folderId, const QString &serverDeviceId);
    QString trackedFolderId() const { return m_folderId; }
    QString trackedDeviceId() const { return m_deviceId; }

    // --- read side (UI) ---
    Overall overall() const { return m_overall; }
    QString overallText() const; // in words, translated
    static QString overallText(Overall overall);
    QString folderId() const { return m_folderId; }
    QString folderLabel() const;
    QString folderPath() const;
    FolderActivity folderActivity() const;
    double completion() const; // 0–100, both directions combined
    qint64 needItems() const;
    qint64 needBytes() const;
    QDateTime lastSyncTime() const;
    QList<RecentFile> recentFiles() const;
    QList<FolderError> folderErrors() const; // files that could not be synced, in words
    QString folderError() const;             // why the whole folder stopped, in words
    QString problem() const; // what stops syncing, in words: the folder's error, else the engine's
    bool serverConnected() const { return m_connected; }
    QString serverAddress() const { return m_address; }
    QDateTime serverConnectedSince() const { return m_connectedSince; }
    bool serverPaused() const { return m_devicePaused; }
    // The last moment the server was connected: now while it is, else the disconnection or
    // Syncthing's record of when it last saw it (invalid: never).
    QDateTime serverLastContact(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    Engine engine() const { return m_engine; }
    QString engineError() const { return m_engineError; }
    // Files of the tracked folder waiting for the person's choice (conflicts, issue 9 §3): part of
    // "is it safe?", counted by ConflictMonitor (the folder walk is not the engine's to report).
    int waitingConflicts() const { return m_conflicts; }
    // Why the folder's changes are not all noticed as they happen, in words (DeletionGuard::
    // problem(): the system's limit of watched folders, a network drive); empty when they are.
    // Not an error: syncing goes on, with a more frequent check of the whole folder.
    QString watchProblem() const { return m_watchProblem; }
    // Everything known about the tracked folder (Safety reads its completion and counts).
    Folder trackedFolder() const { return m_folders.value(m_folderId); }

    // --- write side (SyncthingService) ---
    void setEngine(Engine engine, const QString &error = {});
    // The app's change detection (not Syncthing's): kept across engine restarts and clear().
    void setWatchProblem(const QString &problem);
    // The user paused or resumed the server: shown at once, before Syncthing confirms it with
    // DevicePaused/DeviceResumed (a failed request sets it back).
    void setServerPaused(bool paused);
    void setWaitingConflicts(int count);
    void applyFolderConfigs(const QList<FolderConfig> &folders);
    void applyDeviceConfigs(const QList<DeviceConfig> &devices);
    void applyFolderStatus(const QString &folderId, const FolderStatus &status);
    void applyCompletion(const QString &folderId, const QString &deviceId, const Completion &c);
    void applyConnections(const QList<ConnectionInfo> &connections);
    void applyFolderStats(const QList<FolderStats> &stats);
    void applyDeviceLastSeen(const QHash<QString, QDateTime> &lastSeen);
    void applyFolderErrors(const QString &folderId, const QList<FolderError> &errors);
    // One event from /rest/events; unknown types are ignored.
    void applyEvent(const SyncthingEvent &event);
    void applyEvents(const QList<SyncthingEvent> &events);
    // Syncthing's technical error text in plain words (falls back to the text itself).
    static QString describeError(const QString &raw);
    // Drops what is known (e.g. before a fresh snapshot after a Syncthing restart).
    void clear();

signals:
    void changed(); // coalesced: at most once per event-loop pass
    void overallChanged(figestio::SyncState::Overall overall);
    void conflictDetected(const QString &path); // a ".sync-conflict-" file appeared
    void folderErrorsChanged();
    void trackedChanged(); // setTracked() named another folder/device: re-read them

private:
    Folder &folderRef(const QString &id);
    void addRecent(const QString &folderId, RecentFile file);
    void setConnected(bool connected, const QString &address, const QDateTime &since);
    void noteChecked(Folder &f); // the server has everything of f: remember when
    void touch();                // schedules changed() and recomputes overall
    Overall computeOverall() const;
    static FolderActivity activityOf(const Folder &f);

    QString m_folderId;
    QString m_deviceId;
    QHash<QString, Folder> m_folders;
    bool m_connected = false;
    bool m_devicePaused = false;
    QString m_address;
    QDateTime m_connectedSince;
    QDateTime m_lastContact;   // while disconnected: when the server was last connected
    bool m_haveConfig = false; // a folder list arrived since (re)start: NotConfigured means it
    Engine m_engine = Engine::Stopped;
    QString m_engineError;
    int m_conflicts = 0;
    QString m_watchProblem;
    Overall m_overall = Overall::Stopped;
    QTimer m_coalesce;
};

} // namespace figestio
