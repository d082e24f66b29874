#pragma once

namespace figestio {
// Parses the command line (QCommandLineParser) and runs what it asks for: the tray app, or a
// one-shot command (--sign-in, --status ...). Returns the process exit code.
int runCommandLine(int argc, char *argv[]);
} // namespace figestio
