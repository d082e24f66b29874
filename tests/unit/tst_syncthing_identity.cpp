// EngineIdentity: the engine's certificate and key set aside, put back, or discarded (the file
// side of a switch of agency; the engine's part is tested in tst_setup_agency_switch).
#include "TestFiles.h"

#include "syncthing/EngineIdentity.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;
using figestio::test::readFile;
using figestio::test::writeFile;

class TestSyncthingIdentity : public QObject {
    Q_OBJECT
private:
    static QString at(const QTemporaryDir &d, const char *name) {
        return d.filePath(QString::fromLatin1(name));
    }

    // Owner, group and others (not Qt's "current user" bits).
    static QFileDevice::Permissions modeOf(const QString &path) {
        return QFile::permissions(path) & QFileDevice::Permissions(0x7077);
    }

    // An identity in home: cert.pem and key.pem holding "<what> cert" and "<what> key".
    static bool writeIdentity(const QTemporaryDir &home, const QByteArray &what) {
        return writeFile(at(home, "cert.pem"), what + " cert") &&
               writeFile(at(home, "key.pem"), what + " key");
    }

private slots:
    void setAsideThenRestoreBringsTheOldIdentityBack() {
        QTemporaryDir home;
        QVERIFY(writeIdentity(home, "old"));
        const EngineIdentity identity(home.path());
        QVERIFY(identity.setAside().ok());
        QVERIFY(!QFile::exists(at(home, "cert.pem")));
        QVERIFY(!QFile::exists(at(home, "key.pem")));
        QVERIFY(identity.hasPrevious());
        // Kept like a secret.
        QCOMPARE(modeOf(at(home, "key.pem.previous")),
                 QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(modeOf(at(home, "cert.pem.previous")),
                 QFileDevice::Permissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // The engine made a new one; the switch failed.
        QVERIFY(writeIdentity(home, "new"));
        QVERIFY(identity.restore().ok());
        QCOMPARE(readFile(at(home, "cert.pem")), QByteArray("old cert"));
        QCOMPARE(readFile(at(home, "key.pem")), QByteArray("old key"));
        QVERIFY(!identity.hasPrevious());
    }

    void discardKeepsTheNewIdentity() {
        QTemporaryDir home;
        QVERIFY(writeIdentity(home, "old"));
        const EngineIdentity identity(home.path());
        QVERIFY(identity.setAside().ok());
        QVERIFY(writeIdentity(home, "new"));
        identity.discardPrevious();
        QVERIFY(!identity.hasPrevious());
        QCOMPARE(readFile(at(home, "cert.pem")), QByteArray("new cert"));
        QCOMPARE(QDir(home.path()).entryList(QDir::Files).size(), 2);
    }

    void anIdentityAlreadyAsideIsNeverOverwritten() {
        QTemporaryDir home;
        QVERIFY(writeFile(at(home, "cert.pem.previous"), "the server's"));
        QVERIFY(writeFile(at(home, "key.pem.previous"), "the server's key"));
        QVERIFY(writeFile(at(home, "cert.pem"), "other"));
        QVERIFY(writeFile(at(home, "key.pem"), "other key"));
        const Result<Done> r = EngineIdentity(home.path()).setAside();
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(readFile(at(home, "cert.pem.previous")), QByteArray("the server's"));
        QCOMPARE(readFile(at(home, "cert.pem")), QByteArray("other"));
    }

    void aMissingIdentityCannotBeSetAside() {
        QTemporaryDir home;
        QVERIFY(writeFile(at(home, "cert.pem"), "cert only"));
        QVERIFY(!EngineIdentity(home.path()).setAside().ok());
        // The half that moved went back.
        QCOMPARE(readFile(at(home, "cert.pem")), QByteArray("cert only"));
        QVERIFY(!QFile::exists(at(home, "cert.pem.previous")));
    }
};

QTEST_GUILESS_MAIN(TestSyncthingIdentity)
#include "tst_syncthing_identity.moc"
