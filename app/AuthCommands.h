#pragma once

#include "CommandLineOptions.h"

#include <optional>

namespace figestio {
// --sign-in [--agency ID], --whoami, --sign-out. Returns the exit code when one of them was
// given, nullopt otherwise. Runs its own event loop; needs no window.
std::optional<int> runAuthCommand(const QCommandLineParser &parser,
                                  const CommandLineOptions &options);
} // namespace figestio
