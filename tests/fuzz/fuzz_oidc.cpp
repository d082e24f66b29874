// The sign-in service's answers: discovery document, token response, ID token.
#include "FuzzInput.h"
#include "auth/IdToken.h"
#include "auth/OidcClient.h"
#include "auth/OidcDiscovery.h"

#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    using namespace figestio;
    const fuzz::Input in = fuzz::split(data, size);
    const QString issuer = QStringLiteral("https://id.figestio.example");
    switch (in.selector % 4) {
    case 0:
        (void)OidcDiscovery::parse(in.bytes, QUrl(issuer));
        break;
    case 1:
        (void)OidcClient::parseTokenResponse(in.bytes, issuer, QStringLiteral("figestio-sync"),
                                             QStringLiteral("nonce"));
        break;
    case 2:
        (void)IdToken::validate(in.bytes, issuer, QStringLiteral("figestio-sync"),
                                QStringLiteral("nonce"));
        break;
    default:
        (void)IdToken::payload(in.bytes);
        break;
    }
    return 0;
}
