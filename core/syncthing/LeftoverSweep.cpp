#include "LeftoverSweep.h"

#include "common/JsonReader.h"
#include "common/Logging.h"
#include "syncthing/ProcessTable.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarSettings.h"

#include <QDateTime>
#include <QFile>

#include <csignal>

#ifndef SIGKILL // Windows: the signals are only names there (see sidecar/README.md)
#define SIGKILL 9
#endif

namespace figestio {

namespace {
constexpr int kPollMs = 100;
constexpr int kWaitMs = 8000; // SIGTERM first; SIGKILL after half of it
} // namespace

LeftoverSweep::LeftoverSweep(RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest) {
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LeftoverSweep::waitUntilGone);
}

QList<qint64> LeftoverSweep::find(const QString &home, const QString &pidFile) {
    const QByteArray homeArg = (QStringLiteral("--home=") + home).toUtf8();
    QList<qint64> out = ProcessTable::withArgument(homeArg);
    // The pid file's session (with an older app: Syncthing's monitor and its child), when it
    // still runs Syncthing here.
    QFile file(pidFile);
    if (!out.isEmpty() && file.open(QIODevice::ReadOnly)) {
        JsonReader r = JsonReader::parse(file.readAll(), QStringLiteral("sidecar.pid"));
        const qint64 pid = r.integer("pid");
        if (r.ok() && pid > 0) {
            for (qint64 p : ProcessTable::sessionPids(pid)) {
                if (!out.contains(p) && ProcessTable::cmdline(p).contains(homeArg))
                    out << p;
            }
        }
    }
    return out;
}

qint64 LeftoverSweep::fromPidFile(const QString &home, const QString &pidFile) {
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    JsonReader r = JsonReader::parse(file.readAll(), QStringLiteral("sidecar.pid"));
    const qint64 pid = r.integer("pid");
    const QString recordedHome = r.string("home");
    if (!r.ok() || pid <= 0 || recordedHome != home || !ProcessTable::isAlive(pid))
        return 0;
    return pid;
}

void LeftoverSweep::run(const QString &home, const QString &pidFile, int guiPort) {
    cancel();
    const quint64 run = m_run;
    m_home = home;
    m_pidFile = pidFile;
    m_port = guiPort;
    m_pids = find(home, pidFile);
    m_rest->ping(this, [this, run](Result<Done> r) {
        if (run != m_run)
            return;
        if (!r.ok() && m_pids.isEmpty())
            return emit finished(); // the usual case: nothing left over
        qCInfo(lcSidecar) << "a Syncthing from a previous run is still running; shutting it down";
        if (r.ok()) {
            // Our port with our key: the pid file's process is that engine (the one way to reach
            // it by pid without /proc), SIGKILLed below if the shutdown does not end it.
            const qint64 recorded = fromPidFile(m_home, m_pidFile);
            if (recorded > 0 && !m_pids.contains(recorded))
                m_pids << recorded;
            m_rest->shutdown(this, [](Result<Done>) {});
        } else
            ProcessTable::signal(m_pids, SIGTERM);
        m_startedMs = QDateTime::currentMSecsSinceEpoch();
        m_poll.start();
    });
}

void LeftoverSweep::cancel() {
    ++m_run;
    m_poll.stop();
}

// Until every process of it is gone (its database stays locked until then) and its port is
// free; SIGKILL for what is left after a while.
void LeftoverSweep::waitUntilGone() {
    const qint64 waited = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    QList<qint64> alive;
    for (qint64 pid : std::as_const(m_pids)) {
        if (ProcessTable::isAlive(pid))
            alive << pid;
    }
    if (!alive.isEmpty() && waited > kWaitMs / 2)
        ProcessTable::signal(alive, SIGKILL);
    if ((alive.isEmpty() && SidecarSettings::isPortFree(m_port)) || waited > kWaitMs) {
        m_poll.stop();
        QFile::remove(m_pidFile);
        emit finished();
    }
}

} // namespace figestio
