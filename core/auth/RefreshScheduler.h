#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace figestio {

// Fires due() at kRatio (0.8) of an access token's lifetime, so it is refreshed before it
// expires. Pure timing, no network: Session connects due() to its refresh.
class RefreshScheduler : public QObject {
    Q_OBJECT
public:
    static constexpr double kRatio = 0.8;

    explicit RefreshScheduler(QObject *parent = nullptr);

    // Schedules due() for issuedAt + kRatio·(expiresAt − issuedAt); at once when that is past.
    void schedule(const QDateTime &issuedAt, const QDateTime &expiresAt);
    // Schedules due() after `ms` (a retry after a network failure).
    void scheduleIn(qint64 ms);
    void stop();
    bool isActive() const;
    QDateTime dueAt() const { return m_dueAt; }

    // The delay from `now` to the refresh point (never negative).
    static qint64 delayMs(const QDateTime &issuedAt, const QDateTime &expiresAt,
                          const QDateTime &now, double ratio);

signals:
    void due();

private:
    QTimer *m_timer;
    QDateTime m_dueAt;
};

} // namespace figestio
