// The user's pause of the server is a kept choice (issue 8 §3): a new service object (the next
// start) finds it again while the setup stands, and it goes with the setup (unlink), so a new
// setup starts syncing. Offline: nothing is started, only the service's settings are read.
#include "SyncthingTestAccess.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;

class TestPauseIntent : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("FigestioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_syncthing_pauseintent"));
    }

    void keptWhileSetUpAndForgottenWithTheSetup() {
        QTemporaryDir home;
        QSettings().setValue(QStringLiteral("sync/serverPaused"), true);
        QSettings().sync();
        {
            SyncthingService service(home.path());
            QVERIFY(SyncthingTestAccess::pauseWanted(service)); // kept across starts
            service.state()->setTracked(QStringLiteral("figestio-ag_1"), QStringLiteral("SERVER"));
            QVERIFY(
                SyncthingTestAccess::pauseWanted(service)); // tracking the set-up server keeps it
            service.state()->setTracked({}, {});            // the setup forgotten (unlink)
            QVERIFY(!SyncthingTestAccess::pauseWanted(service));
        } // the service's settings writer has finished when it is gone
        QVERIFY(!QSettings().value(QStringLiteral("sync/serverPaused")).toBool());
        SyncthingService next(home.path());
        QVERIFY(!SyncthingTestAccess::pauseWanted(next));
    }
};

QTEST_GUILESS_MAIN(TestPauseIntent)
#include "tst_syncthing_pauseintent.moc"
