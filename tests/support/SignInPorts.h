// The sign-in ports 51789–51799 as tests see them. Under run-test as root each test has a
// network namespace where nothing else takes them; elsewhere another program may hold one at
// any time, and the app is right to move on, so the tests allow for it.
#pragma once

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

namespace figestio::test {

inline constexpr quint16 kFirstSignInPort = 51789;
inline constexpr quint16 kLastSignInPort = 51799;

// The first fallback port (after 51789) nobody holds right now; 0 when none is free.
inline quint16 firstFreeFallbackPort() {
    for (quint16 p = kFirstSignInPort + 1; p <= kLastSignInPort; ++p) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, p))
            return p;
    }
    return 0;
}

// Holds every sign-in port (one already held by another program counts as held); false when a
// port could not be taken for another reason.
inline bool holdAllSignInPorts(std::vector<std::unique_ptr<QTcpServer>> &held) {
    for (quint16 p = kFirstSignInPort; p <= kLastSignInPort; ++p) {
        held.push_back(std::make_unique<QTcpServer>());
        if (!held.back()->listen(QHostAddress::LocalHost, p) &&
            held.back()->serverError() != QAbstractSocket::AddressInUseError)
            return false;
    }
    return true;
}

// Raw bytes to 127.0.0.1:port; everything answered until the server closes (the code under
// test runs in this thread, so events are processed while waiting).
inline QByteArray exchange(quint16 port, const QByteArray &raw, int timeoutMs = 8000) {
    QTcpSocket s;
    QElapsedTimer t;
    t.start();
    // Never block without the event loop: the server under test must get to accept().
    s.connectToHost(QHostAddress::LocalHost, port);
    const auto settled = [&s] {
        return s.state() == QAbstractSocket::ConnectedState ||
               s.state() == QAbstractSocket::UnconnectedState;
    };
    if (!QTest::qWaitFor(settled, timeoutMs) || s.state() != QAbstractSocket::ConnectedState)
        return "CONNECT FAILED";
    s.write(raw);
    QByteArray answer;
    const auto closed = [&] {
        answer += s.readAll();
        return s.state() == QAbstractSocket::UnconnectedState;
    };
    (void)QTest::qWaitFor(closed, std::max<int>(0, int(timeoutMs - t.elapsed())));
    return answer + s.readAll();
}

// The status of an answer from exchange(); 0 when there is none.
inline int statusOf(const QByteArray &answer) {
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace figestio::test
