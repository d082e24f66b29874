#include "SyncthingBinary.h"

#include "BuildConfig.h"
#include "common/Callback.h"
#include "common/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace figestio {

namespace {
QString executableSuffix() {
#ifdef Q_OS_WIN
    return QStringLiteral(".exe");
#else
    return {};
#endif
}

constexpr int kVersionTimeoutMs = 10000;

// The binary as it is now: a replaced file (package upgrade) gets a new key.
QString cacheKey(const QString &binary) {
    const QFileInfo info(binary);
    return info.absoluteFilePath() + QLatin1Char('|') + QString::number(info.size()) +
           QLatin1Char('|') + QString::number(info.lastModified().toMSecsSinceEpoch());
}

QHash<QString, std::optional<SyncthingVersion>> &versionCache() {
    static QHash<QString, std::optional<SyncthingVersion>> cache;
    return cache;
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

void SyncthingBinary::detectVersion(const QString &binary, QObject *ctx,
                                    std::function<void(std::optional<SyncthingVersion>)> done) {
    const QString key = cacheKey(binary);
    if (versionCache().contains(key)) {
        const std::optional<SyncthingVersion> v = versionCache().value(key);
        QMetaObject::invokeMethod(
            ctx, [v, done] { done(v); }, Qt::QueuedConnection);
        return;
    }
    auto *probe = new QProcess(ctx);
    probe->setProcessChannelMode(QProcess::MergedChannels);
    // The probe is the context's child: when the context is destroyed mid-probe, ~QProcess kills
    // it and emits finished() from inside the context's ~QObject, with the owner half gone (UBSan
    // caught it). The guard is already cleared then: the owner is not called, and the killed
    // probe's "unknown" is not cached for the next owner.
    const ContextGuard owner(ctx);
    auto finish = [probe, key, done, owner](bool ran) {
        probe->disconnect();
        probe->deleteLater();
        if (!owner.alive())
            return;
        const std::optional<SyncthingVersion> v =
            ran ? SyncthingVersion::parse(probe->readAll()) : std::nullopt;
        qCInfo(lcSidecar) << "Syncthing version" << (v ? v->toString() : QStringLiteral("unknown"));
        versionCache().insert(key, v);
        done(v);
    };
    QObject::connect(probe, &QProcess::finished, probe,
                     [finish](int code, QProcess::ExitStatus status) {
                         finish(status == QProcess::NormalExit && code == 0);
                     });
    QObject::connect(probe, &QProcess::errorOccurred, probe, [finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(false);
    });
    QTimer::singleShot(kVersionTimeoutMs, probe, [probe] { probe->kill(); });
    probe->start(binary, {QStringLiteral("--version")});
}

} // namespace figestio
