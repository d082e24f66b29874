#include "SidecarProcess.h"

#include "BuildConfig.h"
#include "common/JsonReader.h"
#include "common/Logging.h"
#include "common/RandomSecret.h"
#include "common/SecureFile.h"
#include "syncthing/GuiLock.h"
#include "syncthing/RestClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#include <unistd.h>
#endif
#ifndef SIGKILL // Windows: the signals are only names there (no process groups; see README)
#define SIGKILL 9
#endif

namespace figestio {

namespace {
constexpr int kPingIntervalMs = 250;
constexpr int kStartTimeoutMs = 30000; // launch → first answer to ping
constexpr int kShutdownWaitMs = 5000;  // REST shutdown → exit takes ~1.5 s
constexpr int kTerminateWaitMs = 3000; // SIGTERM → exit takes ~2 s
constexpr int kLeftoverWaitMs = 8000;
constexpr qint64 kLogMaxBytes = 1024 * 1024;
constexpr int kLogKeep = 3;

QString executableSuffix() {
#ifdef Q_OS_WIN
    return QStringLiteral(".exe");
#else
    return {};
#endif
}

bool isExecutableFile(const QString &path) {
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

// Linux: /proc/<pid>/stat after "pid (comm) ": state ppid pgrp session …; empty when the process
// is gone. comm may hold spaces, so the split starts after the last ')'.
QList<QByteArray> statFields(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

// Linux: the processes of a session. Syncthing's monitor puts its child into a process group of
// its own, so the session (we make the monitor its leader with setsid) is what holds both.
QList<qint64> sessionPids(qint64 sid) {
    QList<qint64> out;
    if (sid <= 0)
        return out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QList<QByteArray> fields = statFields(pid);
        if (fields.size() < 4 || fields.at(0) == "Z")
            continue; // a zombie is already dead
        if (fields.at(3).toLongLong() == sid)
            out << pid;
    }
    return out;
}

// Exists and is not a zombie.
bool isAlive(qint64 pid) {
    const QList<QByteArray> fields = statFields(pid);
    return !fields.isEmpty() && fields.at(0) != "Z";
}

QByteArray cmdlineOf(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void signalPids(const QList<qint64> &pids, int sig) {
#ifdef Q_OS_UNIX
    for (qint64 pid : pids)
        ::kill(static_cast<pid_t>(pid), sig);
#else
    Q_UNUSED(pids)
    Q_UNUSED(sig)
#endif
}
} // namespace

SidecarProcess::SidecarProcess(const QString &homeDir, RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_home(homeDir)
    , m_rest(rest) {
    m_pingTimer.setInterval(kPingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &SidecarProcess::waitForPing);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &SidecarProcess::launch);
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        if (m_stopStage == 1) {
            qCInfo(lcSidecar) << "Syncthing did not stop on request; terminating it";
            m_stopStage = 2;
            if (m_process)
                m_process->terminate(); // the monitor forwards SIGTERM to its child
            m_stopTimer.start(kTerminateWaitMs);
        } else {
            qCWarning(lcSidecar) << "Syncthing did not terminate; killing its processes";
            killGroup(SIGKILL);
            if (m_process)
                m_process->waitForFinished(1000);
            finishStop();
        }
    });
}

SidecarProcess::~SidecarProcess() {
    // No event loop may be left: stop the whole session hard rather than orphan the child
    // (QProcess's own destructor would SIGKILL only the monitor).
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killGroup(SIGTERM);
        if (!m_process->waitForFinished(kTerminateWaitMs))
            killGroup(SIGKILL);
        m_process->waitForFinished(1000);
        for (int i = 0; i < 20 && groupAlive(); ++i)
            QThread::msleep(50);
        killGroup(SIGKILL);
        removePidFile();
    }
}

