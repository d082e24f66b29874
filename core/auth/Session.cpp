#include "Session.h"

#include "auth/OidcClient.h"
#include "auth/RefreshScheduler.h"
#include "auth/TokenStore.h"
#include "common/JsonReader.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

namespace figestio {

namespace {
// An access token this close to its expiry is refreshed before use rather than sent.
constexpr qint64 kExpiryMarginMs = 30 * 1000;

Error notSignedIn() {
    return Error::make(Error::Kind::Unauthorized,
                       QCoreApplication::translate("Session", "You are not signed in."));
}

Error signInCancelled() {
    return Error::make(Error::Kind::Cancelled,
                       QCoreApplication::translate("Session", "Sign-in was cancelled."));
}

Error sessionEnded() {
    return Error::make(
        Error::Kind::Unauthorized,
        QCoreApplication::translate("Session", "Your session has ended. Please sign in again."));
}
// Stands in when no store was given (or it is gone): every operation is a keychain error, so
// nothing is ever kept anywhere else.
class UnavailableTokenStore : public TokenStore {
public:
    using TokenStore::TokenStore;
    void read(const QString &, QObject *context, Callback<StoredEntry> callback) override {
        GuardedCallback<StoredEntry> cb(context, std::move(callback));
        QTimer::singleShot(0, this, [cb] { cb(unavailableError()); });
    }
    void write(const QString &, const QByteArray &, QObject *context,
               Callback<Done> callback) override {
        GuardedCallback<Done> cb(context, std::move(callback));
        QTimer::singleShot(0, this, [cb] { cb(unavailableError()); });
    }
    void remove(const QString &, QObject *context, Callback<Done> callback) override {
        GuardedCallback<Done> cb(context, std::move(callback));
        QTimer::singleShot(0, this, [cb] { cb(unavailableError()); });
    }
};
} // namespace

TokenStore *Session::store() {
    if (m_store)
        return m_store;
    if (!m_unavailable)
        m_unavailable = new UnavailableTokenStore(this);
    return m_unavailable;
}

Session::Session(const BackendConfig &config, TokenStore *store, QNetworkAccessManager *nam,
                 QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_store(store)
    , m_nam(nam)
    , m_oidc(new OidcClient(config, nam, this))
    , m_scheduler(new RefreshScheduler(this)) {
    connect(m_oidc, &OidcClient::browserOpened, this, &Session::browserOpened);
    connect(m_scheduler, &RefreshScheduler::due, this, &Session::onScheduledRefresh);
}

Session::~Session() = default;

QString Session::rememberedAgencyKey() {
    return QStringLiteral("session/agencyId");
}

QString Session::rememberedAgencyId() {
    return QSettings().value(rememberedAgencyKey()).toString();
}

void Session::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcAuth) << "session state:" << state;
    emit stateChanged(state);
}

// --- persistence ------------------------------------------------------------------------------

QByteArray Session::serializeFor(const UserInfo &user, const TokenSet &tokens,
                                 const std::optional<Agency> &agency) {
    // Only what must survive a restart (DESIGN §3): the refresh token and small metadata. The
    // access token stays in memory: a JWT of a few KB would push the entry past Windows
    // Credential Manager's 2,560-byte limit, and the next run refreshes anyway.
    nlohmann::json j = {
        {"version", 2},
        {"refresh_token", tokens.refreshToken.toStdString()},
        {"issued_at", tokens.issuedAt.toMSecsSinceEpoch()},
        {"expires_at", tokens.expiresAt.toMSecsSinceEpoch()},
        {"user",
         {{"sub", user.subject.toStdString()},
          {"name", user.name.toStdString()},
          {"email", user.email.toStdString()},
          {"username", user.username.toStdString()}}},
    };
    if (agency)
        j["agency"] = {{"id", agency->id.toStdString()}, {"name", agency->name.toStdString()}};
    return QByteArray::fromStdString(j.dump());
}

bool Session::deserialize(const QByteArray &bytes) {
    JsonReader r = JsonReader::parse(bytes, QStringLiteral("stored session"));
    TokenSet t;
    t.refreshToken = r.nonEmptyString("refresh_token");
    // An access token stored by an older version is ignored: the first use refreshes.
    t.issuedAt = QDateTime::fromMSecsSinceEpoch(r.integer("issued_at"), QTimeZone::utc());
    t.expiresAt = QDateTime::fromMSecsSinceEpoch(r.integer("expires_at"), QTimeZone::utc());
    JsonReader u = r.object("user");
    UserInfo user;
    user.subject = u.string("sub");
    user.name = u.string("name");
    user.email = u.string("email");
    user.username = u.string("username");
    r.merge(u);
    std::optional<Agency> agency;
    if (r.has("agency")) {
        JsonReader a = r.object("agency");
        agency = Agency{a.nonEmptyString("id"), a.string("name")};
        r.merge(a);
    }
    if (!r.ok()) {
        qCWarning(lcAuth) << "the stored session is unreadable:" << r.error();
        return false;
    }
    m_user = user;
    m_agency = agency;
    m_tokens = t;
    return true;
}

