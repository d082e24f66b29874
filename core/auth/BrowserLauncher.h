#pragma once

#include <QUrl>

namespace figestio {

// Opens a URL in the system browser. Under a QGuiApplication, QDesktopServices::openUrl first
// (it honours handlers set with QDesktopServices::setUrlHandler, which tests use). It needs a
// real platform plugin, so the one-shot command line (a QCoreApplication) and offscreen runs
// fall back to the desktop's opener: xdg-open, then $BROWSER on Linux/BSD, `open` on macOS,
// the shell's URL handler on Windows.
class BrowserLauncher {
public:
    static bool open(const QUrl &url);
};

} // namespace figestio
