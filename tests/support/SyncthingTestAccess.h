#pragma once

// The test seam of core/syncthing: shorter timeouts and limits than the app's (EngineTiming),
// so a hung or crashing engine is seen in seconds. Set before start(); nothing here is
// compiled into the app.

#include "syncthing/EngineTiming.h"
#include "syncthing/EventStream.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncthingService.h"

namespace figestio {

class SyncthingTestAccess {
public:
    static void setTiming(SyncthingService &service, const EngineTiming &timing) {
        service.m_sidecar->m_timing = timing;
        service.m_fallbackPoll.setInterval(timing.fallbackPollMs);
        setTiming(*service.m_events, timing);
    }
    // A stream on its own (unit tests with a fake transport): only its reconnection delays.
    static void setTiming(EventStream &stream, const EngineTiming &timing) {
        stream.m_backoff = Backoff(timing.eventRetryInitialMs, timing.eventRetryMaxMs);
    }
};

} // namespace figestio
