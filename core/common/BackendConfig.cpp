#include "BackendConfig.h"

#include "BuildConfig.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace figestio {

namespace {
QUrl trimmed(QString url) {
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return QUrl(url);
}

QString fromEnvOr(const char *name, const char *fallback) {
    if (build::kDevOverrides) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QString::fromUtf8(fallback);
}
} // namespace

BackendConfig BackendConfig::fromBuild() {
    BackendConfig c;
    c.apiUrl = trimmed(fromEnvOr("FIGESTIO_API_URL", build::kApiUrl));
    c.issuerUrl = trimmed(fromEnvOr("FIGESTIO_OIDC_ISSUER_URL", build::kIssuerUrl));
    c.clientId = QString::fromUtf8(build::kClientId);
    return c;
}

QString BackendConfig::keychainService() {
    return fromEnvOr("FIGESTIO_KEYCHAIN_SERVICE", build::kKeychainService);
}

bool BackendConfig::isLoopback(const QUrl &url) {
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString BackendConfig::validate() const {
    for (const QUrl &url : {apiUrl, issuerUrl}) {
        // User info is refused outright: http://localhost:80@evil.example names evil.example.
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
            return QCoreApplication::translate("BackendConfig",
                                               "The server address “%1” is not valid.")
                .arg(url.toString(QUrl::RemovePassword));
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https"))
            continue;
        if (scheme == QLatin1String("http") && isLoopback(url))
            continue;
        return QCoreApplication::translate(
                   "BackendConfig", "The server address “%1” is not secure (https is required).")
            .arg(url.toString(QUrl::RemovePassword));
    }
    return {};
}

} // namespace figestio
