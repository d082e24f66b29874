#include "CommandLine.h"

#include "AuthCommands.h"
#include "GuiMain.h"
#include "StatusCommand.h"

#include "BuildConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace figestio {

namespace {
// One-shot commands must work without a display (ssh, scripted deployments): they get a
// QCoreApplication; only the tray app and --setup-folder need QApplication.
bool wantsGui(int argc, char *argv[]) {
    static const char *const headless[] = {"--version", "-v",         "--help",
                                           "-h",        "--help-all", "--sign-in",
                                           "--whoami",  "--sign-out", "--status"};
    for (int i = 1; i < argc; ++i)
        for (const char *option : headless)
            if (std::strcmp(argv[i], option) == 0)
                return false;
    return true;
}

void setIdentity() {
    QCoreApplication::setApplicationName(QStringLiteral("figestio-sync"));
    QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("figestio.com"));
    QCoreApplication::setApplicationVersion(QString::fromUtf8(build::kVersion));
}
} // namespace

int runCommandLine(int argc, char *argv[]) {
    setIdentity();
    std::unique_ptr<QCoreApplication> app;
    if (wantsGui(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("Figestió Sync"));
        QApplication::setQuitOnLastWindowClosed(false);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    installTranslations(); // GuiMain.h: the UI language (system when ca/es/en, else Catalan)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine",
                                    "Keeps your folder in sync with the Figestió server.") +
        QLatin1String("\n\n") + exitCodesHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const CommandLineOptions options = addCommandLineOptions(parser); // AuthCommands.h
    parser.process(*app);

    if (const auto code = runAuthCommand(parser, options))
        return *code;
    if (const auto code = runStatusCommand(parser, options))
        return *code;
    return runGui(parser, options); // GuiMain.h
}

} // namespace figestio
