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

} // namespace figestio::test
