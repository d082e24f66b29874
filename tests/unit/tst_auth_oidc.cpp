#include "auth/IdToken.h"
#include "auth/OidcClient.h"
#include "auth/OidcDiscovery.h"
#include "auth/Pkce.h"
#include "common/RandomSecret.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace figestio;

namespace {
const QString kIssuer = QStringLiteral("http://127.0.0.1:8788");
const QString kClient = QStringLiteral("figestio-sync");

QByteArray b64(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwt(const QJsonObject &payload) {
    return b64(R"({"alg":"RS256","typ":"JWT"})") + '.' +
           b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + b64("signature");
}

QJsonObject goodClaims(const QString &nonce = QStringLiteral("n-123")) {
    return QJsonObject{
        {QStringLiteral("iss"), kIssuer},
        {QStringLiteral("aud"), kClient},
        {QStringLiteral("sub"), QStringLiteral("alice")},
        {QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600},
        {QStringLiteral("nonce"), nonce},
        {QStringLiteral("name"), QStringLiteral("Alice Puig")},
        {QStringLiteral("email"), QStringLiteral("alice@example.test")},
        {QStringLiteral("preferred_username"), QStringLiteral("alice")},
    };
}
} // namespace

// JSON below writes "//" as "\/\/" (a valid JSON escape): moc reads "//" in a raw string
// literal as a comment and then misses the test class.
class TestOidc : public QObject {
    Q_OBJECT
private slots:
    void authorizeUrlContents() {
        OidcEndpoints e;
        e.issuer = kIssuer;
        e.authorization = QUrl(kIssuer + QStringLiteral("/oidc/auth"));
        e.token = QUrl(kIssuer + QStringLiteral("/oidc/token"));
        const Pkce pkce = Pkce::generate();
        const QByteArray state = randomSecret();
        const QByteArray nonce = randomSecret();
        const QUrl redirect(QStringLiteral("http://127.0.0.1:51790/callback"));
        const QUrl url =
            OidcClient::authorizeUrl(e, kClient, redirect, state, nonce, pkce.challenge);

        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.path(), QStringLiteral("/oidc/auth"));
        const QUrlQuery q(url);
        auto value = [&q](const char *name) {
            return q.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        };
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("client_id"), kClient);
        QCOMPARE(value("redirect_uri"), redirect.toString());
        QCOMPARE(value("scope"), QStringLiteral("openid profile email offline_access agency"));
        QCOMPARE(value("state"), QString::fromLatin1(state));
        QCOMPARE(value("nonce"), QString::fromLatin1(nonce));
        QCOMPARE(value("code_challenge"), QString::fromLatin1(pkce.challenge));
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
        // Never the verifier, never a secret of ours beyond state and nonce.
        QVERIFY(!url.toString().contains(QString::fromLatin1(pkce.verifier)));
        QVERIFY(!q.hasQueryItem(QStringLiteral("code_verifier")));
        // Spaces in the scope are encoded, never '+' (which a server may read literally).
        QVERIFY(
            url.toEncoded().contains("scope=openid%20profile%20email%20offline_access%20agency"));
    }

    void authorizeUrlKeepsEndpointQuery() {
        OidcEndpoints e;
        e.authorization = QUrl(QStringLiteral("https://id.example/auth?tenant=x"));
        const QUrl url = OidcClient::authorizeUrl(
            e, kClient, QUrl(QStringLiteral("http://127.0.0.1:51789/callback")), "s", "n", "c");
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("tenant")), QStringLiteral("x"));
    }

    void idTokenAccepted() {
        const auto r =
            IdToken::validate(jwt(goodClaims()), kIssuer, kClient, QStringLiteral("n-123"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().subject, QStringLiteral("alice"));
        QCOMPARE(r.value().name, QStringLiteral("Alice Puig"));
        QCOMPARE(r.value().email, QStringLiteral("alice@example.test"));
        QCOMPARE(r.value().preferredUsername, QStringLiteral("alice"));
    }

    void idTokenAudienceList() {
        QJsonObject c = goodClaims();
        c.insert(QStringLiteral("aud"), QJsonArray{kClient});
        QVERIFY(IdToken::validate(jwt(c), kIssuer, kClient, QStringLiteral("n-123")).ok());
        c.insert(QStringLiteral("azp"), kClient);
        QVERIFY(IdToken::validate(jwt(c), kIssuer, kClient, QStringLiteral("n-123")).ok());
    }

    // Finding 6 (OIDC Core §3.1.3.7): an audience we do not trust, or azp naming another
    // client, rejects the token.
    void idTokenForeignAudienceOrAzp_data() {
        QTest::addColumn<QJsonValue>("aud");
        QTest::addColumn<QJsonValue>("azp");
        QTest::newRow("extra audience")
            << QJsonValue(QJsonArray{QStringLiteral("other"), kClient}) << QJsonValue();
        QTest::newRow("extra audience, azp us")
            << QJsonValue(QJsonArray{kClient, QStringLiteral("other")}) << QJsonValue(kClient);
        QTest::newRow("azp other") << QJsonValue(kClient) << QJsonValue(QStringLiteral("other"));
        QTest::newRow("empty list") << QJsonValue(QJsonArray{}) << QJsonValue();
    }
    void idTokenForeignAudienceOrAzp() {
        QFETCH(QJsonValue, aud);
        QFETCH(QJsonValue, azp);
        QJsonObject c = goodClaims();
        c.insert(QStringLiteral("aud"), aud);
        if (!azp.isNull())
            c.insert(QStringLiteral("azp"), azp);
        const auto r = IdToken::validate(jwt(c), kIssuer, kClient, QStringLiteral("n-123"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("another application")),
                 qPrintable(r.error().message));
    }

    void idTokenRejected_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("expected");
        auto with = [](const char *key, const QJsonValue &v) {
            QJsonObject c = goodClaims();
            if (v.isUndefined())
                c.remove(QString::fromLatin1(key));
            else
                c.insert(QString::fromLatin1(key), v);
            return jwt(c);
        };
        QTest::newRow("wrong issuer") << with("iss", QStringLiteral("http://evil")) << "n-123"
                                      << "unexpected issuer";
        QTest::newRow("wrong audience") << with("aud", QStringLiteral("someone-else")) << "n-123"
                                        << "another application";
        QTest::newRow("expired") << with("exp", QDateTime::currentSecsSinceEpoch() - 3600)
                                 << "n-123"
                                 << "expired";
        QTest::newRow("wrong nonce") << jwt(goodClaims()) << "n-other"
                                     << "sign-in attempt";
        QTest::newRow("missing nonce") << with("nonce", QJsonValue::Undefined) << "n-123"
                                       << "sign-in attempt";
        QTest::newRow("empty expected nonce") << jwt(goodClaims(QString())) << ""
                                              << "sign-in attempt";
        QTest::newRow("missing sub") << with("sub", QJsonValue::Undefined) << "n-123"
                                     << "sub";
        QTest::newRow("exp a string") << with("exp", QStringLiteral("soon")) << "n-123"
                                      << "exp";
        QTest::newRow("not a jwt") << QByteArray("abc") << "n-123"
                                   << "not a JSON Web Token";
        QTest::newRow("bad base64") << QByteArray("a.%%%.c") << "n-123"
                                    << "not a JSON Web Token";
        QTest::newRow("payload not json")
            << (b64("{}") + '.' + b64("hello") + '.' + b64("s")) << "n-123"
            << "not valid JSON";
        QTest::newRow("payload an array")
            << (b64("{}") + '.' + b64("[1]") + '.' + b64("s")) << "n-123"
            << "not an object";
    }
    void idTokenRejected() {
        QFETCH(QByteArray, token);
        QFETCH(QString, nonce);
        QFETCH(QString, expected);
        const auto r = IdToken::validate(token, kIssuer, kClient, nonce);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void tokenResponse() {
        const QJsonObject body{
            {QStringLiteral("access_token"), QStringLiteral("at")},
            {QStringLiteral("refresh_token"), QStringLiteral("rt")},
            {QStringLiteral("id_token"), QString::fromLatin1(jwt(goodClaims()))},
            {QStringLiteral("expires_in"), 600},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        };
        const auto r = OidcClient::parseTokenResponse(QJsonDocument(body).toJson(), kIssuer,
                                                      kClient, QStringLiteral("n-123"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().accessToken, QStringLiteral("at"));
        QCOMPARE(r.value().refreshToken, QStringLiteral("rt"));
        QCOMPARE(r.value().expiresIn, 600);
        QCOMPARE(r.value().claims.subject, QStringLiteral("alice"));
    }

    void tokenResponseMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QByteArray id = jwt(goodClaims());
        QTest::newRow("html") << QByteArray("<html>oops</html>") << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("no refresh token")
            << QByteArray(R"({"access_token":"a","id_token":")" + id + R"(","expires_in":60})")
            << "refresh_token";
        QTest::newRow("expires_in string")
            << QByteArray(R"({"access_token":"a","refresh_token":"r","id_token":")" + id +
                          R"(","expires_in":"60"})")
            << "expires_in";
        QTest::newRow("expires_in zero")
            << QByteArray(R"({"access_token":"a","refresh_token":"r","id_token":")" + id +
                          R"(","expires_in":0})")
            << "expires_in";
        QTest::newRow("access token number")
            << QByteArray(R"({"access_token":5,"refresh_token":"r","id_token":")" + id +
                          R"(","expires_in":60})")
            << "access_token";
    }
    void tokenResponseMalformed() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto r =
            OidcClient::parseTokenResponse(body, kIssuer, kClient, QStringLiteral("n-123"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void discovery() {
        const QByteArray doc =
            R"({"issuer":"http:\/\/127.0.0.1:8788","authorization_endpoint":"http:\/\/127.0.0.1:8788/oidc/auth","token_endpoint":"http:\/\/127.0.0.1:8788/oidc/token"})";
        const auto r = OidcDiscovery::parse(doc, QUrl(kIssuer));
        QVERIFY(r.ok());
        QCOMPARE(r.value().token, QUrl(QStringLiteral("http://127.0.0.1:8788/oidc/token")));
        QCOMPARE(r.value().authorization, QUrl(QStringLiteral("http://127.0.0.1:8788/oidc/auth")));
    }

    void discoveryMalformed_data() {
        QTest::addColumn<QByteArray>("doc");
        QTest::newRow("not json") << QByteArray("nope");
        QTest::newRow("other issuer") << QByteArray(
            R"({"issuer":"http:\/\/evil","authorization_endpoint":"http:\/\/a/x","token_endpoint":"http:\/\/a/y"})");
        QTest::newRow("no token endpoint") << QByteArray(
            R"({"issuer":"http:\/\/127.0.0.1:8788","authorization_endpoint":"http:\/\/a/x"})");
        QTest::newRow("endpoint not a url") << QByteArray(
            R"({"issuer":"http:\/\/127.0.0.1:8788","authorization_endpoint":"javascript:x","token_endpoint":"http:\/\/a/y"})");
    }
    // Finding 1: the code and verifier go to the token endpoint; never in clear to a remote
    // host, whatever the discovery document says.
    void discoveryRequiresHttps_data() {
        QTest::addColumn<QByteArray>("doc");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("http token endpoint")
            << QByteArray(
                   R"({"issuer":"https:\/\/idp.example","authorization_endpoint":"https:\/\/idp.example/auth","token_endpoint":"http:\/\/idp.example/token"})")
            << false;
        QTest::newRow("HTTP upper case")
            << QByteArray(
                   R"({"issuer":"https:\/\/idp.example","authorization_endpoint":"HTTP:\/\/idp.example/auth","token_endpoint":"https:\/\/idp.example/token"})")
            << false;
        QTest::newRow("userinfo loopback trick")
            << QByteArray(
                   R"({"issuer":"https:\/\/idp.example","authorization_endpoint":"https:\/\/idp.example/auth","token_endpoint":"http:\/\/127.0.0.1:80@evil.example/token"})")
            << false;
        QTest::newRow("all https")
            << QByteArray(
                   R"({"issuer":"https:\/\/idp.example","authorization_endpoint":"https:\/\/idp.example/auth","token_endpoint":"https:\/\/idp.example/token"})")
            << true;
        QTest::newRow("http loopback")
            << QByteArray(
                   R"({"issuer":"https:\/\/idp.example","authorization_endpoint":"https:\/\/idp.example/auth","token_endpoint":"http:\/\/127.0.0.1:8788/token"})")
            << true;
    }
    void discoveryRequiresHttps() {
        QFETCH(QByteArray, doc);
        QFETCH(bool, accepted);
        const auto r = OidcDiscovery::parse(doc, QUrl(QStringLiteral("https://idp.example")));
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QVERIFY2(r.error().message.contains(QStringLiteral("not secure")),
                     qPrintable(r.error().message));
    }

    void discoveryMalformed() {
        QFETCH(QByteArray, doc);
        const auto r = OidcDiscovery::parse(doc, QUrl(kIssuer));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
        QVERIFY(!r.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOidc)
#include "tst_auth_oidc.moc"
