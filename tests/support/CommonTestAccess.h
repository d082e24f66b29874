#pragma once

// The test seam of core/common: what only tests may look at. Each production class names its
// access class a friend; nothing here is compiled into the app.

#include "common/UpdateCheck.h"

#include <QTest>

#include <optional>

namespace figestio {

class UpdateCheckTestAccess {
public:
    // One reading of the feed, waited for (at most timeoutMs): what it announces, newer or
    // not, or the Error in words; nothing when no answer came in time.
    static std::optional<Result<UpdateInfo>> read(UpdateCheck &check, int timeoutMs = 15000) {
        std::optional<Result<UpdateInfo>> answer;
        check.read(nullptr, [&answer](const Result<UpdateInfo> &r) { answer = r; });
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs);
        return answer;
    }
};

} // namespace figestio
