#include "SyncthingService.h"

#include "common/Logging.h"
#include "syncthing/EventStream.h"
#include "syncthing/GuiLock.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncState.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

namespace figestio {

namespace {
constexpr const char *kPauseKey = "sync/serverPaused";
// The sync protocol listener: loopback on any port, the client only dials out.
constexpr const char *kListenAddress = "tcp://127.0.0.1:0";
} // namespace

SyncthingService::SyncthingService(const QString &homeDir, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_rest(new RestClient(m_nam, this))
    , m_sidecar(new SidecarProcess(homeDir.isEmpty() ? defaultHomeDir() : homeDir, m_rest, this))
    , m_transport(new RestEventTransport(m_rest))
    , m_events(new EventStream(m_transport, this))
    , m_state(new SyncState(this))
    , m_pauseWanted(savedPauseIntent()) {
    m_settingsWriter.setMaxThreadCount(1); // one at a time: the last intent is the one kept
    m_fallbackPoll.setInterval(EngineTiming{}.fallbackPollMs);
    connect(&m_fallbackPoll, &QTimer::timeout, this, &SyncthingService::refreshSnapshot);

    connect(m_sidecar, &SidecarProcess::ready, this, &SyncthingService::onSidecarReady);
    // The sidecar restarts it; until it answers, the app is "starting" again.
    auto restarting = [this] {
        m_status = Status::Starting;
        m_state->setEngine(SyncState::Engine::Starting);
    };
    connect(m_sidecar, &SidecarProcess::crashed, this, restarting);
    connect(m_sidecar, &SidecarProcess::restarting, this, restarting);
    connect(m_sidecar, &SidecarProcess::failed, this, &SyncthingService::fail);
    connect(m_sidecar, &SidecarProcess::updating, this,
            [this] { m_state->setEngine(SyncState::Engine::Updating); });
    connect(m_sidecar, &SidecarProcess::notResponding, this, [this] {
        m_state->setEngine(SyncState::Engine::NotResponding,
                           tr("The sync engine is not responding"));
    });
    connect(m_sidecar, &SidecarProcess::responding, this, [this] {
        m_state->setEngine(SyncState::Engine::Running);
        refreshSnapshot(); // what happened meanwhile
    });
    connect(m_sidecar, &SidecarProcess::stopped, this, [this] {
        m_events->stop();
        m_fallbackPoll.stop();
        m_state->setEngine(SyncState::Engine::Stopped);
        m_status = Status::Stopped;
        emit stopped();
    });

    connect(m_events, &EventStream::eventsReceived, m_state, &SyncState::applyEvents);
    connect(m_events, &EventStream::synced, this, [this](bool restarted) {
        m_fallbackPoll.stop();
        if (restarted)
            m_state->clear();
        refreshSnapshot();
    });
    connect(m_events, &EventStream::disconnected, this, [this] {
        // Only while the stream is down: a slow poll keeps the tray roughly right.
        if (m_status == Status::Running && !m_fallbackPoll.isActive())
            m_fallbackPoll.start();
    });
    connect(m_state, &SyncState::trackedChanged, this, [this] {
        // The setup was forgotten (this computer unlinked): the pause belonged to that server; a
        // later setup starts syncing.
        if (m_state->trackedDeviceId().isEmpty())
            savePauseIntent(false);
        if (m_status != Status::Running)
            return;
        applyPauseIntent();
        refreshSnapshot();
    });
}

SyncthingService::~SyncthingService() {
    m_settingsWriter.waitForDone(); // the last pause/resume reaches the settings
    m_events->stop();
    m_fallbackPoll.stop();
    delete m_transport;
    m_transport = nullptr;
}

QString SyncthingService::defaultHomeDir() {
    // Local, never Roaming AppData (Windows): a roaming profile would give two PCs one device ID.
    // The same folder as AppDataLocation on Linux and macOS.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("syncthing"));
}

void SyncthingService::start() {
    if (m_status == Status::Starting || m_status == Status::Running)
        return;
    m_lastError.clear();
    m_status = Status::Starting;
    m_state->setEngine(SyncState::Engine::Starting);
    m_sidecar->start();
}

void SyncthingService::setHeldFolder(const QString &folderId) {
    m_sidecar->setHeldFolder(folderId);
}

void SyncthingService::stop() {
    m_events->stop();
    m_fallbackPoll.stop();
    if (m_status == Status::Stopped || m_status == Status::Failed) {
        if (m_sidecar->status() == SidecarProcess::Status::Stopped ||
            m_sidecar->status() == SidecarProcess::Status::Failed) {
            m_status = Status::Stopped;
            m_state->setEngine(SyncState::Engine::Stopped);
            QMetaObject::invokeMethod(this, &SyncthingService::stopped, Qt::QueuedConnection);
            return;
        }
    }
    m_sidecar->stop(); // → stopped()
}

void SyncthingService::restart() {
    qCInfo(lcSidecar) << "restart of the sync engine asked for";
    if (m_sidecar->status() == SidecarProcess::Status::Stopped ||
        m_sidecar->status() == SidecarProcess::Status::Failed) {
        m_status = Status::Stopped;
        return start();
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(this, &SyncthingService::stopped, this, [this, once] {
        disconnect(*once);
        start();
    });
    stop();
}

void SyncthingService::fail(const QString &error) {
    m_lastError = error;
    m_events->stop();
    m_fallbackPoll.stop();
    m_state->setEngine(SyncState::Engine::Failed, error);
    m_status = Status::Failed;
    emit failed(error);
}

void SyncthingService::onSidecarReady() {
    applyHardening();
}

void SyncthingService::applyHardening() {
    // Applied on every start: nothing of the app is reachable from the network, nothing phones
    // home, nothing upgrades itself behind the package manager's back.
    const nlohmann::json options = {
        {"globalAnnounceEnabled", false},
        {"localAnnounceEnabled", false},
        {"relaysEnabled", false},
        {"natEnabled", false},
        {"urAccepted", -1},
        {"crashReportingEnabled", false},
        {"startBrowser", false},
        {"autoUpgradeIntervalH", 0},
        {"listenAddresses", nlohmann::json::array({kListenAddress})},
    };
    m_rest->patchOptions(options, this, [this](Result<Done> r) {
        if (!r.ok())
            return fail(tr("Syncthing could not be configured: %1").arg(r.error().message));
        // Checked at every start: a reset or hand-edited config.xml must not reopen the GUI.
        GuiLock::ensure(m_rest, this, [this](Result<bool> locked) {
            if (!locked.ok())
                return fail(
                    tr("Syncthing could not be configured: %1").arg(locked.error().message));
            m_rest->systemStatus(this, [this](Result<SystemStatus> s) {
                if (!s.ok())
                    return fail(s.error().message);
                m_deviceId = s.value().myId;
                onHardened();
            });
        });
    });
}

void SyncthingService::onHardened() {
    qCInfo(lcSidecar) << "Syncthing running, device" << m_deviceId.left(7);
    m_state->setEngine(SyncState::Engine::Running);
    m_status = Status::Running;
    // Every (re)start is a new engine: what the state knew is gone and the event cursor starts
    // again from 0 (a stale cursor beyond the new engine's IDs would hear nothing). The stream
    // asks for the snapshot once it stands.
    m_state->clear();
    applyPauseIntent(); // after clear(): it shows the kept pause at once
    m_events->start();
    emit started();
}

void SyncthingService::refreshSnapshot() {
    if (m_status != Status::Running)
        return;
    if (m_snapshotInFlight) {
        // Asked for during a snapshot (the tracked folder changed, events were lost): the
        // answers in flight may predate the reason, so one more follows.
        m_snapshotQueued = true;
        return;
    }
    m_snapshotInFlight = true;
    m_snapshotQueued = false;
    const QString folder = m_state->trackedFolderId();
    const QString device = m_state->trackedDeviceId();
    // All requests in parallel; the last answer ends the snapshot.
    auto pending = std::make_shared<int>(0);
    // The callback of one request: its answer goes to apply, a failure to the log.
    auto part = [this, pending](auto apply) {
        ++*pending;
        return [this, pending, apply](auto r) {
            if (r.ok())
                apply(r.value());
            else
                qCInfo(lcRest) << "snapshot:" << r.error().message;
            if (--*pending == 0) {
                m_snapshotInFlight = false;
                if (m_snapshotQueued)
                    refreshSnapshot();
            }
        };
    };

    m_rest->folders(this,
                    part([this](const QList<FolderConfig> &v) { m_state->applyFolderConfigs(v); }));
    m_rest->devices(this,
                    part([this](const QList<DeviceConfig> &v) { m_state->applyDeviceConfigs(v); }));
    m_rest->connections(
        this, part([this](const QList<ConnectionInfo> &v) { m_state->applyConnections(v); }));
    m_rest->folderStats(
        this, part([this](const QList<FolderStats> &v) { m_state->applyFolderStats(v); }));
    m_rest->deviceLastSeen(this, part([this](const QHash<QString, QDateTime> &v) {
                               m_state->applyDeviceLastSeen(v);
                           }));
    if (folder.isEmpty())
        return;
    m_rest->folderStatus(folder, this, part([this, folder](const FolderStatus &v) {
                             m_state->applyFolderStatus(folder, v);
                         }));
    m_rest->folderErrors(folder, this, part([this, folder](const QList<FolderError> &v) {
                             m_state->applyFolderErrors(folder, v);
                         }));
    if (!device.isEmpty())
        m_rest->completion(folder, device, this, part([this, folder, device](const Completion &v) {
                               m_state->applyCompletion(folder, device, v);
                           }));
}

void SyncthingService::pauseServer(QObject *ctx, Callback<Done> done) {
    pauseOrResume(true, ctx, std::move(done));
}

void SyncthingService::resumeServer(QObject *ctx, Callback<Done> done) {
    pauseOrResume(false, ctx, std::move(done));
}

bool SyncthingService::savedPauseIntent() {
    return QSettings().value(QLatin1String(kPauseKey), false).toBool();
}

void SyncthingService::pauseOrResume(bool pause, QObject *ctx, Callback<Done> done) {
    // ctx only guards `done`: the settling below runs whatever becomes of the caller.
    GuardedCallback<Done> cb(ctx, std::move(done));
    const QString device = m_state->trackedDeviceId();
    if (m_status != Status::Running)
        return cb(Error::make(Error::Kind::Invalid, tr("Syncthing is not running.")));
    if (device.isEmpty())
        return cb(Error::make(Error::Kind::Invalid, tr("The server is not set up yet.")));
    // Shown at once (the click is answered in well under 10 ms), confirmed by Syncthing's
    // DevicePaused/DeviceResumed event; a refused request puts both back.
    const bool before = m_pauseWanted;
    const bool shownBefore = m_state->serverPaused();
    m_state->setServerPaused(pause);
    savePauseIntent(pause);
    auto settle = [this, before, shownBefore, cb = std::move(cb)](Result<Done> r) {
        if (!r.ok()) {
            qCWarning(lcSidecar) << "pause/resume failed:" << r.error().message;
            savePauseIntent(before);
            m_state->setServerPaused(shownBefore);
        }
        cb(std::move(r));
    };
    if (pause)
        m_rest->pauseDevice(device, this, std::move(settle));
    else
        m_rest->resumeDevice(device, this, std::move(settle));
}

void SyncthingService::savePauseIntent(bool pause) {
    if (pause == m_pauseWanted)
        return;
    m_pauseWanted = pause;
    m_settingsWriter.start([pause] {
        QSettings settings;
        settings.setValue(QLatin1String(kPauseKey), pause);
        settings.sync();
    });
}

// After every (re)start and when the server device changes: the user's intent, whatever
// Syncthing remembers (1.19 forgets a pause on restart; a stale one must not linger either).
void SyncthingService::applyPauseIntent() {
    const QString device = m_state->trackedDeviceId();
    if (device.isEmpty())
        return;
    const bool pause = m_pauseWanted;
    m_state->setServerPaused(pause);
    auto logged = [pause](Result<Done> r) {
        if (!r.ok())
            qCWarning(lcSidecar) << (pause ? "pause" : "resume")
                                 << "at start failed:" << r.error().message;
    };
    if (pause)
        m_rest->pauseDevice(device, this, logged);
    else
        m_rest->resumeDevice(device, this, logged);
}

} // namespace figestio
