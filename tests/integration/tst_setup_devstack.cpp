// The real SetupFlow with a real Syncthing (SyncthingService) against the devstack, signed in
// through the real provider and keychain: a fresh run reaches Done and connects within
// seconds; running again duplicates no peer, folder or claim; a setup cancelled right after
// the claim continues on Retry; files travel both ways afterwards.
#include "Await.h"
#include "DevstackControl.h"
#include "SignedInSession.h"
#include "StopService.h"
#include "TestFiles.h"

#include "setup/FolderProtection.h"
#include "setup/IgnoreBlock.h"
#include "setup/SetupFlow.h"
#include "setup/SetupRecord.h"
#include "syncthing/ConflictMonitor.h"
#include "syncthing/DeletionGuard.h"
#include "syncthing/RestClient.h"
#include "syncthing/Safety.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"
#include "syncthing/VersionsClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <csignal>

using namespace figestio;
using figestio::test::readFile;
using figestio::test::writeFile;

namespace {
// The value of a successful answer, else nothing.
template <class T> std::optional<T> await(std::function<void(Callback<T>)> call) {
    const auto result = test::await<T>(call, 15000);
    return result && result->ok() ? std::optional<T>(result->value()) : std::nullopt;
}
} // namespace

class TestSetupDevstack : public QObject {
    Q_OBJECT
private:
    DevstackControl m_devstack;
    QTemporaryDir m_tmp;
    std::unique_ptr<SignedInSession> m_signed;
    std::unique_ptr<SyncthingService> m_syncthing;
    std::unique_ptr<SetupFlow> m_flow;
    // What the app runs beside the flow: the engine's own watcher is off for the folder, so
    // local changes reach the server through the guard.
    std::unique_ptr<DeletionGuard> m_guard;
    QString m_folder;

    void followFolder() {
        if (m_flow && m_flow->isSetUp())
            m_guard->start(m_flow->folderId(), m_flow->folderPath());
    }

    QList<DeviceConfig> devices() {
        return await<QList<DeviceConfig>>(
                   [this](auto cb) { m_syncthing->rest()->devices(nullptr, cb); })
            .value_or(QList<DeviceConfig>{});
    }
    QList<FolderConfig> folders() {
        return await<QList<FolderConfig>>(
                   [this](auto cb) { m_syncthing->rest()->folders(nullptr, cb); })
            .value_or(QList<FolderConfig>{});
    }
    QString folderState() {
        return await<FolderStatus>([this](auto cb) {
                   m_syncthing->rest()->folderStatus(QStringLiteral("figestio-ag_1"), nullptr, cb);
               })
            .value_or(FolderStatus{})
            .state;
    }
    int serverPeers() {
        int n = 0;
        for (const DeviceConfig &d : devices())
            n += d.deviceId == m_devstack.serverDeviceId() ? 1 : 0;
        return n;
    }
    int claimsOfThisDevice() {
        int n = 0;
        for (const QJsonValue &c : m_devstack.claims())
            n += c.toObject().value(QStringLiteral("device_id")).toString() ==
                         m_syncthing->deviceId()
                     ? 1
                     : 0;
        return n;
    }
    // follow: the guard follows the folder once set up (as in the app).
    bool runToEnd(const std::function<void()> &kick, QString *failure, bool follow = true) {
        QSignalSpy finished(m_flow.get(), &SetupFlow::finished);
        QSignalSpy failed(m_flow.get(), &SetupFlow::failed);
        kick();
        (void)QTest::qWaitFor([&] { return finished.count() > 0 || failed.count() > 0; }, 90000);
        if (follow && finished.count() > 0)
            followFolder();
        if (!failed.isEmpty())
            *failure = failed.first().at(1).toString();
        else if (finished.isEmpty())
            *failure = QStringLiteral("timed out at step %1")
                           .arg(SetupFlow::stepTitle(m_flow->currentStep()));
        return finished.count() > 0;
    }

