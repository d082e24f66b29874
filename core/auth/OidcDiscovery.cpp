#include "OidcDiscovery.h"

#include "common/BackendConfig.h"
#include "common/HttpCall.h"
#include "common/JsonReader.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkRequest>
#include <QTimer>

namespace figestio {

namespace {
// Per process, per issuer: discovery documents change with deployments, not within a run.
QHash<QString, OidcEndpoints> &cache() {
    static QHash<QString, OidcEndpoints> c;
    return c;
}

QString trimmed(QString s) {
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

Error malformed(const QString &detail) {
    return Error::make(
        Error::Kind::Malformed,
        QCoreApplication::translate("OidcDiscovery",
                                    "The sign-in service's configuration could not be read (%1).")
            .arg(detail));
}
} // namespace

void OidcDiscovery::clearCache() {
    cache().clear();
}

Result<OidcEndpoints> OidcDiscovery::parse(const QByteArray &body, const QUrl &expectedIssuer) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("openid-configuration"));
    OidcEndpoints e;
    e.issuer = r.nonEmptyString("issuer");
    const QString authorization = r.nonEmptyString("authorization_endpoint");
    const QString token = r.nonEmptyString("token_endpoint");
    if (!r.ok())
        return malformed(r.error());
    // OIDC Discovery §4.3: the issuer in the document must be the one we asked.
    if (trimmed(e.issuer) != trimmed(expectedIssuer.toString()))
        return malformed(QCoreApplication::translate("OidcDiscovery", "it names another issuer"));
    const QString revocation = r.optionalString("revocation_endpoint").value_or(QString());
    if (!r.ok())
        return malformed(r.error());
    e.authorization = QUrl(authorization);
    e.token = QUrl(token);
    QList<QUrl> endpoints{e.authorization, e.token};
    if (!revocation.isEmpty()) {
        e.revocation = QUrl(revocation);
        endpoints << e.revocation;
    }
    for (const QUrl &u : endpoints) {
        const QString scheme = u.scheme();
        if (!u.isValid() || u.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return malformed(
                QCoreApplication::translate("OidcDiscovery", "an endpoint is not a web address"));
        // The code, the verifier and the tokens travel to these: never in clear, except to
        // this computer (the devstack).
        if (scheme != QLatin1String("https") && !BackendConfig::isLoopback(u))
            return malformed(
                QCoreApplication::translate("OidcDiscovery", "an endpoint is not secure (https)"));
    }
    return e;
}

void OidcDiscovery::fetch(QNetworkAccessManager *nam, const QUrl &issuer, QObject *context,
                          Callback<OidcEndpoints> callback) {
    GuardedCallback<OidcEndpoints> cb(context, std::move(callback));
    const QString key = trimmed(issuer.toString());
    if (cache().contains(key)) {
        // Still asynchronous, like a fetch: callers may rely on returning first.
        const OidcEndpoints cached = cache().value(key);
        QTimer::singleShot(0, nam, [cb, cached] { cb(cached); });
        return;
    }
    QNetworkRequest request(QUrl(key + QLatin1String("/.well-known/openid-configuration")));
    request.setRawHeader("Accept", "application/json");
    HttpCall::Request get{request};
    get.retry = RetryPolicy{2, 300, 2000};
    get.category = lcAuth;
    HttpCall::send(nam, get, context, [cb, issuer, key](const HttpResponse &response) {
        if (!response.ok()) {
            cb(HttpCall::toError(
                response,
                QCoreApplication::translate("OidcDiscovery", "Connecting to the sign-in service")));
            return;
        }
        Result<OidcEndpoints> parsed = parse(response.body, issuer);
        if (parsed) {
            cache().insert(key, parsed.value());
            qCDebug(lcAuth) << "discovery loaded for" << key;
        }
        cb(parsed);
    });
}

} // namespace figestio
