// SetupFlow's step logic with a small in-memory backend: order, progress, per-step errors with
// advice, retry/cancel/resume without duplicating a peer, a claim or a folder.
#include "setup/SetupBackend.h"
#include "setup/SetupFlow.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace figestio;
using Step = SetupFlow::Step;
using StepStatus = SetupFlow::StepStatus;

namespace {

const QString kOwnId =
    QStringLiteral("AAAAAAA-BBBBBBB-CCCCCCC-DDDDDDD-EEEEEEE-FFFFFFF-GGGGGGG-HHHHHHH");
const QString kServerId =
    QStringLiteral("SSSSSSS-SSSSSSS-SSSSSSS-SSSSSSS-SSSSSSS-SSSSSSS-SSSSSSS-SSSSSSS");

// The outside world as plain data. Answers asynchronously (like the real thing); one operation
// can be made to fail or to hang.
struct World {
    QList<DeviceConfig> peers;
    QList<FolderConfig> folders;
    QList<QString> calls; // operation names in order
    QList<QStringList> addressSets;
    QString agency = QStringLiteral("ag_1");
    QStringList identityAddresses{QStringLiteral("tcp://127.0.0.1:22000")};
    QString tracked;
    QString failOp;
    Error failError;
    QString hangOp;
    std::function<void()> release; // answers the hung operation
    int count(const QString &op) const { return int(calls.count(op)); }
};

class FakeBackend : public SetupBackend {
public:
    explicit FakeBackend(World *w)
        : m_w(w) {}

    void ensureSyncthing(QObject *ctx, Callback<QString> cb) override {
        answer(QStringLiteral("ensure"), ctx, cb, QString(kOwnId));
    }
    QString agencyId() const override { return m_w->agency; }
    void serverIdentity(QObject *ctx, Callback<ServerIdentity> cb) override {
        ServerIdentity id{kServerId, QStringLiteral("Figestió"), m_w->identityAddresses};
        answer(QStringLiteral("identity"), ctx, cb, id);
    }
    void claim(const ClaimRequest &request, QObject *ctx, Callback<Claim> cb) override {
        Claim c{request.deviceId, m_w->agency, QStringLiteral("figestio-") + m_w->agency,
                QStringLiteral("Gestoria Puig"), QDateTime::currentDateTimeUtc()};
        answer(QStringLiteral("claim"), ctx, cb, c);
    }
    void peers(QObject *ctx, Callback<QList<DeviceConfig>> cb) override {
        answer(QStringLiteral("peers"), ctx, cb, m_w->peers);
    }
    void addPeer(const DeviceConfig &device, QObject *ctx, Callback<Done> cb) override {
        answer(QStringLiteral("addPeer"), ctx, cb, Done{}, [this, device] {
            m_w->peers.removeIf(
                [&](const DeviceConfig &d) { return d.deviceId == device.deviceId; });
            m_w->peers << device;
        });
    }
    void setPeerAddresses(const QString &, const QStringList &addresses, QObject *ctx,
                          Callback<Done> cb) override {
        answer(QStringLiteral("setAddresses"), ctx, cb, Done{},
               [this, addresses] { m_w->addressSets << addresses; });
    }
    void removePeer(const QString &deviceId, QObject *ctx, Callback<Done> cb) override {
        answer(QStringLiteral("removePeer"), ctx, cb, Done{}, [this, deviceId] {
            m_w->peers.removeIf([&](const DeviceConfig &d) { return d.deviceId == deviceId; });
        });
    }
    void folders(QObject *ctx, Callback<QList<FolderConfig>> cb) override {
        answer(QStringLiteral("folders"), ctx, cb, m_w->folders);
    }
    void addFolder(const FolderConfig &folder, QObject *ctx, Callback<Done> cb) override {
        answer(QStringLiteral("addFolder"), ctx, cb, Done{}, [this, folder] {
            m_w->folders.removeIf([&](const FolderConfig &f) { return f.id == folder.id; });
            m_w->folders << folder;
        });
    }
    void removeFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) override {
        answer(QStringLiteral("removeFolder"), ctx, cb, Done{}, [this, folderId] {
            m_w->folders.removeIf([&](const FolderConfig &f) { return f.id == folderId; });
        });
    }
    void track(const QString &folderId, const QString &) override { m_w->tracked = folderId; }

private:
    template <class T>
    void answer(const QString &op, QObject *ctx, Callback<T> cb, T value,
                std::function<void()> effect = {}) {
        m_w->calls << op;
        if (m_w->failOp == op) {
            m_w->failOp.clear();
            const Error e = m_w->failError;
            QTimer::singleShot(0, ctx, [cb, e] { cb(e); });
            return;
        }
        auto deliver = [cb, value, effect] {
            if (effect)
                effect();
            cb(value);
        };
        if (m_w->hangOp == op) {
            m_w->hangOp.clear();
            QPointer<QObject> guard(ctx);
            m_w->release = [guard, deliver] {
                if (guard)
                    deliver();
            };
            return;
        }
        QTimer::singleShot(0, ctx, deliver);
    }
    World *m_w;
};

} // namespace

