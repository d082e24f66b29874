// Waits for an asynchronous Result<T> callback, processing events meanwhile (the code under test
// runs in the test's thread).
#pragma once

#include "common/Result.h"

#include <QTest>

#include <functional>
#include <optional>

namespace figestio::test {

// Starts call with a callback and waits for its answer; nullopt when none came in time.
template <class T>
std::optional<Result<T>> await(const std::function<void(std::function<void(Result<T>)>)> &call,
                               int timeoutMs = 20000) {
    std::optional<Result<T>> result;
    call([&result](Result<T> r) { result = std::move(r); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

// The same for calls that take a context object as well (call(ctx, callback)); no answer in
// 10 s is a Timeout error.
template <class T>
Result<T> wait(const std::function<void(QObject *, std::function<void(Result<T>)>)> &call) {
    QObject ctx;
    const auto out =
        await<T>([&](std::function<void(Result<T>)> cb) { call(&ctx, std::move(cb)); }, 10000);
    return out ? *out : Result<T>(Error::make(Error::Kind::Timeout, QStringLiteral("no answer")));
}

} // namespace figestio::test
