// The sidecar's parts, each alone, without Syncthing: sidecar.json (SidecarSettings), the
// config.xml hardening and the home's preparation (SyncthingHome), finding the binary
// (SyncthingBinary), the process table and the left-over sweep (LeftoverSweep, on a stand-in
// process that carries a --home= argument).
#include "BuildConfig.h"
#include "ScriptedServer.h"
#include "syncthing/LeftoverSweep.h"
#include "syncthing/ProcessTable.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarSettings.h"
#include "syncthing/SyncthingBinary.h"
#include "syncthing/SyncthingHome.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace figestio;

namespace {
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The owner/group/other bits (Qt adds "User" bits for the current user).
QFileDevice::Permissions modeOf(const QString &path) {
    constexpr auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                         QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile(path).permissions() & all;
}

QString writeScript(const QTemporaryDir &dir, const char *name, const QByteArray &body) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(kOwnerOnly | QFileDevice::ExeOwner);
    return path;
}
} // namespace

class TestSidecarParts : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { qunsetenv("FIGESTIO_SYNCTHING"); }

    void settingsAreCreatedPrivateAndKept() {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("sidecar.json"));
        Result<SidecarSettings> made = SidecarSettings::loadOrCreate(path);
        QVERIFY(made.ok());
        QCOMPARE(made.value().apiKey.size(), 43); // 32 random bytes, base64url
        QVERIFY(made.value().guiPort > 0);
        QCOMPARE(modeOf(path), kOwnerOnly);

        Result<SidecarSettings> again = SidecarSettings::loadOrCreate(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value().apiKey, made.value().apiKey);
        QCOMPARE(again.value().guiPort, made.value().guiPort);
    }

    void loosenedSettingsAreMadePrivateAgain() {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("sidecar.json"));
        QVERIFY(SidecarSettings::loadOrCreate(path).ok());
        QFile::setPermissions(path, kOwnerOnly | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        QVERIFY(SidecarSettings::loadOrCreate(path).ok());
        QCOMPARE(modeOf(path), kOwnerOnly);
    }

    void unusableSettingsAreReplaced_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("not JSON") << QByteArray("{apiKey:");
        QTest::newRow("short key") << QByteArray(R"({"apiKey":"abc","guiPort":8384})");
        QTest::newRow("bad port") << QByteArray(R"({"apiKey":")" + QByteArray(40, 'k') +
                                                R"(","guiPort":70000})");
    }
    void unusableSettingsAreReplaced() {
        QFETCH(QByteArray, contents);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("sidecar.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
        f.close();
        Result<SidecarSettings> s = SidecarSettings::loadOrCreate(path);
        QVERIFY(s.ok());
        QCOMPARE(s.value().apiKey.size(), 43);
        QVERIFY(s.value().guiPort > 0 && s.value().guiPort < 65536);
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(back.readAll())
                     .object()
                     .value(QStringLiteral("apiKey"))
                     .toString()
                     .toUtf8(),
                 s.value().apiKey);
    }

    void portHelpersSeeABusyPort() {
        const int port = SidecarSettings::freePort();
        QVERIFY(port > 0);
        QVERIFY(SidecarSettings::isPortFree(port));
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, static_cast<quint16>(port)));
        QVERIFY(!SidecarSettings::isPortFree(port));
        QVERIFY(!SidecarSettings::isPortFree(0));
    }

    void freshConfigIsHardened() {
        const QByteArray fresh = "<options><listenAddress>default</listenAddress>"
                                 "<globalAnnounceEnabled>true</globalAnnounceEnabled>"
                                 "<localAnnounceEnabled>true</localAnnounceEnabled>"
                                 "<relaysEnabled>true</relaysEnabled><natEnabled>true</natEnabled>"
                                 "<urAccepted>0</urAccepted><startBrowser>true</startBrowser>"
                                 "<crashReportingEnabled>true</crashReportingEnabled>"
                                 "<autoUpgradeIntervalH>12</autoUpgradeIntervalH></options>";
        const QByteArray xml = SyncthingHome::hardened(fresh);
        QVERIFY(!xml.contains(">true<"));
        QVERIFY(xml.contains("<listenAddress>tcp://127.0.0.1:0<"));
        QVERIFY(xml.contains("<urAccepted>-1<"));
        QVERIFY(xml.contains("<autoUpgradeIntervalH>0<"));
        QCOMPARE(SyncthingHome::hardened(xml), xml); // idempotent
    }

    void homeWithConfigIsReadyAtOnce() {
        QTemporaryDir tmp;
        const QString home = tmp.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        QFile config(QDir(home).filePath(QStringLiteral("config.xml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        SyncthingHome prep;
        QSignalSpy prepared(&prep, &SyncthingHome::prepared);
        prep.prepare(QStringLiteral("/nonexistent/never-run"), {1, 19, 2}, home);
        QVERIFY(prepared.wait(2000));
        QCOMPARE(modeOf(home),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void generateGetsThePasswordOnStdinAndHardens() {
        // A stand-in `syncthing generate`: records its arguments and stdin, writes a config.
        QTemporaryDir tmp;
        const QString home = tmp.filePath(QStringLiteral("home"));
        const QString binary = writeScript(
            tmp, "generate",
            "echo \"$@\" > \"$(dirname \"$0\")/args\"; cat > \"$(dirname \"$0\")/stdin\"\n"
            "printf '<relaysEnabled>true</relaysEnabled>' > \"${2#--home=}/config.xml\"\n");
        SyncthingHome prep;
        QSignalSpy prepared(&prep, &SyncthingHome::prepared);
        prep.prepare(binary, {1, 19, 2}, home);
        QVERIFY(prepared.wait(5000));
        QFile args(tmp.filePath(QStringLiteral("args")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray argv = args.readAll();
        QVERIFY(argv.contains("--gui-user=figestio"));
        QVERIFY(argv.contains("--gui-password=-"));
        QFile in(tmp.filePath(QStringLiteral("stdin")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray password = in.readAll();
        QCOMPARE(password.size(), 43);
        QVERIFY(!argv.contains(password));
        QFile config(QDir(home).filePath(QStringLiteral("config.xml")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QCOMPARE(config.readAll(), QByteArray("<relaysEnabled>false</relaysEnabled>"));
    }

    void failedGenerateIsAnErrorInWords() {
        QTemporaryDir tmp;
        const QString home = tmp.filePath(QStringLiteral("home"));
        SyncthingHome prep;
        QSignalSpy failed(&prep, &SyncthingHome::failed);
        prep.prepare(writeScript(tmp, "broken", "echo broken >&2; exit 1\n"), {1, 19, 2}, home);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(home));
    }

    void binaryFromEnvironment() {
        if (!build::kDevOverrides)
            QSKIP("package builds ignore FIGESTIO_SYNCTHING");
        QTemporaryDir tmp;
        const QString script = writeScript(tmp, "syncthing", "exit 0\n");
        qputenv("FIGESTIO_SYNCTHING", QFile::encodeName(script));
        QCOMPARE(SyncthingBinary::find(), script);
        qputenv("FIGESTIO_SYNCTHING", "/nonexistent/syncthing");
        QString error;
        QVERIFY(SyncthingBinary::find(&error).isEmpty());
        QVERIFY(error.contains(QLatin1String("/nonexistent/syncthing")));
    }

    // An owner destroyed while the version probe runs is not called back (~QProcess reports the
    // killed probe from inside the owner's destructor), and the killed probe's "unknown" is not
    // cached: the next owner gets the real version.
    void versionProbeOutlivedByItsOwner() {
        QTemporaryDir tmp;
        const QString slow = tmp.filePath(QStringLiteral("slow"));
        QVERIFY(QFile(slow).open(QIODevice::WriteOnly));
        const QString script = writeScript(
            tmp, "syncthing",
            "while [ -e \"$(dirname \"$0\")/slow\" ]; do sleep 0.1; done\n"
            "echo 'syncthing v1.19.2 \"Fermium Flea\" (go1.19.8 linux-amd64) debian@debian "
            "2023-01-01 00:00:00 UTC'\n");
        auto *owner = new QObject;
        bool calledBack = false;
        SyncthingBinary::detectVersion(script, owner,
                                       [&](std::optional<SyncthingVersion>) { calledBack = true; });
        delete owner;
        QVERIFY(!calledBack);
        QVERIFY(QFile::remove(slow));
        QObject next;
        std::optional<SyncthingVersion> version;
        bool answered = false;
        SyncthingBinary::detectVersion(script, &next, [&](std::optional<SyncthingVersion> v) {
            version = v;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(version.has_value());
        QCOMPARE(version->toString(), QStringLiteral("1.19.2"));
    }

    void processTableKnowsOwnSession() {
        const qint64 self = QCoreApplication::applicationPid();
        QVERIFY(ProcessTable::isAlive(self));
        // A child in a session of its own: the test's own session may be led from outside this
        // PID namespace (CI containers), where getsid() and /proc both say 0.
        QProcess child;
        child.setChildProcessModifier([] { ::setsid(); });
        child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        QTRY_VERIFY(ProcessTable::sessionPids(pid).contains(pid));
        QVERIFY(!ProcessTable::sessionPids(pid).contains(self));
        child.kill();
        QVERIFY(child.waitForFinished());
        QTRY_VERIFY(!ProcessTable::sessionPids(pid).contains(pid));
        // argv as this process was started (relative or absolute), NUL-terminated.
        QVERIFY(ProcessTable::cmdline(self).startsWith(
            QFile::encodeName(QCoreApplication::arguments().constFirst()) + '\0'));
        QVERIFY(!ProcessTable::withArgument("--no-such-argument-anywhere").contains(self));
    }

    void sweepStopsAProcessOnOurHome() {
        QTemporaryDir tmp;
        const QString home = tmp.filePath(QStringLiteral("home"));
        // A stand-in for a left-over Syncthing: `--home=<home>` is one of its arguments.
        QProcess leftover;
        leftover.start(QStringLiteral("sh"),
                       {QStringLiteral("-c"), QStringLiteral("sleep 60; :"), QStringLiteral("sh"),
                        QStringLiteral("--home=") + home});
        QVERIFY(leftover.waitForStarted());
        // Not a longer home that starts with ours.
        QProcess other;
        other.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("sleep 60; :"), QStringLiteral("sh"),
                     QStringLiteral("--home=") + home + QStringLiteral("2")});
        QVERIFY(other.waitForStarted());
        const QString pidFile = tmp.filePath(QStringLiteral("sidecar.pid"));
        QTRY_COMPARE(LeftoverSweep::find(home, pidFile), QList<qint64>{leftover.processId()});

        QNetworkAccessManager nam;
        RestClient rest(&nam);
        const int port = SidecarSettings::freePort(); // nothing answers there
        rest.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), "key");
        LeftoverSweep sweep(&rest);
        QSignalSpy finished(&sweep, &LeftoverSweep::finished);
        sweep.run(home, pidFile, port);
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(leftover.state(), QProcess::NotRunning);
        QCOMPARE(other.state(), QProcess::Running); // someone else's home is left alone
        other.kill();
        other.waitForFinished();
    }

    // macOS has no /proc: a leftover is named by the pid file alone, trusted once our port
    // answers our key. The same code runs here, with a leftover /proc cannot tie to our home.
    void sweepStopsThePidFilesEngineWithoutProc() {
        QTemporaryDir tmp;
        const QString home = tmp.filePath(QStringLiteral("home"));
        const QString pidFile = tmp.filePath(QStringLiteral("sidecar.pid"));
        QProcess leftover; // no --home in its argv
        leftover.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(leftover.waitForStarted());
        auto writePidFile = [&](qint64 pid, const QString &forHome) {
            QFile f(pidFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("pid"), pid},
                                              {QStringLiteral("home"), forHome}})
                        .toJson());
        };
        writePidFile(leftover.processId(), home);
        QCOMPARE(LeftoverSweep::fromPidFile(home, pidFile), leftover.processId());
        QCOMPARE(LeftoverSweep::fromPidFile(home + QStringLiteral("2"), pidFile), 0);
        QVERIFY(LeftoverSweep::find(home, pidFile).isEmpty()); // /proc alone does not see it

        // "Our engine" answers ping with our key, takes the shutdown request, closes its port,
        // but its process lingers: stopped by pid.
        ScriptedServer engine;
        engine.fallback = {200, R"({"ping":"pong"})", {}};
        QTimer closer;
        connect(&closer, &QTimer::timeout, &engine, [&engine] {
            for (const ScriptedServer::Seen &seen : std::as_const(engine.seen)) {
                if (seen.target.contains("/rest/system/shutdown"))
                    engine.server.close();
            }
        });
        closer.start(20);
        QNetworkAccessManager nam;
        RestClient rest(&nam);
        rest.setEndpoint(QUrl(engine.url()), "key");
        LeftoverSweep sweep(&rest);
        QSignalSpy finished(&sweep, &LeftoverSweep::finished);
        sweep.run(home, pidFile, engine.server.serverPort());
        QVERIFY(finished.wait(15000));
        QTRY_COMPARE(leftover.state(), QProcess::NotRunning);
        QVERIFY(!QFile::exists(pidFile));
        writePidFile(leftover.processId(), home); // a pid that is gone names nothing
        QCOMPARE(LeftoverSweep::fromPidFile(home, pidFile), 0);
    }

    void sweepWithNothingLeftFinishesAtOnce() {
        QTemporaryDir tmp;
        QNetworkAccessManager nam;
        RestClient rest(&nam);
        const int port = SidecarSettings::freePort();
        rest.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), "key");
        LeftoverSweep sweep(&rest);
        QSignalSpy finished(&sweep, &LeftoverSweep::finished);
        sweep.run(tmp.filePath(QStringLiteral("home")), tmp.filePath(QStringLiteral("pid")), port);
        QVERIFY(finished.wait(3000));
        sweep.cancel();
        sweep.run(tmp.filePath(QStringLiteral("home")), tmp.filePath(QStringLiteral("pid")), port);
        sweep.cancel(); // a cancelled run says nothing
        QTest::qWait(300);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSidecarParts)
#include "tst_syncthing_sidecarparts.moc"