class TestSetupFlow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString folder() const { return m_dir.filePath(QStringLiteral("Figestio")); }
    // A first setup of folder() that went through (what the tests of later runs start from).
    bool setUpOnce(World &w) {
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy finished(&flow, &SetupFlow::finished);
        flow.start(folder());
        return finished.wait(5000);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(folder()));
    }
    void init() {
        QSettings s;
        s.clear();
        s.sync();
    }

    void freshRunGoesThroughEveryStepInOrder() {
        World w;
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QVERIFY(!flow.isSetUp());
        QSignalSpy steps(&flow, &SetupFlow::stepChanged);
        QSignalSpy finished(&flow, &SetupFlow::finished);
        QSignalSpy failed(&flow, &SetupFlow::failed);
        flow.start(folder());
        QVERIFY(flow.isRunning());
        QVERIFY(finished.wait(5000));
        QCOMPARE(failed.count(), 0);

        // Running → Done for each step, in DESIGN §6 order.
        QList<Step> running;
        for (const auto &args : steps)
            if (args.at(1).value<StepStatus>() == StepStatus::Running)
                running << args.at(0).value<Step>();
        QCOMPARE(running, SetupFlow::steps());
        for (Step s : SetupFlow::steps())
            QCOMPARE(flow.status(s), StepStatus::Done);
        QCOMPARE(flow.currentStep(), Step::Done);

        // The peer is added before the claim; after the claim its addresses are set again so
        // Syncthing dials at once.
        const int claim = int(w.calls.indexOf(QStringLiteral("claim")));
        QVERIFY(w.calls.indexOf(QStringLiteral("addPeer")) < claim);
        QVERIFY(w.calls.indexOf(QStringLiteral("setAddresses"), claim) > claim);
        // Added without an address (nothing is dialled before the server knows this device),
        // then given the real ones after the claim (a new address is dialled at once).
        QCOMPARE(w.peers.size(), 1);
        QCOMPARE(w.peers.first().addresses, QStringList{QStringLiteral("dynamic")});
        QCOMPARE(w.addressSets.size(), 1);
        QCOMPARE(w.addressSets.first(), QStringList{QStringLiteral("tcp://127.0.0.1:22000")});

        QCOMPARE(w.folders.size(), 1);
        const FolderConfig f = w.folders.first();
        QCOMPARE(f.id, QStringLiteral("figestio-ag_1"));
        QCOMPARE(f.label, QStringLiteral("Gestoria Puig"));
        QCOMPARE(f.path, folder());
        QCOMPARE(f.deviceIds, QStringList{kServerId});
        // The guard owns change detection: the engine's watcher and rescans off from the start.
        QVERIFY(!f.fsWatcherEnabled);
        QCOMPARE(f.rescanIntervalS, 0);

        QVERIFY(flow.isSetUp());
        QCOMPARE(flow.folderId(), QStringLiteral("figestio-ag_1"));
        QCOMPARE(flow.folderPath(), folder());
        QCOMPARE(flow.serverDeviceId(), kServerId);
        QCOMPARE(flow.agencyId(), QStringLiteral("ag_1"));
        QCOMPARE(w.tracked, QStringLiteral("figestio-ag_1"));

        // A new SetupFlow (next start of the app) knows it is set up.
        SetupFlow again(std::make_unique<FakeBackend>(&w));
        QVERIFY(again.isSetUp());
        QCOMPARE(again.currentStep(), Step::Done);
        again.resumeTracking();
        QCOMPARE(w.tracked, QStringLiteral("figestio-ag_1"));
    }

    void runningAgainDuplicatesNothing() {
        World w;
        {
            SetupFlow flow(std::make_unique<FakeBackend>(&w));
            QSignalSpy finished(&flow, &SetupFlow::finished);
            flow.start(folder());
            QVERIFY(finished.wait(5000));
        }
        w.calls.clear();
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy finished(&flow, &SetupFlow::finished);
        flow.start(folder());
        QVERIFY(finished.wait(5000));
        QCOMPARE(w.count(QStringLiteral("claim")), 0);
        QCOMPARE(w.count(QStringLiteral("addPeer")), 0);
        QCOMPARE(w.count(QStringLiteral("addFolder")), 0);
        QCOMPARE(w.peers.size(), 1);
        QCOMPARE(w.folders.size(), 1);
    }

    void failureSaysWhatToDoAndRetryContinues() {
        World w;
        w.failOp = QStringLiteral("claim");
        w.failError = Error::make(Error::Kind::Http, QStringLiteral("The server had a problem"));
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy failed(&flow, &SetupFlow::failed);
        QSignalSpy finished(&flow, &SetupFlow::finished);
        flow.start(folder());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<Step>(), Step::ClaimDevice);
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("could not be registered")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Retry")), qPrintable(message));
        QCOMPARE(flow.status(Step::ClaimDevice), StepStatus::Failed);
        QCOMPARE(flow.status(Step::AddPeer), StepStatus::Done);
        QVERIFY(!flow.isRunning());
        QVERIFY(!flow.isSetUp());

        w.calls.clear();
        flow.retry();
        QVERIFY(finished.wait(5000));
        // Continues where it stopped: the engine is checked again, identity and peer are not
        // redone.
        QCOMPARE(w.count(QStringLiteral("identity")), 0);
        QCOMPARE(w.count(QStringLiteral("addPeer")), 0);
        QCOMPARE(w.count(QStringLiteral("claim")), 1);
        QCOMPARE(w.folders.size(), 1);
        QVERIFY(flow.isSetUp());
    }

    void conflictKeepsTheApisAdviceWithoutRepeatingIt() {
        World w;
        w.failOp = QStringLiteral("claim");
        const QString apiText = QStringLiteral("This computer is already linked to another agency. "
                                               "Ask Figestió support to release it.");
        w.failError =
            Error::make(Error::Kind::Conflict, apiText, QStringLiteral("device_claimed"), 409);
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy failed(&flow, &SetupFlow::failed);
        flow.start(folder());
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().at(1).toString();
        QCOMPARE(message, QStringLiteral("This computer could not be registered. ") + apiText);
        QCOMPARE(flow.lastError(), message);
    }

    void cancelAfterClaimThenRetryCompletesWithoutSecondClaim() {
        World w;
        w.hangOp = QStringLiteral("addFolder");
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy finished(&flow, &SetupFlow::finished);
        flow.start(folder());
        QTRY_VERIFY_WITH_TIMEOUT(bool(w.release), 5000);
        QCOMPARE(flow.currentStep(), Step::CreateFolder);
        flow.cancel();
        QVERIFY(!flow.isRunning());
        QCOMPARE(flow.status(Step::CreateFolder), StepStatus::Pending);
        w.release(); // the late answer of the cancelled step is ignored
        QTest::qWait(20);
        QCOMPARE(finished.count(), 0);

        flow.retry();
        QVERIFY(finished.wait(5000));
        QCOMPARE(w.count(QStringLiteral("claim")), 1);
        QCOMPARE(w.folders.size(), 1);
    }

    void cancelFromAStepChangedHandlerStopsAtOnce() {
        World w;
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        connect(&flow, &SetupFlow::stepChanged, &flow, [&flow](Step step, StepStatus status) {
            if (step == Step::ClaimDevice && status == StepStatus::Done)
                flow.cancel();
        });
        flow.start(folder());
        QTRY_COMPARE_WITH_TIMEOUT(flow.status(Step::ClaimDevice), StepStatus::Done, 5000);
        QTest::qWait(20);
        QVERIFY(!flow.isRunning());
        QCOMPARE(w.count(QStringLiteral("folders")), 0);
        QCOMPARE(flow.status(Step::CreateFolder), StepStatus::Pending);
    }

    void crashAfterClaimResumesInANewProcess() {
        World w;
        w.hangOp = QStringLiteral("addFolder");
        {
            SetupFlow flow(std::make_unique<FakeBackend>(&w));
            flow.start(folder());
            QTRY_VERIFY_WITH_TIMEOUT(bool(w.release), 5000);
        } // "crash": the flow dies mid-step
        w.release = {};
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QVERIFY(!flow.isSetUp());
        QCOMPARE(flow.pendingFolderPath(), folder());
        QSignalSpy finished(&flow, &SetupFlow::finished);
        flow.retry(); // without start(): picks up the pending folder
        QVERIFY(finished.wait(5000));
        QCOMPARE(w.count(QStringLiteral("claim")), 1); // the recorded claim is reused
        QCOMPARE(w.count(QStringLiteral("addPeer")), 1);
        QCOMPARE(w.folders.size(), 1);
    }

    // Issue 8 §4: another agency replaces the old agency's folder once its claim succeeded
    // (the wizard asks first: switchesAgency()).
    void changedAgencyClaimsAgainAndReplacesTheOldFolder() {
        World w;
        QVERIFY(setUpOnce(w));
        QVERIFY(!SetupFlow(std::make_unique<FakeBackend>(&w)).switchesAgency());
        w.agency = QStringLiteral("ag_2");
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QVERIFY(flow.switchesAgency());
        QSignalSpy finished(&flow, &SetupFlow::finished);
        w.calls.clear();
        flow.start(folder());
        QVERIFY(finished.wait(5000));
        QCOMPARE(w.count(QStringLiteral("claim")), 1);
        QVERIFY(w.calls.indexOf(QStringLiteral("removeFolder")) >
                w.calls.indexOf(QStringLiteral("claim")));
        QCOMPARE(w.count(QStringLiteral("removePeer")), 0); // the same server stays
        QCOMPARE(w.folders.size(), 1);
        QCOMPARE(w.folders.first().id, QStringLiteral("figestio-ag_2"));
        QCOMPARE(flow.agencyId(), QStringLiteral("ag_2"));
        QVERIFY(!flow.switchesAgency());
    }

    // Issue 8 §4: a re-run that fails (here at the claim of another agency) leaves the previous
    // setup and its record as they were.
    void aFailedRerunKeepsThePreviousSetup() {
        World w;
        QVERIFY(setUpOnce(w));
        w.agency = QStringLiteral("ag_2");
        w.failOp = QStringLiteral("claim");
        w.failError = Error::make(Error::Kind::Conflict, QStringLiteral("claimed elsewhere"));
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy failed(&flow, &SetupFlow::failed);
        flow.start(folder());
        QVERIFY(failed.wait(5000));
        QVERIFY(flow.isSetUp());
        QCOMPARE(flow.agencyId(), QStringLiteral("ag_1"));
        QCOMPARE(flow.folderId(), QStringLiteral("figestio-ag_1"));
        QCOMPARE(w.count(QStringLiteral("removeFolder")), 0);
        QCOMPARE(w.folders.size(), 1);
        QCOMPARE(SetupFlow(std::make_unique<FakeBackend>(&w)).isSetUp(), true);
    }

    // Issue 8 §4: the repair rebuilds a lost peer and folder from the record, quietly, without
    // a claim; an engine with everything in place is left alone.
    void repairRebuildsFromTheRecord() {
        World w;
        QVERIFY(setUpOnce(w));
        w.peers.clear();
        w.folders.clear();
        w.calls.clear();
        w.addressSets.clear();
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy steps(&flow, &SetupFlow::stepChanged);
        flow.repair();
        QVERIFY(flow.isRepairing());
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isRepairing(), 5000);
        QCOMPARE(flow.lastError(), QString());
        QCOMPARE(steps.count(), 0);
        QCOMPARE(w.count(QStringLiteral("claim")), 0);
        QCOMPARE(w.peers.size(), 1);
        QCOMPARE(w.peers.first().addresses, QStringList{QStringLiteral("tcp://127.0.0.1:22000")});
        QCOMPARE(w.folders.size(), 1);
        QCOMPARE(w.folders.first().path, folder());
        QCOMPARE(w.folders.first().deviceIds, QStringList{kServerId});

        w.calls.clear();
        flow.repair();
        QVERIFY(flow.isRepairing());
        QTRY_VERIFY_WITH_TIMEOUT(!flow.isRepairing(), 5000);
        QCOMPARE(flow.lastError(), QString());
        QCOMPARE(w.count(QStringLiteral("addPeer")), 0);
        QCOMPARE(w.count(QStringLiteral("setAddresses")), 0);
        QCOMPARE(w.count(QStringLiteral("addFolder")), 0);
        QCOMPARE(w.count(QStringLiteral("removeFolder")), 0);
        QVERIFY(flow.isSetUp());
        QCOMPARE(flow.currentStep(), Step::Done);
    }

    void anIdentityWithoutADialableAddressIsRefused() {
        World w;
        w.identityAddresses = {QStringLiteral("dynamic"), QStringLiteral("relay://1.2.3.4:22067")};
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy failed(&flow, &SetupFlow::failed);
        flow.start(folder());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<Step>(), Step::ServerIdentity);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("tcp://")));
        QCOMPARE(w.count(QStringLiteral("addPeer")), 0);
        QCOMPARE(w.count(QStringLiteral("claim")), 0);
    }

    // Issue 8 §4: a new path = the folder removed from the engine's config, then added again.
    void aNewPathRemovesTheFolderThenAddsIt() {
        World w;
        QVERIFY(setUpOnce(w));
        const QString moved = m_dir.filePath(QStringLiteral("Moved"));
        QVERIFY(QDir().mkpath(moved));
        w.calls.clear();
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy finished(&flow, &SetupFlow::finished);
        flow.start(moved);
        QVERIFY(finished.wait(5000));
        const int removed = int(w.calls.indexOf(QStringLiteral("removeFolder")));
        QVERIFY(removed >= 0);
        QVERIFY(w.calls.indexOf(QStringLiteral("addFolder")) > removed);
        QCOMPARE(w.folders.size(), 1);
        QCOMPARE(w.folders.first().path, moved);
        QCOMPARE(flow.folderPath(), moved);
    }

    void folderCheckedAgainstOtherSyncedFolders() {
        World w;
        FolderConfig other;
        other.id = QStringLiteral("someone-else");
        other.path = m_dir.path();
        w.folders << other;
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy failed(&flow, &SetupFlow::failed);
        flow.start(folder());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).value<Step>(), Step::CreateFolder);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("inside another")));
        QCOMPARE(w.count(QStringLiteral("addFolder")), 0);
    }

    void unlinkRemovesFolderAndPeerAndForgets() {
        World w;
        SetupFlow flow(std::make_unique<FakeBackend>(&w));
        QSignalSpy finished(&flow, &SetupFlow::finished);
        flow.start(folder());
        QVERIFY(finished.wait(5000));
        std::optional<Result<Done>> result;
        flow.unlink(this, [&](Result<Done> r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        QVERIFY(result->ok());
        QVERIFY(w.folders.isEmpty());
        QVERIFY(w.peers.isEmpty());
        QVERIFY(!flow.isSetUp());
        QVERIFY(w.tracked.isEmpty());
        QVERIFY(QDir(folder()).exists()); // files stay
    }

    void titlesArePlainWords() {
        QCOMPARE(SetupFlow::stepTitle(Step::EnsureSyncthing),
                 QStringLiteral("Starting the sync engine"));
        QCOMPARE(SetupFlow::stepTitle(Step::ServerIdentity),
                 QStringLiteral("Contacting the Figestió server"));
        QCOMPARE(SetupFlow::stepTitle(Step::AddPeer), QStringLiteral("Connecting to the server"));
        QCOMPARE(SetupFlow::stepTitle(Step::ClaimDevice),
                 QStringLiteral("Registering this computer"));
        QCOMPARE(SetupFlow::stepTitle(Step::CreateFolder),
                 QStringLiteral("Setting up your folder"));
    }
};

QTEST_GUILESS_MAIN(TestSetupFlow)
#include "tst_setup_flow.moc"
