#pragma once

#include "syncthing/EngineCommand.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace figestio {

// Which Syncthing program the app runs (DESIGN §5, sidecar/README.md).
class SyncthingBinary {
    Q_DECLARE_TR_FUNCTIONS(SyncthingBinary)
public:
    // First found of: FIGESTIO_SYNCTHING (dev builds only), figestio-syncthing next to the
    // executable, build::kSyncthingPath, syncthing on PATH. Empty + *error in words if none.
    static QString find(QString *error = nullptr);

    // `binary --version`, run asynchronously and cached per binary (path, size, modification
    // time). done(nullopt) when it cannot tell; callers then use what every version accepts.
    // Runs only while ctx lives.
    static void detectVersion(const QString &binary, QObject *ctx,
                              std::function<void(std::optional<SyncthingVersion>)> done);
};

} // namespace figestio
