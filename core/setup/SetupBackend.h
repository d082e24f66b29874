#pragma once

#include "api/FigestioApi.h"
#include "common/Result.h"
#include "syncthing/RestClient.h"
#include "syncthing/SyncthingService.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace figestio {

// What SetupFlow needs from the outside world, as one narrow interface: the live one talks to
// FigestioApi and SyncthingService; the unit tests of the step logic use a small fake.
class SetupBackend {
public:
    virtual ~SetupBackend() = default;

    // Starts Syncthing when it is not running; answers with this device's ID once it runs.
    virtual void ensureSyncthing(QObject *ctx, Callback<QString> cb) = 0;
    virtual bool syncthingRunning() const { return true; }
    // The agency the session is scoped to (empty: none yet).
    virtual QString agencyId() const = 0;
    virtual void serverIdentity(QObject *ctx, Callback<ServerIdentity> cb) = 0;
    virtual void claim(const ClaimRequest &request, QObject *ctx, Callback<Claim> cb) = 0;

    virtual void peers(QObject *ctx, Callback<QList<DeviceConfig>> cb) = 0;
    virtual void addPeer(const DeviceConfig &device, QObject *ctx, Callback<Done> cb) = 0;
    virtual void setPeerAddresses(const QString &deviceId, const QStringList &addresses,
                                  QObject *ctx, Callback<Done> cb) = 0;
    virtual void removePeer(const QString &deviceId, QObject *ctx, Callback<Done> cb) = 0;
    virtual void folders(QObject *ctx, Callback<QList<FolderConfig>> cb) = 0;
    virtual void addFolder(const FolderConfig &folder, QObject *ctx, Callback<Done> cb) = 0;
    virtual void removeFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) = 0;
    // Tells the state model which folder and server device the UI follows.
    virtual void track(const QString &folderId, const QString &serverDeviceId) = 0;
    // Brings an existing folder up to FolderProtection (versions kept, ignore block).
    virtual void protectFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) {
        (void)folderId;
        (void)ctx;
        cb(Done{});
    }
};

// The real thing: FigestioApi + SyncthingService (both owned elsewhere).
class LiveSetupBackend : public SetupBackend {
public:
    LiveSetupBackend(FigestioApi *api, SyncthingService *syncthing);

    void ensureSyncthing(QObject *ctx, Callback<QString> cb) override;
    bool syncthingRunning() const override { return m_syncthing && m_syncthing->isRunning(); }
    QString agencyId() const override;
    void serverIdentity(QObject *ctx, Callback<ServerIdentity> cb) override;
    void claim(const ClaimRequest &request, QObject *ctx, Callback<Claim> cb) override;
    void peers(QObject *ctx, Callback<QList<DeviceConfig>> cb) override;
    void addPeer(const DeviceConfig &device, QObject *ctx, Callback<Done> cb) override;
    void setPeerAddresses(const QString &deviceId, const QStringList &addresses, QObject *ctx,
                          Callback<Done> cb) override;
    void removePeer(const QString &deviceId, QObject *ctx, Callback<Done> cb) override;
    void folders(QObject *ctx, Callback<QList<FolderConfig>> cb) override;
    void addFolder(const FolderConfig &folder, QObject *ctx, Callback<Done> cb) override;
    void removeFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) override;
    void track(const QString &folderId, const QString &serverDeviceId) override;
    void protectFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) override;

    void setSession(Session *session) { m_session = session; }

private:
    QPointer<FigestioApi> m_api;
    QPointer<SyncthingService> m_syncthing;
    QPointer<Session> m_session;
};

} // namespace figestio
