#include "setup/FolderProtection.h"

#include "common/Logging.h"
#include "setup/IgnoreBlock.h"

#include <QPointer>

namespace figestio {

VersioningConfig FolderProtection::versioning() {
    VersioningConfig v;
    v.type = QStringLiteral("staggered");
    v.params.insert(QStringLiteral("maxAge"), QString::number(kKeepDays * 24 * 3600));
    return v;
}

void FolderProtection::apply(RestClient *rest, const QString &folderId, QObject *ctx,
                             Callback<Done> done) {
    if (!rest || folderId.isEmpty())
        return done(Done{});
    QPointer<RestClient> client(rest);
    rest->folders(ctx, [client, folderId, ctx, done](Result<QList<FolderConfig>> folders) {
        if (!folders.ok())
            return done(folders.error());
        for (const FolderConfig &f : folders.value()) {
            if (f.id != folderId)
                continue;
            const Result<bool> ignores = IgnoreBlock::applyTo(f.path);
            if (!ignores.ok())
                qCWarning(lcSetup) << "ignore block not written:" << ignores.error().message;
            else if (ignores.value())
                qCInfo(lcSetup) << "ignore block written into the folder's .stignore";
            if (f.versioning == versioning() || !client)
                return done(ignores.ok() ? Result<Done>(Done{}) : ignores.error());
            qCInfo(lcSetup) << "turning on previous versions for folder" << folderId;
            return client->setFolderVersioning(folderId, versioning(), ctx, done);
        }
        done(Done{});
    });
}

} // namespace figestio
