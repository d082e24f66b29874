// Figures for the app as a whole (printed, never asserted: timings depend on the machine):
//  1. the built binary: process start → tray shown (target 150 ms), its resident memory then;
//  2. in-process, set up and syncing against the devstack: resident memory when idle
//     (VmRSS of /proc/self/status; target < 35 MiB; Syncthing's own processes listed apart),
//     and the Syncthing REST requests sent per minute while idle (target: the one pending
//     /rest/events long-poll);
//  3. the built binary again, now set up (straight to the tray, syncing resumed, no window):
//     its resident memory when idle and up to date (the figure an accountant's machine sees).
// Run by hand (needs the devstack, a keyring and a tray):
//   tests/env/run-test --devstack --keyring --tray -- build/tests/bench_app
// FIGESTIO_BENCH_IDLE_SECONDS (default 60) sets the idle window.
#include "DevstackControl.h"
#include "SigninBrowser.h"
#include "SyncthingTestAccess.h"
#include "TestFiles.h"
#include "UiTestAccess.h"

#include "AppController.h"

#include "auth/Session.h"
#include "setup/SetupFlow.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace figestio;

namespace {
// A /proc/<pid>/status field in KiB (VmRSS, RssAnon, RssFile), 0 when unknown.
qint64 statusKiB(const QString &pid, const char *field) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(f.readAll());
    const auto m =
        QRegularExpression(QLatin1String(field) + QStringLiteral(":\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}
qint64 rssKiB(const QString &pid) {
    return statusKiB(pid, "VmRSS");
}
// Proportional set size: shared library pages divided among the processes mapping them.
qint64 pssKiB(const QString &pid) {
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const auto m = QRegularExpression(QStringLiteral("\\nPss:\\s+(\\d+) kB"))
                       .match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}
// VmRSS counts the pages of shared libraries (Qt, X11, fonts) that every Qt app on the desktop
// shares; RssAnon is what this process alone costs.
QString memory(const QString &pid) {
    return QStringLiteral("VmRSS %1 MiB (RssAnon %2 MiB, RssFile %3 MiB)")
        .arg(statusKiB(pid, "VmRSS") / 1024.0, 0, 'f', 1)
        .arg(statusKiB(pid, "RssAnon") / 1024.0, 0, 'f', 1)
        .arg(statusKiB(pid, "RssFile") / 1024.0, 0, 'f', 1);
}

QString appLog() {
    QString data = qEnvironmentVariable("XDG_DATA_HOME");
    if (data.isEmpty())
        data = QDir::homePath() + QStringLiteral("/.local/share");
    return QString::fromUtf8(figestio::test::readFile(
        data + QStringLiteral("/Figestio/figestio-sync/logs/figestio-sync.log")));
}

// The idle window: FIGESTIO_BENCH_IDLE_SECONDS, 60 s by default.
int idleSeconds() {
    return qEnvironmentVariableIsSet("FIGESTIO_BENCH_IDLE_SECONDS")
               ? qEnvironmentVariableIntValue("FIGESTIO_BENCH_IDLE_SECONDS")
               : 60;
}

// The timestamp of the first log line containing needle.
QDateTime logTime(const QString &log, const QString &needle) {
    for (const QString &line : log.split(QLatin1Char('\n')))
        if (line.contains(needle))
            return QDateTime::fromString(line.section(QLatin1Char(' '), 0, 0), Qt::ISODateWithMs);
    return {};
}
} // namespace

class BenchApp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setApplicationName(QStringLiteral("figestio-sync"));
        QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
        QApplication::setQuitOnLastWindowClosed(false);
    }

    void binaryStartToTray() {
        const int runs = 3;
        for (int i = 0; i < runs; ++i) {
            QFile::remove(
                QDir(qEnvironmentVariable("XDG_DATA_HOME"))
                    .filePath(QStringLiteral("Figestio/figestio-sync/logs/figestio-sync.log")));
            QProcess app;
            app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            const QDateTime launched = QDateTime::currentDateTimeUtc();
            app.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--minimized")});
            QVERIFY(app.waitForStarted(5000));
            QTRY_VERIFY_WITH_TIMEOUT(appLog().contains(QStringLiteral("tray ready")), 15000);
            const QString log = appLog();
            const QDateTime tray = logTime(log, QStringLiteral("tray ready"));
            const QDateTime mainStarted = logTime(log, QStringLiteral("starting"));
            const QString atTray = memory(QString::number(app.processId()));
            qInfo("run %d: process start -> tray shown: %lld ms (runGui -> tray: %lld ms); %s",
                  i + 1, launched.msecsTo(tray), mainStarted.msecsTo(tray), qPrintable(atTray));
            QTRY_VERIFY_WITH_TIMEOUT(appLog().contains(QStringLiteral("Syncthing running")), 30000);
            qInfo("run %d: after Syncthing is up (not set up, wizard open): %s", i + 1,
                  qPrintable(memory(QString::number(app.processId()))));
            ::kill(pid_t(app.processId()), SIGTERM);
            QVERIFY(app.waitForFinished(30000));
        }
    }

