#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace figestio {

// The claims of an ID token we use. The signature is not checked here: the token comes
// straight from the token endpoint over TLS (OIDC Core §3.1.3.7, "MAY use TLS server
// validation"), so we decode the payload and check iss, aud, exp and nonce.
struct IdTokenClaims {
    QString issuer, subject, name, email, preferredUsername, nonce;
    QString authorizedParty; // azp
    QStringList audience;
    QDateTime expiresAt;
};

class IdToken {
public:
    // Decodes the payload of a compact JWT (header.payload.signature) into claims. Any problem
    // → a Malformed error in words.
    static Result<IdTokenClaims> decode(const QByteArray &jwt);
    // decode() plus the checks; `now` and `leewaySeconds` for clock skew.
    static Result<IdTokenClaims> validate(const QByteArray &jwt, const QString &expectedIssuer,
                                          const QString &clientId, const QString &expectedNonce,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                          int leewaySeconds = 120);
    // The JSON payload of any compact JWT (also used for the access token's exp/agency_id),
    // or an empty array when it is not a JWT.
    static QByteArray payload(const QByteArray &jwt);
};

} // namespace figestio
