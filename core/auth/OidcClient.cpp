#include "OidcClient.h"

#include "auth/BrowserLauncher.h"
#include "common/HttpCall.h"
#include "common/JsonReader.h"
#include "common/Logging.h"
#include "common/RandomSecret.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace figestio {

namespace {
QByteArray formBody(const QList<QPair<QByteArray, QByteArray>> &fields) {
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(QString::fromUtf8(name)) + '=' +
               QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return out;
}
} // namespace

OidcClient::OidcClient(const BackendConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam) {}

OidcClient::~OidcClient() = default;

QUrl OidcClient::authorizeUrl(const OidcEndpoints &endpoints, const QString &clientId,
                              const QUrl &redirectUri, const QByteArray &state,
                              const QByteArray &nonce, const QByteArray &codeChallenge) {
    QUrl url = endpoints.authorization;
    QUrlQuery query(url); // keep any parameters the provider put in its endpoint
    auto add = [&query](const char *name, const QString &value) {
        // Encoded by hand: QUrlQuery leaves '+', which a server reads as a space.
        query.addQueryItem(QString::fromLatin1(name),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("response_type", QStringLiteral("code"));
    add("client_id", clientId);
    add("redirect_uri", redirectUri.toString(QUrl::FullyEncoded));
    add("scope", QString::fromLatin1(kScope));
    add("state", QString::fromLatin1(state));
    add("nonce", QString::fromLatin1(nonce));
    add("code_challenge", QString::fromLatin1(codeChallenge));
    add("code_challenge_method", QStringLiteral("S256"));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void OidcClient::signIn(QObject *context, Callback<OidcTokens> callback) {
    cancel(); // an attempt still open
    m_active = true;
    const quint64 attempt = ++m_attempt;
    m_callback = GuardedCallback<OidcTokens>(context, std::move(callback));
    // Fresh secrets for every attempt (never reused, never logged).
    m_pkce = Pkce::generate();
    m_state = randomSecret(32);
    m_nonce = randomSecret(32);
    qCInfo(lcAuth) << "sign-in started";
    OidcDiscovery::fetch(m_nam, m_config.issuerUrl, this,
                         [this, attempt](Result<OidcEndpoints> endpoints) {
                             if (attempt != m_attempt || !m_active)
                                 return;
                             if (!endpoints)
                                 finish(endpoints.error());
                             else
                                 onEndpoints(endpoints.value());
                         });
}

void OidcClient::onEndpoints(const OidcEndpoints &endpoints) {
    m_endpoints = endpoints;
    delete m_receiver;
    m_receiver = new LoopbackReceiver(this);
    m_receiver->setExpectedIssuer(endpoints.issuer);
    const quint64 attempt = m_attempt;
    const Result<Done> listening =
        m_receiver->start(m_state, m_timeoutMs, this, [this, attempt](Result<QString> code) {
            if (attempt != m_attempt || !m_active)
                return;
            if (!code)
                finish(code.error());
            else
                exchange(code.value());
        });
    if (!listening) {
        finish(listening.error());
        return;
    }
    // The browser gets a one-time loopback link that redirects to the authorize URL: the
    // state, nonce and challenge stay off every command line (LoopbackReceiver::startUrl).
    const QUrl url =
        m_receiver->startUrl(authorizeUrl(endpoints, m_config.clientId, m_receiver->redirectUri(),
                                          m_state, m_nonce, m_pkce.challenge));
    qCDebug(lcAuth) << "opening the browser at the loopback start page";
    const bool opened = BrowserLauncher::open(url);
    if (!opened)
        qCWarning(lcAuth) << "the system could not open a browser; waiting for the link to be "
                             "opened by hand";
    emit browserOpened(url, opened);
}

void OidcClient::exchange(const QString &code) {
    QNetworkRequest request(m_endpoints.token);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = formBody({
        {"grant_type", "authorization_code"},
        {"code", code.toUtf8()},
        {"redirect_uri", m_receiver ? m_receiver->redirectUri().toEncoded() : QByteArray()},
        {"client_id", m_config.clientId.toUtf8()},
        {"code_verifier", m_pkce.verifier},
    });
    const quint64 attempt = m_attempt;
    const QString nonce = QString::fromLatin1(m_nonce);
    // No retry: an authorization code is single-use.
    HttpCall::Request post{request, "POST", body};
    post.category = lcAuth;
    HttpCall::send(m_nam, post, this, [this, attempt, nonce](const HttpResponse &response) {
        if (attempt != m_attempt || !m_active)
            return;
        if (!response.ok()) {
            finish(HttpCall::toError(
                response, QCoreApplication::translate("OidcClient", "Completing the sign-in")));
            return;
        }
        finish(parseTokenResponse(response.body, m_endpoints.issuer, m_config.clientId, nonce));
    });
}

Result<OidcTokens> OidcClient::parseTokenResponse(const QByteArray &body,
                                                  const QString &expectedIssuer,
                                                  const QString &clientId,
                                                  const QString &expectedNonce) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("token"));
    OidcTokens t;
    t.accessToken = r.nonEmptyString("access_token");
    t.refreshToken = r.nonEmptyString("refresh_token");
    t.idToken = r.nonEmptyString("id_token");
    t.expiresIn = r.integer("expires_in");
    if (r.ok() && t.expiresIn <= 0)
        r.fail(QCoreApplication::translate("OidcClient", "token.expires_in: must be positive"));
    if (!r.ok())
        return Error::make(Error::Kind::Malformed,
                           QCoreApplication::translate(
                               "OidcClient", "The sign-in service's answer could not be read (%1).")
                               .arg(r.error()));
    Result<IdTokenClaims> claims =
        IdToken::validate(t.idToken.toUtf8(), expectedIssuer, clientId, expectedNonce);
    if (!claims)
        return claims.error();
    t.claims = claims.value();
    t.receivedAt = QDateTime::currentDateTimeUtc();
    return t;
}

void OidcClient::revokeRefreshToken(const QString &refreshToken, QObject *context,
                                    std::function<void(bool)> done) {
    // Whichever comes first: the provider's answer or the overall deadline.
    auto once = std::make_shared<std::function<void(bool)>>(std::move(done));
    auto finish = [once](bool revoked) {
        if (*once)
            std::exchange(*once, nullptr)(revoked);
    };
    QTimer::singleShot(kRevokeTimeoutMs, context ? context : this, [finish] {
        qCInfo(lcAuth) << "token revocation: no answer in time";
        finish(false);
    });
    QNetworkAccessManager *nam = m_nam;
    const QByteArray clientId = m_config.clientId.toUtf8();
    OidcDiscovery::fetch(
        nam, m_config.issuerUrl, context,
        [nam, clientId, refreshToken, context, finish](Result<OidcEndpoints> endpoints) {
            if (!endpoints || endpoints.value().revocation.isEmpty()) {
                qCInfo(lcAuth) << "token revocation: the provider names no revocation endpoint";
                finish(false);
                return;
            }
            QNetworkRequest request(endpoints.value().revocation);
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            const QByteArray body = formBody({{"token", refreshToken.toUtf8()},
                                              {"token_type_hint", "refresh_token"},
                                              {"client_id", clientId}});
            HttpCall::Request post{request, "POST", body, kRevokeTimeoutMs};
            post.category = lcAuth;
            HttpCall::send(nam, post, context, [finish](const HttpResponse &response) {
                qCInfo(lcAuth) << "token revocation answered" << response.status;
                finish(response.ok());
            });
        });
}

void OidcClient::cancel() {
    if (!m_active)
        return;
    finish(Error::make(Error::Kind::Cancelled,
                       QCoreApplication::translate("OidcClient", "Sign-in was cancelled.")));
}

void OidcClient::finish(Result<OidcTokens> result) {
    if (!m_active)
        return;
    m_active = false;
    ++m_attempt; // late answers of this attempt are ignored
    m_state.clear();
    m_nonce.clear();
    m_pkce = Pkce{};
    if (m_receiver) {
        m_receiver->cancel(); // closes the port if still open (its callback is ignored)
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
    if (result)
        qCInfo(lcAuth) << "sign-in: tokens received";
    else
        qCInfo(lcAuth) << "sign-in ended:" << result.error().message;
    GuardedCallback<OidcTokens> callback = m_callback;
    m_callback = {};
    callback(std::move(result));
}

} // namespace figestio
