#include "SidecarProcess.h"

#include "common/Logging.h"
#include "syncthing/EngineLifetime.h"
#include "syncthing/LeftoverSweep.h"
#include "syncthing/ProcessTable.h"
#include "syncthing/RestClient.h"
#include "syncthing/SyncthingBinary.h"
#include "syncthing/SyncthingHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>

#ifndef SIGKILL // Windows: the signals are only names there (no sessions; see README)
#define SIGKILL 9
#endif

namespace figestio {

namespace {
constexpr int kShutdownWaitMs = 5000;  // REST shutdown → exit takes ~1.5 s
constexpr int kTerminateWaitMs = 3000; // SIGTERM → exit takes ~2 s
constexpr int kKillWaitMs = 2000;      // SIGKILL → the exit notice
constexpr qint64 kLogMaxBytes = 1024 * 1024;
constexpr int kLogKeep = 3;
constexpr int kExitRestart = 3; // Syncthing's "restart me" exit code (its monitor's contract)
} // namespace

SidecarProcess::SidecarProcess(const QString &homeDir, RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_home(homeDir)
    , m_rest(rest)
    , m_sweep(new LeftoverSweep(rest, this))
    , m_prepare(new SyncthingHome(this)) {
    connect(&m_pingTimer, &QTimer::timeout, this, &SidecarProcess::waitForPing);
    connect(&m_watchdog, &QTimer::timeout, this, &SidecarProcess::watch);
    connect(m_rest, &RestClient::answered, this, [this] {
        if (m_status == Status::Running)
            noteAnswer();
    });
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &SidecarProcess::launch);
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, &SidecarProcess::escalateStop);
    connect(m_sweep, &LeftoverSweep::finished, this, &SidecarProcess::launch);
    connect(m_prepare, &SyncthingHome::prepared, this, &SidecarProcess::spawn);
    connect(m_prepare, &SyncthingHome::failed, this, &SidecarProcess::fail);
}

SidecarProcess::~SidecarProcess() {
    // Still running only if stop() was never called or ran out of time (the app's quit waits for
    // stopped()). No event loop may be left: stop it here (SIGTERM lets it close its database
    // cleanly; QProcess's own destructor would SIGKILL it at once).
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this);
    killSession(SIGTERM);
    if (!m_process->waitForFinished(kTerminateWaitMs)) {
        killSession(SIGKILL);
        m_process->waitForFinished(1000);
    }
    releaseProcess(); // SIGKILLs whatever is left of the session; the pid file goes
}

QUrl SidecarProcess::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_settings.guiPort);
    return url;
}

QList<qint64> SidecarProcess::groupPids() const {
    return ProcessTable::sessionPids(m_sid);
}

QString SidecarProcess::logPath() const {
    return QDir(LogFile::directory()).filePath(QStringLiteral("syncthing.log"));
}

QString SidecarProcess::settingsPath() const {
    return QDir(m_home).filePath(QStringLiteral("sidecar.json"));
}

QString SidecarProcess::pidFilePath() const {
    return QDir(m_home).filePath(QStringLiteral("sidecar.pid"));
}

void SidecarProcess::fail(const QString &error) {
    qCWarning(lcSidecar) << "sidecar failed:" << error;
    m_lastError = error;
    m_pingTimer.stop();
    m_watchdog.stop();
    m_restartTimer.stop();
    m_sweep->cancel();
    m_prepare->cancel();
    releaseProcess(); // its exit is no crash to count
    m_status = Status::Failed;
    emit failed(error);
}

void SidecarProcess::setHeldFolder(const QString &folderId) {
    m_prepare->setHeldFolder(folderId);
}

// --- start -----------------------------------------------------------------------------------

void SidecarProcess::start() {
    if (m_status == Status::Starting || m_status == Status::Running)
        return;
    if (m_status == Status::Stopping) {
        qCWarning(lcSidecar) << "start() while stopping: ignored";
        return;
    }
    ++m_generation;
    m_lastError.clear();
    m_shortRuns = 0;
    m_timing.maxShortRuns = std::max(1, m_timing.maxShortRuns);
    m_pingTimer.setInterval(m_timing.pingIntervalMs);
    m_watchdog.setInterval(m_timing.watchdogIntervalMs);
    m_backoff = Backoff(m_timing.restartBackoffInitialMs, m_timing.restartBackoffMaxMs);
    m_status = Status::Starting;
    // The rest runs from the event loop: callers connect to failed()/ready() after start().
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation && m_status == Status::Starting)
                begin();
        },
        Qt::QueuedConnection);
}

