#pragma once

#include "syncthing/Safety.h"

#include <QDateTime>
#include <QString>

namespace figestio {

// "Is it safe?" in plain words (issue 9 §5), for the status window, the tray tooltip and
// --status. Translated (context "SafetyText").
//   All 1,234 files are safe on the Figestió server · checked 2 minutes ago
//   3 files (1.2 MB) are still on their way to the server
//   Not safe: the server has not been reached since Monday
QString safetyText(const Safety &safety, const QDateTime &now = QDateTime::currentDateTime());

// "since 10:32", "since yesterday", "since Monday", "since 3/11/26": when the server was last
// reached, for the Offline wording.
QString sinceWords(const QDateTime &when, const QDateTime &now);

} // namespace figestio
