#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace figestio {

class RestClient;

// What the mass-delete guard (DeletionGuard) asks Syncthing about one folder, and the scans it
// asks for (the engine's own watcher and periodic rescan are off for the app's folder):
//  - the files in Syncthing's index under a path (GET /rest/db/browse: the global view, the
//    same list the server has), and what the folder still needs from the server (/rest/db/need:
//    not on disk yet, so not deleted);
//  - scans of some subfolders (POST /rest/db/scan?sub=…; the answer comes when the scan is done);
//  - the folder's mode: receive-only while a deletion is held (a scan then records the
//    deletions without sending them; POST /rest/db/revert brings them back from the server),
//    send-receive otherwise;
//  - how many deletions a receive-only scan recorded (/rest/db/status receiveOnlyChangedDeletes)
//    and some of their names (/rest/db/localchanged).
class FolderIndex : public QObject {
    Q_OBJECT
public:
    // The changes a receive-only scan recorded (GET /rest/db/localchanged): files deleted, and
    // files added or edited meanwhile (a revert would undo those too).
    struct LocalChanges {
        QStringList deleted;
        QStringList changed;
    };
    struct HeldChanges {
        qint64 deletes = 0;     // deletions recorded while receive-only
        qint64 globalFiles = 0; // files in the folder's global index
        qint64 needItems = 0;   // what it still needs from the server
    };

    FolderIndex(RestClient *rest, const QString &folderId, QObject *parent = nullptr);

    // Relative file paths ('/' separated) under prefix ("" = the whole folder).
    void files(const QString &prefix, QObject *ctx, Callback<QStringList> done);
    void needed(QObject *ctx, Callback<QStringList> done);
    // subs empty: the whole folder.
    void scan(const QStringList &subs, QObject *ctx, Callback<Done> done);
    void revert(QObject *ctx, Callback<Done> done);
    // Also turns the engine's own watcher and rescans off (the app owns change detection).
    void setReceiveOnly(bool receiveOnly, QObject *ctx, Callback<Done> done);
    void heldChanges(QObject *ctx, Callback<HeldChanges> done);
    void localChanges(int max, QObject *ctx, Callback<LocalChanges> done);

    static Result<QStringList> parseTree(const QByteArray &body, const QString &prefix);
    static Result<QStringList> parseNeed(const QByteArray &body);
    static Result<HeldChanges> parseHeldChanges(const QByteArray &body);
    static Result<LocalChanges> parseLocalChanges(const QByteArray &body);

private:
    QPointer<RestClient> m_rest;
    QString m_folderId;
};

} // namespace figestio
