#include "GuiMain.h"

namespace figestio {
// Placeholders until the app work lands.
void installTranslations() {}
int runGui(const QCommandLineParser &, const CommandLineOptions &)
{
    return 0;
}
} // namespace figestio
