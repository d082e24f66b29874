#pragma once

#include "common/Backoff.h"
#include "syncthing/EngineTiming.h"
#include "syncthing/RestClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace figestio {

// Where the long-poll goes. RestEventTransport in production; a fake in unit tests.
class EventTransport {
public:
    virtual ~EventTransport() = default;
    // One poll: events with id > since (at most the last `limit` when limit > 0), waiting up
    // to timeoutS for the first one. Exactly one poll is in flight at a time.
    virtual void poll(qint64 since, int limit, int timeoutS, const QStringList &mask,
                      Callback<QList<SyncthingEvent>> done) = 0;
    virtual void cancel() = 0; // drops the poll in flight; its callback is not called
};

class RestEventTransport : public EventTransport {
public:
    explicit RestEventTransport(RestClient *rest);
    ~RestEventTransport() override;
    void poll(qint64 since, int limit, int timeoutS, const QStringList &mask,
              Callback<QList<SyncthingEvent>> done) override;
    void cancel() override;

private:
    RestClient *m_rest;
    QPointer<QNetworkReply> m_reply;
    QObject *m_ctx; // callback context: replaced on cancel so a late answer is dropped
};

// The /rest/events long-poll: one pending request, one event mask, `since` kept so nothing is
// lost or repeated. On (re)connection it first asks for the last event only (limit=1) to learn
// where the stream stands: lower than `since` means Syncthing restarted (IDs start again), so
// it resumes from 0; otherwise it resumes from `since`. Either way it emits synced() so the
// owner can take one REST snapshot. Errors reconnect with exponential backoff.
// A restart the owner knows of (every engine (re)start) must call start(): a stale cursor is
// never detected by Syncthing's answers (it answers [] for a cursor beyond its newest event),
// so the stream would stay silent until the new engine's IDs passed the old ones.
class EventStream : public QObject {
    Q_OBJECT
public:
    explicit EventStream(EventTransport *transport, QObject *parent = nullptr);

    // The types the app needs (one mask for the whole stream).
    static QStringList defaultMask();

    void start(); // from scratch (since = 0): first start and after every engine restart
    void stop();

signals:
    void eventsReceived(const QList<figestio::SyncthingEvent> &events);
    // The stream is (again) up; take a snapshot now. restarted: Syncthing's IDs started again.
    void synced(bool restarted);
    void disconnected(const QString &error); // once per outage

private:
    friend class SyncthingTestAccess;
    enum class Phase { Probe, Stream };
    void poll();
    void onResult(Phase phase, Result<QList<SyncthingEvent>> result);
    void scheduleRetry();

    EventTransport *m_transport;
    const QStringList m_mask;
    Backoff m_backoff{EngineTiming{}.eventRetryInitialMs, EngineTiming{}.eventRetryMaxMs};
    QTimer m_retry;
    Phase m_phase = Phase::Probe;
    qint64 m_since = 0;
    int m_pollTimeoutS = EngineTiming{}.eventPollS;
    bool m_running = false;
    bool m_connected = false;
    bool m_everSynced = false;
    bool m_outage = false;
    quint64 m_generation = 0; // drops answers of polls from before stop()/start()
};

} // namespace figestio
