#pragma once

#include "common/Backoff.h"
#include "common/RotatingFile.h"
#include "syncthing/EngineCommand.h"
#include "syncthing/SidecarSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace figestio {

class LeftoverSweep;
class RestClient;
class SyncthingHome;

// Supervises the app's one Syncthing (DESIGN §5): start (binary from SyncthingBinary, key and
// port from SidecarSettings, leftovers of a crashed app shut down by LeftoverSweep, the home
// prepared by SyncthingHome), wait for /rest/system/ping, restart after a crash with
// exponential backoff (giving up after repeated crashes in a short window), and stop it:
// REST shutdown, then SIGTERM, then SIGKILL. Syncthing runs as one process (STMONITORED=1, no
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

    // Crash policy: give up after maxCrashes crashes within windowMs.
    void setCrashPolicy(int maxCrashes, int windowMs);

    void start();
    void stop(); // graceful; emits stopped()

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
    void statusChanged(figestio::SidecarProcess::Status status);
    void ready();               // REST answers ping (after each (re)start)
    void crashed(int exitCode); // an unexpected exit; a restart follows unless failed()
    void restarting();          // Syncthing asked to be restarted (exit code 3): at once
    void failed(const QString &error);
    void stopped();

private:
    // How far a stop has gone; each step gives the process a while to exit.
    enum class StopStep { None, AskedOverRest, Terminated, Killed };

    void setStatus(Status s);
    void begin();
    void launch();
    void spawn();
    void waitForPing();
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
    Backoff m_backoff{500, 15000};
    QList<qint64> m_crashTimes; // ms since epoch
    int m_maxCrashes = 5;
    int m_crashWindowMs = 60000;
    QTimer m_pingTimer;
    QTimer m_restartTimer;
    QTimer m_stopTimer;
    QDateTime m_launchedAt;
    quint64 m_generation = 0;
};

} // namespace figestio
