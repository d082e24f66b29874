// The synced folder failing under a real Syncthing pair (the app's SyncthingService as the
// client, a SyncthingPeer as the server): made read-only, deleted, or on a full disk while
// files arrive. Each ends with the problem in words in SyncState, nothing lost on either side,
// no partial file under a real name, and (where the cause goes away) syncing again.
//
// Read-only and full disks are real mounts (a read-only bind mount, a small tmpfs) in a mount
// namespace of the test's own, made before anything starts: they vanish with the process and
// nobody else sees them. Root is needed for that (tests run as root here, see
// tests/env/run-test); elsewhere those two cases skip and say why. A chmod would not do: root
// writes through it.
#include "Await.h"
#include "SyncthingPair.h"
#include "TestFiles.h"
#include "syncthing/RestClient.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace figestio;
using namespace figestio::test;
using Overall = SyncState::Overall;

namespace {
// Whether this process got a private mount namespace (called before any thread exists:
// unshare(CLONE_NEWNS) refuses a multithreaded process).
QString g_noMounts;

void enterPrivateMountNamespace() {
    if (geteuid() != 0)
        g_noMounts = QStringLiteral("needs root for a private mount namespace");
    else if (unshare(CLONE_NEWNS) != 0)
        g_noMounts = QStringLiteral("unshare(CLONE_NEWNS) refused: %1").arg(qt_error_string());
    else if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        g_noMounts = QStringLiteral("mount --make-rprivate / failed: %1").arg(qt_error_string());
}

// Mount points still mounted (unmounted at the end, so the temporary folder can go).
QStringList g_mounted;

bool bindReadOnly(const QString &dir) {
    const QByteArray path = QFile::encodeName(dir);
    g_mounted << dir;
    return mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) == 0 &&
           mount(nullptr, path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) ==
               0;
}

bool mountTmpfs(const QString &dir, const QByteArray &options, bool remount = false) {
    const QByteArray path = QFile::encodeName(dir);
    if (!remount)
        g_mounted << dir;
    return mount("tmpfs", path.constData(), "tmpfs", remount ? MS_REMOUNT : 0,
                 options.constData()) == 0;
}

bool unmount(const QString &dir) {
    g_mounted.removeAll(dir);
    return umount2(QFile::encodeName(dir).constData(), MNT_DETACH) == 0;
}

