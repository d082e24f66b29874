#include "SingleInstance.h"

#include "common/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>

namespace figestio {

namespace {
constexpr qint64 kMaxCommand = 64;

QString runtimeDir() {
#if defined(Q_OS_UNIX)
    // XDG_RUNTIME_DIR (private to the user) when there is one; else the per-user temp dir.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    return dir;
#else
    return QStandardPaths::writableLocation(QStandardPaths::TempLocation);
#endif
}

[[maybe_unused]] QString userName() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("user") : user;
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent) {}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close();
    if (m_lock)
        m_lock->unlock();
}

QString SingleInstance::serverName() {
#if defined(Q_OS_UNIX)
    return QDir(runtimeDir()).filePath(QStringLiteral("figestio-sync.sock"));
#else
    return QStringLiteral("figestio-sync-") + userName();
#endif
}

QString SingleInstance::lockPath() {
#if defined(Q_OS_UNIX)
    return QDir(runtimeDir()).filePath(QStringLiteral("figestio-sync.lock"));
#else
    return QDir(runtimeDir())
        .filePath(QStringLiteral("figestio-sync-") + userName() + QStringLiteral(".lock"));
#endif
}

bool SingleInstance::acquireLock() {
    if (m_lock)
        return true;
    QDir().mkpath(QFileInfo(lockPath()).absolutePath());
    m_lock = std::make_unique<QLockFile>(lockPath());
    // A lock left by a crashed instance (its process is gone) is taken over.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(100)) {
        qCInfo(lcApp) << "another instance holds the lock";
        m_lock.reset();
        return false;
    }
    return true;
}

bool SingleInstance::acquire() {
    if (m_primary)
        return true;
    if (!acquireLock())
        return false;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock: a socket file still there belongs to a dead instance.
    QLocalServer::removeServer(serverName());
    if (!m_server->listen(serverName())) {
        qCWarning(lcApp) << "cannot listen on the instance socket:" << m_server->errorString();
        // Still the only instance (the lock says so); just not reachable for --status.
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    m_primary = true;
    return true;
}

void SingleInstance::onConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QPointer<QLocalSocket> guard(socket);
        auto handle = [this, guard] {
            if (!guard || !guard->canReadLine()) {
                if (guard && guard->bytesAvailable() > kMaxCommand)
                    guard->disconnectFromServer();
                return;
            }
            const QByteArray command = guard->readLine(kMaxCommand).trimmed();
            QByteArray reply;
            if (command == "raise") {
                emit activationRequested();
                reply = "ok";
            } else if (command == "quit") {
                emit quitRequested();
                reply = "ok";
            } else if (command == "status") {
                reply = m_statusProvider ? m_statusProvider() : QByteArray("{}");
            } else {
                reply = "unknown command";
            }
            guard->write(reply + '\n');
            guard->flush();
            guard->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        handle();
    }
}

std::optional<QByteArray> SingleInstance::ask(const QByteArray &command, int timeoutMs) {
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(timeoutMs))
        return std::nullopt;
    socket.write(command + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return std::nullopt;
    QByteArray reply;
    while (socket.state() == QLocalSocket::ConnectedState || socket.bytesAvailable() > 0) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(timeoutMs))
            break;
        reply += socket.readAll();
    }
    reply += socket.readAll();
    if (reply.isEmpty())
        return std::nullopt;
    return reply.trimmed();
}

bool SingleInstance::waitUntilGone(int timeoutMs) {
    QLockFile lock(lockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(timeoutMs))
        return false;
    lock.unlock();
    return true;
}

} // namespace figestio
