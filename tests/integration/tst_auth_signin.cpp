// Sign-in against the devstack's real OpenID Provider, with the headless sign-in helper as the
// browser (SigninBrowser) and the real gnome-keyring (KEYRING).
#include "AuthTestAccess.h"
#include "AuthTestUtil.h"
#include "DevstackControl.h"
#include "SignInPorts.h"
#include "SignedInSession.h"
#include "SigninBrowser.h"

#include "auth/LoopbackReceiver.h"
#include "auth/OidcClient.h"
#include "auth/OidcDiscovery.h"
#include "auth/RefreshScheduler.h"
#include "common/Logging.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <vector>

using namespace figestio;
using namespace authtest;

class TestSignIn : public QObject {
    Q_OBJECT

    DevstackControl devstack;

    // What a new run of the app has: its own Session over the real keychain.
    struct NewRun {
        QNetworkAccessManager nam;
        KeychainTokenStore store;
        Session session{BackendConfig::fromBuild(), &store, &nam};
        // Session::restore(), awaited.
        bool restore() {
            QSignalSpy finished(&session, &Session::restoreFinished);
            session.restore();
            return finished.wait(10000);
        }
    };

    // Signs out whatever a previous test left, so each starts from an empty keychain.
    void clearKeychain() {
        NewRun run;
        QSignalSpy done(&run.session, &Session::signOutFinished);
        run.session.signOut();
        QVERIFY(done.wait(10000));
    }

private slots:
    void initTestCase() {
        QVERIFY2(devstack.available(), "needs the devstack (DEVSTACK)");
        QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_auth_signin"));
    }

    void init() {
        QVERIFY2(devstack.reset(), qPrintable(devstack.lastError()));
        clearKeychain();
    }

    void fullSignInStoresTokensInTheKeychain() {
        QVERIFY(!keychainHasSession());
        SignedInSession s;
        QSignalSpy opened(&s.session, &Session::browserOpened);
        QSignalSpy states(&s.session, &Session::stateChanged);
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        QVERIFY(s.browser.waitForFinished(10000)); // it may exit after the session moved on
        QCOMPARE(s.browser.lastExitCode(), 0);     // the callback page answered 200

        // Finding 10: the browser is given a one-time loopback start page, no secrets in it
        // (it is on xdg-open's command line), which redirected it to the authorize URL.
        QCOMPARE(opened.count(), 1);
        const QUrl start = opened.first().first().toUrl();
        QVERIFY2(start.toString().startsWith(QStringLiteral("http://127.0.0.1:51789/start/")) &&
                     !start.hasQuery() && start.path().size() >= 7 + 43,
                 qPrintable(start.toString()));
        QCOMPARE(s.browser.startUrl(), start);
        // The authorize URL: endpoints from discovery, PKCE, state, nonce, our redirect.
        const QUrl url = s.browser.lastUrl();
        QCOMPARE(url.toString(QUrl::RemoveQuery), devstack.issuerUrl().toString() + "/oidc/auth");
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:51789/callback"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 22);
        QVERIFY(q.queryItemValue(QStringLiteral("nonce")).size() >= 22);

        QCOMPARE(states.first().first().value<Session::State>(), Session::State::SigningIn);
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QCOMPARE(s.session.user().name, QStringLiteral("Alice Puig"));
        QCOMPARE(s.session.user().email, QStringLiteral("alice@example.test"));
        QCOMPARE(s.session.user().username, QStringLiteral("alice"));
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_1")); // the sole agency, silently
        QCOMPARE(s.session.agency()->name, QStringLiteral("Gestoria Puig"));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(s.session.accessTokenExpiry());
        QVERIFY2(left > 500 && left <= 600, qPrintable(QString::number(left)));
        QVERIFY(keychainHasSession());

        // The loopback port is closed after the callback.
        QCOMPARE(exchange(51789, "GET /callback HTTP/1.1\r\n\r\n"), QByteArray("CONNECT FAILED"));

        // A new run restores the session from the keychain (read once), no browser.
        NewRun restored;
        QVERIFY(restored.restore());
        QCOMPARE(restored.session.state(), Session::State::SignedIn);
        QCOMPARE(restored.session.user().name, QStringLiteral("Alice Puig"));
        QCOMPARE(restored.session.agency()->id, QStringLiteral("ag_1"));
        QCOMPARE(s.browser.opened(), 1);
    }

