#include "EventStream.h"

#include "common/Logging.h"

#include <QNetworkReply>

namespace figestio {

RestEventTransport::RestEventTransport(RestClient *rest)
    : m_rest(rest)
    , m_ctx(new QObject) {}

RestEventTransport::~RestEventTransport() {
    cancel();
    delete m_ctx;
}

void RestEventTransport::poll(qint64 since, int limit, int timeoutS, const QStringList &mask,
                              Callback<QList<SyncthingEvent>> done) {
    m_reply = m_rest->events(since, limit, timeoutS, mask, m_ctx, std::move(done));
}

void RestEventTransport::cancel() {
    // A fresh context: the aborted (or any late) answer finds its context gone and is dropped.
    delete m_ctx;
    m_ctx = new QObject;
    if (m_reply)
        m_reply->abort();
    m_reply.clear();
}

EventStream::EventStream(EventTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_mask(defaultMask()) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EventStream::poll);
}

QStringList EventStream::defaultMask() {
    // LocalChangeDetected is not in Syncthing's default mask but works in an explicit one: it
    // is how a locally saved file shows up in "recent files".
    return {QStringLiteral("StartupComplete"),  QStringLiteral("ConfigSaved"),
            QStringLiteral("StateChanged"),     QStringLiteral("FolderSummary"),
            QStringLiteral("FolderCompletion"), QStringLiteral("FolderErrors"),
            QStringLiteral("FolderPaused"),     QStringLiteral("FolderResumed"),
            QStringLiteral("ItemFinished"),     QStringLiteral("LocalChangeDetected"),
            QStringLiteral("DeviceConnected"),  QStringLiteral("DeviceDisconnected"),
            QStringLiteral("DevicePaused"),     QStringLiteral("DeviceResumed")};
}

void EventStream::start() {
    stop();
    m_running = true;
    m_everSynced = false;
    m_outage = false;
    m_since = 0;
    m_phase = Phase::Probe;
    m_backoff.reset();
    poll();
}

void EventStream::stop() {
    m_running = false;
    ++m_generation;
    m_retry.stop();
    m_transport->cancel();
    m_connected = false;
}

void EventStream::poll() {
    if (!m_running)
        return;
    const quint64 generation = m_generation;
    const Phase phase = m_phase;
    auto done = [this, generation, phase](Result<QList<SyncthingEvent>> result) {
        if (generation != m_generation || !m_running)
            return;
        onResult(phase, std::move(result));
    };
    if (phase == Phase::Probe)
        m_transport->poll(0, 1, 0, m_mask, std::move(done)); // where does the stream stand?
    else
        m_transport->poll(m_since, 0, m_pollTimeoutS, m_mask, std::move(done));
}

void EventStream::onResult(Phase phase, Result<QList<SyncthingEvent>> result) {
    if (!result.ok()) {
        qCInfo(lcEvents) << "event stream down:" << result.error().message;
        if (!m_outage) { // once per outage, not once per retry
            m_outage = true;
            emit disconnected(result.error().message);
        }
        m_connected = false;
        m_phase = Phase::Probe;
        scheduleRetry();
        return;
    }
    const QList<SyncthingEvent> &events = result.value();
    // A slot may stop() or start() while we emit: then that call owns what happens next.
    const quint64 generation = m_generation;

    if (phase == Phase::Probe) {
        const qint64 last = events.isEmpty() ? 0 : events.last().id;
        bool restarted = false;
        if (!m_everSynced) {
            // First contact: the snapshot covers the past; follow from the newest event on.
            m_since = last;
        } else if (last < m_since) {
            // IDs started again: this is a new Syncthing. Take everything it has.
            qCInfo(lcEvents) << "Syncthing restarted: event IDs start again";
            restarted = true;
            m_since = 0;
        }
        // else: the same Syncthing; resume from m_since, nothing lost, nothing repeated.
        m_everSynced = true;
        m_outage = false;
        m_backoff.reset();
        m_phase = Phase::Stream;
        m_connected = true;
        emit synced(restarted);
        if (generation == m_generation)
            poll();
        return;
    }

    if (!events.isEmpty()) {
        // (IDs never "go back" within a poll: for a cursor beyond its newest event Syncthing
        // waits and answers []. A restarted engine is the owner's to announce: start().)
        if (events.first().id > m_since + 1) {
            // A gap, also right after 0: Syncthing's buffer dropped events we never saw.
            // Re-read the state.
            qCInfo(lcEvents) << "events were lost; taking a snapshot";
            emit synced(false);
            if (generation != m_generation)
                return;
        }
        m_since = events.last().id;
        emit eventsReceived(events);
    }
    if (generation == m_generation)
        poll();
}

void EventStream::scheduleRetry() {
    m_retry.start(m_backoff.nextDelayMs());
}

} // namespace figestio
