// Stops a SyncthingService a test may have left running and waits for it (cleanupTestCase).
#pragma once

#include "syncthing/SyncthingService.h"

#include <QSignalSpy>

namespace figestio::test {

inline void stopAndWait(SyncthingService *service, int timeoutMs = 20000) {
    if (!service || service->status() == SyncthingService::Status::Stopped)
        return;
    QSignalSpy stopped(service, &SyncthingService::stopped);
    service->stop();
    stopped.wait(timeoutMs);
}

} // namespace figestio::test