QString SidecarProcess::findBinary(QString *error) {
    if (build::kDevOverrides) {
        const QString fromEnv = qEnvironmentVariable("FIGESTIO_SYNCTHING");
        if (!fromEnv.isEmpty()) {
            if (isExecutableFile(fromEnv))
                return QFileInfo(fromEnv).absoluteFilePath();
            if (error)
                *error = tr("FIGESTIO_SYNCTHING names %1, which is not a program.").arg(fromEnv);
            return {};
        }
    }
    const QString bundled =
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("figestio-syncthing") + executableSuffix());
    if (isExecutableFile(bundled))
        return bundled;
    const QString configured = QString::fromUtf8(build::kSyncthingPath);
    if (!configured.isEmpty() && isExecutableFile(configured))
        return configured;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("syncthing"));
    if (!onPath.isEmpty())
        return onPath;
    if (error)
        *error = tr("Syncthing, the program that copies your files, was not found. Reinstall "
                    "Figestió Sync or install the \"syncthing\" package.");
    return {};
}

void SidecarProcess::setCrashPolicy(int maxCrashes, int windowMs) {
    m_maxCrashes = std::max(1, maxCrashes);
    m_crashWindowMs = windowMs;
}

QUrl SidecarProcess::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

qint64 SidecarProcess::pid() const {
    return m_pgid;
}

QList<qint64> SidecarProcess::groupPids() const {
    return sessionPids(m_pgid);
}

