#include "CommandLineOptions.h"

#include <QCoreApplication>

namespace figestio {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

CommandLineOptions addCommandLineOptions(QCommandLineParser &parser) {
    CommandLineOptions o{
        QCommandLineOption(
            QStringLiteral("sign-in"),
            tr("Sign in through the browser, store the session in the system keychain, "
               "print who is signed in and exit.")),
        QCommandLineOption(
            QStringLiteral("agency"),
            tr("With --sign-in or --setup-folder: the agency to use when you belong to several."),
            tr("ID")),
        QCommandLineOption(
            QStringLiteral("whoami"),
            tr("Print the signed-in user, the agency and when the access expires, then exit.")),
        QCommandLineOption(QStringLiteral("sign-out"), tr("Delete the stored session and exit.")),
        QCommandLineOption(
            QStringLiteral("setup-folder"),
            tr("Set up syncing of PATH unattended (signed-in user), then keep syncing "
               "from the tray."),
            tr("PATH")),
        QCommandLineOption(QStringLiteral("status"),
                           tr("Print the running instance's state as JSON and exit.")),
        QCommandLineOption(QStringLiteral("minimized"),
                           tr("Start in the tray without opening a window.")),
        QCommandLineOption(QStringLiteral("quit"),
                           tr("Ask the running instance to stop syncing and quit; wait until "
                              "it has exited.")),
    };
    parser.addOptions(
        {o.signIn, o.agency, o.whoami, o.signOut, o.setupFolder, o.status, o.minimized, o.quit});
    return o;
}

QString exitCodesHelp() {
    return tr("Exit codes:\n"
              "  0  success\n"
              "  1  other failure\n"
              "  2  wrong command line\n"
              "  3  not signed in, or the session expired\n"
              "  4  the system keychain is unavailable or locked\n"
              "  5  the server could not be reached or answered an error\n"
              "  6  sign-in cancelled, denied or timed out\n"
              "  7  no agency, or several and --agency missing or wrong\n"
              "  8  --status, --quit: Figestió Sync is not running\n"
              "  9  --setup-folder: a setup step failed");
}

} // namespace figestio
