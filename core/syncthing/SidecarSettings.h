#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace figestio {

// sidecar.json (mode 0600, replaced atomically): the API key the app and Syncthing share and
// the GUI/REST port on 127.0.0.1. The key reaches Syncthing by environment, never argv.
struct SidecarSettings {
    QByteArray apiKey; // 32 random bytes, base64url
    int guiPort = 0;

    // Reads the file; a missing or unusable one is replaced by a new key and a free port, a
    // loosened mode is put back to 0600. The error is in words.
    static Result<SidecarSettings> loadOrCreate(const QString &path);
    QString save(const QString &path) const; // empty on success, else why not

    static bool isPortFree(int port); // on 127.0.0.1
    static int freePort();            // one the kernel picks on 127.0.0.1, 0 if none
};

} // namespace figestio
