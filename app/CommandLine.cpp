#include "CommandLine.h"

#include "AuthCommands.h"
#include "GuiMain.h"
#include "QuitCommand.h"
#include "StatusCommand.h"

#include "BuildConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace figestio {

namespace {
// One-shot commands must work without a display (ssh, scripted deployments): they get a
// QCoreApplication; only the tray app and --setup-folder need QApplication. So does a mistyped
// option, so that it is reported (exit 2) rather than failing for want of a display. Qt's own
// GUI options (-platform, -style…) are single-dash and stay with QApplication.
bool wantsGui(int argc, char *argv[]) {
    static const char *const headless[] = {"--version",  "-v",        "--help",   "-h",
                                           "--help-all", "--sign-in", "--whoami", "--sign-out",
                                           "--status",   "--quit"};
    static const char *const gui[] = {"--minimized", "--setup-folder", "--agency"};
    for (int i = 1; i < argc; ++i) {
        for (const char *option : headless)
            if (std::strcmp(argv[i], option) == 0)
                return false;
        if (std::strncmp(argv[i], "--", 2) != 0)
            continue;
        const char *end = std::strchr(argv[i], '=');
        const std::size_t length = end ? std::size_t(end - argv[i]) : std::strlen(argv[i]);
        bool known = false;
        for (const char *option : gui)
            known = known ||
                    (std::strlen(option) == length && std::strncmp(argv[i], option, length) == 0);
        if (!known)
            return false;
    }
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
    // process() would exit with 1 on a wrong command line; the documented code is 2.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(parser.errorText()));
        return ExitUsage;
    }
    parser.process(*app); // --help, --help-all, --version

    if (const auto code = runAuthCommand(parser, options))
        return *code;
    if (const auto code = runStatusCommand(parser, options))
        return *code;
    if (const auto code = runQuitCommand(parser, options))
        return *code;
    return runGui(parser, options); // GuiMain.h
}

} // namespace figestio
