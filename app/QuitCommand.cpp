#include "QuitCommand.h"

#include "SingleInstance.h"

#include <QCoreApplication>

#include <cstdio>

namespace figestio {

namespace {
// Stopping Syncthing takes a few seconds (shutdown request, then terminate after its grace).
constexpr int kExitTimeoutMs = 30000;

void say(const char *text) {
    std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("QuitCommand", text)));
}
} // namespace

std::optional<int> runQuitCommand(const QCommandLineParser &parser,
                                  const CommandLineOptions &options) {
    if (!parser.isSet(options.quit))
        return std::nullopt;
    if (!SingleInstance::ask("quit")) {
        say(QT_TRANSLATE_NOOP("QuitCommand", "Figestió Sync is not running."));
        return ExitNotRunning;
    }
    if (!SingleInstance::waitUntilGone(kExitTimeoutMs)) {
        say(QT_TRANSLATE_NOOP("QuitCommand", "Figestió Sync did not quit in time."));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace figestio
