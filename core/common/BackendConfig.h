#pragma once

#include <QString>
#include <QUrl>

namespace figestio {

// The backend URLs the app talks to: the ones compiled in, or (dev builds only) the ones in
// FIGESTIO_API_URL / FIGESTIO_OIDC_ISSUER_URL, which is how tests point at the devstack.
struct BackendConfig {
    QUrl apiUrl;    // no trailing slash
    QUrl issuerUrl; // no trailing slash
    QString clientId;

    static BackendConfig fromBuild(); // honours the environment when dev overrides are on
    // The keychain service the tokens are stored under: com.figestio.sync, or (dev builds) the
    // one in FIGESTIO_KEYCHAIN_SERVICE, so a demo never touches a real installation's tokens.
    static QString keychainService();
    // Empty when usable; otherwise why not (plain http to a non-loopback host, not a URL...).
    QString validate() const;
    static bool isLoopback(const QUrl &url);
};

} // namespace figestio
