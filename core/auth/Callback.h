#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace figestio {

// The async convention of core/auth and core/api: a callback plus a QObject context. The
// callback runs only while the context is alive (a dialog closed mid-request must not be
// called back). A null context means "no owner": the callback always runs.
template <class T> using Callback = std::function<void(Result<T>)>;

template <class T> class GuardedCallback {
public:
    GuardedCallback() = default;
    GuardedCallback(QObject *context, Callback<T> callback)
        : m_context(context)
        , m_hadContext(context != nullptr)
        , m_callback(std::move(callback)) {}

    bool alive() const { return m_callback && (!m_hadContext || m_context); }
    void operator()(Result<T> result) const {
        if (alive())
            m_callback(std::move(result));
    }

private:
    QPointer<QObject> m_context;
    bool m_hadContext = false;
    Callback<T> m_callback;
};

} // namespace figestio