bool Session::accessTokenUsable() const {
    if (m_tokens.accessToken.isEmpty() || !m_tokens.expiresAt.isValid())
        return false;
    // Not sent in its last moments (clock skew, transfer time): 30 s, or a fifth of a short
    // lifetime.
    const qint64 lifetime = m_tokens.issuedAt.msecsTo(m_tokens.expiresAt);
    const qint64 margin = std::min(kExpiryMarginMs, std::max<qint64>(0, lifetime / 5));
    return QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt) > margin;
}

// --- restore ----------------------------------------------------------------------------------

void Session::restore() {
    const quint64 generation = m_generation;
    store()->read(QString::fromLatin1(TokenStore::kSessionKey), this,
                  [this, generation](Result<StoredEntry> stored) {
                      if (generation != m_generation) { // a sign-in or sign-out came first
                          emit restoreFinished();
                          return;
                      }
                      if (!stored) {
                          m_lastError = stored.error();
                          setState(State::SignedOut);
                          emit keychainError(stored.error().message);
                      } else if (stored.value().found && deserialize(stored.value().data)) {
                          qCInfo(lcAuth) << "session restored from the keychain";
                          setState(State::SignedIn);
                          scheduleRefresh();
                      } else {
                          setState(State::SignedOut);
                      }
                      emit restoreFinished();
                  });
}

// --- sign-in ----------------------------------------------------------------------------------

template <class T> Callback<T> Session::signInStep(std::function<void(const T &)> next) {
    return [this, generation = m_generation, next = std::move(next)](const Result<T> &answer) {
        if (generation != m_generation)
            return;
        if (!answer)
            failSignIn(answer.error());
        else
            next(answer.value());
    };
}

void Session::signIn() {
    if (m_refreshing) {
        // The refresh in flight has consumed the stored refresh token; abandoning it would lose
        // the rotated one and later replay the consumed one, which a rotating provider answers
        // by revoking the whole grant. The sign-in starts once the refresh has settled.
        setState(State::SigningIn);
        if (!m_signInQueued) {
            m_signInQueued = true;
            qCInfo(lcAuth) << "sign-in waits for the refresh in flight";
            m_refreshWaiters.append([this](const Result<Done> &) {
                if (std::exchange(m_signInQueued, false))
                    signIn();
            });
        }
        return;
    }
    m_signInQueued = false;
    ++m_generation;
    m_lastError = {};
    m_agencies.clear();
    m_pending = {};
    m_upgrading = false;
    // A session already there (signing in again) rests while the browser is out.
    m_scheduler->stop();
    setState(State::SigningIn);
    const QString previous = m_tokens.refreshToken;
    if (previous.isEmpty()) {
        authorize();
        return;
    }
    // Signing in again: the previous grant is revoked (RFC 7009) BEFORE the authorization
    // request, not after the new session exists. A browser that kept its provider session gets
    // the same grant for the new sign-in (oidc-provider reuses it), and revoking any token of a
    // grant revokes all of them (RFC 7009 §2.1 allows it; oidc-provider does it), so revoking
    // afterwards would end the new session too (tests/devstack/test/oidc.test.mjs shows both).
    // Best effort: when the provider cannot be reached the old session stays, as before.
    qCInfo(lcAuth) << "signing in again: revoking the previous session first";
    m_oidc->revokeRefreshToken(previous, this,
                               [this, previous, generation = m_generation](bool revoked) {
                                   if (revoked && m_tokens.refreshToken == previous)
                                       forgetRevokedSession();
                                   if (generation == m_generation)
                                       authorize();
                               });
}

void Session::authorize() {
    m_oidc->signIn(this, signInStep<OidcTokens>(
                             [this](const OidcTokens &tokens) { onTokensObtained(tokens); }));
}

void Session::forgetRevokedSession() {
    qCInfo(lcAuth) << "the previous session was revoked at the provider";
    if (m_state != State::SigningIn) {
        // The new sign-in was cancelled while the revocation was under way.
        endSession(sessionEnded());
        return;
    }
    // Its tokens are void: a failed or cancelled new sign-in ends signed out, not in a session
    // whose next refresh would be refused. Removed before the new entry is written (the store
    // runs its jobs in order).
    m_tokens = {};
    m_user = {};
    m_agency.reset();
    store()->remove(QString::fromLatin1(TokenStore::kSessionKey), this, [this](Result<Done> r) {
        if (!r)
            emit keychainError(r.error().message);
    });
}

