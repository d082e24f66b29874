#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace figestio {

class RestClient;

// One previous version of a file that another device deleted or replaced (Syncthing keeps it
// in .stversions, FolderProtection).
struct FileVersion {
    QString path;           // relative to the folder, '/' separated
    QDateTime versionTime;  // when it was deleted or replaced
    QString versionTimeRaw; // Syncthing's own text of it: a restore names the version with it
    QDateTime modTime;      // when that version had last been edited
    qint64 size = 0;
    bool currentExists = false; // a file is at path now: replaced, not deleted (see inspect())
};

// Syncthing's versions API, GET/POST /rest/folder/versions (in 1.19 and 1.29 alike): lists the
// previous versions of a folder and restores some. A restore puts the file back in the folder
// (the current one, if any, becomes a version itself) and the watcher sends it to the server.
class VersionsClient : public QObject {
    Q_OBJECT
public:
    using Restore = QHash<QString, QString>; // path → versionTimeRaw

    explicit VersionsClient(RestClient *rest, QObject *parent = nullptr);

    // Newest first. folderPath (may be empty) fills currentExists.
    void list(const QString &folderId, const QString &folderPath, QObject *ctx,
              Callback<QList<FileVersion>> done);
    // Answers the paths that could not be restored, with Syncthing's reason (empty: all back).
    void restore(const QString &folderId, const Restore &versions, QObject *ctx,
                 Callback<QHash<QString, QString>> done);

    static Result<QList<FileVersion>> parseVersions(const QByteArray &body);
    static Result<QHash<QString, QString>> parseRestoreErrors(const QByteArray &body);
    // Marks the versions whose file exists in folderPath now.
    static void inspect(QList<FileVersion> &versions, const QString &folderPath);

private:
    QPointer<RestClient> m_rest;
};

} // namespace figestio
