#pragma once

#include "common/Callback.h"
#include "common/Result.h"
#include "syncthing/RestClient.h"

#include <QObject>
#include <QString>

namespace figestio {

// What every folder of the app keeps so no document is lost (DESIGN §6, issue 9):
//  - previous versions: Syncthing's *staggered* versioning, 30 days. Trashcan keeps only the
//    last copy of a name, so a file replaced twice (a colleague saving twice, ransomware on
//    another PC encrypting, then the same name written again) loses the good copy; staggered
//    keeps a series (every 30 s for an hour, hourly for a day, daily up to maxAge), so the
//    version from before the damage is still there. Syncthing versions only what other devices
//    delete or replace, which is exactly what an accountant cannot undo by herself.
//  - the app's block in .stignore (IgnoreBlock).
class FolderProtection {
public:
    static constexpr int kKeepDays = 30;
    static VersioningConfig versioning();

    // Brings an existing folder (set up before this existed, or changed by hand) up to it: the
    // ignore block on disk, and the versioning in Syncthing's config, written only when it
    // differs (a folder config change restarts the folder). A folder Syncthing does not know is
    // left alone (the setup repairs that).
    static void apply(RestClient *rest, const QString &folderId, QObject *ctx, Callback<Done> done);
};

} // namespace figestio
