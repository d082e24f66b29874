#include "EngineLifetime.h"

#include "common/Logging.h"

#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace figestio {

void EngineLifetime::beforeStart(QProcess *process) {
#ifdef Q_OS_UNIX
    const pid_t app = ::getpid();
    process->setChildProcessModifier([app] {
        ::setsid();
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != app) // the app died before prctl: nobody would signal us
            ::_exit(1);
#else
        Q_UNUSED(app)
#endif
    });
#else
    Q_UNUSED(process)
#endif
}

void EngineLifetime::afterStart(QProcess *process) {
#ifdef Q_OS_WIN
    // One job for the app's lifetime; its handle is never closed by the app: the system
    // closes it when the app's process ends, for whatever reason, and kills the job's members.
    static HANDLE job = [] {
        HANDLE h = ::CreateJobObjectW(nullptr, nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (h)
            ::SetInformationJobObject(h, JobObjectExtendedLimitInformation, &limits,
                                      sizeof(limits));
        return h;
    }();
    HANDLE engine = ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE,
                                  static_cast<DWORD>(process->processId()));
    if (!job || !engine || !::AssignProcessToJobObject(job, engine))
        qCWarning(lcSidecar) << "cannot tie Syncthing to the app (Job Object):" << ::GetLastError();
    if (engine)
        ::CloseHandle(engine);
#else
    Q_UNUSED(process)
#endif
}

} // namespace figestio
