#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace figestio {

// Runs asynchronous jobs one at a time, in the order they were added, each with a deadline
// counted from when it was added. A job still waiting at its deadline is dropped; a running
// one is told it expired (so its caller can move on) but the queue still waits for it to end
// before starting the next: a late job can never land after a newer one (a timed-out keychain
// write after the next write, or after sign-out's delete).
class SerialJobQueue : public QObject {
public:
    struct Job {
        // Starts the work; `ended` must be called once when the work has really ended (also
        // when it ends after its deadline).
        std::function<void(std::function<void()> ended)> start;
        // The deadline passed first: answer the caller now. Called at most once.
        std::function<void()> expired;
    };

    explicit SerialJobQueue(int timeoutMs, QObject *parent = nullptr);
    ~SerialJobQueue() override;

    void add(Job job);
    // Whether nothing runs (not even a job past its deadline) and nothing waits.
    bool isIdle() const { return !m_running && m_waiting.isEmpty(); }

private:
    struct Entry;
    void runNext();
    void onExpired(const std::shared_ptr<Entry> &entry);
    void onEnded(const std::shared_ptr<Entry> &entry);

    int m_timeoutMs;
    QList<std::shared_ptr<Entry>> m_waiting;
    std::shared_ptr<Entry> m_running;
};

} // namespace figestio
