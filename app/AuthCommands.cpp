#include "AuthCommands.h"

namespace figestio {
// Placeholder until the sign-in work lands.
std::optional<int> runAuthCommand(const QCommandLineParser &, const CommandLineOptions &) {
    return std::nullopt;
}
} // namespace figestio