    void idleWhileSyncing() {
        DevstackControl devstack;
        if (!devstack.available())
            QSKIP("needs the devstack (run with run-test --devstack --keyring --tray)");
        QVERIFY(tmp.isValid());
        SigninBrowser browser;
        browser.setUser(QStringLiteral("alice"));

        AppController::Options options;
        options.minimized = true;
        options.manageAutostart = false;
        AppController app(options);
        QSignalSpy restored(&app, &AppController::restored);
        app.start();
        QVERIFY(restored.wait(20000));
        qInfo("in-process after start: %s", qPrintable(memory(QStringLiteral("self"))));

        if (!app.setupFlow()->isSetUp()) {
            app.session()->signIn();
            QTRY_COMPARE_WITH_TIMEOUT(app.session()->state(), Session::State::SignedIn, 30000);
            const QString folder = tmp.filePath(QStringLiteral("Figestio"));
            QDir().mkpath(folder);
            QSignalSpy finished(app.setupFlow(), &SetupFlow::finished);
            app.setupFlow()->start(folder);
            QVERIFY(finished.wait(60000));
        }
        SyncState *state = AppControllerTestAccess::syncthing(app)->state();
        QTRY_VERIFY_WITH_TIMEOUT(state->serverConnected(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), SyncState::Overall::UpToDate, 20000);

        const int seconds = idleSeconds();
        QTest::qWait(2000); // let the settling after setup pass
        RestClient *rest = AppControllerTestAccess::syncthing(app)->rest();
        SyncthingTestAccess::resetRequestCount(*rest);
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(seconds * 1000);
        const double minutes = clock.elapsed() / 60000.0;
        const int requests = SyncthingTestAccess::requestCount(*rest);
        qInfo("idle %d s: %d Syncthing REST requests (%.1f per minute)", seconds, requests,
              requests / minutes);
        const auto log = SyncthingTestAccess::requestLog(*rest);
        for (auto it = log.cbegin(); it != log.cend(); ++it)
            qInfo("  %s: %d", qPrintable(it.key()), it.value());
        qInfo("in-process when idle syncing (the test harness included): %s",
              qPrintable(memory(QStringLiteral("self"))));
        qint64 sidecar = 0;
        for (qint64 pid : AppControllerTestAccess::syncthing(app)->sidecar()->groupPids())
            sidecar += rssKiB(QString::number(pid));
        qInfo("Syncthing (one process) VmRSS: %.1f MiB", sidecar / 1024.0);

        QSignalSpy done(&app, &AppController::finished);
        app.quit();
        QVERIFY(done.wait(30000));
    }

    void binaryIdleWhenSetUp() {
        if (!QFileInfo::exists(tmp.filePath(QStringLiteral("Figestio"))))
            QSKIP("needs the setup done by idleWhileSyncing");
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--minimized")});
        QVERIFY(app.waitForStarted(5000));
        // Ask the running instance the way support would.
        const auto upToDate = [] {
            QProcess status;
            status.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--status")});
            return status.waitForFinished(10000) && status.exitCode() == 0 &&
                   status.readAllStandardOutput().contains("\"state\":\"UpToDate\"");
        };
        QTRY_VERIFY_WITH_TIMEOUT(upToDate(), 30000);
        const int seconds = idleSeconds();
        QTest::qWait(seconds * 1000 / 2);
        const QString pid = QString::number(app.processId());
        qInfo("binary, set up, idle and up to date (target < 35 MiB): %s; PSS %.1f MiB",
              qPrintable(memory(pid)), pssKiB(pid) / 1024.0);
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(30000));
    }

private:
    QTemporaryDir tmp;
};

QTEST_MAIN(BenchApp)
#include "bench_app.moc"
