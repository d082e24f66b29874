#pragma once

namespace figestio {

// How patient the app is with its engine (sidecar/README.md says why each value). The app uses
// these defaults; tests shorten them through SyncthingTestAccess (tests/support), the one seam.
struct EngineTiming {
    // Start: launch → first answer to health/ping. Past it, an engine that still writes to its
    // log is progressing (a database migration can take minutes in 2.x): the app waits and
    // says "Updating the sync engine…"; one silent for startSilenceMs is killed.
    int startTimeoutMs = 30000;
    int startSilenceMs = 60000;
    int pingIntervalMs = 250; // while starting

    // Watchdog, while running: any answer from the engine counts (the event long-poll answers
    // at least every 60 s, so an idle app sends nothing else); silent for quietMs → a health
    // check at the next watchdogIntervalMs tick; no answer for notRespondingMs → "The sync
    // engine is not responding" (shown within 90 s); none for hungRestartMs → killed and
    // restarted (within 165 s).
    int watchdogIntervalMs = 15000;
    int quietMs = 65000;
    int notRespondingMs = 75000;
    int hungRestartMs = 150000;

    // Crash policy: runs shorter than shortRunMs that end unexpectedly are counted; after
    // maxShortRuns of them in a row the app gives up and offers "Restart the sync engine".
    int shortRunMs = 5 * 60 * 1000;
    int maxShortRuns = 5;
    int restartBackoffInitialMs = 500;
    int restartBackoffMaxMs = 15000;

    // The slow REST poll used only while the event stream is down.
    int fallbackPollMs = 60000;
    // The event stream's reconnection delays after an error (exponential, with jitter).
    int eventRetryInitialMs = 500;
    int eventRetryMaxMs = 30000;

    // The event long-poll: Syncthing answers within eventPollS (its own default, 60 s); the
    // app's transfer timeout is that plus RestClient's 10 s. A poll without an answer by then
    // is a timeout (the engine hung), classified as such.
    int eventPollS = 60;
};

} // namespace figestio