void SidecarProcess::begin() {
    QString error;
    m_binary = SyncthingBinary::find(&error);
    if (m_binary.isEmpty())
        return fail(error);
    // sidecar.json lives in the home: the folder is made before anything else.
    if (const QString problem = SyncthingHome::makeFolder(m_home); !problem.isEmpty())
        return fail(problem);
    Result<SidecarSettings> settings = SidecarSettings::loadOrCreate(settingsPath());
    if (!settings.ok())
        return fail(settings.error().message);
    m_settings = settings.value();
    qCInfo(lcSidecar) << "using" << m_binary << "home" << m_home;
    const quint64 generation = m_generation;
    SyncthingBinary::detectVersion(
        m_binary, this, [this, generation](std::optional<SyncthingVersion> v) {
            if (generation != m_generation || m_status != Status::Starting)
                return;
            m_version = v.value_or(SyncthingVersion{2, 0, 0});
            m_rest->setEndpoint(baseUrl(), m_settings.apiKey);
            m_sweep->run(m_home, pidFilePath(), m_settings.guiPort); // → launch()
        });
}

// After the sweep, and after the backoff delay of a crash restart.
void SidecarProcess::launch() {
    if (m_status != Status::Starting)
        return;
    // A busy GUI port (another program took it) is replaced and persisted.
    if (!SidecarSettings::isPortFree(m_settings.guiPort)) {
        const int old = m_settings.guiPort;
        m_settings.guiPort = SidecarSettings::freePort();
        qCInfo(lcSidecar) << "GUI port" << old << "is busy; using" << m_settings.guiPort;
        const QString problem = m_settings.save(settingsPath());
        if (!problem.isEmpty())
            return fail(problem);
    }
    m_prepare->prepare(m_binary, m_version, m_home); // → spawn()
}

void SidecarProcess::spawn() {
    if (m_status != Status::Starting)
        return;
    m_rest->setEndpoint(baseUrl(), m_settings.apiKey);
    const QString log = logPath();
    QDir().mkpath(QFileInfo(log).absolutePath());

    auto *process = new QProcess(this);
    // One process (STMONITORED): the app is Syncthing's monitor (EngineCommand).
    process->setProcessEnvironment(
        EngineCommand::environment(m_version, QProcessEnvironment::systemEnvironment(),
                                   m_settings.guiPort, m_settings.apiKey));
    process->setProgram(m_binary);
    process->setArguments(EngineCommand::serveArguments(m_version, m_home));
    // Without its monitor Syncthing logs to stdout only (--logfile is the monitor's).
    process->setProcessChannelMode(QProcess::MergedChannels);
    if (!m_engineLog.open(log, kLogMaxBytes, kLogKeep))
        qCWarning(lcSidecar) << "cannot write Syncthing's log" << log;
    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        m_lastOutputMs = QDateTime::currentMSecsSinceEpoch();
        m_engineLog.write(process->readAllStandardOutput());
    });
    EngineLifetime::beforeStart(process);
    connect(process, &QProcess::finished, this, &SidecarProcess::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && process == m_process)
            onFinished(-1, QProcess::CrashExit);
    });
    m_process = process;
    m_launchedAt = QDateTime::currentDateTimeUtc();
    m_lastOutputMs = m_launchedAt.toMSecsSinceEpoch();
    m_updating = false;
    m_checkInFlight = false;
    qCInfo(lcSidecar) << "starting Syncthing on 127.0.0.1:" << m_settings.guiPort;
    process->start();
    if (process->state() == QProcess::NotRunning)
        return; // errorOccurred(FailedToStart) handles it
    m_sid = process->processId();
    EngineLifetime::afterStart(process);
    writePidFile();
    m_pingTimer.start();
}