void Session::cancelSignIn() {
    if (m_state != State::SigningIn)
        return;
    if (std::exchange(m_signInQueued, false)) {
        // Not started yet: the refresh in flight must still land (no generation bump).
        failSignIn(signInCancelled());
        return;
    }
    ++m_generation;
    m_oidc->cancel();
    failSignIn(signInCancelled());
}

void Session::failSignIn(const Error &error) {
    m_upgrading = false;
    m_lastError = error;
    m_pending = {};
    m_pendingUser = {};
    // Signing in again and failing keeps the session there was, if any.
    const bool hadSession = !m_tokens.refreshToken.isEmpty();
    setState(hadSession ? State::SignedIn : State::SignedOut);
    if (hadSession)
        scheduleRefresh();
    emit signInFailed(error.message);
}

void Session::onTokensObtained(const OidcTokens &tokens) {
    m_pendingUser = UserInfo{tokens.claims.subject, tokens.claims.name, tokens.claims.email,
                             tokens.claims.preferredUsername};
    m_pending.accessToken = tokens.accessToken;
    m_pending.refreshToken = tokens.refreshToken;
    m_pending.issuedAt = tokens.receivedAt;
    m_pending.expiresAt = tokens.receivedAt.addSecs(tokens.expiresIn);
    listAgencies();
}

void Session::listAgencies() {
    if (!m_agencyLister) {
        failSignIn(Error::make(Error::Kind::Invalid,
                               QStringLiteral("no AgencyLister: construct FigestioApi with the "
                                              "session")));
        return;
    }
    m_agencyLister->listAgencies(m_pending.accessToken, this,
                                 signInStep<QList<Agency>>([this](const QList<Agency> &agencies) {
                                     resolveAgencies(agencies);
                                 }));
}

void Session::resolveAgencies(const QList<Agency> &agencies) {
    m_agencies = agencies;
    if (agencies.isEmpty()) {
        failSignIn(Error::make(
            Error::Kind::Forbidden,
            QCoreApplication::translate("Session",
                                        "Your account does not belong to any agency yet. Ask your "
                                        "agency to add you, then sign in again."),
            QStringLiteral("no_agency")));
        return;
    }
    if (agencies.size() == 1) {
        qCInfo(lcAuth) << "one agency: chosen automatically";
        upgradeToAgency(agencies.first());
        return;
    }
    qCInfo(lcAuth) << agencies.size() << "agencies: asking which one";
    emit agencyChoiceRequired(agencies);
}

void Session::chooseAgency(const QString &agencyId) {
    std::optional<Agency> chosen;
    for (const Agency &a : std::as_const(m_agencies))
        if (a.id == agencyId)
            chosen = a;
    if (m_state == State::SigningIn) {
        if (m_pending.refreshToken.isEmpty()) {
            qCWarning(lcAuth) << "chooseAgency() before the agencies were listed: ignored";
            return;
        }
        if (!chosen) {
            failSignIn(Error::make(
                Error::Kind::Invalid,
                QCoreApplication::translate("Session", "You do not belong to the agency “%1”.")
                    .arg(agencyId),
                QStringLiteral("unknown_agency")));
            return;
        }
        if (m_upgrading) {
            // A second click: the pending refresh token must be used once only.
            qCDebug(lcAuth) << "an agency is being applied already: ignored";
            return;
        }
        upgradeToAgency(*chosen);
        return;
    }
    if (m_state != State::SignedIn)
        return;
    // Switching agency while signed in is a refresh too: never two at once with the same
    // refresh token (the provider revokes the whole grant on reuse).
    if (m_refreshing) {
        m_refreshWaiters.append([this, agencyId](Result<Done>) {
            QTimer::singleShot(0, this, [this, agencyId] { chooseAgency(agencyId); });
        });
        return;
    }
    m_refreshing = true;
    m_scheduler->stop();
    // The server decides whether it is allowed (403).
    const Agency target = chosen.value_or(Agency{agencyId, QString()});
    const quint64 generation = m_generation;
    startRefresh(target.id, [this, generation, target](Result<TokenSet> tokens) {
        if (generation != m_generation)
            return;
        if (!tokens) {
            finishRefresh(tokens.error());
            scheduleRefresh();
            m_lastError = tokens.error();
            if (tokens.error().kind == Error::Kind::Unauthorized)
                endSession(tokens.error());
            else
                emit signInFailed(tokens.error().message);
            return;
        }
        storeAndApply(tokens.value(), target, [this, target](Result<Done>) {
            rememberAgency(target);
            finishRefresh(Done{});
            scheduleRefresh();
            emit agencyChanged();
        });
    });
}

