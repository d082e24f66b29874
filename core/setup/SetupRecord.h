#pragma once

#include "api/FigestioApi.h"

#include <QString>

namespace figestio {

// What setup leaves in QSettings (the "setup/" group), and the one reader and writer of it:
// once done, the folder, its path, the server (device, name, addresses) and the agency
// (isDone()): enough to rebuild the engine's peer and folder; while a setup runs, the folder
// chosen (so a restart offers it again) and the server's claim answer (so a resumed setup does
// not claim twice). A new run leaves the "done" record alone until it is done itself.
class SetupRecord {
public:
    bool isDone() const; // done, and for a folder
    QString folderId() const;
    QString folderLabel() const;
    QString folderPath() const;
    QString serverDeviceId() const;
    ServerIdentity server() const; // device, name and addresses as last known
    QString agencyId() const;

    // A setup starts for this folder (a previous "done" stays until this run is done).
    void start(const QString &folderPath);
    QString pendingFolderPath() const;

    // The claim the server answered (deviceId, agencyId, folderId, folderLabel; no time).
    Claim claim() const;
    void recordClaim(const Claim &claim);

    void recordDone(const Claim &claim, const QString &folderPath, const ServerIdentity &server,
                    const QString &agencyId);
    // The server's identity as re-read at a start (the rest of the record unchanged).
    void recordServer(const ServerIdentity &server);
    // A switch of agency in progress, away from this agency (AgencySwitch): set before the
    // engine identity is set aside, cleared when the switch has ended either way.
    void recordSwitchFrom(const QString &agencyId);
    QString switchingFrom() const;
    void clearSwitch();

    // Forgets everything (unlink).
    void clear();
};

} // namespace figestio
