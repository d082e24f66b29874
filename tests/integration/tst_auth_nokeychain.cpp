// Without a reachable keychain (no KEYRING: no D-Bus session at all): sign-in fails with a
// clear message, nothing falls back to a file.
#include "DevstackControl.h"
#include "SignedInSession.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace figestio;

class TestNoKeychain : public QObject {
    Q_OBJECT

    DevstackControl devstack;

    // Every file under HOME (the runner's throw-away home and XDG dirs).
    static QStringList filesWithSecrets() {
        QStringList found;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.read(4 * 1024 * 1024);
            if (content.contains("refresh_token") || content.contains("eyJ") ||
                content.contains("access_token"))
                found << path;
        }
        return found;
    }

private slots:
    void initTestCase() {
        QVERIFY2(devstack.available(), "needs the devstack (DEVSTACK)");
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "must run without KEYRING");
        QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_auth_nokeychain"));
    }

    void storeReportsAnErrorQuickly() {
        KeychainTokenStore store;
        std::optional<Result<StoredEntry>> read;
        QElapsedTimer t;
        t.start();
        store.read(QStringLiteral("session"), this, [&read](auto r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read, 15000);
        QVERIFY(!read->ok());
        QCOMPARE(read->error().kind, Error::Kind::Keychain);
        QVERIFY2(read->error().message.contains(QStringLiteral("keychain")),
                 qPrintable(read->error().message));
        QVERIFY(t.elapsed() < 12000);
        std::optional<Result<Done>> written;
        store.write(QStringLiteral("session"), "x", this, [&written](auto r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);
        QVERIFY(!written->ok());
        QCOMPARE(written->error().kind, Error::Kind::Keychain);
    }

    void restoreSaysSo() {
        SignedInSession s;
        QSignalSpy keychain(&s.session, &Session::keychainError);
        QSignalSpy finished(&s.session, &Session::restoreFinished);
        s.session.restore();
        QVERIFY(finished.wait(15000));
        QCOMPARE(keychain.count(), 1);
        QCOMPARE(s.session.state(), Session::State::SignedOut);
    }

    void signInFailsClearlyAndWritesNothing() {
        SignedInSession s;
        QSignalSpy keychain(&s.session, &Session::keychainError);
        QVERIFY(!s.signIn(QStringLiteral("alice")));
        QVERIFY(s.browser.waitForFinished(10000)); // it may exit after the session moved on
        QCOMPARE(s.browser.lastExitCode(), 0);     // the browser part went fine
        QVERIFY2(s.error.contains(QStringLiteral("keychain is not available")),
                 qPrintable(s.error));
        QCOMPARE(s.session.lastError().kind, Error::Kind::Keychain);
        QCOMPARE(keychain.count(), 1);
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        const QStringList leaks = filesWithSecrets();
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
        // Not even the agency choice was remembered: nothing happened.
        QVERIFY(Session::rememberedAgencyId().isEmpty());
    }
};

QTEST_MAIN(TestNoKeychain)
#include "tst_auth_nokeychain.moc"
