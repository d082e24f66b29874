#pragma once

#include "common/Backoff.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace figestio {

class RestClient;

// The Syncthing process the app supervises (DESIGN §5): finds the binary, prepares the home,
// keeps the API key and GUI port in sidecar.json (0600), starts Syncthing in its own session
// (setsid) with the key in the environment, waits for /rest/system/ping, restarts it after a
// crash with exponential backoff (gives up after repeated crashes in a short window), stops
// it gracefully (REST shutdown, SIGTERM, then every process of the session), and shuts down a
// Syncthing left by a crashed run of the app (found by ping with the persisted key, sidecar.pid
// or a process running with our --home) before starting: never adopted, never duplicated.
// Syncthing's monitor puts its child into a process group of its own (same session), so the
// session, not the process group, is what holds both. start() is asynchronous: every outcome
// arrives as a signal. Process bookkeeping reads /proc (Linux); other systems: see README.
class SidecarProcess : public QObject {
    Q_OBJECT
public:
    enum class Status { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(Status)

    // rest: the client whose endpoint this process sets and uses for ping/shutdown.
    SidecarProcess(const QString &homeDir, RestClient *rest, QObject *parent = nullptr);
    ~SidecarProcess() override; // stops the session hard if still running (no event loop needed)

    // First found of: FIGESTIO_SYNCTHING (dev builds only), figestio-syncthing next to the
    // executable, build::kSyncthingPath, syncthing on PATH. Empty + *error in words if none.
    static QString findBinary(QString *error = nullptr);

    // Crash policy: give up after maxCrashes crashes within windowMs.
    void setCrashPolicy(int maxCrashes, int windowMs);

    void start();
    void stop(); // graceful; emits stopped()

    Status status() const { return m_status; }
    QString lastError() const { return m_lastError; }
    QString homeDir() const { return m_home; }
    QString binary() const { return m_binary; }
    int guiPort() const { return m_port; }
    QUrl baseUrl() const;
    QByteArray apiKey() const { return m_apiKey; }
    qint64 pid() const;              // the monitor's pid (= its session id), 0 if none
    QList<qint64> groupPids() const; // every live process of its session (Linux /proc)
    QString logPath() const;         // where Syncthing writes its log
    QString settingsPath() const;    // sidecar.json
    QString pidFilePath() const;     // sidecar.pid

    static bool isPortFree(int port);
    static int freePort();

signals:
    void statusChanged(figestio::SidecarProcess::Status status);
    void ready();               // REST answers ping (after each (re)start)
    void crashed(int exitCode); // an unexpected exit; a restart follows unless failed()
    void failed(const QString &error);
    void stopped();

private:
    void setStatus(Status s);
    bool loadOrCreateSettings(QString *error);
    bool saveSettings(QString *error);
    bool prepareHome(QString *error);
    void hardenNewConfig();
    void begin();
    QList<qint64> leftoverPids() const;
    void handleLeftover();
    void launch();
    void waitForPing();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &error);
    void killGroup(int signal);
    void writePidFile();
    void removePidFile();
    bool groupAlive() const;
    void finishStop();
    void releaseProcess();

    QString m_home;
    RestClient *m_rest;
    QString m_binary;
    QByteArray m_apiKey;
    int m_port = 0;
    QProcess *m_process = nullptr;
    qint64 m_pgid = 0;
    Status m_status = Status::Stopped;
    QString m_lastError;
    Backoff m_backoff{500, 15000};
    QList<qint64> m_crashTimes; // ms since epoch
    int m_maxCrashes = 5;
    int m_crashWindowMs = 60000;
    QTimer m_pingTimer;
    QTimer m_restartTimer;
    QTimer m_stopTimer;
    QDateTime m_launchedAt;
    int m_stopStage = 0;
    quint64 m_generation = 0;
};

} // namespace figestio