bool SidecarProcess::groupAlive() const {
    return !sessionPids(m_pgid).isEmpty();
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

bool SidecarProcess::isPortFree(int port) {
    if (port <= 0 || port > 65535)
        return false;
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
}

int SidecarProcess::freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

void SidecarProcess::setStatus(Status s) {
    if (m_status == s)
        return;
    m_status = s;
    emit statusChanged(s);
}

void SidecarProcess::fail(const QString &error) {
    qCWarning(lcSidecar) << "sidecar failed:" << error;
    m_lastError = error;
    m_pingTimer.stop();
    m_restartTimer.stop();
    if (m_process) {
        m_process->disconnect(this); // its finished() is no crash to count
        killGroup(SIGKILL);
        m_process->waitForFinished(1000);
    }
    releaseProcess();
    setStatus(Status::Failed);
    emit failed(error);
}

// --- settings --------------------------------------------------------------------------------

bool SidecarProcess::loadOrCreateSettings(QString *error) {
    QFile file(settingsPath());
    if (file.open(QIODevice::ReadOnly)) {
        JsonReader r = JsonReader::parse(file.readAll(), QStringLiteral("sidecar.json"));
        const QString key = r.string("apiKey");
        const qint64 port = r.integer("guiPort");
        if (r.ok() && key.size() >= 32 && port > 0 && port < 65536) {
            m_apiKey = key.toUtf8();
            m_port = static_cast<int>(port);
            // Someone loosened its mode: put it back to 0600.
            if (file.permissions() != (QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return saveSettings(error);
            return true;
        }
        qCWarning(lcSidecar) << "sidecar.json unusable, making a new one:" << r.error();
    }
    m_apiKey = randomSecret(32);
    m_port = freePort();
    return saveSettings(error);
}

bool SidecarProcess::saveSettings(QString *error) {
    const nlohmann::json json = {{"apiKey", m_apiKey.toStdString()}, {"guiPort", m_port}};
    const QString problem =
        writeSecretFile(settingsPath(), QByteArray::fromStdString(json.dump(2)) + '\n');
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

bool SidecarProcess::prepareHome(QString *error) {
    if (!QDir().mkpath(m_home)) {
        *error = tr("Cannot create Syncthing's folder %1.").arg(m_home);
        return false;
    }
    QFile::setPermissions(m_home,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFileInfo::exists(QDir(m_home).filePath(QStringLiteral("config.xml"))))
        return true;
    QProcess generate;
    generate.setProgram(m_binary);
    // The GUI is locked from the first start (GuiLock): the password goes through stdin, never
    // argv, and is not kept (the app uses the API key).
    generate.setArguments({QStringLiteral("generate"), QStringLiteral("--home=") + m_home,
                           QStringLiteral("--no-default-folder"),
                           QStringLiteral("--skip-port-probing"),
                           QStringLiteral("--gui-user=") + QLatin1String(GuiLock::kUser),
                           QStringLiteral("--gui-password=-")});
    generate.setProcessChannelMode(QProcess::MergedChannels);
    generate.start();
    generate.write(GuiLock::newPassword());
    generate.closeWriteChannel();
    if (!generate.waitForFinished(30000) || generate.exitStatus() != QProcess::NormalExit ||
        generate.exitCode() != 0) {
        if (generate.state() != QProcess::NotRunning) {
            generate.kill();
            generate.waitForFinished(1000);
        }
        qCWarning(lcSidecar) << "syncthing generate failed:" << generate.readAll().left(500);
        *error = tr("Syncthing could not prepare its settings in %1.").arg(m_home);
        return false;
    }
    hardenNewConfig();
    return true;
}

// A fresh config.xml listens on every interface and announces itself until the service's REST
// hardening arrives (~1.5 s later): flip those defaults in the file before the first start.
void SidecarProcess::hardenNewConfig() {
    QFile config(QDir(m_home).filePath(QStringLiteral("config.xml")));
    if (!config.open(QIODevice::ReadOnly))
        return;
    QByteArray xml = config.readAll();
    config.close();
    static const std::pair<const char *, const char *> edits[] = {
        {"<globalAnnounceEnabled>true<", "<globalAnnounceEnabled>false<"},
        {"<localAnnounceEnabled>true<", "<localAnnounceEnabled>false<"},
        {"<relaysEnabled>true<", "<relaysEnabled>false<"},
        {"<natEnabled>true<", "<natEnabled>false<"},
        {"<startBrowser>true<", "<startBrowser>false<"},
        {"<urAccepted>0<", "<urAccepted>-1<"},
        {"<crashReportingEnabled>true<", "<crashReportingEnabled>false<"},
        {"<autoUpgradeIntervalH>12<", "<autoUpgradeIntervalH>0<"},
        {"<listenAddress>default<", "<listenAddress>tcp://127.0.0.1:0<"},
    };
    for (const auto &[from, to] : edits)
        xml.replace(from, to);
    QSaveFile out(config.fileName());
    if (out.open(QIODevice::WriteOnly) && out.write(xml) == xml.size())
        out.commit();
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
    m_crashTimes.clear();
    m_backoff.reset();
    setStatus(Status::Starting);
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
    m_binary = findBinary(&error);
    if (m_binary.isEmpty())
        return fail(error);
    if (!QDir().mkpath(m_home))
        return fail(tr("Cannot create Syncthing's folder %1.").arg(m_home));
    if (!loadOrCreateSettings(&error))
        return fail(error);
    qCInfo(lcSidecar) << "using" << m_binary << "home" << m_home;
    handleLeftover();
}

// A Syncthing left by a crashed run of the app: found through the persisted port and key (it
// answers ping), the pid file, or a process started with our --home. It is shut down, never
// adopted: an orphan has no QProcess to supervise (no exit notice, no crash restart), may be an
// older binary, and a fresh start costs about 1.5 s. Then exactly one supervised Syncthing runs.
QList<qint64> SidecarProcess::leftoverPids() const {
    const QByteArray homeArg = (QStringLiteral("--home=") + m_home).toUtf8();
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid())
            continue;
        const QByteArray cmdline = cmdlineOf(pid);
        // argv is NUL-separated: match the whole argument, not a prefix of a longer home.
        if (!cmdline.contains(homeArg + '\0') || !isAlive(pid))
            continue;
        out << pid;
    }
    // The pid file's session (monitor and child), when it still runs Syncthing with our home.
    QFile pidFile(pidFilePath());
    if (pidFile.open(QIODevice::ReadOnly)) {
        JsonReader r = JsonReader::parse(pidFile.readAll(), QStringLiteral("sidecar.pid"));
        const qint64 pid = r.integer("pid");
        if (r.ok() && pid > 0 && !out.isEmpty()) {
            const QList<qint64> session = sessionPids(pid);
            for (qint64 p : session) {
                if (!out.contains(p) && cmdlineOf(p).contains(homeArg))
                    out << p;
            }
        }
    }
    return out;
}

void SidecarProcess::handleLeftover() {
    const quint64 generation = m_generation;
    m_rest->setEndpoint(baseUrl(), m_apiKey);
    const QList<qint64> pids = leftoverPids();

    m_rest->ping(this, [this, generation, pids](Result<Done> r) {
        if (generation != m_generation)
            return;
        if (!r.ok() && pids.isEmpty())
            return launch(); // the usual case: nothing left over
        qCInfo(lcSidecar) << "a Syncthing from a previous run is still running; shutting it down";
        if (r.ok())
            m_rest->shutdown(this, [](Result<Done>) {});
        else
            signalPids(pids, SIGTERM);
        // Wait until every process of it is gone (its database stays locked until then) and
        // its port is free; SIGKILL what is left after a while.
        auto *poll = new QTimer(this);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        poll->setInterval(100);
        connect(poll, &QTimer::timeout, this, [this, poll, started, pids, generation] {
            if (generation != m_generation) {
                poll->deleteLater();
                return;
            }
            const qint64 waited = QDateTime::currentMSecsSinceEpoch() - started;
            QList<qint64> alive;
            for (qint64 pid : pids) {
                if (isAlive(pid))
                    alive << pid;
            }
            if (!alive.isEmpty() && waited > kLeftoverWaitMs / 2)
                signalPids(alive, SIGKILL);
            if ((alive.isEmpty() && isPortFree(m_port)) || waited > kLeftoverWaitMs) {
                poll->stop();
                poll->deleteLater();
                removePidFile();
                launch();
            }
        });
        poll->start();
    });
}

void SidecarProcess::launch() {
    if (m_status != Status::Starting)
        return;
    // A busy GUI port (another program took it) is replaced and persisted.
    if (!isPortFree(m_port)) {
        const int old = m_port;
        m_port = freePort();
        qCInfo(lcSidecar) << "GUI port" << old << "is busy; using" << m_port;
        QString error;
        if (!saveSettings(&error))
            return fail(error);
    }
    QString error;
    if (!prepareHome(&error))
        return fail(error);
    m_rest->setEndpoint(baseUrl(), m_apiKey);

    const QString log = logPath();
    QDir().mkpath(QFileInfo(log).absolutePath());

    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    env.insert(QStringLiteral("STNORESTART"), QStringLiteral("1"));
    env.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
    env.insert(QStringLiteral("STGUIADDRESS"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    // The key goes by environment: argv is readable by every user (ps, /proc/*/cmdline).
    env.insert(QStringLiteral("STGUIAPIKEY"), QString::fromUtf8(m_apiKey));
    env.remove(QStringLiteral("STMONITORED"));
    process->setProcessEnvironment(env);
    process->setProgram(m_binary);
    process->setArguments({QStringLiteral("serve"), QStringLiteral("--home=") + m_home,
                           QStringLiteral("--no-browser"), QStringLiteral("--no-default-folder"),
                           QStringLiteral("--no-restart"), QStringLiteral("--logfile=") + log,
                           QStringLiteral("--log-max-size=%1").arg(kLogMaxBytes),
                           QStringLiteral("--log-max-old-files=%1").arg(kLogKeep)});
    // Syncthing writes its log file itself (rotated); the copy on stdout is not needed.
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Its own session: the monitor and its child can be stopped together, and a terminal's
    // signals (Ctrl+C on the app) do not reach it behind the app's back.
    process->setChildProcessModifier([] { ::setsid(); });
#endif
    connect(process, &QProcess::finished, this, &SidecarProcess::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && process == m_process)
            onFinished(-1, QProcess::CrashExit);
    });
    m_process = process;
    m_launchedAt = QDateTime::currentDateTimeUtc();
    qCInfo(lcSidecar) << "starting Syncthing on 127.0.0.1:" << m_port;
    process->start();
    if (process->state() == QProcess::NotRunning)
        return; // errorOccurred(FailedToStart) handles it
    m_pgid = process->processId();
    writePidFile();
    m_pingTimer.start();
}

void SidecarProcess::waitForPing() {
    if (m_status != Status::Starting || !m_process) {
        m_pingTimer.stop();
        return;
    }
    if (m_launchedAt.msecsTo(QDateTime::currentDateTimeUtc()) > kStartTimeoutMs) {
        qCWarning(lcSidecar) << "Syncthing did not answer within" << kStartTimeoutMs << "ms";
        m_pingTimer.stop();
        killGroup(SIGKILL); // → finished → counted as a crash
        return;
    }
    const quint64 generation = m_generation;
    QProcess *process = m_process;
    m_rest->ping(this, [this, generation, process](Result<Done> r) {
        if (generation != m_generation || process != m_process || m_status != Status::Starting)
            return;
        if (!r.ok())
            return;
        m_pingTimer.stop();
        qCInfo(lcSidecar) << "Syncthing is ready";
        setStatus(Status::Running);
        emit ready();
    });
}

void SidecarProcess::onFinished(int exitCode, QProcess::ExitStatus status) {
    auto *process = qobject_cast<QProcess *>(sender());
    if (process && process != m_process)
        return;
    if (m_status == Status::Stopping) {
        finishStop();
        return;
    }
    m_pingTimer.stop();
    // The monitor is gone; make sure its child is too before starting another.
    releaseProcess();
    if (m_status == Status::Stopped || m_status == Status::Failed)
        return;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_crashTimes << now;
    while (!m_crashTimes.isEmpty() && now - m_crashTimes.first() > m_crashWindowMs)
        m_crashTimes.removeFirst();
    qCWarning(lcSidecar) << "Syncthing stopped unexpectedly, exit code" << exitCode
                         << (status == QProcess::CrashExit ? "(crash)" : "") << "—"
                         << m_crashTimes.size() << "in the last" << m_crashWindowMs << "ms";
    emit crashed(exitCode);
    if (m_crashTimes.size() >= m_maxCrashes) {
        return fail(tr("Syncthing keeps stopping unexpectedly (%1 times in a row), so the app "
                       "gave up restarting it. Its log is in %2.")
                        .arg(m_crashTimes.size())
                        .arg(QDir::toNativeSeparators(logPath())));
    }
    if (m_crashTimes.size() == 1)
        m_backoff.reset(); // the first crash after a calm period restarts quickly
    setStatus(Status::Starting);
    m_restartTimer.start(m_backoff.nextDelayMs());
}

// --- stop ------------------------------------------------------------------------------------

void SidecarProcess::stop() {
    ++m_generation;
    m_pingTimer.stop();
    m_restartTimer.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        releaseProcess();
        setStatus(Status::Stopped);
        QMetaObject::invokeMethod(this, &SidecarProcess::stopped, Qt::QueuedConnection);
        return;
    }
    if (m_status == Status::Stopping)
        return;
    setStatus(Status::Stopping);
    m_stopStage = 1;
    qCInfo(lcSidecar) << "stopping Syncthing";
    m_stopTimer.start(kShutdownWaitMs);
    m_rest->shutdown(this, [this](Result<Done> r) {
        if (r.ok() || m_status != Status::Stopping || m_stopStage != 1)
            return;
        // Not answering (still starting, or hung): no point waiting for it to obey.
        qCInfo(lcSidecar) << "shutdown request failed:" << r.error().message;
        m_stopTimer.start(0);
    });
}

// Whatever is left of the process group goes; the app forgets the process.
void SidecarProcess::releaseProcess() {
    killGroup(SIGKILL);
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    removePidFile();
    m_pgid = 0;
}

void SidecarProcess::finishStop() {
    m_stopTimer.stop();
    // The child normally exits before the monitor; anything left of the session goes now.
    for (int i = 0; i < 20 && groupAlive(); ++i)
        QThread::msleep(50);
    releaseProcess();
    m_stopStage = 0;
    setStatus(Status::Stopped);
    emit stopped();
}

void SidecarProcess::killGroup(int signal) {
    signalPids(sessionPids(m_pgid), signal);
}

void SidecarProcess::writePidFile() {
    const nlohmann::json json = {{"pid", m_pgid}, {"home", m_home.toStdString()}};
    const QString problem = writeSecretFile(pidFilePath(), QByteArray::fromStdString(json.dump()));
    if (!problem.isEmpty())
        qCWarning(lcSidecar) << "cannot write the pid file:" << problem;
}

void SidecarProcess::removePidFile() {
    QFile::remove(pidFilePath());
}

} // namespace figestio
