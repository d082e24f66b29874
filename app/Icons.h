#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

namespace figestio::Icons {

// The app icon (windows, wizard logo, notifications), from the embedded PNG renditions of
// resources/icons/app.svg (no SVG engine needed at run time).
QIcon app();
// The tray's icons (TrayPresenter chooses one).
enum class Tray { UpToDate, Syncing, Paused, Error, Offline, SignedOut };
QIcon tray(Tray icon);
// Its name: the resource file is tray-<name>-<size>.png ("uptodate", "signedout"...).
QString trayName(Tray icon);

// A small round status mark drawn in code (setup steps, status window).
enum class Mark { Pending, Running, Done, Failed, Warning };
QPixmap statusMark(Mark mark, int size, qreal devicePixelRatio = 1.0);

} // namespace figestio::Icons
