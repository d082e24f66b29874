#include "SerialJobQueue.h"

#include <QPointer>
#include <QTimer>

namespace figestio {

struct SerialJobQueue::Entry {
    Job job;
    QTimer deadline;
    bool expired = false;
};

SerialJobQueue::SerialJobQueue(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs) {}

SerialJobQueue::~SerialJobQueue() = default;

void SerialJobQueue::add(Job job) {
    auto entry = std::make_shared<Entry>();
    entry->job = std::move(job);
    entry->deadline.setSingleShot(true);
    std::weak_ptr<Entry> weak = entry;
    connect(&entry->deadline, &QTimer::timeout, this, [this, weak] {
        if (const auto e = weak.lock())
            onExpired(e);
    });
    entry->deadline.start(m_timeoutMs);
    m_waiting.append(entry);
    runNext();
}

void SerialJobQueue::runNext() {
    if (m_running || m_waiting.isEmpty())
        return;
    m_running = m_waiting.takeFirst();
    std::weak_ptr<Entry> weak = m_running;
    QPointer<SerialJobQueue> self(this);
    m_running->job.start([self, weak] {
        if (const auto e = weak.lock(); e && self)
            self->onEnded(e);
    });
}

void SerialJobQueue::onExpired(const std::shared_ptr<Entry> &entry) {
    if (entry->expired)
        return;
    entry->expired = true;
    m_waiting.removeOne(entry); // never started: dropped (a running one stays until it ends)
    if (entry->job.expired)
        entry->job.expired();
}

void SerialJobQueue::onEnded(const std::shared_ptr<Entry> &entry) {
    if (m_running != entry)
        return;
    entry->deadline.stop();
    m_running.reset();
    runNext();
}

} // namespace figestio
