#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace figestio {

class RestClient;

// A Syncthing left by a crashed run of the app on the same home: found through the persisted
// port and key (it answers ping), the pid file, or a process started with our --home. Where
// there is no /proc (macOS) the pid file alone names it: its pid, alive, recorded for this home,
// while our port answers our key. It is
// shut down, never adopted: an orphan has no QProcess to supervise (no exit notice, no crash
// restart), may be an older binary, and a fresh start costs about 1.5 s. Afterwards exactly
// one supervised Syncthing can run (its database lock and port are free).
class LeftoverSweep : public QObject {
    Q_OBJECT
public:
    // rest: already pointed at the persisted port with the persisted key.
    LeftoverSweep(RestClient *rest, QObject *parent = nullptr);

    // Emits finished() once nothing is left (at once, from the event loop, in the usual case).
    void run(const QString &home, const QString &pidFile, int guiPort);
    void cancel(); // no finished() follows

    // Processes running Syncthing on this home (Linux /proc), plus the pid file's session.
    static QList<qint64> find(const QString &home, const QString &pidFile);
    // The pid file's process when it is alive and the file was written for this home (0: none);
    // no /proc needed. Only trusted once our port answered our key (run()).
    static qint64 fromPidFile(const QString &home, const QString &pidFile);

signals:
    void finished();

private:
    void waitUntilGone();

    QString m_home;

    RestClient *m_rest;
    QTimer m_poll;
    QList<qint64> m_pids;
    QString m_pidFile;
    int m_port = 0;
    qint64 m_startedMs = 0;
    quint64 m_run = 0; // a cancelled or repeated run's late answers are dropped
};

} // namespace figestio
