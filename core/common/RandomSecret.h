#pragma once

#include <QByteArray>

namespace figestio {

// `bytes` bytes from the OS CSPRNG (QRandomGenerator::system()) as unpadded base64url: keys and
// passwords the app makes for itself (32 bytes → 43 characters).
QByteArray randomSecret(int bytes = 32);

} // namespace figestio
