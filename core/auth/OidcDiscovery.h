#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QUrl>

class QNetworkAccessManager;

namespace figestio {

struct OidcEndpoints {
    QString issuer;
    QUrl authorization;
    QUrl token;
    QUrl revocation; // RFC 7009; empty when the provider does not name one
};

// `{issuer}/.well-known/openid-configuration`, fetched once per process and issuer (cached).
class OidcDiscovery {
public:
    static void fetch(QNetworkAccessManager *nam, const QUrl &issuer, QObject *context,
                      Callback<OidcEndpoints> callback);
    // Validates a discovery document (issuer must match; endpoints must be https, or http to
    // loopback only).
    static Result<OidcEndpoints> parse(const QByteArray &body, const QUrl &expectedIssuer);

private:
    friend class OidcDiscoveryTestAccess; // the test seam (tests/support/AuthTestAccess.h)
    static void clearCache();
};

} // namespace figestio
