#pragma once

#include <QByteArray>

namespace figestio {

// Proof Key for Code Exchange (RFC 7636), S256 only.
struct Pkce {
    QByteArray verifier;  // 43–128 chars of [A-Za-z0-9-._~]
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding

    // A fresh pair; the verifier is 64 chars from the system CSPRNG.
    static Pkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    static bool isValidVerifier(const QByteArray &verifier);
};

} // namespace figestio
