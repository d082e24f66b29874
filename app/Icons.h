#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

namespace figestio::Icons {

// The app icon (windows, wizard logo, notifications), from the embedded PNG renditions of
// resources/icons/app.svg (no SVG engine needed at run time).
QIcon app();
// A tray icon by name: "uptodate", "syncing", "paused", "error", "offline", "signedout"
// (TrayPresenter::iconName). Unknown names give a null icon.
QIcon tray(const QString &name);
// Every tray icon name, for tests.
QStringList trayNames();

// A small round status mark drawn in code (setup steps, status window): kind is one of
// "pending", "running", "done", "failed", "warning".
QPixmap statusMark(const QString &kind, int size, qreal devicePixelRatio = 1.0);

} // namespace figestio::Icons
