#pragma once

#include <QByteArray>
#include <QString>

namespace figestio {

// Writes a file that holds a secret: created with mode 0600 from the start (no window in which
// it is world-readable) and replaced atomically, so a crash never leaves half a file.
// Returns an empty string on success, else the reason in words.
QString writeSecretFile(const QString &path, const QByteArray &contents);

} // namespace figestio
