#pragma once

#include "auth/IdToken.h"
#include "auth/LoopbackReceiver.h"
#include "auth/OidcDiscovery.h"
#include "auth/Pkce.h"
#include "common/BackendConfig.h"
#include "common/Callback.h"
#include "common/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace figestio {

struct OidcTokens {
    QString accessToken;
    QString refreshToken;
    QString idToken;
    qint64 expiresIn = 0;
    QDateTime receivedAt;
    IdTokenClaims claims;
};

// Authorization code + PKCE for a native app (RFC 8252, RFC 7636), DESIGN §3: discovery →
// authorize URL (fresh state, nonce, verifier per attempt) → system browser → LoopbackReceiver
// → token exchange with code_verifier → ID token checks (iss, aud, exp, nonce).
// Plain QNetworkAccessManager rather than QOAuth2AuthorizationCodeFlow (Qt 6.4): no PKCE, a
// weak, reused default state, and failed token requests that emit no signal (STACK.md).
class OidcClient : public QObject {
    Q_OBJECT
public:
    static constexpr const char *kScope = "openid profile email offline_access agency";
    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;

    OidcClient(const BackendConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OidcClient() override;

    void signIn(QObject *context, Callback<OidcTokens> callback);
    void cancel();
    bool isActive() const { return m_active; }

    // RFC 7009: asks the provider to revoke a refresh token (and with it, the grant), at the
    // discovery's revocation_endpoint. Best effort: `done` says whether the provider accepted
    // it, within kRevokeTimeoutMs whatever happens (no endpoint, provider down...).
    static constexpr int kRevokeTimeoutMs = 5000;
    void revokeRefreshToken(const QString &refreshToken, QObject *context,
                            std::function<void(bool revoked)> done);

    static QUrl authorizeUrl(const OidcEndpoints &endpoints, const QString &clientId,
                             const QUrl &redirectUri, const QByteArray &state,
                             const QByteArray &nonce, const QByteArray &codeChallenge);
    // Parses and checks a token endpoint answer (ID token: iss, aud, exp, nonce).
    static Result<OidcTokens> parseTokenResponse(const QByteArray &body,
                                                 const QString &expectedIssuer,
                                                 const QString &clientId,
                                                 const QString &expectedNonce);

signals:
    // The browser was asked to open this URL (opened says whether the system accepted it).
    void browserOpened(const QUrl &authorizeUrl, bool opened);

private:
    friend class OidcClientTestAccess; // the test seam (tests/support/AuthTestAccess.h)

    void onEndpoints(const OidcEndpoints &endpoints);
    void exchange(const QString &code);
    void finish(Result<OidcTokens> result);

    BackendConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<LoopbackReceiver> m_receiver;
    GuardedCallback<OidcTokens> m_callback;
    bool m_active = false;
    quint64 m_attempt = 0;
    int m_timeoutMs = kDefaultTimeoutMs;
    OidcEndpoints m_endpoints;
    Pkce m_pkce;
    QByteArray m_state;
    QByteArray m_nonce;
};

} // namespace figestio
