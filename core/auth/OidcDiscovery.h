#pragma once

#include "auth/Callback.h"
#include "common/Result.h"

#include <QUrl>

class QNetworkAccessManager;

namespace figestio {

struct OidcEndpoints {
    QString issuer;
    QUrl authorization;
    QUrl token;
};

// `{issuer}/.well-known/openid-configuration`, fetched once per process and issuer (cached).
class OidcDiscovery {
public:
    static void fetch(QNetworkAccessManager *nam, const QUrl &issuer, QObject *context,
                      Callback<OidcEndpoints> callback);
    // Validates a discovery document (issuer must match; endpoints must be http(s) URLs).
    static Result<OidcEndpoints> parse(const QByteArray &body, const QUrl &expectedIssuer);
    static void clearCache();
};

} // namespace figestio