void Session::rememberAgency(const Agency &agency) {
    QSettings settings;
    settings.setValue(rememberedAgencyKey(), agency.id);
}

void Session::upgradeToAgency(const Agency &agency) {
    m_upgrading = true;
    // The sign-in's tokens are not the session's yet: refresh with the pending refresh token.
    startRefreshWith(m_pending.refreshToken, agency.id,
                     signInStep<TokenSet>(
                         [this, agency](const TokenSet &tokens) { storeSignIn(tokens, agency); }));
}

void Session::storeSignIn(const TokenSet &scoped, const Agency &agency) {
    const quint64 generation = m_generation;
    // Stored first; the session exists only once the keychain holds it.
    store()->write(QString::fromLatin1(TokenStore::kSessionKey),
                   serializeFor(m_pendingUser, scoped, agency), this,
                   [this, generation, agency, scoped](Result<Done> written) {
                       if (generation != m_generation)
                           return;
                       if (!written) {
                           emit keychainError(written.error().message);
                           failSignIn(written.error());
                           return;
                       }
                       // A previous session's grant was revoked before the authorization
                       // request (signIn()); its entry is overwritten here.
                       m_user = m_pendingUser;
                       m_agency = agency;
                       m_tokens = scoped;
                       m_pending = {};
                       m_pendingUser = {};
                       m_upgrading = false;
                       m_refreshBackoff.reset();
                       rememberAgency(agency);
                       qCInfo(lcAuth) << "signed in; agency" << agency.id;
                       setState(State::SignedIn);
                       emit agencyChanged();
                       scheduleRefresh();
                   });
}

// --- refresh ----------------------------------------------------------------------------------

void Session::startRefresh(const QString &agencyId, Callback<TokenSet> done) {
    startRefreshWith(m_tokens.refreshToken, agencyId, std::move(done));
}

void Session::startRefreshWith(const QString &refreshToken, const QString &agencyId,
                               Callback<TokenSet> done) {
    QUrl url(m_config.issuerUrl.toString() + QLatin1String("/auth/refresh"));
    if (!agencyId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("agency_id"),
                           QString::fromLatin1(QUrl::toPercentEncoding(agencyId)));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + refreshToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    qCDebug(lcAuth) << "refreshing the access token";
    // One attempt: a rotated refresh token must not be replayed blindly; the caller retries
    // later with backoff on network errors.
    HttpCall::Request post{request, "POST"};
    post.category = lcAuth;
    HttpCall::send(m_nam, post, this, [done](const HttpResponse &response) {
        if (!response.ok()) {
            Error e = HttpCall::toError(
                response, QCoreApplication::translate("Session", "Renewing your session"));
            if (response.status == 401)
                e = sessionEnded();
            done(e);
            return;
        }
        JsonReader r = JsonReader::parse(response.body, QStringLiteral("refresh"));
        TokenSet t;
        t.accessToken = r.nonEmptyString("access_token");
        t.refreshToken = r.nonEmptyString("refresh_token");
        const qint64 expiresIn = r.integer("expires_in");
        if (r.ok() && expiresIn <= 0)
            r.fail(QCoreApplication::translate("Session", "refresh.expires_in: must be positive"));
        if (!r.ok()) {
            done(Error::make(Error::Kind::Malformed,
                             QCoreApplication::translate(
                                 "Session", "The sign-in service's answer could not be read (%1).")
                                 .arg(r.error())));
            return;
        }
        t.issuedAt = QDateTime::currentDateTimeUtc();
        t.expiresAt = t.issuedAt.addSecs(expiresIn);
        done(t);
    });
}

void Session::refreshNow(QObject *context, Callback<Done> callback) {
    GuardedCallback<Done> cb(context, std::move(callback));
    if (m_state != State::SignedIn) {
        cb(notSignedIn());
        return;
    }
    m_refreshWaiters.append([cb](Result<Done> r) { cb(std::move(r)); });
    if (m_refreshing)
        return; // shares the refresh in flight
    m_refreshing = true;
    m_scheduler->stop();
    const quint64 generation = m_generation;
    const std::optional<Agency> agency = m_agency;
    startRefresh(
        agency ? agency->id : QString(), [this, generation, agency](Result<TokenSet> tokens) {
            if (generation != m_generation)
                return; // signed out meanwhile; waiters were answered then
            if (!tokens) {
                m_lastError = tokens.error();
                if (tokens.error().kind == Error::Kind::Unauthorized) {
                    endSession(tokens.error());
                } else {
                    qCInfo(lcAuth) << "refresh failed; retrying later:" << tokens.error().message;
                    scheduleRetry();
                    finishRefresh(tokens.error());
                }
                return;
            }
            m_refreshBackoff.reset();
            storeAndApply(tokens.value(), agency, [this](Result<Done>) {
                finishRefresh(Done{});
                scheduleRefresh();
            });
        });
}

