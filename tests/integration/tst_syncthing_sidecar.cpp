// The Syncthing sidecar against the real `syncthing` binary: start, secrets, loopback only,
// hardening, crash restart, giving up, busy port, clean stop, left-over sidecars.
#include "Await.h"
#include "SyncthingPeer.h"
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
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace figestio;

namespace {
constexpr int kStartMs = 30000;

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
            return s.events()->isConnected() && rest->requestLog().value(snapshotPath) >= 1 &&
                   rest->pendingCount() == 1;
        });
        rest->resetRequestCount();
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
        QTRY_VERIFY(s.events()->isConnected());

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
        QTRY_VERIFY_WITH_TIMEOUT(s.events()->isConnected(), 10000);
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
        SyncthingService s(m_home);
        s.setFallbackPollMs(200);
        QVERIFY(startAndSettle(s));
        RestClient *rest = s.rest();
        QTest::qWait(600);
        QCOMPARE(rest->requestLog().value(snapshotPath), 0); // stream up: no polling

        // The stream reports an outage (as after a failed long-poll): the slow poll runs.
        emit s.events()->disconnected(QStringLiteral("simulated outage"));
        QTRY_VERIFY_WITH_TIMEOUT(rest->requestLog().value(snapshotPath) >= 3, 3000);

        // Back: one snapshot, then events only again.
        emit s.events()->synced(false);
        QTRY_VERIFY(rest->pendingCount() == 1);
        const int after = rest->requestLog().value(snapshotPath);
        QTest::qWait(800);
        QCOMPARE(rest->requestLog().value(snapshotPath), after);
        QVERIFY(stopAndWait(s));
    }

    // Issue 8 §5: after an engine restart the stream follows the new engine from 0. Before,
    // it kept the old cursor, which Syncthing answers with [] until the new engine's IDs pass
    // it: many events before the restart meant silence after it.
    void eventsFollowARestartedEngineFromZero() {
        SyncthingService s(m_home);
        QVERIFY(startAndWait(s));
        QTRY_VERIFY_WITH_TIMEOUT(s.events()->isConnected(), 10000);
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
        QTRY_VERIFY_WITH_TIMEOUT(s.events()->lastId() >= 50, 15000);
        const qint64 before = s.events()->lastId();

        QSignalSpy started(&s, &SyncthingService::started);
        QCOMPARE(::kill(static_cast<pid_t>(s.sidecar()->pid()), SIGKILL), 0);
        QVERIFY(started.wait(kStartMs));
        QTRY_VERIFY_WITH_TIMEOUT(s.events()->isConnected(), 10000);
        QVERIFY2(s.events()->lastId() < before,
                 qPrintable(QStringLiteral("cursor %1 after, %2 before")
                                .arg(s.events()->lastId())
                                .arg(before)));
        // The state was cleared and re-read; a change made now arrives as an event.
        QTRY_VERIFY_WITH_TIMEOUT(s.state()->trackedFolder().configured, 10000);
        QVERIFY(!s.state()->trackedFolder().paused);
        QSignalSpy events(s.events(), &EventStream::eventsReceived);
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
        QTRY_VERIFY(rest->requestLog().value(snapshotPath) == 2 && rest->pendingCount() == 1);
        QTest::qWait(300);
        QCOMPARE(rest->requestLog().value(snapshotPath), 2);
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

    void givesUpOnAlwaysCrashingBinary() {
        // Generates a home like Syncthing, then dies at every start.
        const QString script = m_tmp->filePath(QStringLiteral("crashing-syncthing"));
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nif [ \"$1\" = generate ]; then exec '" +
                QFile::encodeName(SyncthingBinary::find()) + "' \"$@\"; fi\n" +
                "echo 'panic: simulated' >&2\nexit 2\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("FIGESTIO_SYNCTHING", QFile::encodeName(script));

        SyncthingService s(m_home);
        s.sidecar()->setCrashPolicy(4, 60000);
        QSignalSpy failed(&s, &SyncthingService::failed);
        QSignalSpy crashed(s.sidecar(), &SidecarProcess::crashed);
        s.start();
        QVERIFY(failed.wait(30000));
        QCOMPARE(crashed.size(), 4);
        QCOMPARE(s.status(), SyncthingService::Status::Failed);
        QVERIFY(!s.lastError().isEmpty());
        QVERIFY2(s.lastError().contains(QLatin1String("gave up")), qPrintable(s.lastError()));
        QCOMPARE(s.state()->overall(), SyncState::Overall::Error);
        QTest::qWait(1500);
        QCOMPARE(crashed.size(), 4); // it really stopped trying
        QVERIFY(stopAndWait(s));
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
