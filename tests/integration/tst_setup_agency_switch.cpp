// Issue 9 §6 below the UI: bob (two agencies) is set up for ag_1 with a real engine against the
// devstack, then switches to ag_2 (AgencySwitch): a new engine identity claimed for ag_2, the new
// folder syncs with ag_2's server folder, the old folder stops syncing and keeps its files. When
// the ag_2 claim is refused, the old identity, folder and record stay and keep syncing.
#include "Await.h"
#include "DevstackControl.h"
#include "SetUpComputer.h"
#include "TestFiles.h"

#include "setup/AgencySwitch.h"
#include "setup/SetupFlow.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncthingService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace figestio;
using figestio::test::readFile;
using figestio::test::writeFile;

namespace {
const QString kAg1 = QStringLiteral("ag_1");
const QString kAg2 = QStringLiteral("ag_2");
} // namespace

class TestSetupAgencySwitch : public QObject {
    Q_OBJECT
private:
    DevstackControl m_devstack;

    bool serverHas(const QString &agency, const QString &name) {
        return m_devstack.serverHasFile(agency, name);
    }
    QString claimAgencyOf(const QString &deviceId) {
        for (const QJsonValue &c : m_devstack.claims())
            if (c.toObject().value(QStringLiteral("device_id")).toString() == deviceId)
                return c.toObject().value(QStringLiteral("agency_id")).toString();
        return {};
    }
    int claimsFor(const QString &agency) {
        int n = 0;
        for (const QJsonValue &c : m_devstack.claims())
            n += c.toObject().value(QStringLiteral("agency_id")).toString() == agency ? 1 : 0;
        return n;
    }
    static QList<FolderConfig> folders(SyncthingService *engine) {
        const auto r = test::await<QList<FolderConfig>>(
            [engine](auto cb) { engine->rest()->folders(nullptr, cb); }, 15000);
        return r && r->ok() ? r->value() : QList<FolderConfig>{};
    }
    static QStringList deviceIds(SyncthingService *engine) {
        const auto r = test::await<QList<DeviceConfig>>(
            [engine](auto cb) { engine->rest()->devices(nullptr, cb); }, 15000);
        QStringList ids;
        if (r && r->ok())
            for (const DeviceConfig &d : r->value())
                ids << d.deviceId;
        return ids;
    }
    // bob signed in and set up for ag_1, with one file already at ag_1's server.
    bool setUpForAg1(SetUpComputer &pc) {
        if (!pc.setUp(QStringLiteral("bob")))
            return false;
        pc.follow(); // as the app: local changes leave through the mass-delete guard
        if (pc.flow->agencyId() != kAg1) {
            pc.error = QStringLiteral("set up for %1, not ag_1").arg(pc.flow->agencyId());
            return false;
        }
        const QString name = QStringLiteral("abans-%1.txt").arg(pc.engine->deviceId().left(7));
        if (!writeFile(pc.folder + QLatin1Char('/') + name, "abans\n") ||
            !QTest::qWaitFor([&] { return serverHas(kAg1, name); }, 30000)) {
            pc.error = QStringLiteral("the first file did not reach ag_1");
            return false;
        }
        return true;
    }
    // The session scoped to ag_2 (what the wizard's agency page does).
    static bool scopeTo(SetUpComputer &pc, const QString &agency) {
        pc.signedIn.session.chooseAgency(agency);
        return QTest::qWaitFor(
            [&] {
                return pc.signedIn.session.agency() && pc.signedIn.session.agency()->id == agency;
            },
            15000);
    }
    static QString runSwitch(SetUpComputer &pc, const QString &folder, bool *ok) {
        AgencySwitch change(pc.flow.get(), pc.engine.get());
        QSignalSpy finished(&change, &AgencySwitch::finished);
        QSignalSpy failed(&change, &AgencySwitch::failed);
        pc.unfollow(); // as the app: the guard stands aside during the switch
        change.start(folder);
        (void)QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 120000);
        pc.follow();
        *ok = !finished.isEmpty();
        if (!failed.isEmpty())
            return failed.first().first().toString();
        return finished.isEmpty() ? QStringLiteral("timed out") : QString();
    }

