#include "BrowserLauncher.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>

namespace figestio {

bool BrowserLauncher::open(const QUrl &url) {
    // Without a QGuiApplication, QDesktopServices only warns "not a GUI application".
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
        QDesktopServices::openUrl(url))
        return true;
#if defined(Q_OS_WIN)
    // The shell's URL handler: the user's default browser.
    return QProcess::startDetached(
        QStringLiteral("rundll32"),
        {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_UNIX)
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (!xdgOpen.isEmpty() && QProcess::startDetached(xdgOpen, {url.toString(QUrl::FullyEncoded)}))
        return true;
    // BROWSER may be a list "a:b"; the first that starts wins.
    const QStringList browsers =
        qEnvironmentVariable("BROWSER").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &browser : browsers)
        if (QProcess::startDetached(browser, {url.toString(QUrl::FullyEncoded)}))
            return true;
    qCWarning(lcAuth) << "no way to open a browser was found";
    return false;
#else
    return false;
#endif
}

} // namespace figestio
