// Issue 8 §4: the system's limit of watched folders reached, for real. The test runs in a user
// namespace of its own whose inotify watch limit is tiny (since Linux 5.11 the limit is counted
// per user namespace: /proc/sys/user/max_inotify_watches), so nothing outside it is affected.
// A real Syncthing (SyncthingService) holds the folder; DeletionGuard and its FolderWatcher
// follow it as in the app. The watcher's problem is said in words, shortens the safety rescan
// to 5 minutes, reaches the state the status window and the tray show, and goes away when the
// folder fits under the limit again.
#include "Await.h"
#include "StopService.h"
#include "SyncthingTestAccess.h"
#include "TestFiles.h"

#include "syncthing/DeletionGuard.h"
#include "syncthing/FolderWatcher.h"
#include "syncthing/RestClient.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <unistd.h>

using namespace figestio;

namespace {
// Watches this user namespace may hold. The folder's parent and root take two; each client
// folder has a subfolder, so 60 clients (120 subfolders) cannot all be watched, 15 (30) can.
constexpr int kWatchLimit = 40;
constexpr int kManySubfolders = 60;
constexpr int kFewSubfolders = 15;

bool writeProc(const char *path, const QByteArray &value) {
    QFile f(QString::fromLatin1(path));
    return f.open(QIODevice::WriteOnly) && f.write(value) == value.size();
}

// A user namespace of our own (we stay uid 0 → our uid) with a small inotify watch limit.
// Must run before any thread exists (unshare(CLONE_NEWUSER) refuses a threaded process).
// Empty when done, else why not.
QString limitInotifyWatches(int limit) {
#ifdef __linux__
    const QByteArray uid = QByteArray::number(geteuid());
    const QByteArray gid = QByteArray::number(getegid());
    if (unshare(CLONE_NEWUSER) != 0)
        return QStringLiteral("no user namespace: %1").arg(QString::fromLocal8Bit(strerror(errno)));
    if (!writeProc("/proc/self/setgroups", "deny") ||
        !writeProc("/proc/self/uid_map", "0 " + uid + " 1") ||
        !writeProc("/proc/self/gid_map", "0 " + gid + " 1"))
        return QStringLiteral("cannot map the user namespace");
    if (!writeProc("/proc/sys/user/max_inotify_watches", QByteArray::number(limit)))
        return QStringLiteral("cannot set /proc/sys/user/max_inotify_watches (kernel < 5.11 or a "
                              "read-only /proc/sys)");
    return {};
#else
    Q_UNUSED(limit);
    return QStringLiteral("Linux only");
#endif
}
} // namespace