void SidecarProcess::waitForPing() {
    if (m_status != Status::Starting || !m_process) {
        m_pingTimer.stop();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_launchedAt.toMSecsSinceEpoch() > m_timing.startTimeoutMs) {
        // Past the usual start time: an engine that still logs is working (a database migration
        // takes minutes in 2.x) and is never killed for being slow; a silent one is stuck.
        if (now - m_lastOutputMs > m_timing.startSilenceMs) {
            qCWarning(lcSidecar) << "Syncthing did not answer within" << m_timing.startTimeoutMs
                                 << "ms and has been silent for" << now - m_lastOutputMs << "ms";
            m_pingTimer.stop();
            killSession(SIGKILL); // → finished → counted as a crash
            return;
        }
        if (!m_updating) {
            m_updating = true;
            qCInfo(lcSidecar) << "Syncthing is slow to start but progressing; waiting";
            emit updating();
        }
    }
    if (m_checkInFlight)
        return; // one request at a time: a slow engine is not flooded
    const quint64 generation = m_generation;
    QProcess *process = m_process;
    checkHealth([this, generation, process] {
        if (generation != m_generation || process != m_process || m_status != Status::Starting)
            return;
        m_pingTimer.stop();
        qCInfo(lcSidecar) << "Syncthing is ready";
        m_lastAnswerMs = QDateTime::currentMSecsSinceEpoch();
        m_notResponding = false;
        m_watchdog.start();
        m_status = Status::Running;
        emit ready();
    });
}

// One health check (the unauthenticated one where it exists: cheaper, and what it is for);
// onAnswer runs when the engine answers.
void SidecarProcess::checkHealth(const std::function<void()> &onAnswer) {
    m_checkInFlight = true;
    auto done = [this, onAnswer](Result<Done> r) {
        m_checkInFlight = false;
        if (r.ok())
            onAnswer();
    };
    if (m_version.hasHealthCheck())
        m_rest->health(this, done);
    else
        m_rest->ping(this, done);
}

// The watchdog, while running: a hung engine (deadlocked, stopped, swapping to death) answers
// nothing but keeps its process; the tray must not say "Up to date" for it forever.
void SidecarProcess::watch() {
    if (m_status != Status::Running || !m_process) {
        m_watchdog.stop();
        return;
    }
    const qint64 silentMs = QDateTime::currentMSecsSinceEpoch() - m_lastAnswerMs;
    if (silentMs > m_timing.hungRestartMs) {
        qCWarning(lcSidecar) << "Syncthing has not answered for" << silentMs
                             << "ms; killing it to restart it";
        m_watchdog.stop();
        killSession(SIGKILL); // → finished → restarted like after a crash
        return;
    }
    if (silentMs > m_timing.notRespondingMs && !m_notResponding) {
        qCWarning(lcSidecar) << "Syncthing has not answered for" << silentMs << "ms";
        m_notResponding = true;
        emit notResponding();
    }
    // Heard from lately (the event long-poll answers at least every 60 s): nothing to ask.
    if (m_checkInFlight || silentMs < m_timing.quietMs)
        return;
    const quint64 generation = m_generation;
    QProcess *process = m_process;
    checkHealth([this, generation, process] {
        if (generation != m_generation || process != m_process || m_status != Status::Running)
            return;
        noteAnswer();
    });
}

void SidecarProcess::noteAnswer() {
    m_lastAnswerMs = QDateTime::currentMSecsSinceEpoch();
    if (m_notResponding) {
        qCInfo(lcSidecar) << "Syncthing answers again";
        m_notResponding = false;
        emit responding();
    }
}

