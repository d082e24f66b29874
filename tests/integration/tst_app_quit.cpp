// `figestio-sync --quit` (the Windows uninstaller runs it before touching the files): the
// running app, reached over its single-instance socket, stops and exits, and --quit returns
// only once it has; with nothing running it says so (exit 8). SIGTERM and SIGHUP quit the same
// way. The real binary, offscreen.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

class TestAppQuit : public QObject {
    Q_OBJECT

    static int runCommand(const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(FIGESTIO_SYNC_BINARY), args);
        if (!p.waitForFinished(60000))
            return -1;
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }

    // Live processes whose argv holds `needle` (the app's engine: its --home is under HOME).
    static QList<qint64> pidsWithArgument(const QByteArray &needle) {
        QList<qint64> out;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            QFile f(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (entry.toLongLong() > 0 && f.open(QIODevice::ReadOnly) &&
                f.readAll().contains(needle))
                out << entry.toLongLong();
        }
        return out;
    }

private slots:
    void quitWithNothingRunningSaysSo() {
        QString err;
        QCOMPARE(runCommand({QStringLiteral("--quit")}, &err), 8);
        QVERIFY2(!err.trimmed().isEmpty(), "a message on stderr");
    }

    void quitStopsTheRunningAppAndWaitsForIt() {
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--minimized")});
        QVERIFY(app.waitForStarted());
        // Up once it answers --status.
        QTRY_VERIFY_WITH_TIMEOUT(runCommand({QStringLiteral("--status")}) == 0, 20000);

        QCOMPARE(runCommand({QStringLiteral("--quit")}), 0);
        // --quit returned once the app released its lock: only its last teardown is left.
        QVERIFY(app.state() == QProcess::NotRunning || app.waitForFinished(5000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(runCommand({QStringLiteral("--status")}), 8);
    }

    void hangupAndTerminateQuitCleanly_data() {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }
    // A closed terminal or a logout: the app stops its engine and exits normally (the default
    // SIGHUP action would kill it, leaving the engine to PDEATHSIG's SIGTERM).
    void hangupAndTerminateQuitCleanly() {
        QFETCH(int, signal);
        const QByteArray home = "--home=" + qgetenv("HOME");
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--minimized")});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(runCommand({QStringLiteral("--status")}) == 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!pidsWithArgument(home).isEmpty(), 20000); // the engine runs

        QCOMPARE(::kill(static_cast<pid_t>(app.processId()), signal), 0);
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(pidsWithArgument(home).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAppQuit)
#include "tst_app_quit.moc"
