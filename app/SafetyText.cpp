#include "SafetyText.h"

#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace figestio {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("SafetyText", text);
}

// A short disconnection (a laptop waking up, a restart) is not yet a reason to alarm anyone.
constexpr qint64 kGraceS = 5 * 60;

QString stateWords(const Safety &s, const QDateTime &now);
} // namespace

QString sinceWords(const QDateTime &when, const QDateTime &now) {
    const QDateTime local = when.toLocalTime();
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    // Three sources that read "since %1" in English: Catalan and Spanish need an article.
    if (days <= 0)
        return tr("since time %1").arg(QLocale().toString(local.time(), QLocale::ShortFormat));
    if (days == 1)
        return tr("since yesterday");
    if (days < 7)
        return tr("since weekday %1").arg(QLocale().dayName(local.date().dayOfWeek()));
    return tr("since date %1").arg(QLocale().toString(local.date(), QLocale::ShortFormat));
}

QString safetyText(const Safety &s, const QDateTime &now) {
    const QString text = stateWords(s, now);
    // A conflict is the one thing here the person has to act on: said first, in every state.
    if (s.conflicts <= 0 || s.level == Safety::Level::Unknown)
        return text;
    return QCoreApplication::translate("SafetyText", "%Ln files need your choice · %1", nullptr,
                                       s.conflicts)
        .arg(text);
}

namespace {
QString stateWords(const Safety &s, const QDateTime &now) {
    using L = Safety::Level;
    switch (s.level) {
    case L::Safe: {
        QString text = s.files == 0
                           ? tr("Your folder is empty and in step with the Figestió server")
                           : QCoreApplication::translate(
                                 "SafetyText", "All %Ln files are safe on the Figestió server",
                                 nullptr, int(s.files));
        if (s.checkedAt.isValid())
            text = tr("%1 · checked %2").arg(text, relativeTime(s.checkedAt, now));
        if (s.receivingItems > 0)
            text = QCoreApplication::translate("SafetyText",
                                               "%1 · %Ln more on their way to this computer",
                                               nullptr, int(s.receivingItems))
                       .arg(text);
        return text;
    }
    case L::Sending:
        if (s.sendingItems <= 0)
            return tr("Some changes are still on their way to the server");
        return QCoreApplication::translate("SafetyText",
                                           "%Ln files (%1) are still on their way to the server",
                                           nullptr, int(s.sendingItems))
            .arg(QLocale().formattedDataSize(s.sendingBytes, 1, QLocale::DataSizeSIFormat));
    case L::Paused:
        return tr("Syncing is paused: new changes stay on this computer until you resume");
    case L::Offline:
        if (!s.lastContact.isValid())
            return tr("Not safe yet: the server has not been reached");
        if (s.lastContact.secsTo(now) < kGraceS)
            return tr("Reconnecting to the Figestió server…");
        return tr("Not safe: the server has not been reached %1")
            .arg(sinceWords(s.lastContact, now));
    case L::Problem:
        return s.problem.isEmpty() ? tr("Not safe: syncing stopped because of a problem")
                                   : tr("Not safe: %1").arg(s.problem);
    case L::Unknown:
        break;
    }
    return tr("Checking whether your files are safe…");
}
} // namespace

} // namespace figestio
