#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrlQuery>

#include <cstdio>

Q_LOGGING_CATEGORY(lcAuth, "figestio.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "figestio.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSidecar, "figestio.sidecar", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRest, "figestio.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "figestio.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSetup, "figestio.setup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "figestio.app", QtInfoMsg)

namespace figestio {

namespace {
struct LogState {
    QMutex mutex;
    QFile file;
    QString path;
    qint64 maxBytes = 0;
    int keep = 0;
    bool echo = false;
    QtMessageHandler previous = nullptr;
};

LogState &state() {
    static LogState s;
    return s;
}

// Logs can name the user's files: keep them private to the user.
bool openPrivately(QFile &file) {
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void rotate(LogState &s) {
    s.file.close();
    QFile::remove(s.path + QLatin1Char('.') + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(s.path + QLatin1Char('.') + QString::number(i),
                      s.path + QLatin1Char('.') + QString::number(i + 1));
    if (s.keep > 0)
        QFile::rename(s.path, s.path + QLatin1String(".1"));
    else
        QFile::remove(s.path);
    openPrivately(s.file);
}

const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                            ' ' + levelName(type) + ' ' +
                            (context.category ? context.category : "default") + ": " +
                            message.toUtf8() + '\n';
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + line.size() > s.maxBytes)
                rotate(s);
            s.file.write(line);
            s.file.flush();
        }
    }
    if (s.echo || !s.file.isOpen()) {
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

bool LogFile::install(const QString &directory, const QString &baseName, qint64 maxBytes, int keep,
                      bool echo) {
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (!QDir().mkpath(directory))
        return false;
    if (s.file.isOpen())
        s.file.close();
    s.path = QDir(directory).filePath(baseName + QLatin1String(".log"));
    s.file.setFileName(s.path);
    s.maxBytes = std::max<qint64>(4096, maxBytes);
    s.keep = std::max(0, keep);
    s.echo = echo;
    if (!openPrivately(s.file))
        return false;
    QtMessageHandler prev = qInstallMessageHandler(handler);
    if (prev != handler)
        s.previous = prev;
    return true;
}

QString LogFile::currentPath() {
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.path : QString();
}

QString LogFile::directory() {
    const QString current = currentPath();
    return current.isEmpty() ? defaultDirectory() : QFileInfo(current).absolutePath();
}

QString LogFile::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

void LogFile::uninstall() {
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    qInstallMessageHandler(s.previous);
    s.file.close();
}

QString redactedUrl(const QString &url) {
    static const QRegularExpression secret(
        QStringLiteral("([?&#](?:code|state|nonce|code_verifier|code_challenge|access_token|"
                       "refresh_token|id_token|token|apikey|api_key|password)=)[^&#]*"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = url;
    out.replace(secret, QStringLiteral("\\1<redacted>"));
    return out;
}

} // namespace figestio
