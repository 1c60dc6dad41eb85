#pragma once

#include <QString>

namespace tp::ui {

// Start at login, in the tray (`theprogram --minimized`): an XDG autostart
// entry on Linux, the Run key on Windows, a LaunchAgent on macOS. Off
// unless the practitioner turns it on.
class Autostart
{
public:
    static bool isEnabled();
    // False and why when the entry cannot be written or removed.
    static bool setEnabled(bool on, QString* error);
    // Where the entry lives (Linux, macOS: a file; Windows: the key's path).
    static QString location();
    // The command it runs.
    static QString command();
};

} // namespace tp::ui
