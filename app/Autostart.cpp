#include "Autostart.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace figestio {

namespace {
// Remembers that the person chose (so "on after setup" never overrides an explicit "off").
const QString kUserChose = QStringLiteral("autostart/userChose");

QString executable() {
    return QCoreApplication::applicationFilePath();
}

#if defined(Q_OS_WIN)
const QString kRunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("Figestio Sync");
#endif

#if defined(Q_OS_MACOS)
QByteArray plist() {
    QByteArray x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                   "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                   "<plist version=\"1.0\"><dict>\n"
                   "<key>Label</key><string>com.figestio.sync</string>\n"
                   "<key>ProgramArguments</key><array><string>";
    x += executable().toHtmlEscaped().toUtf8();
    x += "</string><string>--minimized</string></array>\n"
         "<key>RunAtLoad</key><true/>\n"
         "</dict></plist>\n";
    return x;
}
#elif !defined(Q_OS_WIN)
// Desktop Entry Specification: an argument with spaces or special characters is quoted, and
// inside quotes ", `, $ and \ are escaped.
QString quotedExec(const QString &path) {
    static const QString special = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needs = false;
    for (QChar c : path)
        needs = needs || special.contains(c);
    if (!needs)
        return path;
    QString escaped;
    for (QChar c : path) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray desktopEntry() {
    QString entry =
        QStringLiteral("[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=Figestió Sync\n"
                       "Comment=%1\n"
                       "TryExec=%3\n"
                       "Exec=%2 --minimized\n"
                       "Icon=com.figestio.sync\n"
                       "Terminal=false\n"
                       "X-GNOME-Autostart-enabled=true\n")
            .arg(QCoreApplication::translate("figestio::Autostart",
                                             "Keeps your folder in sync with the Figestió server"),
                 quotedExec(executable()),
                 // TryExec is a plain string (no Exec quoting): the session skips the entry
                 // once the app is gone (uninstalled) instead of failing to start it.
                 executable());
    return entry.toUtf8();
}
#endif
} // namespace

Autostart::Autostart(QObject *parent)
    : QObject(parent) {}

QString Autostart::entryPath() {
#if defined(Q_OS_WIN)
    return kRunKey;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/com.figestio.sync.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) +
           QStringLiteral("/autostart/figestio-sync.desktop");
#endif
}

bool Autostart::isEnabled() const {
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kRunValue);
#else
    return QFileInfo::exists(entryPath());
#endif
}

bool Autostart::setEnabled(bool enabled) {
    QString error;
    QSettings().setValue(kUserChose, true);
    const bool before = isEnabled();
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kRunValue, QLatin1Char('"') + QDir::toNativeSeparators(executable()) +
                                    QStringLiteral("\" --minimized"));
    else
        run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError)
        error = tr("Start at login could not be changed.");
#else
    const QString path = entryPath();
    if (enabled) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
#if defined(Q_OS_MACOS)
        const QByteArray contents = plist();
#else
        const QByteArray contents = desktopEntry();
#endif
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
            !file.commit())
            error = tr("Start at login could not be turned on: %1").arg(file.errorString());
    } else if (QFileInfo::exists(path) && !QFile::remove(path)) {
        error = tr("Start at login could not be turned off.");
    }
#endif
    if (!error.isEmpty()) {
        qCWarning(lcApp) << "autostart:" << error;
        return false;
    }
    qCInfo(lcApp) << "start at login" << (enabled ? "on" : "off");
    if (before != enabled)
        emit changed(enabled);
    return true;
}

void Autostart::enableAfterSetup() {
    if (QSettings().value(kUserChose).toBool())
        return;
    setEnabled(true);
    // Turned on by the app, not chosen: a later setup may turn it on again.
    QSettings().setValue(kUserChose, false);
}

} // namespace figestio
