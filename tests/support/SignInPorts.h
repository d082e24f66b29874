// The sign-in ports 51789–51799 as tests see them. Under run-test as root each test has a
// network namespace where nothing else takes them; elsewhere another program may hold one at
// any time, and the app is right to move on, so the tests allow for it.
#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QTcpServer>

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

} // namespace figestio::test
