#pragma once

#include "CommandLineOptions.h"

#include <optional>

namespace figestio {
// --status: asks the running instance over its local socket and prints its state as JSON.
std::optional<int> runStatusCommand(const QCommandLineParser &parser,
                                    const CommandLineOptions &options);
} // namespace figestio