    // The app starts again: the engine stops and starts; the flow checks the setup against it.
    bool restartEngine(QString *failure) {
        QSignalSpy stopped(m_syncthing.get(), &SyncthingService::stopped);
        m_syncthing->stop();
        if (!stopped.wait(20000)) {
            *failure = QStringLiteral("the engine did not stop");
            return false;
        }
        // The flow hears started() first (connected at its construction): the repair is under
        // way when the spy sees it.
        QSignalSpy started(m_syncthing.get(), &SyncthingService::started);
        m_syncthing->start();
        if (!started.wait(60000)) {
            *failure = QStringLiteral("the engine did not start");
            return false;
        }
        if (!m_flow->isRepairing()) {
            *failure = QStringLiteral("no repair after the start");
            return false;
        }
        if (!QTest::qWaitFor([&] { return !m_flow->isRepairing(); }, 60000)) {
            *failure = QStringLiteral("the repair did not end");
            return false;
        }
        *failure = m_flow->lastError();
        return failure->isEmpty();
    }
    QStringList serverAddressesInEngine() {
        for (const DeviceConfig &d : devices())
            if (d.deviceId == m_devstack.serverDeviceId())
                return d.addresses;
        return {};
    }
    QString failedRun(const std::function<void()> &kick, SetupFlow::Step *step) {
        QSignalSpy failed(m_flow.get(), &SetupFlow::failed);
        QSignalSpy finished(m_flow.get(), &SetupFlow::finished);
        kick();
        (void)QTest::qWaitFor([&] { return !failed.isEmpty() || !finished.isEmpty(); }, 60000);
        if (failed.isEmpty())
            return {};
        *step = failed.first().at(0).value<SetupFlow::Step>();
        return failed.first().at(1).toString();
    }
    bool recordIsTheFirstSetup() {
        return m_flow->isSetUp() && m_flow->folderPath() == m_folder &&
               m_flow->folderId() == QLatin1String("figestio-ag_1") &&
               m_flow->serverDeviceId() == m_devstack.serverDeviceId() && SetupRecord().isDone();
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_devstack.available(), "run with DEVSTACK");
        QVERIFY(m_tmp.isValid());
        QSettings().clear();
        m_signed = std::make_unique<SignedInSession>();
        QVERIFY2(m_signed->signIn(QStringLiteral("alice")), qPrintable(m_signed->error));
        QCOMPARE(m_signed->session.agency()->id, QStringLiteral("ag_1"));
        m_syncthing = std::make_unique<SyncthingService>(m_tmp.filePath(QStringLiteral("st")));
        m_flow = std::make_unique<SetupFlow>(&m_signed->api, m_syncthing.get());
        m_flow->setSession(&m_signed->session);
        m_guard = std::make_unique<DeletionGuard>(m_syncthing->rest());
        connect(m_syncthing.get(), &SyncthingService::started, this, [this] { followFolder(); });
        connect(m_syncthing.get(), &SyncthingService::stopped, m_guard.get(), &DeletionGuard::stop);
        m_folder = m_tmp.filePath(QStringLiteral("Figestio"));
        QVERIFY(QDir().mkpath(m_folder));
    }
    void cleanupTestCase() {
        m_guard.reset();
        m_flow.reset();
        test::stopAndWait(m_syncthing.get());
        m_syncthing.reset();
    }

    void freshRunReachesDoneAndConnectsInSeconds() {
        QElapsedTimer clock;
        clock.start();
        QString failure;
        QVERIFY2(runToEnd([this] { m_flow->start(m_folder); }, &failure, false),
                 qPrintable(failure));
        qInfo("setup took %lld ms (Syncthing start included)", clock.elapsed());
        QVERIFY(m_flow->isSetUp());
        QCOMPARE(m_flow->folderId(), QStringLiteral("figestio-ag_1"));
        QCOMPARE(m_flow->serverDeviceId(), m_devstack.serverDeviceId());
        QCOMPARE(m_flow->folderPath(), m_folder);

        QCOMPARE(serverPeers(), 1);
        const QList<FolderConfig> fs = folders();
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().id, QStringLiteral("figestio-ag_1"));
        QCOMPARE(QDir::cleanPath(fs.first().path), m_folder);
        QVERIFY(fs.first().deviceIds.contains(m_devstack.serverDeviceId()));
        // Issue 9 §4: created with the engine's watcher and periodic rescan off (the guard
        // owns change detection), not switched off later by the guard's first check.
        QVERIFY(!fs.first().fsWatcherEnabled);
        QCOMPARE(fs.first().rescanIntervalS, 0);
        followFolder();
        QCOMPARE(claimsOfThisDevice(), 1);
        QCOMPARE(m_devstack.calls(QStringLiteral("/api/devices/claim")), 1);

        // The peer was added before the claim; re-setting its addresses after the claim makes
        // Syncthing dial at once instead of after its 60 s redial interval.
        SyncState *state = m_syncthing->state();
        QCOMPARE(state->trackedFolderId(), QStringLiteral("figestio-ag_1"));
        QTRY_VERIFY_WITH_TIMEOUT(state->serverConnected(), 10000);
        qInfo("connected to the server %lld ms after the start", clock.elapsed());
    }

    // Issue 9 §5: right after setup the folder is known to be safe on the server (the server
    // device's completion), and the last sync is not "never" although nothing was transferred.
    void rightAfterSetupTheFolderIsSafe() {
        SyncState *state = m_syncthing->state();
        QTRY_COMPARE_WITH_TIMEOUT(Safety::of(*state).level, Safety::Level::Safe, 20000);
        QVERIFY(Safety::of(*state).checkedAt.isValid());
        QVERIFY(state->lastSyncTime().isValid());
        // A file on its way makes it "sending" or is already safe again: never "unknown".
        QVERIFY(writeFile(m_folder + QStringLiteral("/nou.txt"), "nou\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(QStringLiteral("ag_1"), QStringLiteral("nou.txt")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(Safety::of(*state).level, Safety::Level::Safe, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(Safety::of(*state).files >= 1, 10000);
    }

    void runningAgainDuplicatesNothing() {
        QString failure;
        QVERIFY2(runToEnd([this] { m_flow->start(m_folder); }, &failure), qPrintable(failure));
        QCOMPARE(serverPeers(), 1);
        QCOMPARE(folders().size(), 1);
        QCOMPARE(claimsOfThisDevice(), 1);
        // The recorded claim is reused: no second claim request.
        QCOMPARE(m_devstack.calls(QStringLiteral("/api/devices/claim")), 1);

        // A new flow object (the app restarted) also finds everything in place.
        m_flow = std::make_unique<SetupFlow>(&m_signed->api, m_syncthing.get());
        m_flow->setSession(&m_signed->session);
        QVERIFY(m_flow->isSetUp());
        QVERIFY2(runToEnd([this] { m_flow->start(m_folder); }, &failure), qPrintable(failure));
        QCOMPARE(serverPeers(), 1);
        QCOMPARE(folders().size(), 1);
        QCOMPARE(m_devstack.calls(QStringLiteral("/api/devices/claim")), 1);
    }

    // Issue 8 §4: an identity without a tcp:// or quic:// address is refused in words, and
    // the failed re-run leaves the previous setup and its record alone.
    void anIdentityWithoutADialableAddressIsRefused() {
        const QJsonObject bad{
            {QStringLiteral("addresses"),
             QJsonArray{QStringLiteral("dynamic"), QStringLiteral("relay://127.0.0.1:22067")}}};
        QVERIFY2(!m_devstack.request(QStringLiteral("/server-identity"), &bad).isNull(),
                 qPrintable(m_devstack.lastError()));
        const QStringList addresses = serverAddressesInEngine();
        SetupFlow::Step step{};
        const QString message = failedRun([this] { m_flow->start(m_folder); }, &step);
        const QJsonObject real{{QStringLiteral("addresses"), QJsonValue::Null}};
        QVERIFY(!m_devstack.request(QStringLiteral("/server-identity"), &real).isNull());
        QCOMPARE(step, SetupFlow::Step::ServerIdentity);
        QVERIFY2(message.contains(QStringLiteral("tcp://")), qPrintable(message));
        QVERIFY(recordIsTheFirstSetup());
        QCOMPARE(serverAddressesInEngine(), addresses);
        QCOMPARE(folders().size(), 1);
    }

    // Issue 8 §4: a re-run for a new folder that fails at the claim keeps the previous "set
    // up" record and the folder where it was.
    void aRerunFailingAtTheClaimKeepsTheRecord() {
        QSettings().remove(QStringLiteral("setup/claim")); // so this run claims again
        const QString other = m_tmp.filePath(QStringLiteral("Altra"));
        QVERIFY(QDir().mkpath(other));
        // The server refuses the claim (403) once the identity was read.
        bool injected = false;
        QMetaObject::Connection c =
            connect(m_flow.get(), &SetupFlow::stepChanged, this,
                    [this, &injected](SetupFlow::Step step, SetupFlow::StepStatus status) {
                        if (step == SetupFlow::Step::ServerIdentity &&
                            status == SetupFlow::StepStatus::Done)
                            injected = m_devstack.failNext(1, 403);
                    });
        SetupFlow::Step step{};
        const QString message = failedRun([&] { m_flow->start(other); }, &step);
        disconnect(c);
        QVERIFY(injected);
        QCOMPARE(step, SetupFlow::Step::ClaimDevice);
        QVERIFY(!message.isEmpty());
        QVERIFY(recordIsTheFirstSetup());
        const QList<FolderConfig> fs = folders();
        QCOMPARE(fs.size(), 1);
        QCOMPARE(QDir::cleanPath(fs.first().path), m_folder);
        QCOMPARE(serverPeers(), 1);
    }

    // Issue 8 §4: set up, but the engine lost the folder and the server peer (a config reset,
    // a partial unlink): the next start rebuilds both from the record, and files travel.
    void aLostFolderAndPeerAreRebuiltAtStart() {
        const QString id = QStringLiteral("figestio-ag_1");
        QVERIFY(await<Done>([&](auto cb) { m_syncthing->rest()->removeFolder(id, nullptr, cb); }));
        QVERIFY(await<Done>([&](auto cb) {
            m_syncthing->rest()->removeDevice(m_devstack.serverDeviceId(), nullptr, cb);
        }));
        QCOMPARE(serverPeers(), 0);
        QCOMPARE(folders().size(), 0);
        QVERIFY(m_flow->isSetUp());
        const int claims = m_devstack.calls(QStringLiteral("/api/devices/claim"));

        QString failure;
        QVERIFY2(restartEngine(&failure), qPrintable(failure));
        QCOMPARE(serverPeers(), 1);
        const QList<FolderConfig> fs = folders();
        QCOMPARE(fs.size(), 1);
        QCOMPARE(fs.first().id, id);
        QCOMPARE(QDir::cleanPath(fs.first().path), m_folder);
        QVERIFY(fs.first().deviceIds.contains(m_devstack.serverDeviceId()));
        QCOMPARE(fs.first().versioning, FolderProtection::versioning());
        QCOMPARE(m_devstack.calls(QStringLiteral("/api/devices/claim")), claims);
        QVERIFY(recordIsTheFirstSetup());
        QCOMPARE(m_syncthing->state()->trackedFolderId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(m_syncthing->state()->serverConnected(), 15000);
        QVERIFY(writeFile(m_folder + QStringLiteral("/refet.txt"), "refet\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(QStringLiteral("ag_1"), QStringLiteral("refet.txt")), 30000);
    }

    // Issue 8 §4: at a signed-in start the server's identity is read again: the peer gets the
    // server's addresses back, and a recorded server that is no longer the server (a stale
    // peer) is removed.
    void serverIdentityIsReconciledAtStart() {
        // A valid device ID that is not the server's (Syncthing's own test vector).
        const QString stale =
            QStringLiteral("P56IOI7-MZJNU2Y-IQGDREY-DM2MGTI-MGL3BXN-PQ6W5BM-TBBZ4TJ-XZWICQ2");
        const QStringList real = serverAddressesInEngine();
        QVERIFY(!real.isEmpty());
        QVERIFY(await<Done>([&](auto cb) {
            m_syncthing->rest()->setDeviceAddresses(
                m_devstack.serverDeviceId(), {QStringLiteral("tcp://127.0.0.1:9")}, nullptr, cb);
        }));
        DeviceConfig old;
        old.deviceId = stale;
        old.name = QStringLiteral("old server");
        old.addresses = {QStringLiteral("tcp://127.0.0.1:9")};
        QVERIFY(await<Done>(
            [&](auto cb) { m_syncthing->rest()->addOrUpdateDevice(old, nullptr, cb); }));
        QSettings().setValue(QStringLiteral("setup/serverDeviceId"), stale); // recorded then
        const int identities = m_devstack.calls(QStringLiteral("/api/devices/server-identity"));

        QString failure;
        QVERIFY2(restartEngine(&failure), qPrintable(failure));
        QCOMPARE(m_devstack.calls(QStringLiteral("/api/devices/server-identity")), identities + 1);
        QCOMPARE(serverAddressesInEngine(), real);
        for (const DeviceConfig &d : devices())
            QVERIFY2(d.deviceId != stale, "the stale peer is still there");
        QVERIFY(recordIsTheFirstSetup());
        QCOMPARE(SetupRecord().server().addresses, real);
        QTRY_VERIFY_WITH_TIMEOUT(m_syncthing->state()->serverConnected(), 15000);
    }

    // Issue 8 §4: a new path for the folder: removed from the engine's config, then added
    // again (the same ID posted with a new path stays at "folder marker missing" for good).
    void aNewFolderPathMovesTheFolder() {
        const QString moved = m_tmp.filePath(QStringLiteral("Figestio-nou"));
        QVERIFY(QDir().mkpath(moved));
        QString failure;
        QVERIFY2(runToEnd([&] { m_flow->start(moved); }, &failure), qPrintable(failure));
        QCOMPARE(m_flow->folderPath(), moved);
        const QList<FolderConfig> fs = folders();
        QCOMPARE(fs.size(), 1);
        QCOMPARE(QDir::cleanPath(fs.first().path), moved);
        // The server's files arrive in the new place; the folder is not in error.
        QTRY_COMPARE_WITH_TIMEOUT(readFile(moved + QStringLiteral("/refet.txt")),
                                  QByteArray("refet\n"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(folderState(), QStringLiteral("idle"), 20000);
        m_folder = moved;
    }

    void cancelledAfterTheClaimRetryCompletes() {
        // Start over as a never-set-up computer (unlink keeps the files).
        std::optional<Result<Done>> unlinked;
        m_flow->unlink(this, [&](Result<Done> r) { unlinked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(unlinked.has_value(), 15000);
        QVERIFY2(unlinked->ok(), unlinked->ok() ? "" : qPrintable(unlinked->error().message));
        QCOMPARE(serverPeers(), 0);
        QCOMPARE(folders().size(), 0);
        QVERIFY(!m_flow->isSetUp());

        // Cancel the moment the claim has succeeded.
        QMetaObject::Connection c = connect(
            m_flow.get(), &SetupFlow::stepChanged, this,
            [this](SetupFlow::Step step, SetupFlow::StepStatus status) {
                if (step == SetupFlow::Step::ClaimDevice && status == SetupFlow::StepStatus::Done)
                    m_flow->cancel();
            });
        QSignalSpy finished(m_flow.get(), &SetupFlow::finished);
        m_flow->start(m_folder);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->status(SetupFlow::Step::ClaimDevice),
                                  SetupFlow::StepStatus::Done, 60000);
        disconnect(c);
        QVERIFY(!m_flow->isRunning());
        QTest::qWait(500);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(folders().size(), 0); // stopped before the folder
        const int claimsBefore = m_devstack.calls(QStringLiteral("/api/devices/claim"));

        QString failure;
        QVERIFY2(runToEnd([this] { m_flow->retry(); }, &failure), qPrintable(failure));
        QVERIFY(m_flow->isSetUp());
        QCOMPARE(serverPeers(), 1);
        QCOMPARE(folders().size(), 1);
        QCOMPARE(claimsOfThisDevice(), 1);
        QCOMPARE(m_devstack.calls(QStringLiteral("/api/devices/claim")), claimsBefore);
        QTRY_VERIFY_WITH_TIMEOUT(m_syncthing->state()->serverConnected(), 10000);
    }

    // The engine is killed (SIGKILL) while a setup step talks to it: the step stops with the
    // reason in words ("…Syncthing cannot be reached…"; or, if the sidecar's restart wins the
    // race, the setup just goes on), the sidecar restarts the engine, and Retry completes. One
    // peer, one folder and one claim, and the server is reached.
    void engineKilledDuringSetup_data() {
        QTest::addColumn<SetupFlow::Step>("step");
        QTest::newRow("adding the server") << SetupFlow::Step::AddPeer;
        QTest::newRow("creating the folder") << SetupFlow::Step::CreateFolder;
    }

    void engineKilledDuringSetup() {
        QFETCH(SetupFlow::Step, step);
        std::optional<Result<Done>> unlinked;
        m_flow->unlink(this, [&](Result<Done> r) { unlinked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(unlinked.has_value(), 15000);
        QVERIFY2(unlinked->ok(), unlinked->ok() ? "" : qPrintable(unlinked->error().message));
        QCOMPARE(folders().size(), 0);
        const int claimsBefore = claimsOfThisDevice();

        qint64 killed = 0;
        QMetaObject::Connection c =
            connect(m_flow.get(), &SetupFlow::stepChanged, this,
                    [&, step](SetupFlow::Step s, SetupFlow::StepStatus status) {
                        if (s == step && status == SetupFlow::StepStatus::Running && !killed) {
                            killed = m_syncthing->sidecar()->pid();
                            ::kill(static_cast<pid_t>(killed), SIGKILL);
                        }
                    });
        QString failure;
        const bool finished = runToEnd([this] { m_flow->start(m_folder); }, &failure);
        disconnect(c);
        QVERIFY(killed > 0);
        if (!finished) {
            qInfo() << "stopped with:" << failure;
            QVERIFY2(failure.contains(QLatin1String("cannot be reached")), qPrintable(failure));
            QVERIFY2(!failure.contains(QLatin1String("QNetworkReply")) &&
                         !failure.contains(QLatin1String("127.0.0.1")),
                     qPrintable(failure)); // words, not a socket error
            QVERIFY2(runToEnd([this] { m_flow->retry(); }, &failure), qPrintable(failure));
        }
        QVERIFY(m_flow->isSetUp());
        QVERIFY(m_syncthing->sidecar()->pid() != killed);
        QCOMPARE(serverPeers(), 1);
        QCOMPARE(folders().size(), 1);
        QCOMPARE(claimsOfThisDevice(), claimsBefore == 0 ? 1 : claimsBefore);
        QTRY_VERIFY_WITH_TIMEOUT(m_syncthing->state()->serverConnected(), 20000);
    }

    void filesTravelBothWays() {
        // Local → server.
        QVERIFY(writeFile(m_folder + QStringLiteral("/factures/gener.txt"), "factura 1\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (const QJsonValue &f : m_devstack.serverFolder(QStringLiteral("ag_1"))
                                               .value(QStringLiteral("files"))
                                               .toArray())
                    if (f.toObject().value(QStringLiteral("name")).toString() ==
                        QLatin1String("factures/gener.txt"))
                        return true;
                return false;
            }(),
            30000);
        // Server → local.
        const QString serverFile = m_devstack.serverDir() + QStringLiteral("/ag_1/resposta.txt");
        QVERIFY(writeFile(serverFile, "rebut\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_folder + QStringLiteral("/resposta.txt")),
                                  QByteArray("rebut\n"), 30000);
    }

    // Issue 9 §2: the app's .stignore block keeps Office lock files at home.
    void lockFilesNeverReachTheServer() {
        QVERIFY(readFile(m_folder + QStringLiteral("/.stignore"))
                    .startsWith(IgnoreBlock::beginMarker().toUtf8()));
        // The lock file is written first: when the document has arrived, the lock file had
        // every chance to travel too.
        QVERIFY(writeFile(m_folder + QStringLiteral("/~$llibre.xlsx"), "lock\n"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/Thumbs.db"), "thumbs\n"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/llibre.xlsx"), "llibre\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(QStringLiteral("ag_1"), QStringLiteral("llibre.xlsx")), 30000);
        QVERIFY(!m_devstack.serverHasFile(QStringLiteral("ag_1"), QStringLiteral("~$llibre.xlsx")));
        QVERIFY(!m_devstack.serverHasFile(QStringLiteral("ag_1"), QStringLiteral("Thumbs.db")));
        // And the local engine does not even list them as its own.
        QTRY_COMPARE_WITH_TIMEOUT(folderState(), QStringLiteral("idle"), 15000);
        QVERIFY(QFile::exists(m_folder + QStringLiteral("/~$llibre.xlsx")));
    }

    // Issue 9 §1: what the server deletes or replaces is kept locally as a previous version.
    void filesTheServerDeletesOrReplacesAreKept() {
        QCOMPARE(folders().first().versioning, FolderProtection::versioning());
        const QString serverDir = m_devstack.serverDir() + QStringLiteral("/ag_1/");
        QVERIFY(QFile::remove(serverDir + QStringLiteral("resposta.txt")));
        QVERIFY(writeFile(serverDir + QStringLiteral("factures/gener.txt"), "factura 1 bis\n"));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(m_folder + QStringLiteral("/resposta.txt")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_folder + QStringLiteral("/factures/gener.txt")),
                                  QByteArray("factura 1 bis\n"), 30000);
        const QStringList kept = QDir(m_folder + QStringLiteral("/.stversions"))
                                     .entryList({QStringLiteral("resposta~*.txt")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(m_folder + QStringLiteral("/.stversions/") + kept.first()),
                 QByteArray("rebut\n"));
        const QStringList old = QDir(m_folder + QStringLiteral("/.stversions/factures"))
                                    .entryList({QStringLiteral("gener~*.txt")});
        QCOMPARE(old.size(), 1);
    }

    // Issue 9 §1 "Recover files…": both files appear in the versions API with what happened;
    // restoring brings each back locally and on the server.
    void recoverRestoresWhatTheServerDeletedOrReplaced() {
        const QString id = QStringLiteral("figestio-ag_1");
        VersionsClient versions(m_syncthing->rest());
        std::optional<Result<QList<FileVersion>>> listed;
        versions.list(id, m_folder, this, [&](Result<QList<FileVersion>> r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 15000);
        QVERIFY2(listed->ok(), listed->ok() ? "" : qPrintable(listed->error().message));
        VersionsClient::Restore chosen;
        QDateTime newest;
        for (const FileVersion &v : listed->value()) {
            newest = qMax(newest, v.versionTime);
            if (v.path == QLatin1String("resposta.txt")) {
                QVERIFY(!v.currentExists); // deleted
                chosen.insert(v.path, v.versionTimeRaw);
            } else if (v.path == QLatin1String("factures/gener.txt")) {
                QVERIFY(v.currentExists); // replaced
                QCOMPARE(v.size, qint64(sizeof("factura 1\n") - 1));
                chosen.insert(v.path, v.versionTimeRaw);
            }
            QVERIFY(v.versionTime.isValid());
        }
        QCOMPARE(chosen.size(), 2);
        // Syncthing names versions by the second: restoring over a file within the second its
        // version was made would archive the current file under that same name. A person is
        // never that fast; the test waits for the clock.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > newest.toSecsSinceEpoch(),
                                 3000);

        std::optional<Result<QHash<QString, QString>>> restored;
        versions.restore(id, chosen, this,
                         [&](Result<QHash<QString, QString>> r) { restored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 15000);
        QVERIFY2(restored->ok(), restored->ok() ? "" : qPrintable(restored->error().message));
        QVERIFY(restored->value().isEmpty());
        QCOMPARE(readFile(m_folder + QStringLiteral("/resposta.txt")), QByteArray("rebut\n"));
        QCOMPARE(readFile(m_folder + QStringLiteral("/factures/gener.txt")),
                 QByteArray("factura 1\n"));
        const QString serverDir = m_devstack.serverDir() + QStringLiteral("/ag_1/");
        QTRY_COMPARE_WITH_TIMEOUT(readFile(serverDir + QStringLiteral("resposta.txt")),
                                  QByteArray("rebut\n"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(serverDir + QStringLiteral("factures/gener.txt")),
                                  QByteArray("factura 1\n"), 30000);
    }

    // Issue 9 §3: a real conflict (paused, the same file edited on both sides, resumed) is
    // listed with whose copy is whose; "Keep both" gives the copy a readable name on both sides
    // and the conflict disappears.
    void aRealConflictIsListedAndKeepBothResolvesIt() {
        const QString id = QStringLiteral("figestio-ag_1");
        const QString serverFile = m_devstack.serverDir() + QStringLiteral("/ag_1/conflicte.txt");
        QNetworkAccessManager nam;
        RestClient server(&nam);
        server.setEndpoint(QUrl(DevstackControl::env("DEVSTACK_SYNCTHING_URL")),
                           DevstackControl::env("DEVSTACK_SYNCTHING_API_KEY").toUtf8());
        auto scan = [&](RestClient *rest) {
            return test::await<QByteArray>(
                       [&](auto cb) {
                           rest->call("POST", QStringLiteral("/rest/db/scan"),
                                      {{QStringLiteral("folder"), id}}, {}, QStringLiteral("scan"),
                                      nullptr, cb);
                       },
                       20000)
                .value_or(Result<QByteArray>(Error::make(Error::Kind::Timeout, {})))
                .ok();
        };

        QVERIFY(writeFile(m_folder + QStringLiteral("/conflicte.txt"), "v0\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(serverFile), QByteArray("v0\n"), 30000);
        // The folder is paused here (the connection stays: a device pause would wait for
        // Syncthing's redial). The agency edits and scans; then this computer edits.
        QVERIFY(await<Done>(
            [&](auto cb) { m_syncthing->rest()->setFolderPaused(id, true, nullptr, cb); }));
        QVERIFY(writeFile(serverFile, "agency\n"));
        QVERIFY(scan(&server));
        // Mine is older, so the agency's keeps the name and mine becomes the conflict copy.
        QVERIFY(writeFile(m_folder + QStringLiteral("/conflicte.txt"), "mine\n"));
        QFile mine(m_folder + QStringLiteral("/conflicte.txt"));
        QVERIFY(mine.open(QIODevice::ReadWrite));
        QVERIFY(mine.setFileTime(QDateTime::currentDateTime().addSecs(-120),
                                 QFileDevice::FileModificationTime));
        mine.close();

        ConflictMonitor monitor;
        monitor.setFolder(m_folder, m_syncthing->deviceId());
        // Resumed, the folder scans first (finding "mine"), then meets the agency's version.
        QVERIFY(await<Done>(
            [&](auto cb) { m_syncthing->rest()->setFolderPaused(id, false, nullptr, cb); }));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_folder + QStringLiteral("/conflicte.txt")),
                                  QByteArray("agency\n"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT((monitor.refresh(), !monitor.conflicts().isEmpty()), 20000);
        // Syncthing may make a copy on each side (named by the second it happened): every
        // copy is this computer's version.
        QList<Conflict> found = monitor.conflicts();
        for (const Conflict &c : found) {
            QCOMPARE(c.originalPath, QStringLiteral("conflicte.txt"));
            QVERIFY(c.copyIsMine);
            QVERIFY(c.mineModified < c.agencyModified);
            QCOMPARE(readFile(m_folder + QLatin1Char('/') + c.copyPath), QByteArray("mine\n"));
        }
        for (int i = 1; i < found.size(); ++i)
            QVERIFY(monitor.resolve(found.at(i), ConflictList::Choice::KeepAgencys).ok());
        const Conflict c = found.first();
        const Result<QString> kept = monitor.resolve(c, ConflictList::Choice::KeepBoth);
        QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
        QCOMPARE(kept.value(), QStringLiteral("conflicte (copy of this computer).txt"));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.conflicts().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            readFile(m_devstack.serverDir() + QStringLiteral("/ag_1/") + kept.value()),
            QByteArray("mine\n"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFile::exists(m_devstack.serverDir() + QStringLiteral("/ag_1/") + c.copyPath), 30000);
        QCOMPARE(readFile(serverFile), QByteArray("agency\n"));
    }

    // Issue 9 §1/§2: a folder set up before (no versioning, no block) is protected at start.
    void anExistingFolderIsProtectedAtStart() {
        const QString id = QStringLiteral("figestio-ag_1");
        QVERIFY(await<Done>([&](auto cb) {
            m_syncthing->rest()->setFolderVersioning(id, VersioningConfig{}, nullptr, cb);
        }));
        QCOMPARE(folders().first().versioning.type, QString());
        QVERIFY(writeFile(m_folder + QStringLiteral("/.stignore"), "mine/\n"));

        m_flow = std::make_unique<SetupFlow>(&m_signed->api, m_syncthing.get());
        m_flow->setSession(&m_signed->session);
        m_flow->resumeTracking(); // what a start of the app does
        QTRY_COMPARE_WITH_TIMEOUT(folders().first().versioning, FolderProtection::versioning(),
                                  15000);
        const QByteArray ignores = readFile(m_folder + QStringLiteral("/.stignore"));
        QVERIFY(ignores.startsWith(IgnoreBlock::beginMarker().toUtf8()));
        QVERIFY(ignores.endsWith("\nmine/\n"));
    }
};

QTEST_GUILESS_MAIN(TestSetupDevstack)
#include "tst_setup_devstack.moc"
