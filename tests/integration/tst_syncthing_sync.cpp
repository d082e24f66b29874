// Two real Syncthings over loopback: the app's SyncthingService (client) and a SyncthingPeer
// playing the Figestió server. Files travel both ways; SyncState follows by events; pause and
// resume act on the server device and show within a second.
#include "Await.h"
#include "SyncthingPair.h"
#include "SyncthingTestAccess.h"
#include "TestFiles.h"
#include "syncthing/EventStream.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace figestio;
using figestio::test::readFile;
using figestio::test::wait;
using figestio::test::writeFile;
using Overall = SyncState::Overall;

namespace {
const QString kFolder = QStringLiteral("figestio-ag_1");

} // namespace

class TestSync : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<SyncthingPair> m_pair;
    SyncthingPeer *m_server = nullptr;
    SyncthingService *m_client = nullptr;
    QString m_serverDir;
    QString m_clientDir;

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_serverDir = m_tmp.filePath(QStringLiteral("server-folder"));
        m_clientDir = m_tmp.filePath(QStringLiteral("client-folder"));
        QVERIFY(QDir().mkpath(m_serverDir));
        QVERIFY(QDir().mkpath(m_clientDir));

        m_pair = std::make_unique<SyncthingPair>(m_tmp.path());
        QString error;
        QVERIFY2(m_pair->start(&error), qPrintable(error));
        m_server = &m_pair->server;
        m_client = &m_pair->client;
    }
    void cleanupTestCase() { m_pair.reset(); }

    void pairsAndComesUpToDate() {
        SyncState *state = m_client->state();
        RestClient *rest = m_client->rest();
        // Order matters (STACK.md): the server knows the client before the client dials.
        QVERIFY2(m_server->addDevice(m_client->deviceId(), QStringLiteral("client")),
                 qPrintable(m_server->lastError()));
        QVERIFY2(m_server->addFolder(kFolder, m_serverDir, {m_client->deviceId()}),
                 qPrintable(m_server->lastError()));

        state->setTracked(kFolder, m_server->deviceId());
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::NotConfigured, 5000);

        DeviceConfig device{
            m_server->deviceId(), QStringLiteral("Figestió"), {m_server->listenAddress()}};
        QVERIFY(
            wait<Done>([&](QObject *c, auto cb) { rest->addOrUpdateDevice(device, c, cb); }).ok());
        FolderConfig folder;
        folder.id = kFolder;
        folder.label = QStringLiteral("Gestoria Puig");
        folder.path = m_clientDir;
        folder.deviceIds = {m_server->deviceId()};
        QVERIFY(
            wait<Done>([&](QObject *c, auto cb) { rest->addOrUpdateFolder(folder, c, cb); }).ok());

        QTRY_VERIFY_WITH_TIMEOUT(state->serverConnected(), 15000);
        QVERIFY(state->serverAddress().contains(QLatin1String("127.0.0.1")));
        QVERIFY(state->serverConnectedSince().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 15000);
        QCOMPARE(state->folderLabel(), QStringLiteral("Gestoria Puig"));
        QCOMPARE(state->folderPath(), m_clientDir);

        const auto folders =
            wait<QList<FolderConfig>>([&](QObject *c, auto cb) { rest->folders(c, cb); });
        QVERIFY(folders.ok());
        QCOMPARE(folders.value().size(), 1);
        QCOMPARE(folders.value().first().fsWatcherDelayS, 1);
        QVERIFY(folders.value().first().fsWatcherEnabled);
    }

    void fileFromServerArrivesSyncingThenUpToDate() {
        SyncState *state = m_client->state();
        QSignalSpy overall(state, &SyncState::overallChanged);
        const QByteArray data(256 * 1024, 'x');
        QElapsedTimer clock;
        clock.start();
        QVERIFY(writeFile(QDir(m_serverDir).filePath(QStringLiteral("factura-001.pdf")), data));
        const QString arrived = QDir(m_clientDir).filePath(QStringLiteral("factura-001.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(arrived) == data, 15000);
        qInfo() << "server → client in" << clock.elapsed() << "ms";
        // The file can be on disk before its events are: wait for them, then for the end.
        QTRY_VERIFY_WITH_TIMEOUT(!state->recentFiles().isEmpty() &&
                                     state->recentFiles().first().path ==
                                         QLatin1String("factura-001.pdf"),
                                 10000);
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 10000);

        QList<Overall> seen;
        for (const auto &args : overall)
            seen << args.first().value<Overall>();
        QVERIFY2(seen.contains(Overall::Syncing), qPrintable(QDebug::toString(seen)));
        QVERIFY(seen.indexOf(Overall::Syncing) < seen.lastIndexOf(Overall::UpToDate));
        QCOMPARE(state->recentFiles().first().path, QStringLiteral("factura-001.pdf"));
        QVERIFY(state->recentFiles().first().action == RecentFile::Action::Downloaded);
        QVERIFY(state->lastSyncTime().isValid());
        QCOMPARE(state->completion(), 100.0);
    }

    void fileFromClientArrivesOnServer() {
        SyncState *state = m_client->state();
        const QByteArray data("model 303, 2026\n");
        QElapsedTimer clock;
        clock.start();
        QVERIFY(writeFile(QDir(m_clientDir).filePath(QStringLiteral("model303.txt")), data));
        QTRY_VERIFY_WITH_TIMEOUT(
            readFile(QDir(m_serverDir).filePath(QStringLiteral("model303.txt"))) == data, 15000);
        qInfo() << "client → server in" << clock.elapsed() << "ms";
        QTRY_VERIFY(!state->recentFiles().isEmpty() &&
                    state->recentFiles().first().path == QLatin1String("model303.txt"));
        QVERIFY(state->recentFiles().first().action == RecentFile::Action::Sent);
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 10000);
    }

    void conflictIsReported() {
        // Both sides change the same file while the connection is paused → a conflict copy.
        SyncState *state = m_client->state();
        QSignalSpy conflict(state, &SyncState::conflictDetected);
        QVERIFY(wait<Done>([&](QObject *c, auto cb) { m_client->pauseServer(c, cb); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!state->serverConnected(), 5000);
        QVERIFY(
            writeFile(QDir(m_serverDir).filePath(QStringLiteral("shared.txt")), "server side\n"));
        QVERIFY(writeFile(QDir(m_clientDir).filePath(QStringLiteral("shared.txt")),
                          "client side, longer\n"));
        // Both sides have scanned their version (watcher delay 1 s) before they meet again: the
        // client says so in its events, the server by having the file in its index.
        QTRY_VERIFY_WITH_TIMEOUT(!state->recentFiles().isEmpty() &&
                                     state->recentFiles().first().path ==
                                         QLatin1String("shared.txt"),
                                 10000);
        const auto serverScanned = [this] {
            int status = 0;
            m_server->request(
                "GET", QStringLiteral("/rest/db/file?folder=%1&file=shared.txt").arg(kFolder), {},
                &status);
            return status == 200;
        };
        QTRY_VERIFY_WITH_TIMEOUT(serverScanned(), 10000);
        QVERIFY(wait<Done>([&](QObject *c, auto cb) { m_client->resumeServer(c, cb); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!conflict.isEmpty(), 20000);
        QVERIFY(conflict.first().first().toString().contains(QLatin1String(".sync-conflict-")));
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 15000);
    }

    void pauseAndResumeShowWithinASecond() {
        SyncState *state = m_client->state();
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 10000);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(wait<Done>([&](QObject *c, auto cb) { m_client->pauseServer(c, cb); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::Paused, 1000);
        qInfo() << "paused shown after" << clock.elapsed() << "ms";
        QVERIFY(state->serverPaused());
        QVERIFY(!state->serverConnected());

        // The server device alone is paused: our own folder is not.
        const auto conns = wait<QList<ConnectionInfo>>(
            [&](QObject *c, auto cb) { m_client->rest()->connections(c, cb); });
        QVERIFY(conns.ok());

        clock.restart();
        QVERIFY(wait<Done>([&](QObject *c, auto cb) { m_client->resumeServer(c, cb); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!state->serverPaused(), 1000);
        qInfo() << "resumed shown after" << clock.elapsed() << "ms";
        QTRY_VERIFY_WITH_TIMEOUT(state->serverConnected(), 5000);
        qInfo() << "reconnected after" << clock.elapsed() << "ms";
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 5000);
    }

    void folderPauseShowsPaused() {
        SyncState *state = m_client->state();
        RestClient *rest = m_client->rest();
        QVERIFY(wait<Done>([&](QObject *c, auto cb) {
                    rest->setFolderPaused(kFolder, true, c, cb);
                }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::Paused, 1000);
        QCOMPARE(state->folderActivity(), SyncState::FolderActivity::Paused);
        QVERIFY(wait<Done>([&](QObject *c, auto cb) {
                    rest->setFolderPaused(kFolder, false, c, cb);
                }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 10000);
    }

    void recoversAfterClientSyncthingCrash() {
        // Syncthing dies: the sidecar restarts it, the event stream notices the new IDs, and
        // one snapshot puts SyncState right again.
        SyncState *state = m_client->state();
        const QList<qint64> pids = m_client->sidecar()->groupPids();
        QCOMPARE(pids, QList<qint64>{m_client->sidecar()->pid()}); // one process, no monitor
        QSignalSpy overall(state, &SyncState::overallChanged);
        QSignalSpy restarted(SyncthingTestAccess::events(*m_client), &EventStream::synced);
        QCOMPARE(::kill(static_cast<pid_t>(pids.first()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!overall.isEmpty(), 5000);
        QCOMPARE(overall.first().first().value<Overall>(), Overall::Starting);
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::UpToDate, 20000);
        QVERIFY(state->serverConnected());
        QVERIFY(!restarted.isEmpty());
        // Events flow again: a new file shows up as synced.
        QVERIFY(
            writeFile(QDir(m_serverDir).filePath(QStringLiteral("after-restart.txt")), "again\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !state->recentFiles().isEmpty() &&
                state->recentFiles().first().path == QLatin1String("after-restart.txt") &&
                state->recentFiles().first().action == RecentFile::Action::Downloaded,
            15000);
    }

    void serverGoneIsServerOffline() {
        SyncState *state = m_client->state();
        m_server->stop();
        QTRY_COMPARE_WITH_TIMEOUT(state->overall(), Overall::ServerOffline, 10000);
        QVERIFY(!state->serverConnected());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_syncthing_sync.moc"
