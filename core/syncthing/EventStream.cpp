#include "EventStream.h"

namespace figestio {

RestEventTransport::RestEventTransport(RestClient *rest)
    : m_rest(rest)
    , m_ctx(new QObject) {}
RestEventTransport::~RestEventTransport() {
    delete m_ctx;
}
void RestEventTransport::poll(qint64, int, int, const QStringList &, Callback) {}
void RestEventTransport::cancel() {}

EventStream::EventStream(EventTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport) {}
QStringList EventStream::defaultMask() {
    return {};
}
void EventStream::setBackoff(int initialMs, int maxMs) {
    m_backoff = Backoff(initialMs, maxMs);
}
void EventStream::start() {}
void EventStream::stop() {}
void EventStream::resync() {}

} // namespace figestio
