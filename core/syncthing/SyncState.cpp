#include "SyncState.h"

namespace figestio {

SyncState::SyncState(QObject *parent)
    : QObject(parent) {}

void SyncState::setTracked(const QString &folderId, const QString &serverDeviceId) {
    m_folderId = folderId;
    m_deviceId = serverDeviceId;
}
QString SyncState::overallText() const {
    return overallText(m_overall);
}
QString SyncState::overallText(Overall) {
    return {};
}
QString SyncState::folderLabel() const {
    return {};
}
QString SyncState::folderPath() const {
    return {};
}
SyncState::FolderActivity SyncState::folderActivity() const {
    return FolderActivity::Unknown;
}
double SyncState::completion() const {
    return 100;
}
qint64 SyncState::needItems() const {
    return 0;
}
qint64 SyncState::needBytes() const {
    return 0;
}
QDateTime SyncState::lastSyncTime() const {
    return {};
}
QList<RecentFile> SyncState::recentFiles() const {
    return {};
}
QList<FolderError> SyncState::folderErrors() const {
    return {};
}
QString SyncState::folderError() const {
    return {};
}
void SyncState::setEngine(Engine engine, const QString &error) {
    m_engine = engine;
    m_engineError = error;
}
void SyncState::applyFolderConfigs(const QList<FolderConfig> &) {}
void SyncState::applyDeviceConfigs(const QList<DeviceConfig> &) {}
void SyncState::applyFolderStatus(const QString &, const FolderStatus &) {}
void SyncState::applyCompletion(const QString &, const QString &, const Completion &) {}
void SyncState::applyConnections(const QList<ConnectionInfo> &) {}
void SyncState::applyFolderStats(const QList<FolderStats> &) {}
void SyncState::applyFolderErrors(const QString &, const QList<FolderError> &) {}
void SyncState::applyEvent(const SyncthingEvent &) {}
void SyncState::applyEvents(const QList<SyncthingEvent> &) {}
void SyncState::clear() {}

} // namespace figestio
