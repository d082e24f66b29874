// One instance per user (lock + local socket: a second one is refused, asks the first to show
// itself, --status gets the first one's JSON; a dead instance's leftovers are taken over) and
// start at login (the XDG autostart entry: Exec with --minimized, on after setup unless the
// person turned it off).
#include "Autostart.h"
#include "SingleInstance.h"
#include "UiTestAccess.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include <optional>
#include <thread>

using namespace figestio;

class TestAppInstance : public QObject {
    Q_OBJECT
private:
    // ask() blocks (it is meant for a separate process): run it off the main thread so the
    // instance in this process can answer.
    static std::optional<QByteArray> askFromElsewhere(const QByteArray &command) {
        std::optional<QByteArray> reply;
        bool done = false;
        std::thread t([&] {
            reply = SingleInstance::ask(command, 3000);
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        t.join();
        return reply;
    }

private slots:
    void init() { QSettings().clear(); }

    void secondInstanceIsRefusedAndTalksToTheFirst() {
        QVERIFY(!SingleInstance::ask("status", 300).has_value()); // none runs yet
        SingleInstance first;
        QVERIFY(first.acquire());
        QVERIFY(SingleInstanceTestAccess::isPrimary(first));
        first.setStatusProvider([] { return QByteArray(R"({"running":true})"); });
        QSignalSpy raise(&first, &SingleInstance::activationRequested);

        SingleInstance second;
        QVERIFY(!second.acquire());
        QVERIFY(!SingleInstanceTestAccess::isPrimary(second));

        QCOMPARE(askFromElsewhere("raise").value_or(QByteArray()), QByteArray("ok"));
        QTRY_COMPARE(raise.count(), 1);
        QCOMPARE(askFromElsewhere("status").value_or(QByteArray()),
                 QByteArray(R"({"running":true})"));
        QCOMPARE(askFromElsewhere("nonsense").value_or(QByteArray()),
                 QByteArray("unknown command"));
    }

    void theLockIsFreedWithTheInstance() {
        {
            SingleInstance first;
            QVERIFY(first.acquire());
        }
        SingleInstance again;
        QVERIFY(again.acquire());
        QVERIFY(QFileInfo::exists(SingleInstance::serverName()));
    }

    void leftoversOfADeadInstanceAreTakenOver() {
        // A socket file with nobody behind it and a lock naming a process that is gone.
        QFile socket(SingleInstance::serverName());
        QVERIFY(socket.open(QIODevice::WriteOnly));
        socket.close();
        QFile lock(SingleInstance::lockPath());
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/999999")));
        lock.write("999999\nfigestio-sync\n" + QSysInfo::machineHostName().toUtf8() + '\n' +
                   QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
        lock.close();
        SingleInstance instance;
        QVERIFY(instance.acquire());
        instance.setStatusProvider([] { return QByteArray("{}"); });
        QCOMPARE(askFromElsewhere("status").value_or(QByteArray()), QByteArray("{}"));
    }

    void quitCommandReachesTheInstance() {
        SingleInstance first;
        QVERIFY(first.acquire());
        QSignalSpy quit(&first, &SingleInstance::quitRequested);
        QCOMPARE(askFromElsewhere("quit").value_or(QByteArray()), QByteArray("ok"));
        QTRY_COMPARE(quit.count(), 1);
        QVERIFY(!SingleInstance::waitUntilGone(200)); // it still runs: the lock is held
    }

    void waitUntilGoneOnceTheInstanceHasExited() {
        {
            SingleInstance first;
            QVERIFY(first.acquire());
        }
        QVERIFY(SingleInstance::waitUntilGone(1000));
        SingleInstance again; // waiting took nothing away
        QVERIFY(again.acquire());
    }

    void autostartEntryStartsMinimized() {
        Autostart autostart;
        QVERIFY(!autostart.isEnabled());
        QSignalSpy changed(&autostart, &Autostart::changed);
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(autostart.isEnabled());
        QCOMPARE(changed.count(), 1);
        QVERIFY(Autostart::entryPath().endsWith(QLatin1String("/autostart/figestio-sync.desktop")));
        QFile f(Autostart::entryPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString entry = QString::fromUtf8(f.readAll());
        QVERIFY(entry.startsWith(QLatin1String("[Desktop Entry]\n")));
        QVERIFY(entry.contains(QLatin1String("\nType=Application\n")));
        QVERIFY(entry.contains(QLatin1String("\nExec=") + QCoreApplication::applicationFilePath() +
                               QLatin1String(" --minimized\n")));
        // TryExec: once the app is uninstalled, the session skips the entry instead of failing.
        QVERIFY(entry.contains(QLatin1String("\nTryExec=") +
                               QCoreApplication::applicationFilePath() + QLatin1Char('\n')));
        QVERIFY(entry.contains(QLatin1String("\nIcon=com.figestio.sync\n")));
        QVERIFY(autostart.setEnabled(false));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(!QFileInfo::exists(Autostart::entryPath()));
    }

    void onAfterSetupUnlessTurnedOff() {
        Autostart autostart;
        autostart.enableAfterSetup();
        QVERIFY(autostart.isEnabled());
        autostart.setEnabled(false);  // the person's choice
        autostart.enableAfterSetup(); // a later setup does not override it
        QVERIFY(!autostart.isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestAppInstance)
#include "tst_app_instance.moc"
