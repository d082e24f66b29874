// Requests the app makes to Syncthing while everything is up to date: two real instances
// paired over loopback, the client idle for FIGESTIO_IDLE_SECONDS (default 30). Prints the
// figures and fails if anything but the one /rest/events long-poll was sent.
#include "SyncthingPeer.h"
#include "SyncthingTestAccess.h"
#include "TestFiles.h"
#include "syncthing/EventStream.h"
#include "syncthing/RestClient.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;

class BenchIdle : public QObject {
    Q_OBJECT
private slots:
    void idleHoldsOneLongPollOnly() {
        const int seconds = qEnvironmentVariableIsSet("FIGESTIO_IDLE_SECONDS")
                                ? qEnvironmentVariableIntValue("FIGESTIO_IDLE_SECONDS")
                                : 30;
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString serverDir = tmp.filePath(QStringLiteral("server-folder"));
        const QString clientDir = tmp.filePath(QStringLiteral("client-folder"));
        QDir().mkpath(serverDir);
        QDir().mkpath(clientDir);

        SyncthingPeer server(tmp.filePath(QStringLiteral("server-home")));
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        SyncthingService client(tmp.filePath(QStringLiteral("client-home")));
        QSignalSpy started(&client, &SyncthingService::started);
        client.start();
        QVERIFY(started.wait(30000));

        const QString folder = QStringLiteral("figestio-bench");
        QVERIFY(server.addDevice(client.deviceId(), QStringLiteral("client")));
        QVERIFY(server.addFolder(folder, serverDir, {client.deviceId()}));
        client.state()->setTracked(folder, server.deviceId());
        bool added = false;
        client.rest()->addOrUpdateDevice(
            DeviceConfig{server.deviceId(), QStringLiteral("server"), {server.listenAddress()}},
            this, [&](Result<Done> r) {
                QVERIFY(r.ok());
                FolderConfig f;
                f.id = folder;
                f.label = folder;
                f.path = clientDir;
                f.deviceIds = {server.deviceId()};
                client.rest()->addOrUpdateFolder(f, this,
                                                 [&](Result<Done> r2) { added = r2.ok(); });
            });
        QTRY_VERIFY_WITH_TIMEOUT(added, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(client.state()->overall(), SyncState::Overall::UpToDate, 20000);
        // A few files so the idle state is a real one.
        for (int i = 0; i < 5; ++i)
            QVERIFY(test::writeFile(QDir(serverDir).filePath(QStringLiteral("doc-%1.txt").arg(i)),
                                    QByteArray(4096, char('a' + i))));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile::exists(QDir(clientDir).filePath(QStringLiteral("doc-4.txt"))), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(client.state()->overall(), SyncState::Overall::UpToDate, 20000);
        // Let the trailing summaries and completions settle (Syncthing sends them ~2 s late).
        QTest::qWait(4000);
        QCOMPARE(client.state()->overall(), SyncState::Overall::UpToDate);

        RestClient *rest = client.rest();
        SyncthingTestAccess::resetRequestCount(*rest);
        QStringList eventTypes;
        connect(SyncthingTestAccess::events(client), &EventStream::eventsReceived, this,
                [&](const QList<SyncthingEvent> &events) {
                    for (const SyncthingEvent &e : events)
                        eventTypes << e.type;
                });
        QElapsedTimer clock;
        clock.start();
        int maxPending = 0;
        int minPending = 1 << 30;
        QDeadlineTimer deadline(seconds * 1000);
        while (!deadline.hasExpired()) {
            QTest::qWait(100);
            maxPending = std::max(maxPending, SyncthingTestAccess::pendingCount(*rest));
            minPending = std::min(minPending, SyncthingTestAccess::pendingCount(*rest));
        }
        const double minutes = clock.elapsed() / 60000.0;

        const int requests = SyncthingTestAccess::requestCount(*rest);
        qInfo().noquote() << QStringLiteral("idle %1 s: %2 request(s) (%3/min), pending %4..%5")
                                 .arg(seconds)
                                 .arg(requests)
                                 .arg(requests / minutes, 0, 'f', 2)
                                 .arg(minPending)
                                 .arg(maxPending);
        qInfo().noquote() << QStringLiteral("  events received while idle: %1")
                                 .arg(eventTypes.isEmpty() ? QStringLiteral("none")
                                                           : eventTypes.join(QLatin1String(", ")));
        const auto log = SyncthingTestAccess::requestLog(*rest);
        for (auto it = log.begin(); it != log.end(); ++it)
            qInfo().noquote() << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value());

        // Only the long-poll, renewed at most once per Syncthing timeout (60 s).
        for (auto it = log.begin(); it != log.end(); ++it)
            QCOMPARE(it.key(), QStringLiteral("/rest/events"));
        QVERIFY(requests <= 1 + seconds / 60);
        QCOMPARE(maxPending, 1);
        QCOMPARE(minPending, 1);
        QVERIFY(SyncthingTestAccess::eventsConnected(client));

        QSignalSpy stopped(&client, &SyncthingService::stopped);
        client.stop();
        QVERIFY(stopped.wait(15000));
        server.stop();
    }
};

QTEST_GUILESS_MAIN(BenchIdle)
#include "bench_syncthing_idle.moc"
