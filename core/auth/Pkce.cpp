#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace figestio {

namespace {
// QRandomGenerator::system() is the OS CSPRNG (getrandom/ BCryptGenRandom/ arc4random).
QByteArray randomBytes(int count) {
    std::vector<quint32> words((static_cast<std::size_t>(count) + 3) / 4);
    QRandomGenerator::system()->generate(words.begin(), words.end());
    return QByteArray(reinterpret_cast<const char *>(words.data()), count);
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QByteArray Pkce::randomToken(int bytes) {
    return randomBytes(bytes).toBase64(kBase64Url);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
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
    p.verifier = randomToken(48); // 48 bytes → 64 base64url chars, all unreserved
    p.challenge = challengeFor(p.verifier);
    return p;
}

} // namespace figestio
