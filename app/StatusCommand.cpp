#include "StatusCommand.h"

#include "SingleInstance.h"

#include <QCoreApplication>

#include <cstdio>

namespace figestio {

std::optional<int> runStatusCommand(const QCommandLineParser &parser,
                                    const CommandLineOptions &options) {
    if (!parser.isSet(options.status))
        return std::nullopt;
    const auto reply = SingleInstance::ask("status");
    if (!reply) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("StatusCommand",
                                                            "Figestió Sync is not running.")));
        return ExitNotRunning;
    }
    std::fprintf(stdout, "%s\n", reply->constData());
    std::fflush(stdout);
    return ExitOk;
}

} // namespace figestio
