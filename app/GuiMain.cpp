#include "GuiMain.h"

#include "AppController.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "UnattendedSetup.h"

#include "common/BackendConfig.h"
#include "common/Logging.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace figestio {

void installTranslations() {
    Translations::install();
}

namespace {
#if defined(Q_OS_UNIX)
// SIGTERM/SIGINT/SIGHUP (logout, `kill`, Ctrl+C, a closed terminal) quit like the tray's Quit,
// so Syncthing is stopped gracefully instead of being orphaned. The handler only writes a byte
// (async-signal-safe).
int g_signalFds[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[1], &byte, 1);
}

void quitOnSignals(AppController *controller) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[0], QSocketNotifier::Read, controller);
    QObject::connect(notifier, &QSocketNotifier::activated, controller, [controller, notifier] {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFds[0], &byte, 1);
        notifier->setEnabled(false);
        qCInfo(lcApp) << "signal received: quitting";
        controller->quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGHUP, &action, nullptr);
}
#endif
} // namespace

int runGui(const QCommandLineParser &parser, const CommandLineOptions &options) {
    LogFile::install(LogFile::defaultDirectory());
    qCInfo(lcApp) << "Figestió Sync" << QCoreApplication::applicationVersion() << "starting";

    // The same check as the command-line commands: a bad compiled-in or (dev) environment URL
    // stops here, in words, before anything talks to it.
    if (const QString problem = BackendConfig::fromBuild().validate(); !problem.isEmpty()) {
        qCCritical(lcApp) << "unusable server address:" << problem;
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        QMessageBox::critical(nullptr, QStringLiteral("Figestió Sync"), problem);
        return ExitFailure;
    }

    SingleInstance instance;
    if (!instance.acquire()) {
        // A second launch: the running instance raises its window; this one leaves.
        const bool answered = SingleInstance::ask("raise").has_value();
        qCInfo(lcApp) << "already running; asked it to show itself:" << answered;
        if (parser.isSet(options.setupFolder)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "GuiMain", "Figestió Sync is already running. Quit it first, then "
                                        "run --setup-folder again.")));
            return ExitFailure;
        }
        return ExitOk;
    }

    AppController::Options appOptions;
    appOptions.minimized = parser.isSet(options.minimized);
    appOptions.unattended = parser.isSet(options.setupFolder);
    AppController controller(appOptions);
    instance.setStatusProvider([&controller] { return controller.statusJson(); });
    QObject::connect(&instance, &SingleInstance::activationRequested, &controller,
                     &AppController::showMainWindow);
    QObject::connect(&instance, &SingleInstance::quitRequested, &controller, &AppController::quit);

#if defined(Q_OS_UNIX)
    quitOnSignals(&controller);
#endif

    int exitCode = ExitOk;
    QObject::connect(&controller, &AppController::finished, qApp,
                     [&exitCode] { QCoreApplication::exit(exitCode); });

    std::unique_ptr<UnattendedSetup> unattended;
    if (parser.isSet(options.setupFolder)) {
        unattended = std::make_unique<UnattendedSetup>(
            &controller, parser.value(options.setupFolder), parser.value(options.agency));
        QObject::connect(unattended.get(), &UnattendedSetup::failed, &controller,
                         [&exitCode, &controller](int code, const QString &) {
                             exitCode = code;
                             controller.quit();
                         });
        unattended->start();
    }
    controller.start();
    const int rc = QApplication::exec();
    qCInfo(lcApp) << "exiting with code" << rc;
    LogFile::uninstall();
    return rc;
}

} // namespace figestio
