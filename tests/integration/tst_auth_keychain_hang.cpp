// A keychain that does not answer (a Secret Service that owns its D-Bus name but never
// replies, like a locked keyring waiting on a prompt nobody sees): every job ends with an error
// in words after the timeout, and the app keeps running meanwhile (no freeze).
#include "AuthTestAccess.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"

#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace figestio;

namespace {
// Receives every call on the bus name and never answers.
class Silent : public QDBusVirtualObject {
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

// Owns org.freedesktop.secrets in its own thread, whose event loop is blocked: calls queue up
// and are never handled.
class Squatter : public QThread {
public:
    explicit Squatter(QString address)
        : m_address(std::move(address)) {}
    QSemaphore ready, release;
    bool owned = false;

protected:
    void run() override {
        {
            QDBusConnection bus =
                QDBusConnection::connectToBus(m_address, QStringLiteral("squatter"));
            Silent silent;
            owned =
                bus.registerService(QStringLiteral("org.freedesktop.secrets")) &&
                bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath);
            ready.release();
            release.acquire(); // blocked: nothing in this thread runs until the test ends
            bus.unregisterObject(QStringLiteral("/"));
        }
        QDBusConnection::disconnectFromBus(QStringLiteral("squatter"));
    }

private:
    QString m_address;
};
} // namespace

class TestKeychainHang : public QObject {
    Q_OBJECT
    QProcess m_bus;
    Squatter *m_squatter = nullptr;

private slots:
    void initTestCase() {
        // A private session bus of our own (no keyring on it).
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(5000));
        QTRY_VERIFY(m_bus.canReadLine());
        const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(address.startsWith(QStringLiteral("unix:")));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
        m_squatter = new Squatter(address);
        m_squatter->start();
        m_squatter->ready.acquire();
        QVERIFY(m_squatter->owned);
    }

    void cleanupTestCase() {
        if (m_squatter) {
            m_squatter->release.release();
            m_squatter->wait(5000);
            delete m_squatter;
        }
        m_bus.terminate();
        m_bus.waitForFinished(3000);
    }

    void jobsTimeOutInWordsWithoutFreezing() {
        KeychainTokenStore store;
        KeychainTokenStoreTestAccess::setJobTimeout(store, 1500);
        // The event loop keeps turning while the keychain is silent.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(100);

        QElapsedTimer t;
        t.start();
        std::optional<Result<Done>> written;
        store.write(QStringLiteral("session"), "x", this, [&written](auto r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QVERIFY(!written->ok());
        QCOMPARE(written->error().kind, Error::Kind::Keychain);
        QVERIFY2(written->error().message.contains(QStringLiteral("did not answer")),
                 qPrintable(written->error().message));
        QVERIFY2(t.elapsed() >= 1400 && t.elapsed() < 5000,
                 qPrintable(QString::number(t.elapsed())));
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));

        std::optional<Result<StoredEntry>> read;
        store.read(QStringLiteral("session"), this, [&read](auto r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        QVERIFY(!read->ok());
        QCOMPARE(read->error().kind, Error::Kind::Keychain);
    }

    void sessionRestoreReportsIt() {
        QNetworkAccessManager nam;
        KeychainTokenStore store;
        KeychainTokenStoreTestAccess::setJobTimeout(store, 1000);
        BackendConfig config;
        config.issuerUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
        config.clientId = QStringLiteral("figestio-sync");
        Session session(config, &store, &nam);
        QSignalSpy keychain(&session, &Session::keychainError);
        QSignalSpy finished(&session, &Session::restoreFinished);
        session.restore();
        QVERIFY(finished.wait(10000));
        QCOMPARE(keychain.count(), 1);
        QCOMPARE(session.state(), Session::State::SignedOut);
        QCOMPARE(session.lastError().kind, Error::Kind::Keychain);
    }
};

QTEST_GUILESS_MAIN(TestKeychainHang)
#include "tst_auth_keychain_hang.moc"
