// The mass-delete guard (issue 9 §4) and the folder that goes away and comes back (issue 8 §4)
// against the devstack's real server Syncthing: a real SetupFlow, a real local Syncthing
// (SyncthingService) and DeletionGuard owning change detection.
#include "Await.h"
#include "DevstackControl.h"
#include "SetUpComputer.h"
#include "TestFiles.h"

#include "setup/SetupFlow.h"
#include "syncthing/DeletionGuard.h"
#include "syncthing/FolderWatcher.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncthingService.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace figestio;
using figestio::test::writeFile;

namespace {
const QString kAgency = QStringLiteral("ag_1");
QString fileName(int i) {
    // Half in the folder itself, half in a subfolder: batches name both.
    return i < 50 ? QStringLiteral("doc%1.txt").arg(i, 3, 10, QLatin1Char('0'))
                  : QStringLiteral("factures/f%1.txt").arg(i, 3, 10, QLatin1Char('0'));
}
} // namespace

class TestSyncthingGuard : public QObject {
    Q_OBJECT
private:
    DevstackControl m_devstack;
    std::unique_ptr<SetUpComputer> m_pc;
    DeletionGuard *m_guard = nullptr; // m_pc's
    // Shortcuts into m_pc.
    SyncthingService *m_syncthing = nullptr;
    QString m_folder;

    // How many of the test's files the server has on disk.
    int serverCount() {
        int n = 0;
        for (const QJsonValue &f :
             m_devstack.serverFolder(kAgency).value(QStringLiteral("files")).toArray()) {
            const QString name = f.toObject().value(QStringLiteral("name")).toString();
            n += (name.startsWith(QLatin1String("doc")) ||
                  name.startsWith(QLatin1String("factures/f")))
                     ? 1
                     : 0;
        }
        return n;
    }
    int localCount() {
        int n = 0;
        for (int i = 0; i < 100; ++i)
            n += QFile::exists(m_folder + QLatin1Char('/') + fileName(i)) ? 1 : 0;
        return n;
    }
    QString folderType() {
        const auto r = test::await<QList<FolderConfig>>(
            [this](auto cb) { m_syncthing->rest()->folders(nullptr, cb); });
        return r && r->ok() && !r->value().isEmpty() ? r->value().first().type : QString();
    }
    // Deletes the existing files among `from`…`to` (inclusive); how many went.
    int remove(int from, int to) {
        int n = 0;
        for (int i = from; i <= to; ++i)
            n += QFile::remove(m_folder + QLatin1Char('/') + fileName(i)) ? 1 : 0;
        return n;
    }
    // A held batch: the server still has all `count`; "Restore" brings them back locally.
    bool restoredWithServerAt(int count) {
        if (serverCount() != count)
            return false;
        QSignalSpy released(m_guard, &DeletionGuard::released);
        m_guard->restore();
        return released.wait(60000) && localCount() == count && serverCount() == count;
    }
    bool waitForState(DeletionGuard::State state, int timeoutMs = 30000) {
        return QTest::qWaitFor([&] { return m_guard->state() == state; }, timeoutMs);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_devstack.available(), "run with DEVSTACK");
        m_pc = std::make_unique<SetUpComputer>();
        QVERIFY2(m_pc->setUp(), qPrintable(m_pc->error));
        m_syncthing = m_pc->engine.get();
        m_folder = m_pc->folder;

        // What the app does: every (re)start of the engine holds the folder first, and the
        // guard follows every engine start.
        m_pc->follow();
        m_guard = m_pc->guard.get();
        QVERIFY(waitForState(DeletionGuard::State::Watching));
        // The engine's own watcher and rescans are off: the guard owns change detection.
        const auto folders = test::await<QList<FolderConfig>>(
            [this](auto cb) { m_syncthing->rest()->folders(nullptr, cb); });
        QVERIFY(folders && folders->ok());
        QVERIFY(!folders->value().first().fsWatcherEnabled);
        QCOMPARE(folders->value().first().rescanIntervalS, 0);
        QCOMPARE(folders->value().first().type, QStringLiteral("sendreceive"));

