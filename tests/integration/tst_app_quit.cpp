// `figestio-sync --quit` (the Windows uninstaller runs it before touching the files): the
// running app, reached over its single-instance socket, stops and exits, and --quit returns
// only once it has; with nothing running it says so (exit 8). The real binary, offscreen.
#include <QProcess>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestAppQuit)
#include "tst_app_quit.moc"
