// Session logic with the in-memory TokenStore and a tiny scripted HTTP server on a free
// loopback port (pure logic: refresh scheduling, sharing, expiry, retries). The real provider,
// API and keychain are exercised in tests/integration/tst_auth_*.
#include "AuthTestAccess.h"
#include "MemoryTokenStore.h"
#include "ScriptedServer.h"
#include "api/FigestioApi.h"
#include "auth/OidcClient.h"
#include "auth/OidcDiscovery.h"
#include "auth/RefreshScheduler.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"
#include "common/Backoff.h"
#include "common/HttpCall.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <deque>

using namespace figestio;

namespace {

QByteArray storedSession(const QString &refresh, const QString &access, qint64 lifetimeMs,
                         qint64 ageMs = 0) {
    const qint64 issued = QDateTime::currentMSecsSinceEpoch() - ageMs;
    QJsonObject o{
        {QStringLiteral("version"), 1},
        {QStringLiteral("refresh_token"), refresh},
        {QStringLiteral("access_token"), access},
        {QStringLiteral("issued_at"), issued},
        {QStringLiteral("expires_at"), issued + lifetimeMs},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("sub"), QStringLiteral("alice")},
                     {QStringLiteral("name"), QStringLiteral("Alice Puig")},
                     {QStringLiteral("email"), QStringLiteral("alice@example.test")},
                     {QStringLiteral("username"), QStringLiteral("alice")}}},
        {QStringLiteral("agency"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("ag_1")},
                     {QStringLiteral("name"), QStringLiteral("Gestoria Puig")}}},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray refreshAnswer(const QString &access, const QString &refresh, int expiresIn) {
    return QJsonDocument(QJsonObject{{QStringLiteral("access_token"), access},
                                     {QStringLiteral("refresh_token"), refresh},
                                     {QStringLiteral("expires_in"), expiresIn},
                                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
        .toJson(QJsonDocument::Compact);
}

QString storedRefreshToken(const MemoryTokenStore &store) {
    const QByteArray bytes = store.entries().value(QString::fromLatin1(TokenStore::kSessionKey));
    return QJsonDocument::fromJson(bytes)
        .object()
        .value(QStringLiteral("refresh_token"))
        .toString();
}

// The server's next answers: a discovery document that names a revocation endpoint (not
// cached from an earlier test), then 200 to the revocation.
void scriptRevocation(ScriptedServer &server) {
    OidcDiscoveryTestAccess::clearCache();
    const QByteArray issuer = server.url().toLatin1();
    server.script(200, "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer +
                           "/oidc/auth\",\"token_endpoint\":\"" + issuer +
                           "/oidc/token\",\"revocation_endpoint\":\"" + issuer +
                           "/oidc/token/revocation\"}");
    server.script(200, {});
}

// The in-memory store holding a session (refresh r1, access a1) and a Session over it, not yet
// restored.
struct StoredSession {
    StoredSession(const BackendConfig &config, qint64 lifetimeMs, qint64 ageMs = 0)
        : session(config, &store, &nam) {
        store.setEntry(
            QString::fromLatin1(TokenStore::kSessionKey),
            storedSession(QStringLiteral("r1"), QStringLiteral("a1"), lifetimeMs, ageMs));
    }
    QNetworkAccessManager nam;
    MemoryTokenStore store;
    Session session;
};

} // namespace

class TestSession : public QObject {
    Q_OBJECT

    BackendConfig configFor(const ScriptedServer &server) {
        BackendConfig c;
        c.issuerUrl = QUrl(server.url());
        c.apiUrl = QUrl(server.url() + QStringLiteral("/api"));
        c.clientId = QStringLiteral("figestio-sync");
        return c;
    }

    // A Session restored from `stored`; waits for restoreFinished.
    bool restore(Session &session) {
        QSignalSpy finished(&session, &Session::restoreFinished);
        session.restore();
        return finished.wait(2000);
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("FigestioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_auth_session"));
    }

    void schedulerDelay() {
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QCOMPARE(RefreshScheduler::delayMs(t0, t0.addSecs(10), t0, 0.8), 8000);
        QCOMPARE(RefreshScheduler::delayMs(t0, t0.addSecs(600), t0.addSecs(60), 0.8), 420000);
        QCOMPARE(RefreshScheduler::delayMs(t0, t0.addSecs(10), t0.addSecs(9), 0.8), 0);
        QCOMPARE(RefreshScheduler::delayMs(t0, t0, t0, 0.8), 0);
        QCOMPARE(RefreshScheduler::delayMs(t0, t0.addSecs(-5), t0, 0.8), 0);
    }

    void schedulerFiresAt80Percent() {
        RefreshScheduler s;
        QSignalSpy due(&s, &RefreshScheduler::due);
        QElapsedTimer t;
        t.start();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        s.schedule(now, now.addMSecs(2000));
        QVERIFY(s.isActive());
        QVERIFY(due.wait(5000));
        // At 80% (1.6 s), before the end of the lifetime (slack for a loaded machine).
        QVERIFY2(t.elapsed() >= 1550 && t.elapsed() < 2000,
                 qPrintable(QString::number(t.elapsed())));
    }

    void restoreReadsTheStoreOnce() {
        ScriptedServer server;
        StoredSession s(configFor(server), 600000);
        QSignalSpy states(&s.session, &Session::stateChanged);
        QVERIFY(restore(s.session));
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QCOMPARE(states.count(), 1);
        QCOMPARE(s.session.user().name, QStringLiteral("Alice Puig"));
        QCOMPARE(s.session.user().username, QStringLiteral("alice"));
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_1"));
        QVERIFY(s.session.accessTokenExpiry() > QDateTime::currentDateTimeUtc().addSecs(590));
        QCOMPARE(s.store.readCount(), 1);
        QVERIFY(SessionTestAccess::refreshScheduler(s.session)->isActive());
        // The access token lives in memory only (an older entry's one is ignored): the first
        // use refreshes, once, with the stored refresh token.
        QVERIFY(server.seen.isEmpty());
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        QString token;
        s.session.withAccessToken(this, [&token](Result<QString> r) { token = r.value(); });
        QTRY_COMPARE(token, QStringLiteral("a2"));
        QCOMPARE(server.seen.size(), 1);
        QCOMPARE(server.seen.first().authorization, QByteArray("Bearer r1"));
        s.session.withAccessToken(this, [&token](Result<QString> r) { token = r.value(); });
        QCOMPARE(server.seen.size(), 1);
    }

    // Finding 11: one keychain entry holds the refresh token and small metadata only, far below
    // Windows Credential Manager's 2,560 bytes even with real-sized JWTs (an RS256 access
    // token with agency claims is ~2 KB; some providers' refresh tokens are JWTs too).
    void storedEntryIsSmallWithRealisticTokens() {
        auto fakeJwt = [](int payloadBytes) {
            const QByteArray header = R"({"alg":"RS256","typ":"at+jwt","kid":"k1"})";
            const QByteArray sig(256, 's'); // an RS256 signature is 256 bytes
            return (header.toBase64(QByteArray::Base64UrlEncoding) + '.' +
                    QByteArray(payloadBytes, 'p').toBase64(QByteArray::Base64UrlEncoding) + '.' +
                    sig.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const QString access = QString::fromLatin1(fakeJwt(1100));
        const QString refresh = QString::fromLatin1(fakeJwt(500));
        QVERIFY(access.size() > 1800 && refresh.size() > 1000);
        ScriptedServer server;
        server.script(200, refreshAnswer(access, refresh, 600));
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        std::optional<Result<Done>> done;
        s.session.refreshNow(this, [&done](Result<Done> r) { done = r; });
        QTRY_VERIFY(done);
        QVERIFY(done->ok());
        const QByteArray entry =
            s.store.entries().value(QString::fromLatin1(TokenStore::kSessionKey));
        QCOMPARE(storedRefreshToken(s.store), refresh);
        QVERIFY2(entry.size() < 2560, qPrintable(QString::number(entry.size())));
        QVERIFY(!entry.contains(access.toLatin1()));
        QVERIFY(!entry.contains("access_token"));
        // The session still has it, in memory.
        QString token;
        s.session.withAccessToken(this, [&token](Result<QString> r) { token = r.value(); });
        QTRY_COMPARE(token, access);
        QCOMPARE(server.seen.size(), 1);
    }

    void restoreNothingOrGarbage_data() {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("garbage") << QByteArray("not json");
        QTest::newRow("no refresh token") << QByteArray(R"({"access_token":"a"})");
    }
    void restoreNothingOrGarbage() {
        QFETCH(QByteArray, stored);
        ScriptedServer server;
        QNetworkAccessManager nam;
        MemoryTokenStore store;
        if (!stored.isEmpty())
            store.setEntry(QString::fromLatin1(TokenStore::kSessionKey), stored);
        Session session(configFor(server), &store, &nam);
        QVERIFY(restore(session));
        QCOMPARE(session.state(), Session::State::SignedOut);
        bool called = false;
        session.withAccessToken(this, [&called](Result<QString> r) {
            called = true;
            QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
        });
        QVERIFY(called);
    }

    void restoreKeychainError() {
        ScriptedServer server;
        QNetworkAccessManager nam;
        MemoryTokenStore store;
        store.setFailure(Error::make(Error::Kind::Keychain, QStringLiteral("locked")));
        Session session(configFor(server), &store, &nam);
        QSignalSpy keychain(&session, &Session::keychainError);
        QVERIFY(restore(session));
        QCOMPARE(keychain.count(), 1);
        QCOMPARE(keychain.first().first().toString(), QStringLiteral("locked"));
        QCOMPARE(session.state(), Session::State::SignedOut);
        QCOMPARE(session.lastError().kind, Error::Kind::Keychain);
    }

    // No store at all: a keychain error, never a silent in-memory or on-disk substitute.
    void noStoreIsAKeychainError() {
        ScriptedServer server;
        QNetworkAccessManager nam;
        Session session(configFor(server), nullptr, &nam);
        QSignalSpy keychain(&session, &Session::keychainError);
        QVERIFY(restore(session));
        QCOMPARE(keychain.count(), 1);
        QCOMPARE(session.lastError().kind, Error::Kind::Keychain);
        QCOMPARE(session.state(), Session::State::SignedOut);
        QSignalSpy signedOut(&session, &Session::signOutFinished);
        session.signOut();
        QVERIFY(signedOut.wait(2000));
        QCOMPARE(keychain.count(), 2);
    }

    void refreshAt80PercentOfLifetime() {
        ScriptedServer server;
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        // 4 s lifetime → refresh after 3.2 s, before it expires.
        StoredSession s(configFor(server), 4000);
        QVERIFY(restore(s.session));
        const QDateTime oldExpiry = s.session.accessTokenExpiry();
        QElapsedTimer t;
        t.start();
        // Refreshed: the session holds the new token (written to the store first).
        QVERIFY(QTest::qWaitFor([&] { return s.session.accessTokenExpiry() != oldExpiry; }, 8000));
        QVERIFY2(t.elapsed() >= 3000 && QDateTime::currentDateTimeUtc() < oldExpiry,
                 qPrintable(QString::number(t.elapsed())));
        QCOMPARE(server.seen.size(), 1);
        QCOMPARE(server.seen.first().method, QByteArray("POST"));
        QCOMPARE(server.seen.first().target, QByteArray("/auth/refresh?agency_id=ag_1"));
        QCOMPARE(server.seen.first().authorization, QByteArray("Bearer r1"));
        // Rotation: the new refresh token is what the store holds now.
        QCOMPARE(storedRefreshToken(s.store), QStringLiteral("r2"));
        QVERIFY(s.session.accessTokenExpiry() > QDateTime::currentDateTimeUtc().addSecs(590));
        QCOMPARE(s.session.state(), Session::State::SignedIn);
    }

    void concurrentCallersShareOneRefresh() {
        ScriptedServer server;
        server.delayMs = 200;
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        StoredSession s(configFor(server), 600000, 700000);
        QVERIFY(restore(s.session));
        SessionTestAccess::refreshScheduler(s.session)->stop();
        QStringList tokens;
        for (int i = 0; i < 5; ++i)
            s.session.withAccessToken(this, [&tokens](Result<QString> r) {
                tokens << (r.ok() ? r.value() : QStringLiteral("error"));
            });
        QTRY_COMPARE(tokens.size(), 5);
        QCOMPARE(tokens, QStringList(5, QStringLiteral("a2")));
        QCOMPARE(server.seen.size(), 1);
    }

    // Switching agency during a refresh waits for it, then uses the rotated token: a refresh
    // token is never sent twice (the provider would revoke the grant).
    void agencySwitchWaitsForTheRefreshInFlight() {
        ScriptedServer server;
        server.delayMs = 150;
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        server.script(200, refreshAnswer(QStringLiteral("a3"), QStringLiteral("r3"), 600));
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        QSignalSpy changed(&s.session, &Session::agencyChanged);
        s.session.refreshNow(this, [](Result<Done>) {});
        s.session.chooseAgency(QStringLiteral("ag_2"));
        QVERIFY(changed.wait(5000));
        QCOMPARE(server.seen.size(), 2);
        QCOMPARE(server.seen.at(0).authorization, QByteArray("Bearer r1"));
        QCOMPARE(server.seen.at(1).authorization, QByteArray("Bearer r2"));
        QCOMPARE(server.seen.at(1).target, QByteArray("/auth/refresh?agency_id=ag_2"));
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_2"));
        QCOMPARE(storedRefreshToken(s.store), QStringLiteral("r3"));
        QString token;
        s.session.withAccessToken(this, [&token](Result<QString> r) { token = r.value(); });
        QTRY_COMPARE(token, QStringLiteral("a3"));
    }

    // Signing in again and failing (here: the provider is down) keeps the existing session.
    void failedSignInKeepsTheExistingSession() {
        ScriptedServer server; // answers 500 to discovery
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        QSignalSpy failed(&s.session, &Session::signInFailed);
        s.session.signIn();
        QCOMPARE(s.session.state(), Session::State::SigningIn);
        QVERIFY(failed.wait(10000));
        QCOMPARE(s.session.lastError().kind, Error::Kind::Http);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("sign-in service")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QCOMPARE(s.session.agency()->id, QStringLiteral("ag_1"));
        QVERIFY(SessionTestAccess::refreshScheduler(s.session)->isActive());
        QVERIFY(!s.store.entries().isEmpty());
    }

    // Finding 9: signing in again revokes the current session at the provider (RFC 7009)
    // before the browser opens (a browser that kept its provider session would get the same
    // grant, so revoking afterwards would revoke the new session too). Cancelled after that, the
    // attempt ends signed out with the entry deleted.
    void signingInAgainRevokesTheSessionFirst() {
        ScriptedServer server;
        scriptRevocation(server);
        StoredSession s(configFor(server), 600000);
        QSignalSpy opened(&s.session, &Session::browserOpened);
        QVERIFY(restore(s.session));
        s.session.signIn();
        QVERIFY(opened.wait(5000));
        QCOMPARE(server.seen.size(), 2); // discovery (then cached), revocation; browser last
        QCOMPARE(server.seen.at(1).target, QByteArray("/oidc/token/revocation"));
        QVERIFY2(server.seen.at(1).body.contains("token=r1"), server.seen.at(1).body.constData());
        QTRY_VERIFY(s.store.entries().isEmpty());
        s.session.cancelSignIn();
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QVERIFY(!s.session.agency());
        QVERIFY(!SessionTestAccess::refreshScheduler(s.session)->isActive());
        OidcDiscoveryTestAccess::clearCache();
    }

    // Finding 3: a sign-in asked for during a refresh starts after it: the rotated token is
    // kept (stored and in memory) and the consumed one is never sent again.
    void signInWaitsForTheRefreshInFlight() {
        ScriptedServer server;
        server.delayMs = 300;
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        StoredSession s(configFor(server), 600000); // then discovery gets 500s: sign-in fails
        QVERIFY(restore(s.session));
        QSignalSpy failed(&s.session, &Session::signInFailed);
        std::optional<Result<Done>> refreshed;
        s.session.refreshNow(this, [&refreshed](Result<Done> r) { refreshed = r; });
        s.session.signIn();
        QCOMPARE(s.session.state(), Session::State::SigningIn);
        QVERIFY(failed.wait(15000));
        QVERIFY(refreshed && refreshed->ok());
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QCOMPARE(storedRefreshToken(s.store), QStringLiteral("r2"));
        QCOMPARE(server.seen.first().authorization, QByteArray("Bearer r1"));
        QVERIFY(server.seen.at(1).target.contains("openid-configuration"));
        const qsizetype before = server.seen.size();
        std::optional<Result<Done>> again;
        s.session.refreshNow(this, [&again](Result<Done> r) { again = r; });
        QTRY_VERIFY(again);
        QCOMPARE(server.seen.size(), before + 1);
        QCOMPARE(server.seen.last().authorization, QByteArray("Bearer r2"));
    }

    void cancellingAQueuedSignInKeepsTheRefresh() {
        ScriptedServer server;
        server.delayMs = 300;
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        std::optional<Result<Done>> refreshed;
        s.session.refreshNow(this, [&refreshed](Result<Done> r) { refreshed = r; });
        s.session.signIn();
        s.session.cancelSignIn();
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QTRY_VERIFY(refreshed);
        QVERIFY(refreshed->ok());
        QCOMPARE(storedRefreshToken(s.store), QStringLiteral("r2"));
        QCOMPARE(server.seen.size(), 1); // no sign-in started
    }

    void refreshRefusedEndsTheSession() {
        ScriptedServer server;
        server.script(401, R"({"error":"invalid_token"})");
        StoredSession s(configFor(server), 600000, 700000);
        QVERIFY(restore(s.session));
        QSignalSpy expired(&s.session, &Session::sessionExpired);
        std::optional<Error> error;
        s.session.withAccessToken(this, [&error](Result<QString> r) { error = r.error(); });
        QVERIFY(expired.wait(3000));
        QVERIFY(error);
        QCOMPARE(error->kind, Error::Kind::Unauthorized);
        QCOMPARE(s.session.state(), Session::State::Expired);
        QVERIFY(s.store.entries().isEmpty()); // tokens deleted
        QVERIFY(!SessionTestAccess::refreshScheduler(s.session)->isActive());
    }

    void networkFailureKeepsTheSession() {
        ScriptedServer server;
        const BackendConfig config = configFor(server);
        server.server.close(); // nobody listens any more: connection refused
        StoredSession s(config, 600000, 700000);
        SessionTestAccess::setRefreshRetryPolicy(s.session, RetryPolicy{0, 5000, 60000});
        QVERIFY(restore(s.session));
        std::optional<Error> error;
        s.session.refreshNow(this, [&error](Result<Done> r) { error = r.error(); });
        QTRY_VERIFY(error);
        QCOMPARE(error->kind, Error::Kind::Network);
        QCOMPARE(s.session.state(), Session::State::SignedIn);
        QVERIFY(!s.store.entries().isEmpty());
        // Retried later, with backoff.
        QVERIFY(SessionTestAccess::refreshScheduler(s.session)->isActive());
        const qint64 inMs = QDateTime::currentDateTimeUtc().msecsTo(
            SessionTestAccess::refreshScheduler(s.session)->dueAt());
        QVERIFY2(inMs >= 3500 && inMs <= 6500, qPrintable(QString::number(inMs)));
    }

    // Finding 9: sign-out deletes the entry, then revokes the refresh token at the provider's
    // revocation_endpoint (RFC 7009).
    void signOutDeletesTheTokensThenRevokes() {
        ScriptedServer server;
        scriptRevocation(server);
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        QSignalSpy done(&s.session, &Session::signOutFinished);
        s.session.signOut();
        QCOMPARE(s.session.state(), Session::State::SignedOut);
        QVERIFY(done.wait(5000));
        QVERIFY(s.store.entries().isEmpty());
        QVERIFY(!s.session.agency());
        QVERIFY(!SessionTestAccess::refreshScheduler(s.session)->isActive());
        QCOMPARE(server.seen.size(), 2);
        QCOMPARE(server.seen.at(1).method, QByteArray("POST"));
        QCOMPARE(server.seen.at(1).target, QByteArray("/oidc/token/revocation"));
        QVERIFY2(server.seen.at(1).body.contains("token=r1") &&
                     server.seen.at(1).body.contains("token_type_hint=refresh_token") &&
                     server.seen.at(1).body.contains("client_id=figestio-sync"),
                 server.seen.at(1).body.constData());
        OidcDiscoveryTestAccess::clearCache();
    }

    // Best effort: a provider that cannot revoke never holds sign-out up for long.
    void signOutWithoutRevocationIsBounded() {
        ScriptedServer server; // 500 to everything
        OidcDiscoveryTestAccess::clearCache();
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        QSignalSpy done(&s.session, &Session::signOutFinished);
        QElapsedTimer t;
        t.start();
        s.session.signOut();
        QVERIFY(done.wait(OidcClient::kRevokeTimeoutMs + 3000));
        QVERIFY(t.elapsed() <= OidcClient::kRevokeTimeoutMs + 1000);
        QVERIFY(s.store.entries().isEmpty());
    }

    // common/Backoff through HttpCall: 5xx retried a bounded number of times, with growing
    // delays within the jitter bounds.
    void retriesAreBounded() {
        ScriptedServer server;
        QNetworkAccessManager nam;
        const RetryPolicy policy{3, 100, 150};
        std::optional<HttpResponse> response;
        QElapsedTimer t;
        t.start();
        HttpCall::send(&nam,
                       HttpCall::Request{QNetworkRequest(QUrl(server.url() + QStringLiteral("/x"))),
                                         "GET",
                                         {},
                                         2000,
                                         policy},
                       this, [&response](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response, 5000);
        QCOMPARE(response->status, 500);
        QCOMPARE(server.seen.size(), 4); // 1 + 3 retries, then it gives up
        Backoff b(policy.initialDelayMs, policy.maxDelayMs);
        const qint64 minTotal = b.minDelayMs(0) + b.minDelayMs(1) + b.minDelayMs(2);
        QVERIFY2(t.elapsed() >= minTotal, qPrintable(QString::number(t.elapsed())));
        for (int attempt = 0; attempt < 10; ++attempt) {
            QVERIFY(b.maxDelayMs(attempt) <= 150 * 1.2 + 1);
            const int d = b.nextDelayMs();
            QVERIFY(d >= b.minDelayMs(attempt) && d <= b.maxDelayMs(attempt));
        }
    }

    void fourHundredsAreNotRetried() {
        ScriptedServer server;
        server.fallback = {409, R"({"error":"device_claimed","message":"taken"})", {}};
        QNetworkAccessManager nam;
        std::optional<HttpResponse> response;
        HttpCall::send(&nam,
                       HttpCall::Request{QNetworkRequest(QUrl(server.url() + QStringLiteral("/x"))),
                                         "POST", "{}", 2000, RetryPolicy{3, 10, 20}},
                       this, [&response](const HttpResponse &r) { response = r; });
        QTRY_VERIFY(response);
        QCOMPARE(server.seen.size(), 1);
        const Error e = HttpCall::toError(*response, QStringLiteral("Claiming"));
        QCOMPARE(e.kind, Error::Kind::Conflict);
        QCOMPARE(e.code, QStringLiteral("device_claimed"));
    }

    void requestTimeout() {
        ScriptedServer server;
        server.delayMs = 3000;
        QNetworkAccessManager nam;
        std::optional<HttpResponse> response;
        QElapsedTimer t;
        t.start();
        HttpCall::send(
            &nam,
            HttpCall::Request{
                QNetworkRequest(QUrl(server.url() + QStringLiteral("/x"))), "GET", {}, 300},
            this, [&response](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response, 3000);
        QVERIFY(t.elapsed() < 2000);
        QVERIFY(response->timedOut);
        QCOMPARE(HttpCall::toError(*response, QStringLiteral("x")).kind, Error::Kind::Timeout);
    }

    // The API retries once after a 401 with a refreshed token.
    void apiRefreshesOnceAfter401() {
        ScriptedServer server;
        // The restored session has no access token yet: the first call refreshes first.
        server.script(200, refreshAnswer(QStringLiteral("a1"), QStringLiteral("r1b"), 600));
        server.script(401, R"({"error":"invalid_token"})");
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        server.script(200, R"([{"id":"ag_1","name":"Gestoria Puig"}])");
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        FigestioApi api(configFor(server), &s.session, &s.nam);
        std::optional<Result<QList<Agency>>> result;
        api.agencies(this, [&result](Result<QList<Agency>> r) { result = r; });
        QTRY_VERIFY(result);
        QVERIFY(result->ok());
        QCOMPARE(server.seen.size(), 4);
        QCOMPARE(server.seen.at(1).authorization, QByteArray("Bearer a1"));
        QCOMPARE(server.seen.at(2).target, QByteArray("/auth/refresh?agency_id=ag_1"));
        QCOMPARE(server.seen.at(2).authorization, QByteArray("Bearer r1b"));
        QCOMPARE(server.seen.at(3).authorization, QByteArray("Bearer a2"));
    }

    void apiEndsSessionAfterSecond401() {
        ScriptedServer server;
        server.script(200, refreshAnswer(QStringLiteral("a1"), QStringLiteral("r1b"), 600));
        server.script(401, R"({"error":"invalid_token"})");
        server.script(200, refreshAnswer(QStringLiteral("a2"), QStringLiteral("r2"), 600));
        server.script(401, R"({"error":"invalid_token"})");
        StoredSession s(configFor(server), 600000);
        QVERIFY(restore(s.session));
        QSignalSpy expired(&s.session, &Session::sessionExpired);
        FigestioApi api(configFor(server), &s.session, &s.nam);
        std::optional<Result<ServerIdentity>> result;
        api.serverIdentity(this, [&result](Result<ServerIdentity> r) { result = r; });
        QTRY_VERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Unauthorized);
        QVERIFY(expired.wait(2000) || expired.count() == 1);
        QCOMPARE(s.session.state(), Session::State::Expired);
        QVERIFY(s.store.entries().isEmpty());
        QCOMPARE(server.seen.size(), 4); // restore's refresh, call, refresh, call: no third
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_auth_session.moc"