void Session::storeAndApply(const TokenSet &tokens, const std::optional<Agency> &agency,
                            Callback<Done> done) {
    const quint64 generation = m_generation;
    // Rotation: the new refresh token is written (overwriting the old in one step) before the
    // session drops the old one from memory.
    store()->write(QString::fromLatin1(TokenStore::kSessionKey),
                   serializeFor(m_user, tokens, agency), this,
                   [this, generation, tokens, agency, done](Result<Done> written) {
                       if (generation != m_generation)
                           return;
                       if (!written) {
                           // The old token is already void at the server: keep the new one in
                           // memory for this run and say so.
                           m_lastError = written.error();
                           emit keychainError(written.error().message);
                       }
                       m_tokens = tokens;
                       m_agency = agency;
                       done(written);
                   });
}

void Session::finishRefresh(const Result<Done> &result) {
    m_refreshing = false;
    const QList<Callback<Done>> waiters = std::exchange(m_refreshWaiters, {});
    for (const Callback<Done> &w : waiters)
        w(result);
}

void Session::onScheduledRefresh() {
    if (m_state != State::SignedIn || m_refreshing)
        return;
    qCDebug(lcAuth) << "scheduled refresh";
    refreshNow(this, [](Result<Done>) {});
}

void Session::scheduleRefresh() {
    if (m_state == State::SignedIn && m_tokens.expiresAt.isValid())
        m_scheduler->schedule(m_tokens.issuedAt, m_tokens.expiresAt);
}

void Session::scheduleRetry() {
    if (m_state == State::SignedIn)
        m_scheduler->scheduleIn(m_refreshBackoff.nextDelayMs());
}

void Session::withAccessToken(QObject *context, Callback<QString> callback) {
    GuardedCallback<QString> cb(context, std::move(callback));
    if (m_state != State::SignedIn) {
        cb(m_state == State::Expired ? sessionEnded() : notSignedIn());
        return;
    }
    if (accessTokenUsable()) {
        cb(m_tokens.accessToken);
        return;
    }
    refreshNow(this, [this, cb](Result<Done> refreshed) {
        if (!refreshed)
            cb(refreshed.error());
        else
            cb(m_tokens.accessToken);
    });
}

// --- ending -----------------------------------------------------------------------------------

void Session::markExpired(const QString &reason) {
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcAuth) << "the server refused a fresh access token; ending the session";
    Error e = sessionEnded();
    if (!reason.isEmpty())
        e.message = reason;
    endSession(e);
}

void Session::endSession(const Error &why) {
    ++m_generation;
    m_lastError = why;
    m_scheduler->stop();
    m_tokens = {};
    setState(State::Expired);
    finishRefresh(why);
    qCInfo(lcAuth) << "session expired: deleting the stored tokens";
    store()->remove(QString::fromLatin1(TokenStore::kSessionKey), this, [this](Result<Done> r) {
        if (!r)
            emit keychainError(r.error().message);
        emit sessionExpired();
    });
}

void Session::signOut() {
    ++m_generation;
    m_signInQueued = false;
    if (m_oidc->isActive())
        m_oidc->cancel();
    m_scheduler->stop();
    finishRefresh(notSignedIn());
    const QString refreshToken = m_tokens.refreshToken;
    m_tokens = {};
    m_pending = {};
    m_pendingUser = {};
    m_upgrading = false;
    m_user = {};
    m_agency.reset();
    m_agencies.clear();
    setState(State::SignedOut);
    store()->remove(QString::fromLatin1(TokenStore::kSessionKey), this,
                    [this, refreshToken](Result<Done> r) {
                        if (!r) {
                            m_lastError = r.error();
                            emit keychainError(r.error().message);
                        } else {
                            qCInfo(lcAuth) << "signed out; stored tokens deleted";
                        }
                        if (refreshToken.isEmpty()) {
                            emit signOutFinished();
                            return;
                        }
                        // Then the grant at the provider (RFC 7009), best effort and bounded:
                        // the local delete above is what counts.
                        m_oidc->revokeRefreshToken(refreshToken, this,
                                                   [this](bool) { emit signOutFinished(); });
                    });
}

} // namespace figestio
