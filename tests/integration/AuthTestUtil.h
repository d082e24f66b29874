#pragma once

// Small helpers of the auth integration tests (header-only).

#include "SignInPorts.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
