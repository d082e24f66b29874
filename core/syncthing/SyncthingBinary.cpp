#include "SyncthingBinary.h"

#include "BuildConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace figestio {

namespace {
QString executableSuffix() {
#ifdef Q_OS_WIN
    return QStringLiteral(".exe");
#else
    return {};
#endif
}

bool isExecutableFile(const QString &path) {
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}
} // namespace

QString SyncthingBinary::find(QString *error) {
    if (build::kDevOverrides) {
        const QString fromEnv = qEnvironmentVariable("FIGESTIO_SYNCTHING");
        if (!fromEnv.isEmpty()) {
            if (isExecutableFile(fromEnv))
                return QFileInfo(fromEnv).absoluteFilePath();
            if (error)
                *error = tr("FIGESTIO_SYNCTHING names %1, which is not a program.").arg(fromEnv);
            return {};
        }
    }
    const QString bundled =
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("figestio-syncthing") + executableSuffix());
    if (isExecutableFile(bundled))
        return bundled;
    const QString configured = QString::fromUtf8(build::kSyncthingPath);
    if (!configured.isEmpty() && isExecutableFile(configured))
        return configured;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("syncthing"));
    if (!onPath.isEmpty())
        return onPath;
    if (error)
        *error = tr("Syncthing, the program that copies your files, was not found. Reinstall "
                    "Figestió Sync or install the \"syncthing\" package.");
    return {};
}

} // namespace figestio
