#pragma once

#include <QtGlobal>

namespace figestio {

// Exponential backoff with jitter: delay n = min(max, initial * factor^n) ± jitter·delay.
// Used for API retries, event-stream reconnects and sidecar restarts alike.
class Backoff {
public:
    Backoff(int initialMs, int maxMs, double factor = 2.0, double jitter = 0.2);

    int nextDelayMs(); // the delay before the next attempt; counts the attempt
    int attempts() const { return m_attempts; }
    void reset() { m_attempts = 0; }

    // The bounds any nextDelayMs() result lies within for a given attempt (for tests and docs).
    int minDelayMs(int attempt) const;
    int maxDelayMs(int attempt) const;

private:
    double baseDelay(int attempt) const;

    int m_initialMs;
    int m_maxMs;
    double m_factor;
    double m_jitter;
    int m_attempts = 0;
};

} // namespace figestio
