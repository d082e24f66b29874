#pragma once

class QProcess;

namespace figestio {

// Ties the engine's life to the app's (DESIGN §5): a SIGKILLed or crashed app must not leave a
// Syncthing running that holds the database lock and the port.
// - Linux: the engine gets its own session (setsid: a terminal's Ctrl+C does not reach it
//   behind the app's back) and PR_SET_PDEATHSIG(SIGTERM) (SIGTERM, not SIGHUP: Syncthing takes
//   SIGHUP as "restart").
// - Windows: a Job Object with JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE, the engine assigned right
//   after its creation (the worker starts no children of its own in that window); the app's
//   handle closes when the app dies, and the system ends the job's processes.
// - macOS: nothing at the process level; LeftoverSweep finds a leftover through the pid file and
//   ping at the next start.
// The Windows branch cannot be built here (Debian): it is kept small and compiles by inspection.
class EngineLifetime {
public:
    static void beforeStart(QProcess *process);
    static void afterStart(QProcess *process);
};

} // namespace figestio
