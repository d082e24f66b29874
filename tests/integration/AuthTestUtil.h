#pragma once

// Small helpers of the auth integration tests (header-only).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
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

// Raw bytes to 127.0.0.1:port; everything answered until the server closes (the code under
// test runs in this thread, so events are processed while waiting).
inline QByteArray exchange(quint16 port, const QByteArray &raw, int timeoutMs = 8000) {
    QTcpSocket s;
    QElapsedTimer t;
    t.start();
    // Never block without the event loop: the server under test must get to accept().
    s.connectToHost(QHostAddress::LocalHost, port);
    while (s.state() != QAbstractSocket::ConnectedState &&
           s.state() != QAbstractSocket::UnconnectedState && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (s.state() != QAbstractSocket::ConnectedState)
        return "CONNECT FAILED";
    s.write(raw);
    QByteArray answer;
    while (s.state() != QAbstractSocket::UnconnectedState && t.elapsed() < timeoutMs) {
        QTest::qWait(5);
        answer += s.readAll();
    }
    return answer + s.readAll();
}

inline int statusOf(const QByteArray &answer) {
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

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
