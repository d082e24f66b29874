#pragma once

// Small helpers of the auth integration tests (header-only).

#include "SignInPorts.h"

#include "auth/Session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace authtest {

// The error message of a failed Result, for QVERIFY2 (which evaluates its message eagerly).
template <class R> inline QByteArray why(const R &r) {
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

// `secret-tool search --all server com.figestio.sync`: attributes and secrets of our items.
// Returns stdout+stderr; never print it in a test message (it holds the tokens).
inline QString keychainItems() {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
             QStringLiteral("com.figestio.sync")});
    if (!p.waitForFinished(10000))
        return QStringLiteral("secret-tool timed out");
    return QString::fromUtf8(p.readAll());
}

inline bool keychainHasSession() {
    const QString items = keychainItems();
    return items.contains(QStringLiteral("attribute.server = com.figestio.sync")) &&
           items.contains(QStringLiteral("attribute.user = session")) &&
           items.contains(QStringLiteral("refresh_token"));
}

// The refresh token of the session entry in the keychain (`secret-tool lookup`), or empty.
inline QString storedRefreshToken() {
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            QStringLiteral("com.figestio.sync"),
                                            QStringLiteral("user"), QStringLiteral("session")});
    if (!p.waitForFinished(10000))
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput())
        .object()
        .value(QStringLiteral("refresh_token"))
        .toString();
}

// The HTTP status of POST {issuer}/auth/refresh with this refresh token (0: no answer). Careful:
// a working token is rotated by it, and a consumed one makes the provider revoke its grant.
inline int refreshStatus(const QUrl &issuer, const QString &refreshToken) {
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(issuer.toString() + QStringLiteral("/auth/refresh")));
    request.setRawHeader("Authorization", "Bearer " + refreshToken.toUtf8());
    QNetworkReply *reply = nam.post(request, QByteArray());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

// Session::refreshNow(), awaited (no answer in time: a Timeout error).
inline figestio::Result<figestio::Done> refreshAndWait(figestio::Session &session,
                                                       int timeoutMs = 10000) {
    std::optional<figestio::Result<figestio::Done>> result;
    session.refreshNow(&session, [&result](figestio::Result<figestio::Done> r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return figestio::Error::make(figestio::Error::Kind::Timeout,
                                     QStringLiteral("no refresh answer"));
    return *result;
}

// Raw HTTP to a sign-in port (tests/support/SignInPorts.h).
using figestio::test::exchange;
using figestio::test::statusOf;

// A real Syncthing device ID (`syncthing generate` in a throw-away home).
inline QString newDeviceId() {
    QTemporaryDir home;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("syncthing"),
            {QStringLiteral("generate"), QStringLiteral("--home=") + home.path(),
             QStringLiteral("--no-default-folder"), QStringLiteral("--skip-port-probing")});
    p.waitForFinished(20000);
    const auto m = QRegularExpression(QStringLiteral("Device ID: ([A-Z0-9-]{63})"))
                       .match(QString::fromUtf8(p.readAll()));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace authtest
