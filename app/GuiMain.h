#pragma once

#include "CommandLineOptions.h"

namespace figestio {
// Loads the UI language: the saved choice, else the system language when it is ca/es/en,
// else Catalan.
void installTranslations();
// The tray app (and --setup-folder). Needs a QApplication.
int runGui(const QCommandLineParser &parser, const CommandLineOptions &options);
} // namespace figestio
