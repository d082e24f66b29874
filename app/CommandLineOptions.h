#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace figestio {

// Process exit codes, documented in --help and the README. Keep the three in step.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,       // anything not listed below
    ExitUsage = 2,         // bad command line
    ExitNotSignedIn = 3,   // no session, or it expired (sign in again)
    ExitKeychain = 4,      // the system keychain is unavailable or locked
    ExitServer = 5,        // the server could not be reached or answered an error
    ExitSignInAborted = 6, // sign-in cancelled, denied in the browser or timed out
    ExitAgency = 7,        // no agency, or several and --agency not given / not one of them
    ExitNotRunning = 8,    // --status, --quit: no running instance
    ExitSetupFailed = 9,   // --setup-folder: a setup step failed (message says which)
};

struct CommandLineOptions {
    QCommandLineOption signIn;
    QCommandLineOption agency;
    QCommandLineOption whoami;
    QCommandLineOption signOut;
    QCommandLineOption setupFolder;
    QCommandLineOption status;
    QCommandLineOption minimized;
    QCommandLineOption quit;
};

CommandLineOptions addCommandLineOptions(QCommandLineParser &parser);
QString exitCodesHelp();

} // namespace figestio
