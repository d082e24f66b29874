#pragma once

#include <QCoreApplication>
#include <QString>

namespace figestio {

// Which Syncthing program the app runs (DESIGN §5, sidecar/README.md).
class SyncthingBinary {
    Q_DECLARE_TR_FUNCTIONS(SyncthingBinary)
public:
    // First found of: FIGESTIO_SYNCTHING (dev builds only), figestio-syncthing next to the
    // executable, build::kSyncthingPath, syncthing on PATH. Empty + *error in words if none.
    static QString find(QString *error = nullptr);
};

} // namespace figestio
