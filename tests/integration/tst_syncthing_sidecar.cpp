// The Syncthing sidecar against the real `syncthing` binary: start, secrets, loopback only,
// hardening, crash restart, giving up, busy port, clean stop, left-over sidecars, the watchdog,
// slow starts, the pause that survives restarts, and an event loop that never stalls. Long
// production timeouts are shortened through EngineTiming.
#include "Await.h"
#include "SyncthingPeer.h"
#include "SyncthingTestAccess.h"
#include "syncthing/EventStream.h"
#include "syncthing/ProcessTable.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingBinary.h"
#include "syncthing/SyncthingService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace figestio;

namespace {
constexpr int kStartMs = 30000;
// A device ID Syncthing accepts (from its own tests): the "server" of the pause tests.
const QString kServer =
    QStringLiteral("MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD");

// The app's log lines while it lives (what a person reading the log would see).
class EventLog {
public:
    EventLog() {
        s_lines.clear();
        s_previous = qInstallMessageHandler(&EventLog::handle);
    }
    ~EventLog() { qInstallMessageHandler(s_previous); }
    bool contains(const QString &part) const {
        return std::any_of(s_lines.cbegin(), s_lines.cend(),
                           [&](const QString &l) { return l.contains(part); });
    }
    QString text() const { return s_lines.join(QLatin1Char('\n')); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &line) {
        s_lines << line;
        if (s_previous)
            s_previous(type, context, line);
    }
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

// How long the GUI thread's event loop goes without running a 5 ms timer: the longest gap
// since the last take(). The time this thread waited for a CPU (it was ready, the machine was
// busy: /proc/thread-self/schedstat) is left out, so a loaded CI machine does not count as a
// stall; a blocking wait sleeps, so it still does.
class Heartbeat {
public:
    Heartbeat() {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { beat(); });
        m_clock.start();
        m_lastMs = m_clock.elapsed();
        m_lastQueuedMs = queuedMs();
        m_timer.start();
    }
    qint64 take() {
        beat();
        return std::exchange(m_maxGapMs, 0);
    }
    qint64 rawMax() const { return m_rawMaxMs; }

private:
    // Time spent runnable but not running, in ms (0 where the kernel does not say).
    static qint64 queuedMs() {
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return f.readAll().split(' ').value(1).toLongLong() / 1000000;
    }
    void beat() {
        const qint64 now = m_clock.elapsed();
        const qint64 queued = queuedMs();
        const qint64 raw = now - m_lastMs;
        m_rawMaxMs = std::max(m_rawMaxMs, raw);
        m_maxGapMs = std::max(m_maxGapMs, raw - (queued - m_lastQueuedMs));
        m_lastMs = now;
        m_lastQueuedMs = queued;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_lastQueuedMs = 0;
    qint64 m_maxGapMs = 0;
    qint64 m_rawMaxMs = 0;
};

// Whether Syncthing itself has the device paused (nullopt: no answer, or no such device).
std::optional<bool> pausedInEngine(RestClient *rest, const QString &device) {
    QObject ctx;
    const auto r =
        test::await<QList<ConnectionInfo>>([&](auto cb) { rest->connections(&ctx, cb); }, 5000);
    if (!r || !r->ok())
        return std::nullopt;
    for (const ConnectionInfo &c : r->value()) {
        if (c.deviceId == device)
            return c.paused;
    }
    return std::nullopt;
}

struct Listener {
    QString address; // "127.0.0.1", "0.0.0.0", "::", ...
    int port;
};

QSet<QByteArray> socketInodes(const QList<qint64> &pids) {
    QSet<QByteArray> out;
    for (qint64 pid : pids) {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        const QStringList entries =
            fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System);
        for (const QString &fd : entries) {
            const QString target = QFile::symLinkTarget(fds.filePath(fd));
            if (target.contains(QLatin1String("socket:[")))
                out << target.section(QLatin1Char('['), 1).chopped(1).toLatin1();
        }
    }
    return out;
}

// Listening TCP sockets (IPv4 and IPv6) owned by these processes.
QList<Listener> listeners(const QList<qint64> &pids) {
    const QSet<QByteArray> inodes = socketInodes(pids);
    QList<Listener> out;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine(); // header
        while (!f.atEnd()) {
            const QList<QByteArray> cols = f.readLine().simplified().split(' ');
            if (cols.size() < 10 || cols.at(3) != "0A" || !inodes.contains(cols.at(9)))
                continue;
            const QList<QByteArray> local = cols.at(1).split(':');
            const QByteArray hexAddr = local.value(0);
            const int port = local.value(1).toInt(nullptr, 16);
            QString addr;
            if (hexAddr.size() == 8) {
                const quint32 v = hexAddr.toUInt(nullptr, 16); // little-endian in the file
                addr = QHostAddress(((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >> 8) & 0xff00) |
                                    (v >> 24))
                           .toString();
            } else {
                addr = QStringLiteral("ipv6:") + QString::fromLatin1(hexAddr);
            }
            out << Listener{addr, port};
        }
    }
    return out;
}

