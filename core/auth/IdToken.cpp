#include "IdToken.h"

#include "common/JsonReader.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace figestio {

namespace {
Error malformed(const QString &detail) {
    return Error::make(
        Error::Kind::Malformed,
        QCoreApplication::translate(
            "IdToken", "The sign-in server sent an identity that could not be read (%1).")
            .arg(detail));
}
} // namespace

QByteArray IdToken::payload(const QByteArray &jwt) {
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

Result<IdTokenClaims> IdToken::decode(const QByteArray &jwt) {
    const QByteArray json = payload(jwt);
    if (json.isEmpty())
        return malformed(QCoreApplication::translate("IdToken", "not a JSON Web Token"));
    JsonReader r = JsonReader::parse(json, QStringLiteral("id_token"));
    if (!r.ok())
        return malformed(r.error());
    if (!r.isObject())
        return malformed(QCoreApplication::translate("IdToken", "the payload is not an object"));
    IdTokenClaims c;
    c.issuer = r.nonEmptyString("iss");
    c.subject = r.nonEmptyString("sub");
    const qint64 exp = r.integer("exp");
    // aud is a string or a list of strings (OIDC Core §2).
    if (r.ok()) {
        const auto &aud = r.json().find("aud");
        if (aud != r.json().end() && aud->is_string())
            c.audience << QString::fromStdString(aud->get<std::string>());
        else
            c.audience = r.stringList("aud");
    }
    c.name = r.optionalString("name").value_or(QString());
    c.email = r.optionalString("email").value_or(QString());
    c.preferredUsername = r.optionalString("preferred_username").value_or(QString());
    c.nonce = r.optionalString("nonce").value_or(QString());
    c.authorizedParty = r.optionalString("azp").value_or(QString());
    if (!r.ok())
        return malformed(r.error());
    c.expiresAt = QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc());
    return c;
}

Result<IdTokenClaims> IdToken::validate(const QByteArray &jwt, const QString &expectedIssuer,
                                        const QString &clientId, const QString &expectedNonce,
                                        const QDateTime &now, int leewaySeconds) {
    Result<IdTokenClaims> decoded = decode(jwt);
    if (!decoded)
        return decoded;
    const IdTokenClaims &c = decoded.value();
    auto invalid = [](const QString &what) {
        return Error::make(
            Error::Kind::Malformed,
            QCoreApplication::translate("IdToken",
                                        "The sign-in could not be verified (%1). Please try again.")
                .arg(what));
    };
    if (c.issuer != expectedIssuer)
        return invalid(QCoreApplication::translate("IdToken", "unexpected issuer"));
    // OIDC Core §3.1.3.7 (3)–(5): we trust no audience but ourselves, so any other one
    // rejects the token; azp, when present, must name us.
    if (c.audience != QStringList{clientId} ||
        (!c.authorizedParty.isEmpty() && c.authorizedParty != clientId))
        return invalid(QCoreApplication::translate("IdToken", "issued for another application"));
    if (c.expiresAt.addSecs(leewaySeconds) < now)
        return invalid(QCoreApplication::translate(
            "IdToken", "the identity has expired; check the computer's clock"));
    if (expectedNonce.isEmpty() || c.nonce != expectedNonce)
        return invalid(
            QCoreApplication::translate("IdToken", "it does not belong to this sign-in attempt"));
    return decoded;
}

} // namespace figestio
