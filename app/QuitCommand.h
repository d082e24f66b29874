#pragma once

#include "CommandLineOptions.h"

#include <optional>

namespace figestio {
// --quit: asks the running instance over its local socket to quit (it stops the engine first)
// and waits until it has exited, so an uninstaller can then replace or delete its files.
// 0 = it quit, 8 = none was running, 1 = it did not exit in time.
std::optional<int> runQuitCommand(const QCommandLineParser &parser,
                                  const CommandLineOptions &options);
} // namespace figestio
