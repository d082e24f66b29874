// The loopback receiver's request reader: whatever a local program sends to the sign-in port.
#include "auth/LoopbackReceiver.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = figestio::LoopbackReceiver::parseRequestHead(head);
    if (r.valid) {
        // What handleRequest reads next.
        for (const char *name : {"state", "code", "error", "error_description", "iss"})
            (void)r.query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    }
    return 0;
}
