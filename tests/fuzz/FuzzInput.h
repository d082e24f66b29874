// Shared by the libFuzzer targets: the input as Qt bytes, and a selector byte that picks which
// decoder of a family the rest goes to (one target per family keeps the CI run short).
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace figestio::fuzz {

struct Input {
    unsigned selector = 0;
    QByteArray bytes;
};

inline Input split(const uint8_t *data, size_t size) {
    Input in;
    if (size == 0)
        return in;
    in.selector = data[0];
    in.bytes = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    return in;
}

} // namespace figestio::fuzz