class TestWatchLimit : public QObject {
    Q_OBJECT
public:
    explicit TestWatchLimit(QString unavailable)
        : m_unavailable(std::move(unavailable)) {}

private:
    QString m_unavailable;

private slots:
    void watcherLimitIsShownInWordsWithAShorterRescanUntilItEnds() {
        if (!m_unavailable.isEmpty())
            QSKIP(qPrintable(m_unavailable));
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.filePath(QStringLiteral("Figestio"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/.stfolder")));
        for (int i = 0; i < kManySubfolders; ++i)
            QVERIFY(QDir().mkpath(
                root + QStringLiteral("/client%1/2026").arg(i, 2, 10, QLatin1Char('0'))));

        SyncthingService engine(tmp.filePath(QStringLiteral("st")));
        QSignalSpy started(&engine, &SyncthingService::started);
        engine.start();
        QVERIFY2(started.wait(30000), qPrintable(engine.lastError()));
        FolderConfig folder;
        folder.id = QStringLiteral("figestio-ag_1");
        folder.label = QStringLiteral("Gestoria Puig");
        folder.path = root;
        folder.fsWatcherEnabled = false; // as setup creates it: the guard owns change detection
        folder.rescanIntervalS = 0;
        const auto added = test::await<Done>(
            [&](auto cb) { engine.rest()->addOrUpdateFolder(folder, nullptr, cb); });
        QVERIFY(added && added->ok());

        // What the app wires: the guard follows the folder, its problem goes to the state.
        DeletionGuard guard(engine.rest());
        connect(&guard, &DeletionGuard::problemChanged, engine.state(),
                &SyncState::setWatchProblem);
        guard.start(folder.id, root);
        QTRY_COMPARE_WITH_TIMEOUT(guard.state(), DeletionGuard::State::Watching, 30000);

        // 120 subfolders, 38 watches left: the rest cannot be watched.
        QTRY_COMPARE_WITH_TIMEOUT(SyncthingTestAccess::watcher(guard)->limit(),
                                  FolderWatcher::Limit::TooManyFolders, 10000);
        QVERIFY(SyncthingTestAccess::unwatchedCount(*SyncthingTestAccess::watcher(guard)) > 0);
        QVERIFY(SyncthingTestAccess::watchedCount(*SyncthingTestAccess::watcher(guard)) <
                2 * kManySubfolders);
        QCOMPARE(guard.problem(),
                 QStringLiteral("Changes in this folder are checked every 5 minutes because the "
                                "computer cannot watch all of its subfolders continuously."));
        QCOMPARE(engine.state()->watchProblem(), guard.problem());
        QCOMPARE(SyncthingTestAccess::rescanIntervalMs(guard), DeletionGuard::kShortRescanMs);
        // Not an error: the folder still syncs.
        QVERIFY(engine.state()->overall() != SyncState::Overall::Error);

        // The folder shrinks below the limit: every subfolder is watched again, the words go
        // and the hourly rescan is back.
        QSignalSpy problem(&guard, &DeletionGuard::problemChanged);
        for (int i = kFewSubfolders; i < kManySubfolders; ++i)
            QVERIFY(QDir(root + QStringLiteral("/client%1").arg(i, 2, 10, QLatin1Char('0')))
                        .removeRecursively());
        QTRY_COMPARE_WITH_TIMEOUT(SyncthingTestAccess::watcher(guard)->limit(),
                                  FolderWatcher::Limit::None, 15000);
        QCOMPARE(SyncthingTestAccess::unwatchedCount(*SyncthingTestAccess::watcher(guard)), 0);
        QCOMPARE(SyncthingTestAccess::watchedCount(*SyncthingTestAccess::watcher(guard)),
                 1 + 2 * kFewSubfolders);
        QVERIFY(guard.problem().isEmpty());
        QVERIFY(engine.state()->watchProblem().isEmpty());
        QVERIFY(!problem.isEmpty() && problem.last().first().toString().isEmpty());
        QCOMPARE(SyncthingTestAccess::rescanIntervalMs(guard), DeletionGuard::kRescanMs);

        // And a change deep down is followed as it happens again: the guard has the engine
        // scan it (the engine's own watcher is off, its next rescan an hour away).
        const QString deep = QStringLiteral("client14/2026/factura.pdf");
        QVERIFY(test::writeFile(root + QLatin1Char('/') + deep, "pdf\n"));
        auto indexed = [&] {
            const auto r = test::await<QByteArray>([&](auto cb) {
                engine.rest()->call(
                    "GET", QStringLiteral("/rest/db/file"),
                    {{QStringLiteral("folder"), folder.id}, {QStringLiteral("file"), deep}}, {},
                    QStringLiteral("test"), nullptr, cb);
            });
            return r && r->ok();
        };
        QTRY_VERIFY_WITH_TIMEOUT(indexed(), 15000);

        guard.stop();
        test::stopAndWait(&engine);
    }
};

int main(int argc, char **argv) {
    // Before QCoreApplication: no thread may exist yet.
    const QString unavailable = limitInotifyWatches(kWatchLimit);
    QCoreApplication app(argc, argv);
    TestWatchLimit test(unavailable);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncthing_watchlimit.moc"
