#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace figestio {

QString relativeTime(const QDateTime &when, const QDateTime &now) {
    if (!when.isValid())
        return QCoreApplication::translate("RelativeTime", "never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60) // also a clock slightly ahead of ours
        return QCoreApplication::translate("RelativeTime", "just now");
    const int minutes = static_cast<int>(seconds / 60);
    if (minutes < 60)
        return QCoreApplication::translate("RelativeTime", "%n minute(s) ago", nullptr, minutes);
    const int hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("RelativeTime", "%n hour(s) ago", nullptr, hours);
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return QCoreApplication::translate("RelativeTime", "yesterday");
    if (days < 7) {
        const int n = static_cast<int>(days);
        return QCoreApplication::translate("RelativeTime", "%n day(s) ago", nullptr, n);
    }
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace figestio
