// A stand-in for the app: runs a SyncthingService on the home given as argv[1] and prints
// "READY <monitor pid>" once it is running. The left-over test SIGKILLs it, as a crash would.
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncthingService.h"

#include <QCoreApplication>

#include <cstdio>

using namespace figestio;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: syncthing_app_helper HOME\n");
        return 2;
    }
    SyncthingService service(QString::fromLocal8Bit(argv[1]));
    QObject::connect(&service, &SyncthingService::started, [&service] {
        std::printf("READY %lld\n", static_cast<long long>(service.sidecar()->pid()));
        std::fflush(stdout);
    });
    QObject::connect(&service, &SyncthingService::failed, [](const QString &error) {
        std::fprintf(stderr, "FAILED %s\n", qPrintable(error));
        std::exit(1);
    });
    service.start();
    return app.exec();
}
