#include "RefreshScheduler.h"

#include <QTimer>

#include <algorithm>

namespace figestio {

RefreshScheduler::RefreshScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RefreshScheduler::due);
}

qint64 RefreshScheduler::delayMs(const QDateTime &issuedAt, const QDateTime &expiresAt,
                                 const QDateTime &now, double ratio) {
    const qint64 lifetime = std::max<qint64>(0, issuedAt.msecsTo(expiresAt));
    const QDateTime point = issuedAt.addMSecs(static_cast<qint64>(lifetime * ratio));
    return std::max<qint64>(0, now.msecsTo(point));
}

void RefreshScheduler::schedule(const QDateTime &issuedAt, const QDateTime &expiresAt) {
    scheduleIn(delayMs(issuedAt, expiresAt, QDateTime::currentDateTimeUtc(), kRatio));
}

void RefreshScheduler::scheduleIn(qint64 ms) {
    // QTimer takes an int: clamp (a day is far beyond any access token's lifetime).
    const int clamped = static_cast<int>(std::clamp<qint64>(ms, 0, 24LL * 3600 * 1000));
    m_dueAt = QDateTime::currentDateTimeUtc().addMSecs(clamped);
    m_timer->start(clamped);
}

void RefreshScheduler::stop() {
    m_timer->stop();
    m_dueAt = {};
}

bool RefreshScheduler::isActive() const {
    return m_timer->isActive();
}

} // namespace figestio
