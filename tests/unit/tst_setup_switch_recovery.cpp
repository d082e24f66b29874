// AgencySwitch::recoverAtStart: a switch of agency cut short by a crash. The setup record
// decides which engine identity is kept (the files and QSettings only; the engine's side of a
// switch is tested in tst_setup_agency_switch).
#include "TestFiles.h"

#include "setup/AgencySwitch.h"
#include "setup/SetupRecord.h"
#include "syncthing/EngineIdentity.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;
using figestio::test::readFile;
using figestio::test::writeFile;

namespace {
// A switch away from ag_1 that got as far as the new identity; the record says `agency`.
bool interrupted(const QTemporaryDir &home, const QString &agency) {
    QSettings().clear();
    const Claim claim{
        QStringLiteral("DEVICE"), agency, QStringLiteral("figestio-") + agency, agency, {}};
    SetupRecord record;
    record.recordDone(claim, home.filePath(QStringLiteral("folder")), ServerIdentity{}, agency);
    record.recordSwitchFrom(QStringLiteral("ag_1"));
    return writeFile(home.filePath(QStringLiteral("cert.pem.previous")), "old cert") &&
           writeFile(home.filePath(QStringLiteral("key.pem.previous")), "old key") &&
           writeFile(home.filePath(QStringLiteral("cert.pem")), "new cert") &&
           writeFile(home.filePath(QStringLiteral("key.pem")), "new key");
}
} // namespace

class TestSetupSwitchRecovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_setup_switch_recovery"));
    }

    void unfinishedSwitchBringsTheOldIdentityBack() {
        QTemporaryDir home;
        QVERIFY(interrupted(home, QStringLiteral("ag_1"))); // the record is still ag_1's
        AgencySwitch::recoverAtStart(home.path());
        QCOMPARE(readFile(home.filePath(QStringLiteral("cert.pem"))), QByteArray("old cert"));
        QCOMPARE(readFile(home.filePath(QStringLiteral("key.pem"))), QByteArray("old key"));
        QVERIFY(!EngineIdentity(home.path()).hasPrevious());
        QVERIFY(SetupRecord().switchingFrom().isEmpty());
    }

    void finishedSwitchKeepsTheNewIdentity() {
        QTemporaryDir home;
        QVERIFY(interrupted(home, QStringLiteral("ag_2"))); // the record is already ag_2's
        AgencySwitch::recoverAtStart(home.path());
        QCOMPARE(readFile(home.filePath(QStringLiteral("cert.pem"))), QByteArray("new cert"));
        QVERIFY(!EngineIdentity(home.path()).hasPrevious());
        QVERIFY(SetupRecord().switchingFrom().isEmpty());
    }

    void nothingAsideChangesNothing() {
        QTemporaryDir home;
        QSettings().clear();
        QVERIFY(writeFile(home.filePath(QStringLiteral("cert.pem")), "cert"));
        AgencySwitch::recoverAtStart(home.path());
        QCOMPARE(readFile(home.filePath(QStringLiteral("cert.pem"))), QByteArray("cert"));
    }
};

QTEST_GUILESS_MAIN(TestSetupSwitchRecovery)
#include "tst_setup_switch_recovery.moc"
