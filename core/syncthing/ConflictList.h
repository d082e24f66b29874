#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace figestio {

// Two versions of one file that were edited on both sides at once (issue 9 §3). Syncthing keeps
// both: the winner (the newer edit) under the file's name, the other as
// `name.sync-conflict-YYYYMMDD-HHMMSS-<first 7 characters of a device ID>.ext`. The device
// named is the one that made the *winning* edit (the device that pulls the winner renames its
// own version with the winner's ModifiedBy, Syncthing's folder_sendrecv.go), so a copy named
// after this computer holds the agency's version. Paths are relative to the folder.
struct Conflict {
    QString copyPath;        // the .sync-conflict- file
    QString originalPath;    // the file's own name
    QDateTime foundAt;       // from the copy's name (local time of the device that found it)
    QString copyDevice;      // the 7-character device prefix in the name
    bool copyIsMine = false; // the copy holds this computer's version
    QDateTime mineModified;  // when each side last edited its version
    QDateTime agencyModified;
};

// Finds and resolves conflicts in a folder on disk. What is decided travels by itself: the
// engine's watcher sees the rename or deletion and sends it to the server.
class ConflictList {
public:
    enum class Choice { KeepMine, KeepAgencys, KeepBoth };

    static bool isConflictCopy(const QString &path);
    // The conflict a path names, or nothing for any other file.
    static std::optional<Conflict> parse(const QString &relativePath, const QString &myDeviceId);
    // Every conflict in folderPath (walks the folder: call it off the GUI thread), newest first,
    // with the two dates filled in.
    static QList<Conflict> scan(const QString &folderPath, const QString &myDeviceId);

    // "factura (còpia de l'ordinador).xlsx" or "factura (còpia de la gestoria).xlsx", numbered
    // when taken; `label` is the translated "copy of this computer"/"copy of the agency".
    static QString keepBothPath(const QString &originalPath, const QString &label,
                                const std::function<bool(const QString &)> &exists);

    // Applies a choice on disk. KeepMine/KeepAgencys leave one file under the original name
    // (the other is deleted; the engine keeps it as a previous version when it came from the
    // server); KeepBoth renames the copy to a readable name.
    static Result<QString> resolve(const QString &folderPath, const Conflict &conflict,
                                   Choice choice);
};

} // namespace figestio
