#include "syncthing/DeletionPolicy.h"

namespace figestio {

bool DeletionPolicy::isMass(qint64 deleted, qint64 total) {
    if (deleted < kMinFiles)
        return false;
    // A folder whose count is not known yet (0) or smaller than what went: every deletion is
    // "all of it".
    if (total <= deleted)
        return true;
    return deleted * 100 >= total * kMinPercent;
}

} // namespace figestio
