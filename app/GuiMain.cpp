#include "GuiMain.h"

#include "AppController.h"
#include "SingleInstance.h"
#include "UnattendedSetup.h"

#include "common/Logging.h"

#if __has_include("Translations.h")
#include "Translations.h"
#define FIGESTIO_HAVE_TRANSLATIONS 1
#endif

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace figestio {

void installTranslations() {
#ifdef FIGESTIO_HAVE_TRANSLATIONS
    Translations::install();
#endif
}

namespace {
QString logDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}
} // namespace

int runGui(const QCommandLineParser &parser, const CommandLineOptions &options) {
    LogFile::install(logDirectory());
    qCInfo(lcApp) << "Figestió Sync" << QCoreApplication::applicationVersion() << "starting";

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
