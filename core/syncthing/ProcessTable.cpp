#include "ProcessTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

namespace figestio {

namespace {
// /proc/<pid>/stat after "pid (comm) ": state ppid pgrp session …; empty when the process is
// gone. comm may hold spaces, so the split starts after the last ')'.
QList<QByteArray> statFields(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

QList<qint64> allPids() {
    QList<qint64> out;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (isPid)
            out << pid;
    }
    return out;
}
} // namespace

bool ProcessTable::isAlive(qint64 pid) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_LINUX)
    // No /proc (macOS): signal 0 only asks whether the process exists.
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
#else
    const QList<QByteArray> fields = statFields(pid);
    return !fields.isEmpty() && fields.at(0) != "Z";
#endif
}

QList<qint64> ProcessTable::sessionPids(qint64 sid) {
    QList<qint64> out;
    if (sid <= 0)
        return out;
    for (qint64 pid : allPids()) {
        const QList<QByteArray> fields = statFields(pid);
        if (fields.size() >= 4 && fields.at(0) != "Z" && fields.at(3).toLongLong() == sid)
            out << pid;
    }
    return out;
}

QByteArray ProcessTable::cmdline(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QList<qint64> ProcessTable::withArgument(const QByteArray &argument) {
    QList<qint64> out;
    for (qint64 pid : allPids()) {
        if (pid == QCoreApplication::applicationPid())
            continue;
        // argv is NUL-separated: match the whole argument, not a prefix of a longer one.
        if (('\0' + cmdline(pid)).contains('\0' + argument + '\0') && isAlive(pid))
            out << pid;
    }
    return out;
}

void ProcessTable::signal(const QList<qint64> &pids, int sig) {
#ifdef Q_OS_UNIX
    for (qint64 pid : pids)
        ::kill(static_cast<pid_t>(pid), sig);
#else
    Q_UNUSED(pids)
    Q_UNUSED(sig)
#endif
}

} // namespace figestio
