#pragma once

#include <QByteArray>
#include <QList>

namespace figestio {

// What the sidecar needs to know about running processes, read from /proc (Linux). Elsewhere
// the lookups find nothing (Windows/macOS stop their engine by other means: see
// sidecar/README.md).
class ProcessTable {
public:
    static bool isAlive(qint64 pid); // exists and is not a zombie (macOS: exists, by kill(pid, 0))
    static QList<qint64> sessionPids(qint64 sid); // live processes of a session
    static QByteArray cmdline(qint64 pid);        // NUL-separated argv, empty when gone
    // Live processes (the app itself excepted) with `argument` as one whole argv entry.
    static QList<qint64> withArgument(const QByteArray &argument);
    static void signal(const QList<qint64> &pids, int sig);
};

} // namespace figestio
