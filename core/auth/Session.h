#pragma once

#include "common/BackendConfig.h"
#include "common/Backoff.h"
#include "common/Callback.h"
#include "common/HttpCall.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace figestio {

class TokenStore;
class OidcClient;
class RefreshScheduler;
struct OidcTokens;

struct Agency {
    QString id;
    QString name;
    bool operator==(const Agency &o) const { return id == o.id && name == o.name; }
};

struct UserInfo {
    QString subject, name, email, username;
    // The person as the tray and settings show them: "Name (email)", the name alone, or the
    // email alone. Not translated: "%1 (%2)" reads the same in Catalan, Spanish and English.
    QString shownName() const { return name.isEmpty() ? username : name; }
    QString displayName() const {
        const QString who = shownName();
        if (email.isEmpty() || who.isEmpty())
            return who.isEmpty() ? email : who;
        return QStringLiteral("%1 (%2)").arg(who, email);
    }
};

// Where a sign-in learns the person's agencies (GET /agencies with the sign-in's own token: the
// session has no agency yet). FigestioApi, which owns every API call, is the one in the app.
class AgencyLister {
public:
    virtual ~AgencyLister() = default;
    virtual void listAgencies(const QString &accessToken, QObject *context,
                              Callback<QList<Agency>> callback) = 0;
};

// The signed-in person and their tokens (DESIGN §3). Tokens live in memory and in the
// TokenStore (keychain); nothing else ever sees the refresh token. Every API call gets its
// access token through withAccessToken(), which refreshes first when needed; all callers share
// the one refresh in flight.
//
// States: SignedOut → signIn() → SigningIn (browser, token exchange, agency) → SignedIn (an
// agency-scoped session, stored in the keychain). A refresh answered 401 → Expired (tokens
// deleted, sessionExpired()). A network failure while refreshing keeps the session and retries
// later with backoff.
class Session : public QObject {
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Expired };
    Q_ENUM(State)

    Session(const BackendConfig &config, TokenStore *store, QNetworkAccessManager *nam,
            QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    UserInfo user() const { return m_user; }
    std::optional<Agency> agency() const { return m_agency; }
    QDateTime accessTokenExpiry() const { return m_tokens.expiresAt; }
    // The last error that ended a sign-in, refresh or keychain operation (kind for exit codes).
    Error lastError() const { return m_lastError; }

    // Reads the keychain once; → SignedIn (schedules the next refresh) or SignedOut; then
    // restoreFinished(). A keychain error → keychainError(message), SignedOut.
    void restore();
    // The browser flow; see the class comment. Ends in SignedIn, agencyChoiceRequired() (then
    // chooseAgency() or cancelSignIn()), or signInFailed(message) and SignedOut. Signing in
    // again first revokes the current session at the provider (RFC 7009); only when that could
    // not be done does a failed attempt keep the session there was (SignedIn).
    void signIn();
    void cancelSignIn();
    // Scopes the session to an agency (POST /auth/refresh?agency_id=); remembered in QSettings
    // and preferred at the next sign-in. Works during a sign-in (after agencyChoiceRequired) and
    // when signed in (switching agency).
    void chooseAgency(const QString &agencyId);
    // Deletes the keychain entry (whatever the state) → SignedOut, then signOutFinished().
    void signOut();
    // A valid access token: the cached one, or a refreshed one when it is (nearly) expired.
    void withAccessToken(QObject *context, Callback<QString> callback);
    // Refreshes now (sharing a refresh already in flight). A 401 ends the session.
    void refreshNow(QObject *context, Callback<Done> callback);
    // The API answered 401 even with a freshly refreshed token: the session is no longer valid.
    void markExpired(const QString &reason = {});

    // The QSettings key of the remembered agency, and its value (the wizard preselects it).
    static QString rememberedAgencyKey();
    static QString rememberedAgencyId();
    // A sign-in asks it for the agencies (FigestioApi's constructor sets itself).
    void setAgencyLister(AgencyLister *lister) { m_agencyLister = lister; }

signals:
    void stateChanged(figestio::Session::State state);
    void agencyChanged();
    void agencyChoiceRequired(const QList<figestio::Agency> &agencies);
    void signInFailed(const QString &message);
    void sessionExpired();
    void keychainError(const QString &message);
    // The sign-in page is open in the browser; when it could not be opened (opened false), the
    // user is to open authorizeUrl by hand.
    void browserOpened(const QUrl &authorizeUrl, bool opened);
    void restoreFinished();
    void signOutFinished();

private:
    friend class SessionTestAccess; // the test seam (tests/support/AuthTestAccess.h)

    struct TokenSet {
        QString accessToken;
        QString refreshToken;
        QDateTime issuedAt;
        QDateTime expiresAt;
    };

    void setState(State state);
    TokenStore *store();
    void authorize();
    void forgetRevokedSession();
    void onTokensObtained(const OidcTokens &tokens);
    void listAgencies();
    void resolveAgencies(const QList<Agency> &agencies);
    void upgradeToAgency(const Agency &agency);
    void storeSignIn(const TokenSet &scoped, const Agency &agency);
    void rememberAgency(const Agency &agency);
    void failSignIn(const Error &error);
    // The answer to one step of a sign-in: dropped when a newer sign-in, a sign-out or an expiry
    // came first; a failure ends the sign-in, a value goes on to `next`.
    template <class T> Callback<T> signInStep(std::function<void(const T &)> next);
    void startRefresh(const QString &agencyId, Callback<TokenSet> done);
    void startRefreshWith(const QString &refreshToken, const QString &agencyId,
                          Callback<TokenSet> done);
    void storeAndApply(const TokenSet &tokens, const std::optional<Agency> &agency,
                       Callback<Done> done);
    void onScheduledRefresh();
    void finishRefresh(const Result<Done> &result);
    void endSession(const Error &why);
    static QByteArray serializeFor(const UserInfo &user, const TokenSet &tokens,
                                   const std::optional<Agency> &agency);
    bool deserialize(const QByteArray &bytes);
    bool accessTokenUsable() const;
    void scheduleRefresh();
    void scheduleRetry();

    BackendConfig m_config;
    QPointer<TokenStore> m_store;
    TokenStore *m_unavailable = nullptr;
    QNetworkAccessManager *m_nam;
    AgencyLister *m_agencyLister = nullptr;
    OidcClient *m_oidc;
    RefreshScheduler *m_scheduler;

    State m_state = State::SignedOut;
    UserInfo m_user;
    std::optional<Agency> m_agency;
    QList<Agency> m_agencies;
    TokenSet m_tokens;
    Error m_lastError;
    // A sign-in in progress: its tokens and user until the agency-scoped session is stored.
    TokenSet m_pending;
    UserInfo m_pendingUser;
    bool m_upgrading = false; // the sign-in's agency refresh is in flight

    bool m_refreshing = false;
    bool m_signInQueued = false; // signIn() came during a refresh: starts when it settles
    QList<Callback<Done>> m_refreshWaiters;
    Backoff m_refreshBackoff{2000, 60000};
    quint64 m_generation = 0; // bumps on sign-in/out and expiry: late answers are dropped
};

} // namespace figestio

Q_DECLARE_METATYPE(figestio::Agency)
