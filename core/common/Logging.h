#pragma once

#include <QLoggingCategory>
#include <QString>

// One category per module. Never log tokens, codes, verifiers or API keys: log that a thing
// happened, not its value (redactedUrl() below for URLs that may carry secrets).
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSidecar)
Q_DECLARE_LOGGING_CATEGORY(lcRest)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcSetup)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace figestio {

// Writes every Qt message to a size-rotated file (name.log, name.log.1 … name.log.N) and,
// when echo is set, to stderr as well. Installs itself as the Qt message handler.
class LogFile {
public:
    static bool install(const QString &directory,
                        const QString &baseName = QStringLiteral("figestio-sync"),
                        qint64 maxBytes = 1024 * 1024, int keep = 3, bool echo = false);
    static QString currentPath();
    // Where the logs are: the folder of the file in use, else the one install() is given by
    // default (AppLocalDataLocation/logs). The sidecar's log and "Open logs folder" use it.
    static QString directory();
    static QString defaultDirectory();
    static void uninstall();
};

// Removes the values of query parameters that may carry secrets (code, state, token...) so a
// URL can be logged.
QString redactedUrl(const QString &url);

} // namespace figestio