void SidecarProcess::onFinished(int exitCode, QProcess::ExitStatus status) {
    auto *process = qobject_cast<QProcess *>(sender());
    if (process && process != m_process)
        return;
    if (m_status == Status::Stopping)
        return finishStop();
    m_pingTimer.stop();
    m_watchdog.stop();
    const qint64 ranMs = m_launchedAt.msecsTo(QDateTime::currentDateTimeUtc());
    releaseProcess();
    if (m_status == Status::Stopped || m_status == Status::Failed)
        return;
    // Only a running engine can be asked to restart; one that exits 3 while starting is a crash
    // (else a broken binary would be restarted at once, forever).
    const bool wasRunning = m_status == Status::Running;
    if (status == QProcess::NormalExit && exitCode == kExitRestart && wasRunning) {
        // Asked for (a config change that needs it, POST /rest/system/restart): what its own
        // monitor would do, at once and not counted as a crash.
        qCInfo(lcSidecar) << "Syncthing asked to be restarted";
        m_status = Status::Starting;
        emit restarting();
        return launch();
    }

    // Only short runs count: one crash after hours of work is no loop, and restarts quickly.
    if (ranMs < m_timing.shortRunMs) {
        ++m_shortRuns;
    } else {
        m_shortRuns = 0;
        m_backoff.reset();
    }
    qCWarning(lcSidecar) << "Syncthing stopped unexpectedly after" << ranMs << "ms, exit code"
                         << exitCode << (status == QProcess::CrashExit ? "(crash)" : "") << "—"
                         << m_shortRuns << "short runs in a row";
    emit crashed(exitCode);
    if (m_shortRuns >= m_timing.maxShortRuns) {
        return fail(tr("Syncthing keeps stopping unexpectedly (%1 times in a row), so the app "
                       "gave up restarting it. Its log is in %2.")
                        .arg(m_shortRuns)
                        .arg(QDir::toNativeSeparators(logPath())));
    }
    m_status = Status::Starting;
    m_restartTimer.start(m_backoff.nextDelayMs());
}

// --- stop ------------------------------------------------------------------------------------

void SidecarProcess::stop() {
    ++m_generation;
    m_pingTimer.stop();
    m_watchdog.stop();
    m_restartTimer.stop();
    m_sweep->cancel();
    m_prepare->cancel();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        releaseProcess();
        m_status = Status::Stopped;
        QMetaObject::invokeMethod(this, &SidecarProcess::stopped, Qt::QueuedConnection);
        return;
    }
    if (m_status == Status::Stopping)
        return;
    m_status = Status::Stopping;
    m_stopStep = StopStep::AskedOverRest;
    qCInfo(lcSidecar) << "stopping Syncthing";
    m_stopTimer.start(kShutdownWaitMs);
    m_rest->shutdown(this, [this](Result<Done> r) {
        if (r.ok() || m_status != Status::Stopping || m_stopStep != StopStep::AskedOverRest)
            return;
        // Not answering (still starting, or hung): no point waiting for it to obey.
        qCInfo(lcSidecar) << "shutdown request failed:" << r.error().message;
        escalateStop();
    });
}

// The current stop step took too long: the next, harder one.
void SidecarProcess::escalateStop() {
    switch (m_stopStep) {
    case StopStep::None:
        return;
    case StopStep::AskedOverRest:
        qCInfo(lcSidecar) << "Syncthing did not stop on request; terminating it";
        m_stopStep = StopStep::Terminated;
        if (m_process)
            m_process->terminate();
        m_stopTimer.start(kTerminateWaitMs);
        return;
    case StopStep::Terminated:
        qCWarning(lcSidecar) << "Syncthing did not terminate; killing its processes";
        m_stopStep = StopStep::Killed;
        killSession(SIGKILL);
        m_stopTimer.start(kKillWaitMs);
        return;
    case StopStep::Killed: // no exit notice even after SIGKILL: stop waiting for it
        return finishStop();
    }
}

void SidecarProcess::finishStop() {
    m_stopTimer.stop();
    m_stopStep = StopStep::None;
    releaseProcess(); // whatever is left of the session goes now
    m_status = Status::Stopped;
    emit stopped();
}

// Whatever is left of its session goes; the app forgets the process.
void SidecarProcess::releaseProcess() {
    killSession(SIGKILL);
    if (m_process) {
        m_engineLog.write(m_process->readAllStandardOutput()); // its last words
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    QFile::remove(pidFilePath());
    m_sid = 0;
}

void SidecarProcess::killSession(int signal) {
    ProcessTable::signal(ProcessTable::sessionPids(m_sid), signal);
}

// A plain write, not writeSecretFile's: its fsync can stall the GUI thread for tens of ms on a
// busy disk, and the file only helps the next start (nothing in it is secret; 0600 anyway).
void SidecarProcess::writePidFile() {
    const nlohmann::json json = {{"pid", m_sid}, {"home", m_home.toStdString()}};
    QFile file(pidFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QByteArray::fromStdString(json.dump())) < 0)
        qCWarning(lcSidecar) << "cannot write the pid file:" << file.errorString();
}

} // namespace figestio