private slots:
    void initTestCase() { QVERIFY2(m_devstack.available(), "run with DEVSTACK"); }

    void switchesToTheSecondAgencyWithANewIdentity() {
        SetUpComputer pc;
        QVERIFY2(setUpForAg1(pc), qPrintable(pc.error));
        const QString oldId = pc.engine->deviceId();
        const QString oldFolder = pc.folder;
        const QStringList oldFiles = QDir(oldFolder).entryList(QDir::Files);

        QVERIFY(scopeTo(pc, kAg2));
        QVERIFY(pc.flow->switchesAgency());
        const QString newFolder = pc.dir.filePath(QStringLiteral("Figestio ag_2"));
        QVERIFY(QDir().mkpath(newFolder));
        bool ok = false;
        const QString error = runSwitch(pc, newFolder, &ok);
        QVERIFY2(ok, qPrintable(error));

        // A new device, claimed for ag_2; the old one stays ag_1's on the server.
        const QString newId = pc.engine->deviceId();
        QVERIFY(!newId.isEmpty());
        QVERIFY(newId != oldId);
        QCOMPARE(claimAgencyOf(newId), kAg2);
        QCOMPARE(claimAgencyOf(oldId), kAg1);
        // The record says ag_2 and the new folder.
        QCOMPARE(pc.flow->agencyId(), kAg2);
        QCOMPARE(pc.flow->folderPath(), QDir::cleanPath(newFolder));
        QCOMPARE(pc.flow->folderId(), QStringLiteral("figestio-ag_2"));
        QVERIFY(!pc.flow->switchesAgency());
        // The engine: only the new folder, no trace of the old identity; its files deleted.
        const QList<FolderConfig> configured = folders(pc.engine.get());
        QCOMPARE(configured.size(), 1);
        QCOMPARE(configured.first().id, QStringLiteral("figestio-ag_2"));
        QVERIFY(!deviceIds(pc.engine.get()).contains(oldId));
        const QDir home(pc.engine->sidecar()->homeDir());
        QVERIFY(home.exists(QStringLiteral("cert.pem")));
        QVERIFY(!home.exists(QStringLiteral("cert.pem.previous")));
        QVERIFY(!home.exists(QStringLiteral("key.pem.previous")));

        // The new folder syncs with ag_2's server folder, both ways.
        QVERIFY(writeFile(newFolder + QStringLiteral("/nova.txt"), "nova\n"));
        QTRY_VERIFY_WITH_TIMEOUT(serverHas(kAg2, QStringLiteral("nova.txt")), 30000);
        // ag_1's server gets a new file first, ag_2's second: once ag_2's has arrived, ag_1's
        // would have had every chance to arrive too.
        QVERIFY(writeFile(m_devstack.serverDir() + QStringLiteral("/ag_1/nomes-ag1.txt"), "ag1\n"));
        QVERIFY(writeFile(m_devstack.serverDir() + QStringLiteral("/ag_2/de-ag2.txt"), "ag2\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(newFolder + QStringLiteral("/de-ag2.txt")),
                                  QByteArray("ag2\n"), 30000);
        QVERIFY(!QFile::exists(oldFolder + QStringLiteral("/nomes-ag1.txt")));
        // The old folder's files stay on disk.
        QCOMPARE(QDir(oldFolder).entryList(QDir::Files), oldFiles);
        QVERIFY(!oldFiles.isEmpty());
    }

    void aRefusedClaimLeavesTheFirstAgencySyncing() {
        SetUpComputer pc;
        QVERIFY2(setUpForAg1(pc), qPrintable(pc.error));
        const QString oldId = pc.engine->deviceId();
        const QDir home(pc.engine->sidecar()->homeDir());
        const QByteArray cert = readFile(home.filePath(QStringLiteral("cert.pem")));
        const QByteArray key = readFile(home.filePath(QStringLiteral("key.pem")));
        const int devicesBefore = deviceIds(pc.engine.get()).size();
        const int ag2ClaimsBefore = claimsFor(kAg2);

        QVERIFY(scopeTo(pc, kAg2));
        // The old agency's folder is refused for the new one (its files would go there).
        bool sameFolder = true;
        QVERIFY(!runSwitch(pc, pc.folder, &sameFolder).isEmpty());
        QVERIFY(!sameFolder);
        QCOMPARE(pc.engine->deviceId(), oldId);

        QVERIFY(m_devstack.failNext(1, 409, QStringLiteral("/api/devices/claim")));
        const QString newFolder = pc.dir.filePath(QStringLiteral("Figestio ag_2"));
        QVERIFY(QDir().mkpath(newFolder));
        bool ok = true;
        const QString error = runSwitch(pc, newFolder, &ok);
        QVERIFY(!ok);
        QVERIFY2(!error.isEmpty(), "a failure says why");
        QCOMPARE(m_devstack.statusCount(QStringLiteral("/api/devices/claim"), 409), 1);

        // The old identity, record and folder, as before.
        QCOMPARE(pc.engine->deviceId(), oldId);
        QCOMPARE(readFile(home.filePath(QStringLiteral("cert.pem"))), cert);
        QCOMPARE(readFile(home.filePath(QStringLiteral("key.pem"))), key);
        QVERIFY(!home.exists(QStringLiteral("cert.pem.previous")));
        QCOMPARE(pc.flow->agencyId(), kAg1);
        QCOMPARE(pc.flow->folderPath(), QDir::cleanPath(pc.folder));
        // No new ag_2 claim; no stray device in the engine.
        QCOMPARE(claimsFor(kAg2), ag2ClaimsBefore);
        QCOMPARE(claimAgencyOf(oldId), kAg1);
        QTRY_COMPARE_WITH_TIMEOUT(deviceIds(pc.engine.get()).size(), devicesBefore, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<FolderConfig> f = folders(pc.engine.get());
                return f.size() == 1 && f.first().id == QStringLiteral("figestio-ag_1") &&
                       !f.first().paused;
            }(),
            15000);
        QVERIFY(!QDir(newFolder).exists(QStringLiteral(".stfolder")));

        // Still syncing with ag_1, both ways.
        QVERIFY(writeFile(pc.folder + QStringLiteral("/despres.txt"), "despres\n"));
        QTRY_VERIFY_WITH_TIMEOUT(serverHas(kAg1, QStringLiteral("despres.txt")), 30000);
        QVERIFY(
            writeFile(m_devstack.serverDir() + QStringLiteral("/ag_1/tornada.txt"), "tornada\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(pc.folder + QStringLiteral("/tornada.txt")),
                                  QByteArray("tornada\n"), 30000);
    }
};

// A QGuiApplication: without one the session opens the browser through the devstack's fake
// xdg-open, which signs in as DEVSTACK_USER (alice), not through SigninBrowser (bob).
QTEST_MAIN(TestSetupAgencySwitch)
#include "tst_setup_agency_switch.moc"
