#pragma once

// The test seam of core/syncthing: shorter timeouts and limits than the app's (EngineTiming),
// so a hung or crashing engine is seen in seconds (set before start()), and what only tests
// read: the REST client's request accounting, the event stream's and the folder watcher's
// state. Nothing here is compiled into the app.

#include "syncthing/DeletionGuard.h"
#include "syncthing/EngineTiming.h"
#include "syncthing/EventStream.h"
#include "syncthing/FolderWatcher.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncthingService.h"

#include <QHash>
#include <QString>

namespace figestio {

class SyncthingTestAccess {
public:
    static void setTiming(SyncthingService &service, const EngineTiming &timing) {
        service.m_sidecar->m_timing = timing;
        service.m_fallbackPoll.setInterval(timing.fallbackPollMs);
        setTiming(*service.m_events, timing);
    }
    // The user's pause intent as the service holds it (savedPauseIntent(): as settings have it).
    static bool pauseWanted(const SyncthingService &service) { return service.m_pauseWanted; }
    // The service's event stream; whether it is up, and the last event ID it has seen.
    static EventStream *events(const SyncthingService &service) { return service.m_events; }
    static bool isConnected(const EventStream &stream) { return stream.m_connected; }
    static qint64 lastId(const EventStream &stream) { return stream.m_since; }
    static bool eventsConnected(const SyncthingService &service) {
        return isConnected(*service.m_events);
    }
    // Whether the watched folder is there, and how many folders are under watch.
    static bool isPresent(const FolderWatcher &watcher) { return watcher.m_present; }
    static int watchedCount(const FolderWatcher &watcher) { return watcher.watchedCount(); }
    static int unwatchedCount(const FolderWatcher &watcher) { return watcher.unwatchedCount(); }
    // A stream on its own (unit tests with a fake transport): its reconnection delays and its
    // long-poll's timeout (from the next poll on).
    static void setTiming(EventStream &stream, const EngineTiming &timing) {
        stream.m_backoff = Backoff(timing.eventRetryInitialMs, timing.eventRetryMaxMs);
        stream.m_pollTimeoutS = timing.eventPollS;
    }

    // The REST client's requests since its construction or resetRequestCount(): in all, per
    // path ("/rest/events" etc., without query), and those sent and not yet answered.
    static int requestCount(const RestClient &rest) { return rest.m_requestCount; }
    static QHash<QString, int> requestLog(const RestClient &rest) { return rest.m_requestLog; }
    static int pendingCount(const RestClient &rest) { return rest.m_pending; }
    static void resetRequestCount(RestClient &rest) {
        rest.m_requestCount = 0;
        rest.m_requestLog.clear();
    }

    // The mass-delete guard's watcher and the period of its safety rescan.
    static FolderWatcher *watcher(const DeletionGuard &guard) { return guard.m_watcher; }
    static int rescanIntervalMs(const DeletionGuard &guard) { return guard.m_rescan.interval(); }
};

} // namespace figestio
