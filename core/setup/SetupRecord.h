#pragma once

#include "api/FigestioApi.h"

#include <QString>

namespace figestio {

// What setup leaves in QSettings (the "setup/" group), and the one reader and writer of it:
// once done, the folder, its path, the server device and the agency (isDone()); while it
// runs, the folder chosen (so a restart offers it again) and the server's claim answer (so a
// resumed setup does not claim twice).
class SetupRecord {
public:
    bool isDone() const; // done, and for a folder
    QString folderId() const;
    QString folderLabel() const;
    QString folderPath() const;
    QString serverDeviceId() const;
    QString agencyId() const;

    // A setup starts for this folder: until it is done again, nothing counts as set up.
    void start(const QString &folderPath);
    QString pendingFolderPath() const;

    // The claim the server answered (deviceId, agencyId, folderId, folderLabel; no time).
    Claim claim() const;
    void recordClaim(const Claim &claim);

    void recordDone(const Claim &claim, const QString &folderPath, const QString &serverDeviceId,
                    const QString &agencyId);
    // Forgets everything (unlink).
    void clear();
};

} // namespace figestio
