#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace figestio {

// Fires due() at `ratio` (0.8) of an access token's lifetime, so it is refreshed before it
// expires. Pure timing, no network: Session connects due() to its refresh.
class RefreshScheduler : public QObject {
    Q_OBJECT
public:
    explicit RefreshScheduler(QObject *parent = nullptr);

    void setRatio(double ratio) { m_ratio = ratio; }
    double ratio() const { return m_ratio; }
    // Schedules due() for issuedAt + ratio·(expiresAt − issuedAt); at once when that is past.
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
    double m_ratio = 0.8;
    QDateTime m_dueAt;
};

} // namespace figestio