    void fallbackPortWhen51789IsBusy() {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 51789));
        const quint16 expected = test::firstFreeFallbackPort();
        QVERIFY(expected >= 51790);
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const QUrlQuery q(s.browser.lastUrl());
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(expected));
    }

    void allPortsBusyIsAClearError() {
        std::vector<std::unique_ptr<QTcpServer>> busy;
        QVERIFY(test::holdAllSignInPorts(busy));
        SignedInSession s;
        QVERIFY(!s.signIn(QStringLiteral("alice"), {}, 10000));
        QVERIFY2(s.error.contains(QStringLiteral("51789")) &&
                     s.error.contains(QStringLiteral("51799")),
                 qPrintable(s.error));
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QCOMPARE(s.browser.opened(), 0);
        QVERIFY(!keychainHasSession());
    }

    // Junk on the loopback port does not break a sign-in in progress.
    void junkDoesNotBreakTheSignIn() {
        SignedInSession s;
        s.browser.setMode(SigninBrowser::Mode::CaptureOnly);
        QSignalSpy opened(&s.browser, &SigninBrowser::urlOpened);
        s.session.signIn();
        QVERIFY(opened.count() > 0 || opened.wait(10000));
        const QUrl authorize = s.browser.lastUrl();
        const quint16 port = QUrl(QUrlQuery(authorize).queryItemValue(
                                      QStringLiteral("redirect_uri"), QUrl::FullyDecoded))
                                 .port();
        QCOMPARE(port, quint16(51789));
        const QByteArray state =
            QUrlQuery(authorize).queryItemValue(QStringLiteral("state")).toLatin1();

        // A slow drip and a crowd of idle connections, left open meanwhile.
        QTcpSocket drip;
        drip.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(drip.state(), QAbstractSocket::ConnectedState);
        drip.write("GET /callback?code=x");
        std::vector<std::unique_ptr<QTcpSocket>> crowd;
        for (int i = 0; i < 50; ++i) {
            crowd.push_back(std::make_unique<QTcpSocket>());
            crowd.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        QTRY_VERIFY(std::all_of(crowd.begin(), crowd.end(), [](const auto &c) {
            return c->state() == QAbstractSocket::ConnectedState;
        }));

        const QByteArray garbage = exchange(port, "\x01\x02garbage\xff\r\n\r\n");
        QVERIFY2(statusOf(garbage) == 400, garbage.toHex().left(200).constData());
        const QByteArray huge =
            "GET /callback?state=" + QByteArray(1024 * 1024, 'A') + " HTTP/1.1\r\n\r\n";
        const QByteArray hugeAnswer = exchange(port, huge);
        QVERIFY(statusOf(hugeAnswer) == 431 || hugeAnswer.isEmpty());
        QCOMPARE(statusOf(exchange(port, "GET /callbackEVIL?code=x&state=" + state +
                                             " HTTP/1.1\r\n\r\n")),
                 404);
        QCOMPARE(statusOf(exchange(port, "POST /callback?code=x&state=" + state +
                                             " HTTP/1.1\r\nContent-Length: 0\r\n\r\n")),
                 405);
        QCOMPARE(statusOf(exchange(port, "GET /callback?code=x&state=wrong HTTP/1.1\r\n\r\n")),
                 400);
        QCOMPARE(s.session.state(), Session::State::SigningIn);

        // Now the real browser completes the sign-in.
        s.browser.runSignin(authorize);
        QTRY_VERIFY_WITH_TIMEOUT(s.session.state() == Session::State::SignedIn, 20000);
        QVERIFY(s.browser.waitForFinished(10000)); // it may exit after the session moved on
        QCOMPARE(s.browser.lastExitCode(), 0);
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_1"));
    }

    // Every attempt has its own state, nonce and PKCE pair.
    void freshSecretsPerAttempt() {
        SignedInSession s;
        s.browser.setMode(SigninBrowser::Mode::CaptureOnly);
        QSignalSpy opened(&s.browser, &SigninBrowser::urlOpened);
        QList<QUrlQuery> attempts;
        const QString discovery = QStringLiteral("/.well-known/openid-configuration");
        OidcDiscoveryTestAccess::clearCache(); // as in a new process
        const int discoveryBefore = devstack.calls(discovery);
        for (int i = 0; i < 2; ++i) {
            s.session.signIn();
            QTRY_COMPARE(opened.count(), i + 1);
            attempts << QUrlQuery(s.browser.lastUrl());
            s.session.cancelSignIn();
        }
        for (const char *name : {"state", "nonce", "code_challenge"})
            QVERIFY(attempts.at(0).queryItemValue(QString::fromLatin1(name)) !=
                    attempts.at(1).queryItemValue(QString::fromLatin1(name)));
        // The state of the cancelled attempt opens nothing: the port is closed.
        QCOMPARE(exchange(51789, "GET /callback HTTP/1.1\r\n\r\n"), QByteArray("CONNECT FAILED"));
        // Discovery is fetched once per process, not per attempt.
        QCOMPARE(devstack.calls(discovery) - discoveryBefore, 1);
    }

    // A failed token exchange (Qt 6.4's own flow emits nothing for it) ends the attempt in words.
    void failedTokenExchangeIsShown() {
        SignedInSession s;
        s.browser.setMode(SigninBrowser::Mode::CaptureOnly);
        QSignalSpy opened(&s.browser, &SigninBrowser::urlOpened);
        QSignalSpy failed(&s.session, &Session::signInFailed);
        s.session.signIn();
        QTRY_COMPARE(opened.count(), 1);
        const QByteArray state = QUrlQuery(s.browser.lastUrl()).queryItemValue("state").toLatin1();
        const QByteArray answer = exchange(
            51789, "GET /callback?code=not-a-real-code&state=" + state + " HTTP/1.1\r\n\r\n");
        QCOMPARE(statusOf(answer), 200);
        QVERIFY(failed.count() > 0 || failed.wait(10000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("Completing the sign-in")), qPrintable(message));
        QCOMPARE(s.session.lastError().httpStatus, 400);
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QCOMPARE(devstack.statusCount(QStringLiteral("/oidc/token"), 400), 1);
        QVERIFY(!keychainHasSession());
    }

    void providerDeniesIsShown() {
        SignedInSession s;
        s.browser.setMode(SigninBrowser::Mode::Deny);
        QVERIFY(!s.signIn(QStringLiteral("alice")));
        QVERIFY2(s.error.contains(QStringLiteral("cancelled or refused")), qPrintable(s.error));
        QCOMPARE(s.session.lastError().kind, Error::Kind::Cancelled);
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QVERIFY(!keychainHasSession());
    }

    // Finding 10: the start page redirects once; a second fetch (someone else with the link)
    // ends the attempt, and its state then opens nothing.
    void startPageServesOnce() {
        SignedInSession s;
        QVERIFY(s.startCaptured());
        QSignalSpy failed(&s.session, &Session::signInFailed);
        const QByteArray path = s.browser.startUrl().path(QUrl::FullyEncoded).toLatin1();
        QVERIFY(path.startsWith("/start/"));
        const QByteArray state = QUrlQuery(s.browser.lastUrl()).queryItemValue("state").toLatin1();
        QCOMPARE(statusOf(exchange(51789, "GET /start/wrong HTTP/1.1\r\n\r\n")), 404);
        QCOMPARE(statusOf(exchange(51789, "GET " + path + " HTTP/1.1\r\n\r\n")), 400);
        QVERIFY(failed.count() > 0 || failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("opened twice")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QTRY_COMPARE(exchange(51789, "GET /callback?code=x&state=" + state + " HTTP/1.1\r\n\r\n"),
                     QByteArray("CONNECT FAILED"));
    }

    // Fault matrix: the identity provider is down when the person signs in. Nothing opens, the
    // reason is in words, nothing is stored.
    void identityProviderDownAtSignIn() {
        const QByteArray saved = qgetenv("FIGESTIO_OIDC_ISSUER_URL");
        QTcpServer closed; // a port that was free a moment ago: nobody listens there now
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        qputenv("FIGESTIO_OIDC_ISSUER_URL",
                QStringLiteral("http://127.0.0.1:%1").arg(port).toUtf8());
        SignedInSession s;
        qputenv("FIGESTIO_OIDC_ISSUER_URL", saved);
        QVERIFY(!s.signIn(QStringLiteral("alice"), {}, 20000));
        QVERIFY2(s.error.contains(QStringLiteral("could not be reached")), qPrintable(s.error));
        QCOMPARE(s.session.lastError().kind, Error::Kind::Network);
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QCOMPARE(s.browser.opened(), 0);
        QVERIFY(!keychainHasSession());
    }

    void cancelSignIn() {
        SignedInSession s;
        QVERIFY(s.startCaptured());
        QSignalSpy failed(&s.session, &Session::signInFailed);
        s.session.cancelSignIn();
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(s.session.lastError().kind, Error::Kind::Cancelled);
        // The port is closed: a late browser finds nobody.
        QTRY_COMPARE(exchange(51789, "GET / HTTP/1.1\r\n\r\n"), QByteArray("CONNECT FAILED"));
    }

    void signInTimesOut() {
        SignedInSession s;
        SessionTestAccess::setSignInTimeout(s.session, 1500);
        s.browser.setMode(SigninBrowser::Mode::WrongPassword); // never reaches the callback
        QVERIFY(!s.signIn(QStringLiteral("alice"), {}, 10000));
        QVERIFY2(s.error.contains(QStringLiteral("took too long")), qPrintable(s.error));
        QVERIFY(s.browser.waitForFinished(10000)); // it may exit after the session moved on
        QCOMPARE(s.browser.lastExitCode(), 3);
    }

    void shortLivedTokenIsRefreshedBeforeExpiry() {
        QVERIFY(devstack.setAccessTokenTtl(5));
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(s.session.accessTokenExpiry()) <= 5);
        const int refreshesAtStart = devstack.calls(QStringLiteral("/auth/refresh"));
        // Keep using the API across three lifetimes, counting the refreshes the session took in
        // (each brings a new expiry).
        QDateTime expiry = s.session.accessTokenExpiry();
        int refreshed = 0;
        QElapsedTimer t;
        t.start();
        int calls = 0;
        while (t.elapsed() < 11000) {
            std::optional<Result<QList<Agency>>> r;
            s.api.agencies(this, [&r](Result<QList<Agency>> a) { r = a; });
            QTRY_VERIFY_WITH_TIMEOUT(r, 10000);
            QVERIFY2(r->ok(), why(*r).constData());
            ++calls;
            if (s.session.accessTokenExpiry() != expiry) {
                expiry = s.session.accessTokenExpiry();
                ++refreshed;
            }
            QTest::qWait(500);
        }
        QVERIFY2(refreshed >= 2, qPrintable(QString::number(refreshed)));
        const QJsonObject stats = devstack.stats();
        QCOMPARE(
            stats.value(QStringLiteral("unauthorized")).toObject().value("/api/agencies").toInt(),
            0);
        QCOMPARE(stats.value(QStringLiteral("calls")).toObject().value("/api/agencies").toInt(),
                 calls + 1); // + the listing during sign-in
        QVERIFY(devstack.calls(QStringLiteral("/auth/refresh")) - refreshesAtStart >= 2);
        QCOMPARE(devstack.unauthorized(QStringLiteral("/auth/refresh")), 0);
        // The rotated refresh token is the one in the keychain: a fresh run can still refresh.
        // One more refresh, awaited: after it nothing is in flight and the keychain is written.
        std::optional<Result<Done>> last;
        s.session.refreshNow(this, [&last](Result<Done> r) { last = r; });
        QTRY_VERIFY_WITH_TIMEOUT(last, 10000);
        QVERIFY(last->ok());
        SessionTestAccess::refreshScheduler(s.session)->stop();
        NewRun restored;
        QVERIFY(restored.restore());
        QCOMPARE(restored.session.state(), Session::State::SignedIn);
        const Result<Done> again = refreshAndWait(restored.session);
        QVERIFY2(again.ok(), why(again).constData());
    }

    void concurrentCallersShareOneRefresh() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const int before = devstack.calls(QStringLiteral("/auth/refresh"));
        int done = 0;
        for (int i = 0; i < 5; ++i)
            s.session.refreshNow(this, [&done](Result<Done> r) { done += r.ok() ? 1 : 100; });
        QTRY_COMPARE(done, 5);
        QCOMPARE(devstack.calls(QStringLiteral("/auth/refresh")) - before, 1);
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        // A second refresh with the rotated token works (no reuse of the old one).
        done = 0;
        s.session.refreshNow(this, [&done](Result<Done> r) { done += r.ok() ? 1 : 100; });
        QTRY_COMPARE(done, 1);
        QCOMPARE(devstack.unauthorized(QStringLiteral("/auth/refresh")), 0);
    }

    void revokedRefreshTokenEndsTheSession() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        QVERIFY(keychainHasSession());
        QVERIFY(devstack.revoke(QStringLiteral("alice")));
        QSignalSpy expired(&s.session, &Session::sessionExpired);
        std::optional<Result<Done>> result;
        s.session.refreshNow(this, [&result](Result<Done> r) { result = r; });
        QVERIFY(expired.wait(10000));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Unauthorized);
        QCOMPARE(s.session.state(), Session::State::Expired);
        QVERIFY(!keychainHasSession());
        QVERIFY(!keychainItems().contains(QStringLiteral("attribute.server")));
        // Later callers are told to sign in again.
        std::optional<Result<QString>> token;
        s.session.withAccessToken(this, [&token](Result<QString> r) { token = r; });
        QVERIFY(token && !token->ok());
        QCOMPARE(token->error().kind, Error::Kind::Unauthorized);
    }

    // Finding 9 against the real provider: a second sign-in revokes the first session's grant
    // (RFC 7009) and keeps the new one, also when the browser kept its provider session, where
    // the provider hands the new sign-in the same grant (so the old token is revoked before the
    // authorization request; tests/devstack/test/oidc.test.mjs shows why not after).
    void secondSignInRevokesTheOldGrant_data() {
        QTest::addColumn<bool>("keptBrowserSession");
        QTest::newRow("fresh browser") << false;
        QTest::newRow("browser kept its provider session") << true;
    }

    void secondSignInRevokesTheOldGrant() {
        QFETCH(bool, keptBrowserSession);
        QTemporaryDir profile;
        SignedInSession s;
        if (keptBrowserSession)
            s.browser.setCookieJar(profile.filePath(QStringLiteral("cookies.json")));
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const QString first = storedRefreshToken();
        QVERIFY(!first.isEmpty());

        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const QString second = storedRefreshToken();
        QVERIFY(!second.isEmpty() && second != first);
        QCOMPARE(s.browser.opened(), 2);
        // The old refresh token no longer works...
        QCOMPARE(refreshStatus(devstack.issuerUrl(), first), 401);
        // ...and the new session does, in this run and in the next one (from the keychain).
        const Result<Done> refreshed = refreshAndWait(s.session);
        QVERIFY2(refreshed.ok(), why(refreshed).constData());
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        SessionTestAccess::refreshScheduler(s.session)->stop();
        NewRun next;
        QVERIFY(next.restore());
        const Result<Done> again = refreshAndWait(next.session);
        QVERIFY2(again.ok(), why(again).constData());
    }

    // Finding 9, the other way round: a new sign-in that fails after the old grant was revoked
    // ends signed out, with nothing left in the keychain (not a session whose next refresh would
    // be refused).
    void failedSecondSignInAfterTheRevocationEndsSignedOut() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const QString first = storedRefreshToken();
        s.browser.setMode(SigninBrowser::Mode::Deny);
        QSignalSpy failed(&s.session, &Session::signInFailed);
        s.session.signIn();
        QVERIFY(failed.wait(20000));
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QTRY_VERIFY_WITH_TIMEOUT(!keychainHasSession(), 10000);
        QCOMPARE(refreshStatus(devstack.issuerUrl(), first), 401);
    }

    // Finding 3 against the real rotating provider: a sign-in asked for while a refresh is in
    // flight waits for it, so the rotated refresh token is kept and the consumed one is never
    // replayed (which the provider would answer by revoking the whole grant). Cancelled before
    // it starts, the session goes on with the rotated token; completed, the refresh still lands
    // first and the new session works.
    void signInDuringARefreshKeepsTheRotatedToken_data() {
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("sign-in cancelled while it waits") << true;
        QTest::newRow("sign-in completed") << false;
    }

    void signInDuringARefreshKeepsTheRotatedToken() {
        QFETCH(bool, cancelled);
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const int refreshesBefore = devstack.calls(QStringLiteral("/auth/refresh"));
        QSignalSpy opened(&s.session, &Session::browserOpened);
        std::optional<Result<Done>> refreshed;
        int openedWhenRefreshed = -1;
        s.session.refreshNow(this, [&](Result<Done> r) {
            refreshed = r;
            openedWhenRefreshed = opened.count();
        });
        s.session.signIn(); // the refresh's request is on its way: nothing answered yet
        QCOMPARE(s.session.state(), Session::State::SigningIn);
        if (cancelled) {
            s.session.cancelSignIn();
        } else {
            QVERIFY(QTest::qWaitFor([&] { return s.session.state() == Session::State::SignedIn; },
                                    30000));
        }
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 10000);
        QVERIFY2(refreshed->ok(), why(*refreshed).constData());
        QCOMPARE(openedWhenRefreshed, 0); // the browser was opened only after the refresh
        QCOMPARE(opened.count(), cancelled ? 0 : 1);
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QVERIFY(devstack.calls(QStringLiteral("/auth/refresh")) - refreshesBefore >= 1);

        // The session's refresh token works: no consumed token replayed, no grant revoked.
        const Result<Done> next = refreshAndWait(s.session);
        QVERIFY2(next.ok(), why(next).constData());
        QCOMPARE(devstack.unauthorized(QStringLiteral("/auth/refresh")), 0);
        QCOMPARE(s.session.state(), Session::State::SignedIn);
    }

    void severalAgenciesAreListedAndTheChoiceRemembered() {
        SignedInSession s;
        s.browser.setUser(QStringLiteral("bob"));
        QSignalSpy choice(&s.session, &Session::agencyChoiceRequired);
        s.session.signIn();
        QVERIFY(choice.wait(20000));
        const auto agencies = choice.first().first().value<QList<Agency>>();
        QCOMPARE(agencies.size(), 2);
        QCOMPARE(agencies.at(0).id, QStringLiteral("ag_1"));
        QCOMPARE(agencies.at(1).id, QStringLiteral("ag_2"));
        QCOMPARE(agencies.at(1).name, QStringLiteral("Assessoria Vidal"));
        QCOMPARE(s.session.state(), Session::State::SigningIn);
        QVERIFY(!keychainHasSession());
        QSignalSpy agencyChanged(&s.session, &Session::agencyChanged);
        s.session.chooseAgency(QStringLiteral("ag_2"));
        s.session.chooseAgency(QStringLiteral("ag_2")); // a double click: one upgrade only
        QTRY_VERIFY_WITH_TIMEOUT(s.session.state() == Session::State::SignedIn, 10000);
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_2"));
        QCOMPARE(agencyChanged.count(), 1);
        QCOMPARE(Session::rememberedAgencyId(), QStringLiteral("ag_2"));
        QVERIFY(keychainHasSession());
        QCOMPARE(devstack.calls(QStringLiteral("/auth/refresh")), 1);
        QCOMPARE(devstack.unauthorized(QStringLiteral("/auth/refresh")), 0);
        // Switching while signed in.
        s.session.chooseAgency(QStringLiteral("ag_1"));
        QVERIFY(agencyChanged.wait(10000));
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_1"));
        QCOMPARE(Session::rememberedAgencyId(), QStringLiteral("ag_1"));
    }

    // Switching to an agency the user does not belong to: 403, said in words; the session and
    // its refresh token stay valid.
    void switchToForeignAgencyIsRefused() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        QSignalSpy failed(&s.session, &Session::signInFailed);
        s.session.chooseAgency(QStringLiteral("ag_2"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(s.session.lastError().kind, Error::Kind::Forbidden);
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_1"));
        const Result<Done> again = refreshAndWait(s.session);
        QVERIFY2(again.ok(), why(again).constData());
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_1"));
    }

    void oneAgencyChosenSilently() {
        SignedInSession s;
        QSignalSpy choice(&s.session, &Session::agencyChoiceRequired);
        QVERIFY2(s.signIn(QStringLiteral("dave")), qPrintable(s.error));
        QCOMPARE(choice.count(), 0);
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_2"));
    }

    void noAgencyIsAClearError() {
        SignedInSession s;
        QVERIFY(!s.signIn(QStringLiteral("carol")));
        QVERIFY2(s.error.contains(QStringLiteral("does not belong to any agency")),
                 qPrintable(s.error));
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QVERIFY(!keychainHasSession());
    }

    // No token, code, verifier or state in a debug-level log of a whole sign-in and refresh.
    void logHoldsNoSecrets() {
        QTemporaryDir logDir;
        QLoggingCategory::setFilterRules(QStringLiteral("figestio.*.debug=true"));
        QVERIFY(LogFile::install(logDir.path(), QStringLiteral("signin")));
        QString authorize;
        QString startPath;
        {
            SignedInSession s;
            const bool ok = s.signIn(QStringLiteral("alice"));
            authorize = s.browser.lastUrl().toString(QUrl::FullyEncoded);
            startPath = s.browser.startUrl().path().mid(7); // after "/start/"
            int refreshed = 0;
            if (ok)
                s.session.refreshNow(this, [&refreshed](Result<Done>) { ++refreshed; });
            QTRY_COMPARE(refreshed, ok ? 1 : 0);
            std::optional<Result<ServerIdentity>> id;
            s.api.serverIdentity(this, [&id](Result<ServerIdentity> r) { id = r; });
            QTRY_VERIFY(id);
            QVERIFY(ok);
        }
        const QString path = LogFile::currentPath();
        LogFile::uninstall();
        QLoggingCategory::setFilterRules(QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray log = f.readAll();
        QVERIFY(log.contains("figestio.auth"));
        // Neither the authorize URL nor the one-time start link is logged.
        QVERIFY(log.contains("loopback start page"));

        // The secrets of this sign-in.
        const QUrlQuery q{QUrl(authorize)};
        QStringList secrets{q.queryItemValue(QStringLiteral("state")),
                            q.queryItemValue(QStringLiteral("nonce")),
                            q.queryItemValue(QStringLiteral("code_challenge")), startPath};
        const QString items = keychainItems();
        const auto tokens =
            QRegularExpression(QStringLiteral("\"(access|refresh)_token\":\"([^\"]+)\""))
                .globalMatch(items);
        QVERIFY(items.contains(QStringLiteral("refresh_token")));
        auto it = tokens;
        while (it.hasNext())
            secrets << it.next().captured(2);
        QVERIFY(secrets.size() >= 5);
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 16);
            QVERIFY2(!log.contains(secret.toLatin1()), "a secret value is in the log");
        }
        QVERIFY(!log.contains("eyJ")); // no JWT of any kind
        QVERIFY(!log.contains("code=") ||
                !QRegularExpression(QStringLiteral("[?&]code=(?!<redacted>)"))
                     .match(QString::fromUtf8(log))
                     .hasMatch());
        QVERIFY(!log.contains("code_verifier="));
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_auth_signin.moc"