        for (int i = 0; i < 100; ++i)
            QVERIFY(writeFile(m_folder + QLatin1Char('/') + fileName(i), "document\n"));
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 100, 60000);
    }

    void cleanupTestCase() {
        m_guard = nullptr;
        m_pc.reset();
    }

    // 25 of 100 at once: held, nothing reaches the server; Restore brings them back.
    void massDeletionIsHeldThenRestored() {
        QSignalSpy held(m_guard, &DeletionGuard::held);
        QSignalSpy released(m_guard, &DeletionGuard::released);
        QCOMPARE(remove(40, 64), 25); // both folders
        QVERIFY(held.wait(30000));
        const DeletionHold hold = m_guard->hold();
        QCOMPARE(hold.deleted, qint64(25));
        QCOMPARE(hold.total, qint64(100));
        QVERIFY(!hold.atStart);
        QCOMPARE(hold.examples.size(), 10);
        QCOMPARE(m_guard->state(), DeletionGuard::State::Held);
        // Held in the engine too: a restart's scan could not send them either.
        QTRY_COMPARE_WITH_TIMEOUT(folderType(), QStringLiteral("receiveonly"), 10000);
        // A further change while held is not sent either.
        QVERIFY(writeFile(m_folder + QStringLiteral("/new-while-held.txt"), "x\n"));
        QTest::qWait(5000); // nothing to wait for: the point is that nothing happens
        QCOMPARE(serverCount(), 100);
        QVERIFY(!m_devstack.serverHasFile(kAgency, QStringLiteral("new-while-held.txt")));

        m_guard->restore();
        QVERIFY(released.wait(60000));
        QCOMPARE(localCount(), 100);
        // The revert undid the file written meanwhile; the guard brought it back.
        QCOMPARE(test::readFile(m_folder + QStringLiteral("/new-while-held.txt")),
                 QByteArray("x\n"));
        QCOMPARE(folderType(), QStringLiteral("sendreceive"));
        QCOMPARE(serverCount(), 100);
        // What was written meanwhile goes out now.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(kAgency, QStringLiteral("new-while-held.txt")), 30000);
        QCOMPARE(m_guard->state(), DeletionGuard::State::Watching);
    }

    // Again, and this time "Delete them on the server too".
    void massDeletionIsHeldThenDeletedOnTheServer() {
        QSignalSpy held(m_guard, &DeletionGuard::held);
        QSignalSpy released(m_guard, &DeletionGuard::released);
        QCOMPARE(remove(0, 24), 25);
        QVERIFY(held.wait(30000));
        QCOMPARE(m_guard->hold().deleted, qint64(25));
        QCOMPARE(serverCount(), 100);
        m_guard->deleteOnServer();
        QVERIFY(released.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 75, 30000);
        QCOMPARE(localCount(), 75);
    }

    // A few deletions are not a mass deletion: they go at once.
    void fewDeletionsPassAtOnce() {
        QSignalSpy held(m_guard, &DeletionGuard::held);
        QCOMPARE(remove(25, 27), 3);
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(), 72, 30000);
        QCOMPARE(held.count(), 0);
        QCOMPARE(m_guard->state(), DeletionGuard::State::Watching);
    }

    // Deleted while the app (and its engine) were not running: held at the next start, before
    // the engine's own start-up scan can send anything.
    void deletionsWhileNotRunningAreHeldAtStart() {
        QSignalSpy stopped(m_syncthing, &SyncthingService::stopped);
        m_syncthing->stop();
        QVERIFY(stopped.wait(30000));
        QCOMPARE(remove(28, 47), 20); // 20 of 72
        QSignalSpy held(m_guard, &DeletionGuard::held);
        m_syncthing->start();
        QVERIFY(held.wait(60000));
        QVERIFY(m_guard->hold().atStart);
        QCOMPARE(m_guard->hold().deleted, qint64(20));
        QVERIFY(restoredWithServerAt(72));
    }

    // The engine killed and restarted by the app's supervision: what was deleted while it was
    // down is held at its restart too (before, only the app's own start marked the folder, so
    // the restarted engine's start-up scan sent the deletions).
    void deletionsWhileTheEngineWasDownAreHeldAtItsRestart() {
        QSignalSpy started(m_syncthing, &SyncthingService::started);
        QSignalSpy held(m_guard, &DeletionGuard::held);
        const qint64 engine = m_syncthing->sidecar()->pid();
        QVERIFY(engine > 0);
        QCOMPARE(::kill(static_cast<pid_t>(engine), SIGKILL), 0);
        // Within this turn of the event loop: the app has not even seen the engine die.
        QCOMPARE(remove(48, 67), 20); // 20 of 72
        QVERIFY(started.wait(60000));
        QVERIFY(m_syncthing->sidecar()->pid() != engine);
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty() && m_guard->state() == DeletionGuard::State::Held,
                                 60000);
        QCOMPARE(m_guard->hold().deleted, qint64(20));
        QCOMPARE(folderType(), QStringLiteral("receiveonly"));
        QVERIFY(restoredWithServerAt(72));
    }

    // Issue 8 §4: the folder goes away (a USB disk, a network share) and comes back: nothing is
    // counted as deleted meanwhile, and it is scanned as soon as it is there again.
    void folderThatVanishesIsScannedWhenBack() {
        QSignalSpy held(m_guard, &DeletionGuard::held);
        const QString away = m_folder + QStringLiteral(".away");
        QVERIFY(QDir().rename(m_folder, away));
        QVERIFY(waitForState(DeletionGuard::State::Away, 10000));
        QVERIFY(writeFile(away + QStringLiteral("/while-away.txt"), "x\n"));
        QVERIFY(QDir().rename(away, m_folder));
        QVERIFY(waitForState(DeletionGuard::State::Watching, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(kAgency, QStringLiteral("while-away.txt")), 30000);
        QCOMPARE(held.count(), 0);
        QCOMPARE(serverCount(), 72);
        // Watching again: a new file leaves as usual.
        QVERIFY(writeFile(m_folder + QStringLiteral("/after.txt"), "x\n"));
        QTRY_VERIFY_WITH_TIMEOUT(m_devstack.serverHasFile(kAgency, QStringLiteral("after.txt")),
                                 30000);
    }
};

QTEST_GUILESS_MAIN(TestSyncthingGuard)
#include "tst_syncthing_guard.moc"
