// Smoke test of the built binary under Xvfb with a tray host: it reaches the tray ("tray
// ready" in its log) with no warnings of its own, answers --status as JSON, a second launch
// hands over to it and exits, and SIGTERM stops it gracefully (Syncthing stopped, exit 0).
#include "TestFiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

class TestE2eSmoke : public QObject {
    Q_OBJECT
private:
    static QString logPath() {
        QString data = qEnvironmentVariable("XDG_DATA_HOME");
        if (data.isEmpty())
            data = QDir::homePath() + QStringLiteral("/.local/share");
        return data + QStringLiteral("/Figestio/figestio-sync/logs/figestio-sync.log");
    }
    static QString log() { return QString::fromUtf8(figestio::test::readFile(logPath())); }
    static QProcess *run(const QStringList &args, QObject *parent) {
        auto *p = new QProcess(parent);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(FIGESTIO_SYNC_BINARY), args);
        return p;
    }

private slots:
    void reachesTheTrayWithACleanLog() {
        QProcess *app = run({QStringLiteral("--minimized")}, this);
        QVERIFY(app->waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(log().contains(QStringLiteral("tray ready")), 15000);
        // Syncthing comes up after the tray.
        QTRY_VERIFY_WITH_TIMEOUT(log().contains(QStringLiteral("Syncthing running")), 30000);

        // --status asks the running instance.
        QProcess status;
        status.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--status")});
        QVERIFY(status.waitForFinished(10000));
        QCOMPARE(status.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(status.readAllStandardOutput()).object();
        QVERIFY(o.value(QStringLiteral("running")).toBool());
        QCOMPARE(o.value(QStringLiteral("session")).toString(), QStringLiteral("SignedOut"));
        QCOMPARE(o.value(QStringLiteral("setUp")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("engine")).toString(), QStringLiteral("Running"));

        // A second launch raises the first and exits.
        QProcess second;
        second.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(log().contains(QStringLiteral("asked it to show itself: true")));
        QCOMPARE(app->state(), QProcess::Running);

        // SIGTERM quits like the tray's Quit: Syncthing is stopped, not orphaned.
        ::kill(pid_t(app->processId()), SIGTERM);
        QVERIFY(app->waitForFinished(30000));
        QCOMPARE(app->exitStatus(), QProcess::NormalExit);
        QCOMPARE(app->exitCode(), 0);
        QVERIFY(log().contains(QStringLiteral("sync engine stopped")));

        // Nothing of ours complained. (Qt's own warnings are listed, not failed on.)
        const QStringList lines = log().split(QLatin1Char('\n'));
        QStringList ours;
        for (const QString &line : lines) {
            if (line.contains(QRegularExpression(QStringLiteral(" (critical|fatal) "))) ||
                line.contains(QStringLiteral(" warning figestio.")))
                ours << line;
            else if (line.contains(QStringLiteral(" warning ")))
                qInfo("Qt warning in the log: %s", qPrintable(line));
        }
        QVERIFY2(ours.isEmpty(), qPrintable(ours.join(QLatin1Char('\n'))));

        // Now nothing runs: --status says so with its exit code.
        QProcess none;
        none.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--status")});
        QVERIFY(none.waitForFinished(10000));
        QCOMPARE(none.exitCode(), 8); // ExitNotRunning
    }
};

QTEST_GUILESS_MAIN(TestE2eSmoke)
#include "tst_e2e_smoke.moc"
