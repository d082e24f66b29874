#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace figestio {

// The async convention of core: a call takes a QObject context and a Callback<T>. The callback
// runs only while the context is alive (a dialog closed mid-request must not be called back).
// A null context means "no owner": the callback always runs.
template <class T> using Callback = std::function<void(Result<T>)>;

// Whether the owner of an answer still in flight is there (a null context: always).
class ContextGuard {
public:
    ContextGuard() = default;
    explicit ContextGuard(QObject *context)
        : m_context(context)
        , m_hadContext(context != nullptr) {}

    bool alive() const { return !m_hadContext || m_context; }

private:
    QPointer<QObject> m_context;
    bool m_hadContext = false;
};

// A Callback<T> that runs only while its context is alive; copyable, so it can be captured by
// every path that may answer.
template <class T> class GuardedCallback {
public:
    GuardedCallback() = default;
    GuardedCallback(QObject *context, Callback<T> callback)
        : m_guard(context)
        , m_callback(std::move(callback)) {}

    bool alive() const { return m_callback && m_guard.alive(); }
    // By reference: moving a Result<T> that holds an Error through here trips GCC 12's
    // -Wmaybe-uninitialized (std::variant, at -O2).
    void operator()(const Result<T> &result) const {
        if (alive())
            m_callback(result);
    }

private:
    ContextGuard m_guard;
    Callback<T> m_callback;
};

} // namespace figestio
