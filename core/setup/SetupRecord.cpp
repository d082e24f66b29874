#include "setup/SetupRecord.h"

#include <QSettings>

namespace figestio {

namespace {
const QString kGroup = QStringLiteral("setup");
const QString kDone = QStringLiteral("setup/done");
const QString kFolderId = QStringLiteral("setup/folderId");
const QString kFolderLabel = QStringLiteral("setup/folderLabel");
const QString kFolderPath = QStringLiteral("setup/folderPath");
const QString kServerDevice = QStringLiteral("setup/serverDeviceId");
const QString kServerName = QStringLiteral("setup/serverName");
const QString kServerAddresses = QStringLiteral("setup/serverAddresses");
const QString kAgency = QStringLiteral("setup/agencyId");
const QString kPendingPath = QStringLiteral("setup/pendingFolderPath");
const QString kClaimDevice = QStringLiteral("setup/claim/deviceId");
const QString kClaimAgency = QStringLiteral("setup/claim/agencyId");
const QString kClaimFolderId = QStringLiteral("setup/claim/folderId");
const QString kClaimFolderLabel = QStringLiteral("setup/claim/folderLabel");
const QString kSwitchFrom = QStringLiteral("setup/switchFrom");

QString read(const QString &key) {
    return QSettings().value(key).toString();
}
} // namespace

bool SetupRecord::isDone() const {
    const QSettings s;
    return s.value(kDone).toBool() && !s.value(kFolderId).toString().isEmpty();
}

QString SetupRecord::folderId() const {
    return read(kFolderId);
}

QString SetupRecord::folderLabel() const {
    return read(kFolderLabel);
}

QString SetupRecord::folderPath() const {
    return read(kFolderPath);
}

QString SetupRecord::serverDeviceId() const {
    return read(kServerDevice);
}

ServerIdentity SetupRecord::server() const {
    const QSettings s;
    ServerIdentity id;
    id.deviceId = s.value(kServerDevice).toString();
    id.name = s.value(kServerName).toString();
    id.addresses = s.value(kServerAddresses).toStringList();
    return id;
}

QString SetupRecord::agencyId() const {
    return read(kAgency);
}

QString SetupRecord::pendingFolderPath() const {
    return read(kPendingPath);
}

void SetupRecord::start(const QString &folderPath) {
    QSettings s;
    s.setValue(kPendingPath, folderPath);
    s.sync();
}

Claim SetupRecord::claim() const {
    const QSettings s;
    Claim c;
    c.deviceId = s.value(kClaimDevice).toString();
    c.agencyId = s.value(kClaimAgency).toString();
    c.folderId = s.value(kClaimFolderId).toString();
    c.folderLabel = s.value(kClaimFolderLabel).toString();
    return c;
}

void SetupRecord::recordClaim(const Claim &claim) {
    QSettings s;
    s.setValue(kClaimDevice, claim.deviceId);
    s.setValue(kClaimAgency, claim.agencyId);
    s.setValue(kClaimFolderId, claim.folderId);
    s.setValue(kClaimFolderLabel, claim.folderLabel);
    s.sync();
}

void SetupRecord::recordDone(const Claim &claim, const QString &folderPath,
                             const ServerIdentity &server, const QString &agencyId) {
    recordServer(server);
    QSettings s;
    s.setValue(kFolderId, claim.folderId);
    s.setValue(kFolderLabel, claim.folderLabel);
    s.setValue(kFolderPath, folderPath);
    s.setValue(kAgency, agencyId);
    s.setValue(kDone, true);
    s.remove(kPendingPath);
    s.sync();
}

void SetupRecord::recordServer(const ServerIdentity &server) {
    QSettings s;
    s.setValue(kServerDevice, server.deviceId);
    s.setValue(kServerName, server.name);
    s.setValue(kServerAddresses, server.addresses);
    s.sync();
}

void SetupRecord::recordSwitchFrom(const QString &agencyId) {
    QSettings s;
    s.setValue(kSwitchFrom, agencyId);
    s.sync(); // before the identity moves: a crash must find it
}

QString SetupRecord::switchingFrom() const {
    return read(kSwitchFrom);
}

void SetupRecord::clearSwitch() {
    QSettings s;
    s.remove(kSwitchFrom);
    s.sync();
}

void SetupRecord::clear() {
    QSettings s;
    s.remove(kGroup);
    s.sync();
}

} // namespace figestio
