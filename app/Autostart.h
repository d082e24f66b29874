#pragma once

#include <QObject>
#include <QString>

namespace figestio {

// Start at login (DESIGN §7): an XDG autostart entry on Linux
// (~/.config/autostart/figestio-sync.desktop, Exec with --minimized), the Run key on Windows,
// a LaunchAgent on macOS. Only the Linux variant is tested here.
class Autostart : public QObject {
    Q_OBJECT
public:
    explicit Autostart(QObject *parent = nullptr);

    bool isEnabled() const;
    // Writes or removes the entry; false (and a warning in the log) when that failed.
    bool setEnabled(bool enabled);

    // On by default after the first setup, unless the person turned it off before.
    void enableAfterSetup();

    // Where the entry lives (the desktop file, the plist, or the registry key).
    static QString entryPath();

signals:
    void changed(bool enabled);
};

} // namespace figestio
