#pragma once

#include <QDateTime>
#include <QString>

namespace figestio {

// "just now", "2 minutes ago", "3 hours ago", "yesterday", "4 days ago", or the date;
// translated (context "RelativeTime"). An invalid time reads "never".
QString relativeTime(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());

} // namespace figestio
