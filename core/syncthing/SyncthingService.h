#pragma once

#include "common/Callback.h"
#include "common/Result.h"
#include "syncthing/EngineTiming.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace figestio {

class EventStream;
class RestClient;
class RestEventTransport;
class SidecarProcess;
class SyncState;

// The app's one Syncthing: owns the sidecar process, its REST client, the event stream and
// the state model, and wires them. On every (re)start it applies the hardened options, takes
// one REST snapshot, then follows events only (a slow fallback poll runs only while the event
// stream is down). The user's pause of the server is kept in settings and applied again after
// every (re)start (Syncthing 1.19 keeps a device pause in memory only).
class SyncthingService : public QObject {
    Q_OBJECT
public:
    enum class Status { Stopped, Starting, Running, Failed };
    Q_ENUM(Status)

    // homeDir empty: QStandardPaths::AppLocalDataLocation + "/syncthing".
    explicit SyncthingService(const QString &homeDir = {}, QObject *parent = nullptr);
    ~SyncthingService() override;

    static QString defaultHomeDir();

    void start();
    void stop(); // graceful; emits stopped()
    // The folder DeletionGuard checks at every start: before each (re)start of the engine, the
    // first one and every crash restart alike, it is marked receive-only in config.xml, so the
    // engine's start-up scan records what was deleted while it was down instead of sending it.
    // Empty: none (not set up).
    void setHeldFolder(const QString &folderId);
    // "Restart the sync engine": after giving up (Failed), or to replace a hung one.
    void restart();

    Status status() const { return m_status; }
    bool isRunning() const { return m_status == Status::Running; }
    QString lastError() const { return m_lastError; } // in words
    QString deviceId() const { return m_deviceId; }   // own device ID once running

    RestClient *rest() const { return m_rest; }
    SyncState *state() const { return m_state; }
    SidecarProcess *sidecar() const { return m_sidecar; }

    // Pause/resume the tracked server device (SyncState::trackedDeviceId()), never all devices.
    // The state shows it at once; the intent is saved and re-applied after every (re)start.
    void pauseServer(QObject *ctx = nullptr, Callback<Done> done = {});
    void resumeServer(QObject *ctx = nullptr, Callback<Done> done = {});

    // Re-reads everything once (what a reconnection does); rarely needed from outside.
    void refreshSnapshot();

    static bool savedPauseIntent(); // the user's intent, as the settings have it

signals:
    void started(); // running, hardened, own ID known (after every sidecar (re)start)
    void failed(const QString &error);
    void stopped();

private:
    friend class SyncthingTestAccess;
    void onSidecarReady();
    void applyHardening();
    void onHardened();
    void fail(const QString &error);
    void pauseOrResume(bool pause, QObject *ctx, Callback<Done> done);
    void applyPauseIntent();
    void savePauseIntent(bool pause);

    QNetworkAccessManager *m_nam;
    RestClient *m_rest;
    SidecarProcess *m_sidecar;
    RestEventTransport *m_transport;
    EventStream *m_events;
    SyncState *m_state;
    QTimer m_fallbackPoll;
    Status m_status = Status::Stopped;
    QString m_lastError;
    QString m_deviceId;
    bool m_snapshotInFlight = false;
    bool m_snapshotQueued = false; // asked for again while one was in flight
    bool m_pauseWanted = false;
    // Settings writes end in an fsync, tens of ms on a busy disk: off the GUI thread, in order.
    QThreadPool m_settingsWriter;
};

} // namespace figestio
