#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace figestio {

Backoff::Backoff(int initialMs, int maxMs, double factor, double jitter)
    : m_initialMs(std::max(1, initialMs))
    , m_maxMs(std::max(initialMs, maxMs))
    , m_factor(std::max(1.0, factor))
    , m_jitter(std::clamp(jitter, 0.0, 1.0)) {}

double Backoff::baseDelay(int attempt) const {
    // Cap the exponent first: factor^attempt overflows long before it matters.
    const double grown = m_initialMs * std::pow(m_factor, std::min(attempt, 60));
    return std::min<double>(grown, m_maxMs);
}

int Backoff::minDelayMs(int attempt) const {
    return static_cast<int>(std::floor(baseDelay(attempt) * (1.0 - m_jitter)));
}

int Backoff::maxDelayMs(int attempt) const {
    return static_cast<int>(std::ceil(baseDelay(attempt) * (1.0 + m_jitter)));
}

int Backoff::nextDelayMs() {
    const double base = baseDelay(m_attempts++);
    // Jitter spreads retries of many clients after a server hiccup.
    const double spread = (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * m_jitter;
    return std::max(0, static_cast<int>(std::lround(base * (1.0 + spread))));
}

} // namespace figestio
