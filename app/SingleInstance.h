#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLockFile;

namespace figestio {

// One app instance per user (DESIGN §5): a lock file plus a local socket, both per user (in
// the user's runtime directory on Unix, named with the user on Windows). The first instance
// holds the lock and answers on the socket; a second launch asks it to raise its window and
// exits, `--status` asks it for its state and `--quit` (the uninstaller's) asks it to quit.
//
// Protocol: the client sends one command line ("raise", "status" or "quit"); the instance
// answers with one reply (JSON for status, "ok" otherwise) and closes the connection.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the instance (lock taken and socket listening).
    bool acquire();
    // The lock only, no socket: a one-shot command (--sign-in, --sign-out, --whoami) holds it
    // while it works on the session, so no tray app runs (and refreshes) meanwhile; false when
    // an instance runs.
    bool acquireLock();

    // The state reported to `--status` (JSON text).
    void setStatusProvider(std::function<QByteArray()> provider) {
        m_statusProvider = std::move(provider);
    }

    static QString serverName(); // full socket path on Unix
    static QString lockPath();
    // Sends a command to the running instance; nullopt when none answers in time.
    static std::optional<QByteArray> ask(const QByteArray &command, int timeoutMs = 3000);
    // True once no instance holds the lock (it has exited), within timeoutMs.
    static bool waitUntilGone(int timeoutMs);

signals:
    void activationRequested(); // a second launch: raise the window
    void quitRequested();       // `--quit` (e.g. an uninstaller): stop the engine and exit

private:
    friend class SingleInstanceTestAccess;       // the test seam (tests/support/UiTestAccess.h)
    bool isPrimary() const { return m_primary; } // read back by tests

    void onConnection();

    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    bool m_primary = false;
    std::function<QByteArray()> m_statusProvider;
};

} // namespace figestio
