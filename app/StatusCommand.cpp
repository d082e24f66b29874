#include "StatusCommand.h"

namespace figestio {
// Placeholder until the app work lands.
std::optional<int> runStatusCommand(const QCommandLineParser &, const CommandLineOptions &)
{
    return std::nullopt;
}
} // namespace figestio