bool anyCmdlineContains(const QByteArray &needle) {
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

QJsonObject readJson(const QString &path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

int modeOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return st.st_mode & 07777;
}

// Another local account (`nobody`) asks the engine's GUI/REST port: the HTTP status curl got
// (0: no answer). The key, when given, goes through stdin (`-H @-`), not argv.
int statusAsNobody(const QByteArray &verb, const QUrl &url, const QByteArray &apiKey = {},
                   const QByteArray &body = {}) {
    QStringList args{QStringLiteral("--reuid=65534"),
                     QStringLiteral("--regid=65534"),
                     QStringLiteral("--clear-groups"),
                     QStringLiteral("curl"),
                     QStringLiteral("-s"),
                     QStringLiteral("-o"),
                     QStringLiteral("/dev/null"),
                     QStringLiteral("-w"),
                     QStringLiteral("%{http_code}"),
                     QStringLiteral("--max-time"),
                     QStringLiteral("10"),
                     QStringLiteral("-X"),
                     QString::fromLatin1(verb)};
    if (!apiKey.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("@-");
    if (!body.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("Content-Type: application/json")
             << QStringLiteral("--data-raw") << QString::fromUtf8(body);
    args << url.toString();
    QProcess curl;
    curl.start(QStringLiteral("setpriv"), args);
    if (!curl.waitForStarted())
        return -1;
    if (!apiKey.isEmpty())
        curl.write("X-API-Key: " + apiKey + "\n");
    curl.closeWriteChannel();
    if (!curl.waitForFinished(15000))
        return -1;
    return curl.readAllStandardOutput().trimmed().toInt();
}

// 401 (1.19: basic auth) or 403 (1.25+: no CSRF cookie without logging in).
bool isRefusal(int status) {
    return status == 401 || status == 403;
}

// The attack of issue 8 §1, as `nobody`: fetch the GUI page, take the CSRF cookie it hands out
// (if any), and read the config with it. Returns the HTTP status of that config read.
int csrfAttackAsNobody(const QUrl &base) {
    // The cookie jar goes to stdout (`-c -`): `nobody` may not write the test's TMPDIR.
    const QString script = QStringLiteral(
        "c=$(curl -s -c - -o /dev/null --max-time 10 \"$1/\" | awk '/CSRF-Token/ {print $6 \"=\" "
        "$7}');"
        " n=${c%%=*}; v=${c#*=};"
        " curl -s ${c:+-H \"Cookie: $c\" -H \"X-$n: $v\"} -o /dev/null -w '%{http_code}'"
        " --max-time 10 \"$1/rest/config\"");
    QProcess sh;
    sh.start(QStringLiteral("setpriv"),
             {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
              QStringLiteral("--clear-groups"), QStringLiteral("sh"), QStringLiteral("-c"), script,
              QStringLiteral("sh"), base.toString(QUrl::StripTrailingSlash)});
    sh.closeWriteChannel();
    if (!sh.waitForFinished(30000))
        return -1;
    return sh.readAllStandardOutput().trimmed().toInt();
}
} // namespace

class TestSidecar : public QObject {
    Q_OBJECT
    QTemporaryDir *m_tmp = nullptr;
    QString m_home;

    bool startAndWait(SyncthingService &s) {
        QSignalSpy started(&s, &SyncthingService::started);
        s.start();
        if (!started.wait(kStartMs)) {
            qWarning() << "not started:" << s.lastError();
            return false;
        }
        return true;
    }
    // A request of the snapshot (every snapshot asks for the connections).
    static inline const QString snapshotPath = QStringLiteral("/rest/system/connections");
    // Started, the stream connected and the start-up snapshot answered (only the long-poll is
    // left in flight); the request log starts from zero.
    bool startAndSettle(SyncthingService &s) {
        if (!startAndWait(s))
            return false;
        RestClient *rest = s.rest();
        const bool settled = QTest::qWaitFor([&] {
            return SyncthingTestAccess::eventsConnected(s) &&
                   SyncthingTestAccess::requestLog(*rest).value(snapshotPath) >= 1 &&
                   SyncthingTestAccess::pendingCount(*rest) == 1;
        });
        SyncthingTestAccess::resetRequestCount(*rest);
        return settled;
    }
    static bool stopAndWait(SyncthingService &s) {
        QSignalSpy stopped(&s, &SyncthingService::stopped);
        s.stop();
        return stopped.wait(15000);
    }

    // The Syncthing under test: FIGESTIO_SYNCTHING as the test was started with (another
    // version, scripts/extra/40-syncthing-1.29), else the usual lookup. Tests that put another
    // program there get it back afterwards.
    QByteArray m_binaryFromEnv;
    // A stand-in engine: `--version` and `generate` go to the real Syncthing, anything else runs
    // the shell `body`.
    QString standIn(const QString &name, const QByteArray &body) {
        const QString script = m_tmp->filePath(name);
        QFile f(script);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\ncase \"$1\" in generate|--version) exec '" +
                QFile::encodeName(SyncthingBinary::find()) + "' \"$@\";; esac\n" + body);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return script;
    }
    // An engine that dies at every start.
    void useCrashingEngine() {
        const QString script =
            standIn(QStringLiteral("crashing-syncthing"), "echo 'panic: simulated' >&2\nexit 2\n");
        qputenv("FIGESTIO_SYNCTHING", QFile::encodeName(script));
    }
    void restoreBinary() {
        if (m_binaryFromEnv.isEmpty())
            qunsetenv("FIGESTIO_SYNCTHING");
        else
            qputenv("FIGESTIO_SYNCTHING", m_binaryFromEnv);
    }

private slots:
    void initTestCase() {
        m_binaryFromEnv = qgetenv("FIGESTIO_SYNCTHING");
        qInfo() << "Syncthing under test:" << SyncthingBinary::find();
    }
    void init() {
        m_tmp = new QTemporaryDir;
        QVERIFY(m_tmp->isValid());
        m_home = m_tmp->filePath(QStringLiteral("syncthing-home"));
        restoreBinary();
        QSettings().remove(QStringLiteral("sync/serverPaused"));
    }
    void cleanup() {
        delete m_tmp;
        restoreBinary();
    }

    void defaultHomeIsUnderAppLocalData() {
        QCOMPARE(SyncthingService::defaultHomeDir(),
                 QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                     QStringLiteral("/syncthing"));
        QString error;
        QVERIFY2(!SyncthingBinary::find(&error).isEmpty(), qPrintable(error));
    }

    void startsSecureAndHardened() {
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        QCOMPARE(s.status(), SyncthingService::Status::Running);
        QVERIFY(!s.deviceId().isEmpty());
        SidecarProcess *p = s.sidecar();

        // Answers ping with the persisted key.
        bool pinged = false;
        s.rest()->ping(this, [&](Result<Done> r) { pinged = r.ok(); });
        QTRY_VERIFY(pinged);

        // One process (no monitor of Syncthing's own), in its own session; the key is in no
        // command line.
        const QList<qint64> pids = p->groupPids();
        QCOMPARE(pids, QList<qint64>{p->pid()});
        QVERIFY(p->apiKey().size() >= 32);
        QVERIFY(!anyCmdlineContains(p->apiKey()));

        // sidecar.json: 0600, holds key and port; the pid file too.
        QCOMPARE(modeOf(p->settingsPath()), 0600);
        const QJsonObject settings = readJson(p->settingsPath());
        QCOMPARE(settings.value(QStringLiteral("apiKey")).toString().toUtf8(), p->apiKey());
        QCOMPARE(settings.value(QStringLiteral("guiPort")).toInt(), p->guiPort());
        QCOMPARE(readJson(p->pidFilePath()).value(QStringLiteral("pid")).toInteger(), p->pid());

        // Every listening socket of Syncthing (GUI/REST and sync) is on 127.0.0.1.
        const QList<Listener> ls = listeners(pids);
        QVERIFY(!ls.isEmpty());
        bool guiSeen = false;
        for (const Listener &l : ls) {
            QVERIFY2(l.address == QLatin1String("127.0.0.1"),
                     qPrintable(QStringLiteral("listens on %1:%2").arg(l.address).arg(l.port)));
            guiSeen = guiSeen || l.port == p->guiPort();
        }
        QVERIFY(guiSeen);

        // Hardened options, read back.
        nlohmann::json options;
        s.rest()->options(this, [&](Result<nlohmann::json> r) {
            QVERIFY(r.ok());
            options = r.value();
        });
        QTRY_VERIFY(!options.is_null());
        QCOMPARE(options.at("globalAnnounceEnabled").get<bool>(), false);
        QCOMPARE(options.at("localAnnounceEnabled").get<bool>(), false);
        QCOMPARE(options.at("relaysEnabled").get<bool>(), false);
        QCOMPARE(options.at("natEnabled").get<bool>(), false);
        QCOMPARE(options.at("crashReportingEnabled").get<bool>(), false);
        QCOMPARE(options.at("startBrowser").get<bool>(), false);
        QCOMPARE(options.at("urAccepted").get<int>(), -1);
        QCOMPARE(options.at("autoUpgradeIntervalH").get<int>(), 0);
        QVERIFY(options.at("listenAddresses") == nlohmann::json::array({"tcp://127.0.0.1:0"}));

        // Syncthing's output goes to the app's log directory (the app rotates it), private.
        QTRY_VERIFY(QFileInfo(p->logPath()).size() > 0);
        QVERIFY(p->logPath().contains(QLatin1String("/logs/")));
        QCOMPARE(modeOf(p->logPath()), 0600);
        QFile log(p->logPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("My ID: " + s.deviceId().left(7).toLatin1()));
        QVERIFY(!ProcessTable::cmdline(p->pid()).contains("--logfile"));
        QFile environment(QStringLiteral("/proc/%1/environ").arg(p->pid()));
        QVERIFY(environment.open(QIODevice::ReadOnly));
        const QList<QByteArray> vars = environment.readAll().split('\0');
        QVERIFY(vars.contains("STMONITORED=1")); // the worker alone
        QVERIFY(vars.contains("GOGC=50"));

        // The event stream is the one pending request once running.
        QTRY_VERIFY(SyncthingTestAccess::eventsConnected(s));

        // Stop: REST shutdown; no process of its session is left, the pid file is gone.
        QVERIFY(stopAndWait(s));
        QCOMPARE(s.status(), SyncthingService::Status::Stopped);
        for (qint64 pid : pids)
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/proc/%1/cmdline").arg(pid)) ||
                         SyncthingPeer::sessionPids(pids.first()).isEmpty(),
                     "a Syncthing process is left");
        QVERIFY(SyncthingPeer::sessionPids(pids.first()).isEmpty());
        QVERIFY(SyncthingPeer::pidsWithArgument(QStringLiteral("--home=") + m_home).isEmpty());
        QVERIFY(!QFile::exists(p->pidFilePath()));
    }

    void guiIsLockedToTheApp() {
        if (::geteuid() != 0)
            QSKIP("needs root to run requests as another account (setpriv)");
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        SidecarProcess *p = s.sidecar();
        const QUrl base = p->baseUrl();
        auto at = [&](const char *path) { return base.resolved(QUrl(QString::fromLatin1(path))); };
        const QByteArray device =
            R"({"deviceID":"MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD"})";

        // Another account without the key: no CSRF cookie that opens the API (1.19 answers the
        // GUI page with 401; 1.25+ serves a login page), no config, no device.
        QVERIFY(isRefusal(csrfAttackAsNobody(base)));
        QVERIFY(isRefusal(statusAsNobody("GET", at("/rest/config"))));
        QVERIFY(isRefusal(statusAsNobody("POST", at("/rest/config/devices"), {}, device)));
        // The key keeps working.
        QCOMPARE(statusAsNobody("GET", at("/rest/config"), p->apiKey()), 200);
        QCOMPARE(statusAsNobody("POST", at("/rest/config/devices"), p->apiKey(), device), 200);

        // Syncthing stores only a bcrypt hash; the password is kept nowhere by the app.
        QFile config(QDir(m_home).filePath(QStringLiteral("config.xml")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray xml = config.readAll();
        QVERIFY(xml.contains("<user>figestio</user>"));
        QVERIFY(xml.contains("<password>$2"));
        QVERIFY(!readJson(p->settingsPath()).contains(QStringLiteral("password")));

        // Someone opens it (a reset config, a hand edit): the test sees it open…
        bool patched = false;
        s.rest()->patchGui({{"user", ""}, {"insecureSkipHostcheck", true}}, this,
                           [&](Result<Done> r) { patched = r.ok(); });
        QTRY_VERIFY(patched);
        QTRY_COMPARE_WITH_TIMEOUT(csrfAttackAsNobody(base), 200, 5000);
        QVERIFY(stopAndWait(s));

        // …and the next start locks it again.
        QVERIFY(startAndWait(s));
        QVERIFY(isRefusal(csrfAttackAsNobody(base)));
        QVERIFY(isRefusal(statusAsNobody("GET", at("/rest/config"))));
        GuiConfig gui;
        bool read = false;
        s.rest()->guiConfig(this, [&](Result<GuiConfig> r) {
            read = r.ok();
            if (read)
                gui = r.value();
        });
        QTRY_VERIFY(read);
        QCOMPARE(gui.user, QStringLiteral("figestio"));
        QVERIFY(gui.hasPassword);
        QVERIFY(!gui.insecureAdminAccess);
        QVERIFY(!gui.insecureSkipHostcheck);
        QVERIFY(stopAndWait(s));
    }

    void restartsAfterEngineKilled() {
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        SidecarProcess *p = s.sidecar();
        const qint64 engine = p->pid();
        QSignalSpy crashed(p, &SidecarProcess::crashed);
        QSignalSpy started(&s, &SyncthingService::started);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(static_cast<pid_t>(engine), SIGKILL), 0);
        QVERIFY(crashed.wait(10000));
        QVERIFY(started.wait(kStartMs));
        qInfo() << "back after" << clock.elapsed() << "ms";
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(s.status(), SyncthingService::Status::Running);
        QVERIFY(p->pid() != engine);
        QCOMPARE(p->groupPids(), QList<qint64>{p->pid()});
        QCOMPARE(SyncthingPeer::pidsWithArgument(QStringLiteral("--home=") + m_home),
                 QList<qint64>{p->pid()});
        QTRY_VERIFY_WITH_TIMEOUT(SyncthingTestAccess::eventsConnected(s), 10000);
        QVERIFY(stopAndWait(s));
    }

    void restartRequestIsNotACrash() {
        // Exit code 3 (POST /rest/system/restart, or a setting that needs it): restarted at
        // once, as Syncthing's own monitor would, and not counted against the crash policy.
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        SidecarProcess *p = s.sidecar();
        const qint64 engine = p->pid();
        QSignalSpy crashed(p, &SidecarProcess::crashed);
        QSignalSpy restarting(p, &SidecarProcess::restarting);
        QSignalSpy started(&s, &SyncthingService::started);
        QElapsedTimer clock;
        clock.start();
        const QByteArray answer = SyncthingPeer::requestWithKey(
            p->baseUrl(), p->apiKey(), "POST", QStringLiteral("/rest/system/restart"));
        QVERIFY2(answer.contains("restarting"), answer.constData());
        QVERIFY(started.wait(kStartMs));
        qInfo() << "restarted in" << clock.elapsed() << "ms";
        QCOMPARE(restarting.size(), 1);
        QCOMPARE(crashed.size(), 0);
        QVERIFY(p->pid() != engine);
        QVERIFY(!ProcessTable::isAlive(engine));
        QVERIFY(stopAndWait(s));
    }

    void engineDiesWithTheApp() {
        // The app is SIGKILLed (no chance to stop anything): the engine goes with it
        // (PR_SET_PDEATHSIG), so the next start finds nothing left over.
        const QString helper = QDir(QCoreApplication::applicationDirPath())
                                   .filePath(QStringLiteral("syncthing_app_helper"));
        QVERIFY(QFileInfo(helper).isExecutable());
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(helper, {m_home});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine(), kStartMs);
        const QByteArray line = app.readLine().trimmed();
        QVERIFY2(line.startsWith("READY "), line.constData());
        const qint64 engine = line.mid(6).toLongLong();
        QVERIFY(ProcessTable::isAlive(engine));
        app.kill();
        QVERIFY(app.waitForFinished());
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessTable::isAlive(engine), 10000);

        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        QCOMPARE(SyncthingPeer::pidsWithArgument(QStringLiteral("--home=") + m_home),
                 QList<qint64>{s.sidecar()->pid()});
        QVERIFY(stopAndWait(s));
    }

    void fallbackPollOnlyWhileStreamIsDown() {
        EngineTiming timing;
        timing.fallbackPollMs = 200;
        SyncthingService s(m_home);
        SyncthingTestAccess::setTiming(s, timing);
        QVERIFY(startAndSettle(s));
        RestClient *rest = s.rest();
        QTest::qWait(600);
        QCOMPARE(SyncthingTestAccess::requestLog(*rest).value(snapshotPath),
                 0); // stream up: no polling

        // The stream reports an outage (as after a failed long-poll): the slow poll runs.
        emit SyncthingTestAccess::events(s)->disconnected(QStringLiteral("simulated outage"));
        QTRY_VERIFY_WITH_TIMEOUT(SyncthingTestAccess::requestLog(*rest).value(snapshotPath) >= 3,
                                 3000);

        // Back: one snapshot, then events only again.
        emit SyncthingTestAccess::events(s)->synced(false);
        QTRY_VERIFY(SyncthingTestAccess::pendingCount(*rest) == 1);
        const int after = SyncthingTestAccess::requestLog(*rest).value(snapshotPath);
        QTest::qWait(800);
        QCOMPARE(SyncthingTestAccess::requestLog(*rest).value(snapshotPath), after);
        QVERIFY(stopAndWait(s));
    }

    // Issue 8 §5: after an engine restart the stream follows the new engine from 0. Before,
    // it kept the old cursor, which Syncthing answers with [] until the new engine's IDs pass
    // it: many events before the restart meant silence after it.
    void eventsFollowARestartedEngineFromZero() {
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        QTRY_VERIFY_WITH_TIMEOUT(SyncthingTestAccess::eventsConnected(s), 10000);
        RestClient *rest = s.rest();
        FolderConfig folder;
        folder.id = QStringLiteral("events-folder");
        folder.label = folder.id;
        folder.path = m_tmp->filePath(QStringLiteral("events-folder"));
        QVERIFY(QDir().mkpath(folder.path));
        auto ok = [](const std::optional<Result<Done>> &r) { return r && r->ok(); };
        QVERIFY(
            ok(test::await<Done>([&](auto cb) { rest->addOrUpdateFolder(folder, nullptr, cb); })));
        s.state()->setTracked(folder.id, {});
        // Push the cursor well beyond what a fresh engine reaches on its own.
        for (int i = 0; i < 26; ++i) // ends resumed
            QVERIFY(ok(test::await<Done>(
                [&](auto cb) { rest->setFolderPaused(folder.id, i % 2 == 0, nullptr, cb); })));
        QTRY_VERIFY_WITH_TIMEOUT(SyncthingTestAccess::lastId(*SyncthingTestAccess::events(s)) >= 50,
                                 15000);
        const qint64 before = SyncthingTestAccess::lastId(*SyncthingTestAccess::events(s));

        QSignalSpy started(&s, &SyncthingService::started);
        QCOMPARE(::kill(static_cast<pid_t>(s.sidecar()->pid()), SIGKILL), 0);
        QVERIFY(started.wait(kStartMs));
        QTRY_VERIFY_WITH_TIMEOUT(SyncthingTestAccess::eventsConnected(s), 10000);
        QVERIFY2(SyncthingTestAccess::lastId(*SyncthingTestAccess::events(s)) < before,
                 qPrintable(QStringLiteral("cursor %1 after, %2 before")
                                .arg(SyncthingTestAccess::lastId(*SyncthingTestAccess::events(s)))
                                .arg(before)));
        // The state was cleared and re-read; a change made now arrives as an event.
        QTRY_VERIFY_WITH_TIMEOUT(s.state()->trackedFolder().configured, 10000);
        QVERIFY(!s.state()->trackedFolder().paused);
        QSignalSpy events(SyncthingTestAccess::events(s), &EventStream::eventsReceived);
        QVERIFY(ok(test::await<Done>(
            [&](auto cb) { rest->setFolderPaused(folder.id, true, nullptr, cb); })));
        auto heardPause = [&events] {
            for (const QList<QVariant> &args : std::as_const(events))
                for (const SyncthingEvent &e : args.first().value<QList<SyncthingEvent>>())
                    if (e.type == QLatin1String("FolderPaused"))
                        return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(heardPause(), 10000);
        QVERIFY(s.state()->trackedFolder().paused);
        QVERIFY(stopAndWait(s));
    }

    // Issue 8 §5: a snapshot asked for while one is in flight follows it (it was dropped).
    void snapshotAskedForDuringASnapshotIsQueued() {
        SyncthingService s(m_home);
        QVERIFY(startAndSettle(s));
        RestClient *rest = s.rest();
        s.refreshSnapshot();
        s.refreshSnapshot(); // during the first: queued
        s.refreshSnapshot(); // coalesced with the queued one
        QTRY_VERIFY(SyncthingTestAccess::requestLog(*rest).value(snapshotPath) == 2 &&
                    SyncthingTestAccess::pendingCount(*rest) == 1);
        QTest::qWait(300);
        QCOMPARE(SyncthingTestAccess::requestLog(*rest).value(snapshotPath), 2);
        QVERIFY(stopAndWait(s));
    }

    // Issue 8 §5: Syncthing sends a long-poll's headers at once; a poll cut by the engine's
    // end is a lost connection, not "an answer that is not valid JSON".
    void aLongPollCutByTheEngineIsAConnectionError() {
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        std::optional<Result<QList<SyncthingEvent>>> result;
        QNetworkReply *reply =
            s.rest()->events(1000000, 0, 60, EventStream::defaultMask(), this,
                             [&result](Result<QList<SyncthingEvent>> r) { result = std::move(r); });
        QVERIFY(reply);
        QSignalSpy headers(reply, &QNetworkReply::metaDataChanged);
        QVERIFY(headers.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(::kill(static_cast<pid_t>(s.sidecar()->pid()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().kind == Error::Kind::Network, qPrintable(result->error().message));
        QSignalSpy started(&s, &SyncthingService::started);
        QVERIFY(started.wait(kStartMs));
        QVERIFY(stopAndWait(s));
    }

    // Issue 8 §5: a hung engine's long-poll ends with the app's transfer timeout, classified as
    // a timeout (its error kind, its log line; never "not valid JSON"), while the watchdog
    // shows the engine as not responding; the stream comes back with the engine. The app waits
    // 60 + 10 s; here Syncthing is asked to answer within 1 s, so the poll gives up after 11 s.
    void aLongPollTimeoutIsClassifiedAsATimeout() {
        EngineTiming timing;
        timing.eventPollS = 1;
        timing.watchdogIntervalMs = 100;
        timing.quietMs = 300;
        timing.notRespondingMs = 1000;
        timing.hungRestartMs = 120000; // not restarted meanwhile
        SyncthingService s(m_home);
        SyncthingTestAccess::setTiming(s, timing);
        QVERIFY(startAndSettle(s));
        const qint64 engine = s.sidecar()->pid();
        QSignalSpy down(SyncthingTestAccess::events(s), &EventStream::disconnected);
        QSignalSpy synced(SyncthingTestAccess::events(s), &EventStream::synced);
        QSignalSpy crashed(s.sidecar(), &SidecarProcess::crashed);
        EventLog log;

        QCOMPARE(::kill(static_cast<pid_t>(engine), SIGSTOP), 0);
        // A poll of the test's own, for the error's kind.
        std::optional<Result<QList<SyncthingEvent>>> direct;
        s.rest()->events(1000000, 0, 1, EventStream::defaultMask(), this,
                         [&direct](Result<QList<SyncthingEvent>> r) { direct = std::move(r); });
        QTRY_COMPARE_WITH_TIMEOUT(s.state()->engine(), SyncState::Engine::NotResponding, 5000);
        QCOMPARE(s.state()->overallText(), QStringLiteral("The sync engine is not responding"));
        QVERIFY(down.wait(20000));
        const QString error = down.first().first().toString();
        QVERIFY2(error.endsWith(QLatin1String("did not answer in time.")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(direct.has_value(), 20000);
        QVERIFY(!direct->ok());
        QVERIFY2(direct->error().kind == Error::Kind::Timeout, qPrintable(direct->error().message));
        QVERIFY2(log.contains(QStringLiteral("event stream down:")) &&
                     log.contains(QStringLiteral("did not answer in time")),
                 qPrintable(log.text()));
        QVERIFY(!log.contains(QStringLiteral("not valid JSON")));

        // Going again: the same engine answers, the stream stands again, nothing restarted.
        synced.clear();
        QCOMPARE(::kill(static_cast<pid_t>(engine), SIGCONT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(s.state()->engine(), SyncState::Engine::Running, 15000);
        QVERIFY(synced.wait(20000) || !synced.isEmpty());
        QVERIFY(SyncthingTestAccess::eventsConnected(s));
        QCOMPARE(s.sidecar()->pid(), engine);
        QCOMPARE(crashed.size(), 0);
        QVERIFY(stopAndWait(s));
    }

    void crashPolicyCountsShortRunsAndRestartsOnRequest() {
        useCrashingEngine();
        // Runs that count as long (shortRunMs 0): however many crashes, no loop, no giving up.
        EngineTiming timing;
        timing.shortRunMs = 0;
        timing.maxShortRuns = 2;
        timing.restartBackoffInitialMs = 50;
        SyncthingService s(m_home);
        SyncthingTestAccess::setTiming(s, timing);
        QSignalSpy failed(&s, &SyncthingService::failed);
        QSignalSpy crashed(s.sidecar(), &SidecarProcess::crashed);
        s.start();
        QTRY_VERIFY_WITH_TIMEOUT(crashed.size() >= 4, 20000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(stopAndWait(s));

        // Short runs (the app's 5 min): after maxShortRuns in a row it gives up, in words.
        timing.shortRunMs = EngineTiming{}.shortRunMs;
        timing.maxShortRuns = 4;
        SyncthingTestAccess::setTiming(s, timing);
        crashed.clear();
        s.start();
        QVERIFY(failed.wait(30000));
        QCOMPARE(crashed.size(), 4);
        QCOMPARE(s.status(), SyncthingService::Status::Failed);
        QVERIFY2(s.lastError().contains(QLatin1String("gave up")), qPrintable(s.lastError()));
        QCOMPARE(s.state()->overall(), SyncState::Overall::Error);
        QCOMPARE(s.state()->engine(), SyncState::Engine::Failed);
        QTest::qWait(1000);
        QCOMPARE(crashed.size(), 4); // it really stopped trying

        // "Restart the sync engine" (tray and status window): with a working engine, it runs.
        restoreBinary();
        QSignalSpy started(&s, &SyncthingService::started);
        s.restart();
        QVERIFY(started.wait(kStartMs));
        QCOMPARE(s.state()->engine(), SyncState::Engine::Running);
        QVERIFY(stopAndWait(s));
    }

    void slowButProgressingStartIsWaitedFor() {
        // Logs like a database migration until told to stop, then hangs silently; never answers.
        const QString flag = m_tmp->filePath(QStringLiteral("stop-logging"));
        const QString script = standIn(QStringLiteral("migrating-syncthing"),
                                       "while [ ! -e '" + QFile::encodeName(flag) +
                                           "' ]; do echo 'Migrating database…'; sleep 0.1; done\n"
                                           "exec sleep 600\n");
        qputenv("FIGESTIO_SYNCTHING", QFile::encodeName(script));
        EngineTiming timing;
        timing.startTimeoutMs = 500;
        timing.startSilenceMs = 1500;
        timing.maxShortRuns = 1;
        SyncthingService s(m_home);
        SyncthingTestAccess::setTiming(s, timing);
        QSignalSpy updating(s.sidecar(), &SidecarProcess::updating);
        QSignalSpy crashed(s.sidecar(), &SidecarProcess::crashed);
        s.start();
        QVERIFY(updating.wait(kStartMs));
        QCOMPARE(s.state()->engine(), SyncState::Engine::Updating);
        QCOMPARE(s.state()->overall(), SyncState::Overall::Starting);
        QCOMPARE(s.state()->overallText(), QStringLiteral("Updating the sync engine…"));
        const qint64 engine = s.sidecar()->pid();
        QVERIFY(engine > 0);
        // Past the start timeout and the silence limit together: still waited for.
        QTest::qWait(2500);
        QCOMPARE(crashed.size(), 0);
        QVERIFY(ProcessTable::isAlive(engine));

        // Silent from now on: stuck, so killed (and, with one short run allowed, given up on).
        QFile(flag).open(QIODevice::WriteOnly);
        QVERIFY(crashed.wait(10000));
        QTRY_COMPARE(s.status(), SyncthingService::Status::Failed);
        QTRY_VERIFY(!ProcessTable::isAlive(engine));
        QVERIFY(stopAndWait(s));
    }

    void hungEngineIsReportedThenRestarted() {
        EngineTiming timing;
        timing.watchdogIntervalMs = 100;
        timing.quietMs = 300; // an idle engine's long-poll is silent for up to 60 s
        timing.notRespondingMs = 1000;
        timing.hungRestartMs = 3000;
        SyncthingService s(m_home);
        SyncthingTestAccess::setTiming(s, timing);
        QVERIFY(startAndWait(s));
        const qint64 engine = s.sidecar()->pid();
        QSignalSpy started(&s, &SyncthingService::started);
        QSignalSpy crashed(s.sidecar(), &SidecarProcess::crashed);
        // The health check is /rest/noauth/health where the engine has it (1.29), never on 1.19.
        QProcess probe;
        probe.start(SyncthingBinary::find(), {QStringLiteral("--version")});
        QVERIFY(probe.waitForFinished(10000));
        const auto version = SyncthingVersion::parse(probe.readAllStandardOutput());
        QVERIFY(version);
        const QString health = QStringLiteral("/rest/noauth/health");
        QTRY_COMPARE(SyncthingTestAccess::requestLog(*s.rest()).value(health) > 0,
                     version->hasHealthCheck());

        // Stopped for a while, then going again: reported, then running again, same process.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(static_cast<pid_t>(engine), SIGSTOP), 0);
        QTRY_COMPARE_WITH_TIMEOUT(s.state()->engine(), SyncState::Engine::NotResponding, 5000);
        QVERIFY(clock.elapsed() >= 800); // not at the first slow answer
        QCOMPARE(s.state()->overall(), SyncState::Overall::Error);
        QCOMPARE(s.state()->overallText(), QStringLiteral("The sync engine is not responding"));
        QCOMPARE(::kill(static_cast<pid_t>(engine), SIGCONT), 0);
        QTRY_COMPARE_WITH_TIMEOUT(s.state()->engine(), SyncState::Engine::Running, 5000);
        QCOMPARE(s.sidecar()->pid(), engine);
        QCOMPARE(crashed.size(), 0);

        // Stopped for good: reported, then killed and started again.
        QCOMPARE(::kill(static_cast<pid_t>(engine), SIGSTOP), 0);
        QTRY_COMPARE_WITH_TIMEOUT(s.state()->engine(), SyncState::Engine::NotResponding, 5000);
        QVERIFY(started.wait(kStartMs));
        QCOMPARE(crashed.size(), 1);
        QVERIFY(s.sidecar()->pid() != engine);
        QTRY_VERIFY(!ProcessTable::isAlive(engine));
        QCOMPARE(s.state()->engine(), SyncState::Engine::Running);
        QVERIFY(stopAndWait(s));
    }

    void pauseIsShownAtOnceAndSurvivesACrash() {
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        RestClient *rest = s.rest();
        QObject ctx;
        const DeviceConfig server{kServer, QStringLiteral("Figestió"), {QStringLiteral("dynamic")}};
        const auto added =
            test::await<Done>([&](auto cb) { rest->addOrUpdateDevice(server, &ctx, cb); });
        QVERIFY(added && added->ok());
        s.state()->setTracked(QString(), kServer);
        QTRY_VERIFY(pausedInEngine(rest, kServer) == std::optional<bool>(false));

        // The click: the model says "paused" before the call returns, long before Syncthing
        // answers (the tray and window follow its signals synchronously).
        QElapsedTimer clock;
        clock.start();
        s.pauseServer();
        const qint64 shownUs = clock.nsecsElapsed() / 1000;
        QVERIFY(s.state()->serverPaused());
        qInfo() << "pause shown after" << shownUs << "µs";
        QVERIFY2(shownUs < 10000, qPrintable(QString::number(shownUs)));
        QTRY_VERIFY(SyncthingService::savedPauseIntent()); // kept for the app's next run too
        QTRY_VERIFY(pausedInEngine(rest, kServer) == std::optional<bool>(true)); // confirmed

        // kill -9: the restarted engine (1.19 forgot the pause) gets it again.
        QSignalSpy started(&s, &SyncthingService::started);
        QCOMPARE(::kill(static_cast<pid_t>(s.sidecar()->pid()), SIGKILL), 0);
        QVERIFY(started.wait(kStartMs));
        QTRY_VERIFY_WITH_TIMEOUT(pausedInEngine(rest, kServer) == std::optional<bool>(true), 10000);
        QVERIFY(s.state()->serverPaused());

        // Resumed the same way, and that too is kept.
        s.resumeServer();
        QVERIFY(!s.state()->serverPaused());
        QTRY_VERIFY(!SyncthingService::savedPauseIntent());
        QTRY_VERIFY(pausedInEngine(rest, kServer) == std::optional<bool>(false));
        QVERIFY(stopAndWait(s));
    }

    void neverBlocksTheEventLoop() {
        // Start (with the first `generate`), a kill -9 restart and a stop, with the app's own
        // timings: no moment the GUI thread stops answering for 50 ms or more.
        SyncthingService s(m_home);
        Heartbeat beat;
        QVERIFY(startAndWait(s));
        const qint64 start = beat.take();
        QSignalSpy started(&s, &SyncthingService::started);
        QCOMPARE(::kill(static_cast<pid_t>(s.sidecar()->pid()), SIGKILL), 0);
        QVERIFY(started.wait(kStartMs));
        QTRY_VERIFY(SyncthingTestAccess::eventsConnected(s));
        const qint64 restart = beat.take();
        QVERIFY(stopAndWait(s));
        const qint64 stop = beat.take();
        qInfo() << "longest event-loop stall (ms): start" << start << "restart" << restart << "stop"
                << stop << "— raw, with CPU waits:" << beat.rawMax();
        QVERIFY2(start < 50, qPrintable(QString::number(start)));
        QVERIFY2(restart < 50, qPrintable(QString::number(restart)));
        QVERIFY2(stop < 50, qPrintable(QString::number(stop)));
    }

    void missingBinaryIsAClearError() {
        qputenv("FIGESTIO_SYNCTHING", "/nonexistent/syncthing");
        SyncthingService s(m_home);
        QSignalSpy failed(&s, &SyncthingService::failed);
        s.start();
        QVERIFY(failed.wait(5000));
        QVERIFY2(s.lastError().contains(QLatin1String("/nonexistent/syncthing")),
                 qPrintable(s.lastError()));
        QCOMPARE(s.status(), SyncthingService::Status::Failed);
    }

    void busyPortIsReplacedAndPersisted() {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        const int busy = squatter.serverPort();
        const QByteArray key(40, 'k');
        QDir().mkpath(m_home);
        QFile settings(QDir(m_home).filePath(QStringLiteral("sidecar.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            QJsonDocument(QJsonObject{{QStringLiteral("apiKey"), QString::fromLatin1(key)},
                                      {QStringLiteral("guiPort"), busy}})
                .toJson());
        settings.close();
        settings.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther);

        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        const int port = s.sidecar()->guiPort();
        QVERIFY(port != busy);
        QCOMPARE(s.sidecar()->apiKey(), key); // the key stays
        const QJsonObject saved = readJson(s.sidecar()->settingsPath());
        QCOMPARE(saved.value(QStringLiteral("guiPort")).toInt(), port);
        QCOMPARE(modeOf(s.sidecar()->settingsPath()), 0600);
        QVERIFY(stopAndWait(s));

        // The next start keeps the new port.
        SyncthingService again(m_home);
        QVERIFY(startAndWait(again));
        QCOMPARE(again.sidecar()->guiPort(), port);
        QVERIFY(stopAndWait(again));
    }

    void leftoverIsReplacedNotDuplicated_data() {
        QTest::addColumn<bool>("keepPidFile");
        QTest::newRow("pid file and ping") << true;
        QTest::newRow("ping only") << false;
    }
    void leftoverIsReplacedNotDuplicated() {
        // A Syncthing on our home that outlived its app (one not tied to the app: an older
        // version, or a system without PR_SET_PDEATHSIG), answering on the persisted port.
        QFETCH(bool, keepPidFile);
        {
            SyncthingService first(m_home); // makes the home, key and port
            QVERIFY(startAndWait(first));
            QVERIFY(stopAndWait(first));
        }
        const QJsonObject settings =
            readJson(QDir(m_home).filePath(QStringLiteral("sidecar.json")));
        QProcess leftover;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STMONITORED"), QStringLiteral("1"));
        env.insert(
            QStringLiteral("STGUIADDRESS"),
            QStringLiteral("127.0.0.1:%1").arg(settings.value(QStringLiteral("guiPort")).toInt()));
        env.insert(QStringLiteral("STGUIAPIKEY"),
                   settings.value(QStringLiteral("apiKey")).toString());
        leftover.setProcessEnvironment(env);
        leftover.setStandardOutputFile(QProcess::nullDevice());
        leftover.start(SyncthingBinary::find(),
                       {QStringLiteral("serve"), QStringLiteral("--home=") + m_home,
                        QStringLiteral("--no-browser"), QStringLiteral("--no-restart")});
        QVERIFY(leftover.waitForStarted());
        if (keepPidFile) {
            QFile pidFile(QDir(m_home).filePath(QStringLiteral("sidecar.pid")));
            QVERIFY(pidFile.open(QIODevice::WriteOnly));
            pidFile.write(QByteArray(R"({"pid":)") + QByteArray::number(leftover.processId()) +
                          '}');
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            SyncthingPeer::requestWithKey(
                QUrl(QStringLiteral("http://127.0.0.1:%1")
                         .arg(settings.value(QStringLiteral("guiPort")).toInt())),
                settings.value(QStringLiteral("apiKey")).toString().toUtf8(), "GET",
                QStringLiteral("/rest/system/ping"))
                .contains("pong"),
            kStartMs);

        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        QTRY_COMPARE(leftover.state(), QProcess::NotRunning);
        QCOMPARE(SyncthingPeer::pidsWithArgument(QStringLiteral("--home=") + m_home),
                 QList<qint64>{s.sidecar()->pid()}); // never two Syncthings
        QVERIFY(stopAndWait(s));
        QVERIFY(SyncthingPeer::pidsWithArgument(QStringLiteral("--home=") + m_home).isEmpty());
    }

    void stopWhileStartingLeavesNothing() {
        SyncthingService s(m_home);
        s.start();
        // Launched but not answering yet.
        QTRY_VERIFY_WITH_TIMEOUT(!s.sidecar()->groupPids().isEmpty(), 10000);
        const qint64 monitor = s.sidecar()->pid();
        QSignalSpy started(&s, &SyncthingService::started);
        QVERIFY(stopAndWait(s));
        QCOMPARE(s.status(), SyncthingService::Status::Stopped);
        QVERIFY(SyncthingPeer::sessionPids(monitor).isEmpty());
        QVERIFY(SyncthingPeer::pidsWithArgument(QStringLiteral("--home=") + m_home).isEmpty());
        QTest::qWait(500);
        QCOMPARE(started.size(), 0); // nothing restarted it behind our back
    }

    void stopOfAHungEngineEscalatesToKill() {
        // A frozen engine (SIGSTOP) ignores the REST shutdown and SIGTERM: the stop goes on to
        // SIGKILL without blocking, and nothing of it is left.
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        const QList<qint64> pids = s.sidecar()->groupPids();
        const qint64 monitor = s.sidecar()->pid();
        for (qint64 pid : pids)
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGSTOP), 0);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(stopAndWait(s));
        qInfo() << "stopped after" << clock.elapsed() << "ms";
        QVERIFY(clock.elapsed() >= 5000); // it was asked first, then terminated, then killed
        QCOMPARE(s.status(), SyncthingService::Status::Stopped);
        QTRY_VERIFY(SyncthingPeer::sessionPids(monitor).isEmpty());
        QVERIFY(!QFile::exists(s.sidecar()->pidFilePath()));
    }

    void destroyedWithoutStopLeavesNothing() {
        qint64 monitor = 0;
        {
            SyncthingService s(m_home);
            QVERIFY(startAndWait(s));
            monitor = s.sidecar()->pid();
        }
        QVERIFY(SyncthingPeer::sessionPids(monitor).isEmpty());
        QVERIFY(SyncthingPeer::pidsWithArgument(QStringLiteral("--home=") + m_home).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_syncthing_sidecar.moc"
