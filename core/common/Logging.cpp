#include "Logging.h"

#include "common/RotatingFile.h"

#include <QDateTime>
#include <QDir>
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
    RotatingFile file;
    bool echo = false;
    QtMessageHandler previous = nullptr;
};

LogState &state() {
    static LogState s;
    return s;
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
        s.file.write(line);
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
    s.echo = echo;
    if (!s.file.open(QDir(directory).filePath(baseName + QLatin1String(".log")), maxBytes, keep))
        return false;
    QtMessageHandler prev = qInstallMessageHandler(handler);
    if (prev != handler)
        s.previous = prev;
    return true;
}

QString LogFile::currentPath() {
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.path() : QString();
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