QString errorsText(const QList<FolderError> &errors) {
    QStringList lines;
    for (const FolderError &e : errors)
        lines << e.path + QStringLiteral(": ") + e.message;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestSyncthingFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    SyncthingPair m_pair{m_tmp.path()}; // started in initTestCase

    QString serverDir(const QString &folder) const {
        return m_tmp.filePath(QStringLiteral("server-") + folder);
    }
    QString clientDir(const QString &folder) const {
        return m_tmp.filePath(QStringLiteral("client-") + folder);
    }

    // Shares a new folder between the two and tracks it; true once it is up to date.
    bool share(const QString &folder) {
        if (!QDir().mkpath(serverDir(folder)) || !QDir().mkpath(clientDir(folder)))
            return false;
        if (!m_pair.server.addFolder(folder, serverDir(folder), {m_pair.client.deviceId()}))
            return false;
        FolderConfig config;
        config.id = folder;
        config.label = folder;
        config.path = clientDir(folder);
        config.deviceIds = {m_pair.server.deviceId()};
        if (!wait<Done>([&](QObject *c, auto cb) {
                 m_pair.client.rest()->addOrUpdateFolder(config, c, cb);
             }).ok())
            return false;
        m_pair.client.state()->setTracked(folder, m_pair.server.deviceId());
        return QTest::qWaitFor(
            [this] { return m_pair.client.state()->overall() == Overall::UpToDate; }, 20000);
    }

    // Pauses and resumes the folder, which restarts it at once: Syncthing's own retry after
    // write errors comes only after its puller pause (a minute), too long for a test.
    bool restartFolder(const QString &folder) {
        for (const bool paused : {true, false})
            if (!wait<Done>([&](QObject *c, auto cb) {
                     m_pair.client.rest()->setFolderPaused(folder, paused, c, cb);
                 }).ok())
                return false;
        return true;
    }

    // Asks the client's Syncthing to scan the folder now (as its periodic scan would, later).
    void scanNow(const QString &folder) {
        QObject ctx;
        m_pair.client.rest()->call("POST", QStringLiteral("/rest/db/scan"),
                                   {{QStringLiteral("folder"), folder}}, {}, QStringLiteral("scan"),
                                   &ctx, [](Result<QByteArray>) {});
    }

    // Whether the server still has the file, undeleted, in its index.
    bool serverIndexHas(const QString &folder, const QString &file) {
        const QJsonObject global =
            m_pair.server
                .getJson(QStringLiteral("/rest/db/file?folder=%1&file=%2").arg(folder, file))
                .object()
                .value(QStringLiteral("global"))
                .toObject();
        return !global.isEmpty() && !global.value(QStringLiteral("deleted")).toBool();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QString error;
        QVERIFY2(m_pair.start(&error), qPrintable(error));
        // Order matters (STACK.md): the server knows the client before the client dials.
        QVERIFY2(m_pair.server.addDevice(m_pair.client.deviceId(), QStringLiteral("client")),
                 qPrintable(m_pair.server.lastError()));
        const DeviceConfig device{
            m_pair.server.deviceId(), QStringLiteral("Figestió"), {m_pair.server.listenAddress()}};
        QVERIFY(wait<Done>([&](QObject *c, auto cb) {
                    m_pair.client.rest()->addOrUpdateDevice(device, c, cb);
                }).ok());
    }

    void cleanupTestCase() {
        m_pair.stop();
        for (const QString &dir : QStringList(g_mounted))
            unmount(dir);
    }

    // The folder becomes read-only while the server sends a file: the file's error is shown in
    // words, the client's files and the server's stay as they were, and once the folder is
    // writable again the file arrives.
    void readOnlyFolderWhileSyncing() {
        if (!g_noMounts.isEmpty())
            QSKIP(qPrintable(g_noMounts));
        const QString folder = QStringLiteral("ro");
        QVERIFY(share(folder));
        QVERIFY(writeFile(serverDir(folder) + QStringLiteral("/abans.txt"), "before\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(clientDir(folder) + QStringLiteral("/abans.txt")),
                                  QByteArray("before\n"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pair.client.state()->overall(), Overall::UpToDate, 10000);

        QVERIFY(bindReadOnly(clientDir(folder)));
        QVERIFY(!writeFile(clientDir(folder) + QStringLiteral("/probe.txt"), "x")); // really
        const QByteArray invoice(64 * 1024, 'f');
        QVERIFY(writeFile(serverDir(folder) + QStringLiteral("/factura.pdf"), invoice));

        SyncState *state = m_pair.client.state();
        QTRY_VERIFY_WITH_TIMEOUT(!state->folderErrors().isEmpty(), 20000);
        const QString shown = errorsText(state->folderErrors());
        QVERIFY2(shown.contains(QStringLiteral("factura.pdf")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The disk is read-only.")), qPrintable(shown));
        // Nothing lost or half-written.
        QCOMPARE(readFile(clientDir(folder) + QStringLiteral("/abans.txt")),
                 QByteArray("before\n"));
        QVERIFY(!QFileInfo::exists(clientDir(folder) + QStringLiteral("/factura.pdf")));
        QCOMPARE(readFile(serverDir(folder) + QStringLiteral("/factura.pdf")), invoice);
        QVERIFY(serverIndexHas(folder, QStringLiteral("abans.txt")));

        // Writable again: the file comes, the errors go.
        QVERIFY(unmount(clientDir(folder)));
        QVERIFY(restartFolder(folder));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(clientDir(folder) + QStringLiteral("/factura.pdf")),
                                  invoice, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(state->folderErrors().isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 20000);
    }

    // The folder is deleted (or its disk unplugged) while syncing: Syncthing stops the folder
    // ("folder marker missing") instead of sending the deletions, the app says so in words, and
    // the server keeps every file.
    void folderDeletedWhileSyncing() {
        const QString folder = QStringLiteral("gone");
        QVERIFY(share(folder));
        for (const QString &name : {QStringLiteral("a.txt"), QStringLiteral("sub/b.txt")})
            QVERIFY(writeFile(serverDir(folder) + QLatin1Char('/') + name, name.toUtf8()));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(clientDir(folder) + QStringLiteral("/sub/b.txt")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pair.client.state()->overall(), Overall::UpToDate, 10000);

        QVERIFY(QDir(clientDir(folder)).removeRecursively());
        scanNow(folder); // the watcher may see it first; the periodic scan would, later

        SyncState *state = m_pair.client.state();
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::Error, 20000);
        QCOMPARE(state->folderError(),
                 QStringLiteral("The folder was moved, deleted or its disk is not connected."));
        QCOMPARE(state->problem(), state->folderError());
        // Nothing was deleted on the server: not on its disk, not in its index.
        QCOMPARE(readFile(serverDir(folder) + QStringLiteral("/a.txt")), QByteArray("a.txt"));
        QCOMPARE(readFile(serverDir(folder) + QStringLiteral("/sub/b.txt")),
                 QByteArray("sub/b.txt"));
        QVERIFY(serverIndexHas(folder, QStringLiteral("a.txt")));
        QVERIFY(serverIndexHas(folder, QStringLiteral("sub/b.txt")));
        // Syncthing does not make the folder again by itself (the user decides where it is).
        QVERIFY(!QFileInfo::exists(clientDir(folder)));
    }

    // The disk fills up: a file that does not fit is not written (no partial file under its
    // name), the reason is shown in words, what was there stays, and once there is room the
    // file arrives whole.
    void fullDiskWhileSyncing() {
        if (!g_noMounts.isEmpty())
            QSKIP(qPrintable(g_noMounts));
        const QString folder = QStringLiteral("full");
        QVERIFY(QDir().mkpath(clientDir(folder)));
        QVERIFY(mountTmpfs(clientDir(folder), "size=1m,mode=0755"));
        QVERIFY(share(folder));
        QVERIFY(writeFile(serverDir(folder) + QStringLiteral("/petit.txt"), "small\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(clientDir(folder) + QStringLiteral("/petit.txt")),
                                  QByteArray("small\n"), 15000);

        QByteArray big(3 * 1024 * 1024, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * 7 + i / 4096); // not all one block
        QVERIFY(writeFile(serverDir(folder) + QStringLiteral("/gran.pdf"), big));

        SyncState *state = m_pair.client.state();
        QTRY_VERIFY_WITH_TIMEOUT(!state->folderErrors().isEmpty(), 30000);
        const QString shown = errorsText(state->folderErrors());
        QVERIFY2(shown.contains(QStringLiteral("gran.pdf")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("There is not enough free space on the disk.")) ||
                     shown.contains(QStringLiteral("The disk is full.")),
                 qPrintable(shown));
        QVERIFY(!QFileInfo::exists(clientDir(folder) + QStringLiteral("/gran.pdf")));
        QCOMPARE(readFile(clientDir(folder) + QStringLiteral("/petit.txt")), QByteArray("small\n"));
        QCOMPARE(readFile(serverDir(folder) + QStringLiteral("/gran.pdf")), big);
        QVERIFY(serverIndexHas(folder, QStringLiteral("gran.pdf")));

        // Room again: the whole file arrives.
        QVERIFY(mountTmpfs(clientDir(folder), "size=16m", true));
        QVERIFY(restartFolder(folder));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(clientDir(folder) + QStringLiteral("/gran.pdf")), big,
                                  30000);
        QTRY_VERIFY_WITH_TIMEOUT(state->folderErrors().isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 20000);
    }
};

int main(int argc, char **argv) {
    enterPrivateMountNamespace(); // before QCoreApplication starts any thread
    QCoreApplication app(argc, argv);
    TestSyncthingFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_syncthing_faults.moc"
