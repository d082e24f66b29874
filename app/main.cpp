#include "CommandLine.h"

#include <QApplication>

#if defined(Q_OS_WIN)
#include <windows.h>

#include <cstdio>
#endif

int main(int argc, char *argv[]) {
#if defined(Q_OS_WIN)
    // A GUI-subsystem program (no console window at autostart) has no console: when started
    // from one (--version, --status…), write to it.
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    return figestio::runCommandLine(argc, argv);
}
