#pragma once

#include "common/Backoff.h"
#include "common/RotatingFile.h"
#include "syncthing/EngineCommand.h"
#include "syncthing/EngineTiming.h"
#include "syncthing/SidecarSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace figestio {

class LeftoverSweep;
class RestClient;
class SyncthingHome;

// Supervises the app's one Syncthing (DESIGN §5): start (binary from SyncthingBinary, key and
// port from SidecarSettings, leftovers of a crashed app shut down by LeftoverSweep, the home
// prepared by SyncthingHome), wait for its health check (/rest/noauth/health, else
// /rest/system/ping) as long as it progresses, watch it while it runs (a hung engine is
// reported, then killed and restarted), restart after a crash with exponential backoff (giving
// up after repeated short runs), and stop it: REST shutdown, then SIGTERM, then SIGKILL.
// The figures are EngineTiming's. Syncthing runs as one process (STMONITORED=1, no
// monitor of its own): the app writes its output to a rotated log, restarts it at once on exit
// code 3, and ties its life to the app's (EngineLifetime). Everything is asynchronous: outcomes
// arrive as signals. Process bookkeeping reads /proc (Linux); other systems: sidecar/README.md.
class SidecarProcess : public QObject {
    Q_OBJECT
public:
    enum class Status { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(Status)

    // rest: the client whose endpoint this process sets and uses for ping/shutdown.
    SidecarProcess(const QString &homeDir, RestClient *rest, QObject *parent = nullptr);
    // Stops the session hard if still running: there is no event loop left to wait in, so this
    // is the one place that blocks (briefly, at exit).
    ~SidecarProcess() override;

    void start();
    void stop(); // graceful; emits stopped()
    // Marked receive-only in config.xml before every launch, restarts included (SyncthingHome).
    void setHeldFolder(const QString &folderId);

    Status status() const { return m_status; }
    QString lastError() const { return m_lastError; }
    QString homeDir() const { return m_home; }
    QString binary() const { return m_binary; }
    int guiPort() const { return m_settings.guiPort; }
    QUrl baseUrl() const;
    QByteArray apiKey() const { return m_settings.apiKey; }
    qint64 pid() const { return m_sid; } // Syncthing's pid (= its session id), 0 if none
    QList<qint64> groupPids() const;     // every live process of its session (Linux /proc)
    QString logPath() const;             // where Syncthing writes its log
    QString settingsPath() const;        // sidecar.json
    QString pidFilePath() const;         // sidecar.pid

signals:
    void ready();               // REST answers ping (after each (re)start)
    void crashed(int exitCode); // an unexpected exit; a restart follows unless failed()
    void restarting();          // Syncthing asked to be restarted (exit code 3): at once
    void updating();            // a start past its timeout that still progresses: waiting on
    void notResponding();       // running, but no answer to the health check for a while
    void responding();          // answers again after notResponding()
    void failed(const QString &error);
    void stopped();

private:
    friend class SyncthingTestAccess;
    // How far a stop has gone; each step gives the process a while to exit.
    enum class StopStep { None, AskedOverRest, Terminated, Killed };

    void begin();
    void launch();
    void spawn();
    void waitForPing();
    void checkHealth(const std::function<void()> &onAnswer);
    void watch();
    void noteAnswer(); // the engine answered: alive (clears "not responding")
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void escalateStop();
    void finishStop();
    void fail(const QString &error);
    void killSession(int signal);
    void releaseProcess();
    void writePidFile();

    QString m_home;
    RestClient *m_rest;
    LeftoverSweep *m_sweep;
    SyncthingHome *m_prepare;
    QString m_binary;
    // What `--version` said; unknown → the 2.x command line, which every version accepts.
    SyncthingVersion m_version{2, 0, 0};
    SidecarSettings m_settings;
    QProcess *m_process = nullptr;
    RotatingFile m_engineLog; // Syncthing's output, next to the app's log
    qint64 m_sid = 0;
    Status m_status = Status::Stopped;
    StopStep m_stopStep = StopStep::None;
    QString m_lastError;
    EngineTiming m_timing; // read at each start: tests shorten it before start()
    Backoff m_backoff{m_timing.restartBackoffInitialMs, m_timing.restartBackoffMaxMs};
    int m_shortRuns = 0; // consecutive unexpected ends of runs shorter than shortRunMs
    QTimer m_pingTimer;
    QTimer m_watchdog;
    qint64 m_lastOutputMs = 0; // its last log line (a start past its timeout that logs waits on)
    qint64 m_lastAnswerMs = 0; // its last answer to the health check while running
    bool m_checkInFlight = false;
    bool m_updating = false;
    bool m_notResponding = false;
    QTimer m_restartTimer;
    QTimer m_stopTimer;
    QDateTime m_launchedAt;
    quint64 m_generation = 0;
};

} // namespace figestio
