#include "Pkce.h"

#include "common/RandomSecret.h"

#include <QCryptographicHash>

namespace figestio {

QByteArray Pkce::challengeFor(const QByteArray &verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::isValidVerifier(const QByteArray &verifier) {
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const char c : verifier) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (!unreserved)
            return false;
    }
    return true;
}

Pkce Pkce::generate() {
    Pkce p;
    p.verifier = randomSecret(48); // 48 bytes → 64 base64url chars, all unreserved
    p.challenge = challengeFor(p.verifier);
    return p;
}

} // namespace figestio
