// `figestio-sync --setup-folder PATH [--agency ID]` for IT deployments, on the built binary
// against the devstack: not signed in → exit 3; signed in (--sign-in through the fake
// xdg-open) → each step printed, then the app stays syncing in the tray (--status, a file
// reaches the server); a folder that cannot be used → exit 9 with the reason; an agency the
// user does not belong to → exit 7.
#include "DevstackControl.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
struct Run {
    int exitCode = -1;
    QString out, err;
};

// user: who the devstack's fake browser (xdg-open) signs in as.
QProcessEnvironment environment(const QString &user = QStringLiteral("alice")) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DEVSTACK_USER"), user);
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    return env;
}

Run run(const QStringList &args, int timeoutMs = 90000,
        const QString &user = QStringLiteral("alice")) {
    QProcess p;
    p.setProcessEnvironment(environment(user));
    p.start(QStringLiteral(FIGESTIO_SYNC_BINARY), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestSetupCli : public QObject {
    Q_OBJECT
private:
    DevstackControl m_devstack;
    QTemporaryDir m_tmp;

    bool onServer(const QString &name) {
        return m_devstack.serverHasFile(QStringLiteral("ag_1"), name);
    }

    // Starts `--setup-folder folder` as user and waits until it says it syncs; true when it
    // does and still runs (then out holds what it printed; else also its errors).
    static bool setUpFolder(QProcess &app, const QString &folder, const QString &user,
                            QString *out) {
        QDir().mkpath(folder);
        app.setProcessEnvironment(environment(user));
        app.start(QStringLiteral(FIGESTIO_SYNC_BINARY), {QStringLiteral("--setup-folder"), folder});
        if (!app.waitForStarted(5000))
            return false;
        (void)QTest::qWaitFor(
            [&] {
                *out += QString::fromUtf8(app.readAllStandardOutput());
                return out->contains(QStringLiteral("set up and syncing")) ||
                       app.state() == QProcess::NotRunning;
            },
            90000);
        if (app.state() == QProcess::Running)
            return true;
        *out += QString::fromUtf8(app.readAllStandardError());
        return false;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_devstack.available(), "run with DEVSTACK");
        QVERIFY(m_tmp.isValid());
    }

    void notSignedInExits3() {
        const Run r = run({QStringLiteral("--setup-folder"), m_tmp.path()});
        QVERIFY2(r.exitCode == 3, qPrintable(r.err)); // ExitNotSignedIn
        QVERIFY2(r.err.contains(QStringLiteral("--sign-in")), qPrintable(r.err));
    }

    void unusableFolderExits9WithTheReason() {
        const Run signIn = run({QStringLiteral("--sign-in")});
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.out + signIn.err));
        const Run r = run({QStringLiteral("--setup-folder"), QStringLiteral("/etc")});
        QVERIFY2(r.exitCode == 9, qPrintable(r.err)); // ExitSetupFailed
        QVERIFY2(r.err.contains(QStringLiteral("system")), qPrintable(r.err));
        // Refused before anything was claimed or configured.
        QVERIFY2(!r.out.contains(QStringLiteral("[4/5]")), qPrintable(r.out));
    }

    void foreignAgencyExits7() {
        const Run r = run({QStringLiteral("--setup-folder"), m_tmp.path(),
                           QStringLiteral("--agency"), QStringLiteral("ag_2")});
        QVERIFY2(r.exitCode == 7, qPrintable(r.err)); // ExitAgency: alice is not in ag_2
        QVERIFY2(!r.err.isEmpty(), "says why");
    }

    void setsUpAndStaysSyncing() {
        const QString folder = m_tmp.filePath(QStringLiteral("Figestio"));
        QProcess app;
        QString out;
        QVERIFY2(setUpFolder(app, folder, QStringLiteral("alice"), &out), qPrintable(out));
        for (const char *step : {"[1/5] Starting the sync engine", "[2/5] Contacting",
                                 "[3/5] Connecting", "[4/5] Registering", "[5/5] Setting up"})
            QVERIFY2(out.contains(QLatin1String(step)), qPrintable(out));

        const Run status = run({QStringLiteral("--status")}, 10000);
        QCOMPARE(status.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("setUp")).toBool());
        QCOMPARE(QDir::cleanPath(o.value(QStringLiteral("folder"))
                                     .toObject()
                                     .value(QStringLiteral("path"))
                                     .toString()),
                 folder);

        QVERIFY(figestio::test::writeFile(folder + QStringLiteral("/deployed.txt"), "ok\n"));
        QTRY_VERIFY_WITH_TIMEOUT(onServer(QStringLiteral("deployed.txt")), 30000);

        // Issue 9 §5: --status answers "is it safe?" (the file count follows the engine's
        // folder summary, which comes a moment after the file) and the last sync is not empty.
        QJsonObject safety;
        auto readSafety = [&] {
            safety = QJsonDocument::fromJson(run({QStringLiteral("--status")}, 10000).out.toUtf8())
                         .object()
                         .value(QStringLiteral("safety"))
                         .toObject();
            return safety.value(QStringLiteral("level")).toString() == QLatin1String("safe") &&
                   safety.value(QStringLiteral("files")).toInt() >= 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readSafety(), 30000);
        QVERIFY2(safety.value(QStringLiteral("text"))
                     .toString()
                     .contains(QStringLiteral("safe on the Figestió server")),
                 qPrintable(safety.value(QStringLiteral("text")).toString()));
        QVERIFY(!QJsonDocument::fromJson(run({QStringLiteral("--status")}, 10000).out.toUtf8())
                     .object()
                     .value(QStringLiteral("lastSync"))
                     .toString()
                     .isEmpty());

        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(run({QStringLiteral("--status")}, 10000).exitCode, 8); // ExitNotRunning
    }

    // Issue 9 §6 unattended: set up for ag_1 (above), bob signs in for ag_2 and deploys a folder:
    // the computer switches agency with a new engine identity claimed for ag_2.
    void anotherAgencySwitchesWithANewDevice() {
        const QString bob = QStringLiteral("bob");
        const Run signIn =
            run({QStringLiteral("--sign-in"), QStringLiteral("--agency"), QStringLiteral("ag_2")},
                90000, bob);
        QVERIFY2(signIn.exitCode == 0, qPrintable(signIn.out + signIn.err));
        const QString folder = m_tmp.filePath(QStringLiteral("Vidal"));
        QProcess app;
        QString out;
        QVERIFY2(setUpFolder(app, folder, bob, &out), qPrintable(out));
        QStringList ag1, ag2;
        for (const QJsonValue &c : m_devstack.claims())
            (c.toObject().value(QStringLiteral("agency_id")).toString() == QLatin1String("ag_2")
                 ? ag2
                 : ag1)
                << c.toObject().value(QStringLiteral("device_id")).toString();
        QCOMPARE(ag2.size(), 1);
        QVERIFY(!ag1.contains(ag2.first())); // a new device, not the ag_1 one
        QVERIFY(figestio::test::writeFile(folder + QStringLiteral("/vidal.txt"), "ok\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(QStringLiteral("ag_2"), QStringLiteral("vidal.txt")), 30000);
        // The first folder keeps its files.
        QVERIFY(QFile::exists(m_tmp.filePath(QStringLiteral("Figestio/deployed.txt"))));
        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSetupCli)
#include "tst_setup_cli.moc"
