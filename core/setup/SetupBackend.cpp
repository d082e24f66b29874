#include "setup/SetupBackend.h"

#include "auth/Session.h"
#include "setup/FolderProtection.h"
#include "syncthing/SyncState.h"

#include <QCoreApplication>
#include <QTimer>

namespace figestio {

namespace {
// How long ensureSyncthing() waits for Syncthing to come up.
constexpr int kStartTimeoutMs = 60000;

template <class T> Result<T> gone() {
    return Error::make(Error::Kind::Cancelled,
                       QCoreApplication::translate("figestio::SetupFlow", "The app is closing."));
}
} // namespace

LiveSetupBackend::LiveSetupBackend(FigestioApi *api, SyncthingService *syncthing)
    : m_api(api)
    , m_syncthing(syncthing) {}

void LiveSetupBackend::ensureSyncthing(QObject *ctx, Callback<QString> cb) {
    if (!m_syncthing)
        return cb(gone<QString>());
    if (m_syncthing->isRunning() && !m_syncthing->deviceId().isEmpty())
        return cb(m_syncthing->deviceId());

    // One-shot wait for started()/failed() (or the timeout); the waiter dies with ctx.
    auto *waiter = new QObject(ctx);
    auto finished = std::make_shared<bool>(false);
    auto finish = [waiter, finished, cb](Result<QString> r) {
        if (*finished)
            return;
        *finished = true;
        waiter->deleteLater();
        cb(std::move(r));
    };
    SyncthingService *service = m_syncthing;
    QObject::connect(service, &SyncthingService::started, waiter,
                     [service, finish] { finish(service->deviceId()); });
    QObject::connect(service, &SyncthingService::failed, waiter, [finish](const QString &error) {
        finish(Error::make(Error::Kind::Other, error));
    });
    QTimer::singleShot(kStartTimeoutMs, waiter, [finish] {
        finish(Error::make(Error::Kind::Timeout,
                           QCoreApplication::translate("figestio::SetupFlow",
                                                       "The sync engine did not start in time.")));
    });
    if (service->status() == SyncthingService::Status::Stopped ||
        service->status() == SyncthingService::Status::Failed)
        service->start();
}

QString LiveSetupBackend::agencyId() const {
    if (m_session && m_session->agency())
        return m_session->agency()->id;
    return {};
}

void LiveSetupBackend::serverIdentity(QObject *ctx, Callback<ServerIdentity> cb) {
    if (!m_api)
        return cb(gone<ServerIdentity>());
    m_api->serverIdentity(ctx, std::move(cb));
}

void LiveSetupBackend::claim(const ClaimRequest &request, QObject *ctx, Callback<Claim> cb) {
    if (!m_api)
        return cb(gone<Claim>());
    m_api->claimDevice(request, ctx, std::move(cb));
}

void LiveSetupBackend::peers(QObject *ctx, Callback<QList<DeviceConfig>> cb) {
    if (!m_syncthing)
        return cb(gone<QList<DeviceConfig>>());
    m_syncthing->rest()->devices(ctx, std::move(cb));
}

void LiveSetupBackend::addPeer(const DeviceConfig &device, QObject *ctx, Callback<Done> cb) {
    if (!m_syncthing)
        return cb(gone<Done>());
    m_syncthing->rest()->addOrUpdateDevice(device, ctx, std::move(cb));
}

void LiveSetupBackend::setPeerAddresses(const QString &deviceId, const QStringList &addresses,
                                        QObject *ctx, Callback<Done> cb) {
    if (!m_syncthing)
        return cb(gone<Done>());
    m_syncthing->rest()->setDeviceAddresses(deviceId, addresses, ctx, std::move(cb));
}

void LiveSetupBackend::removePeer(const QString &deviceId, QObject *ctx, Callback<Done> cb) {
    if (!m_syncthing)
        return cb(gone<Done>());
    m_syncthing->rest()->removeDevice(deviceId, ctx, std::move(cb));
}

void LiveSetupBackend::folders(QObject *ctx, Callback<QList<FolderConfig>> cb) {
    if (!m_syncthing)
        return cb(gone<QList<FolderConfig>>());
    m_syncthing->rest()->folders(ctx, std::move(cb));
}

void LiveSetupBackend::addFolder(const FolderConfig &folder, QObject *ctx, Callback<Done> cb) {
    if (!m_syncthing)
        return cb(gone<Done>());
    m_syncthing->rest()->addOrUpdateFolder(folder, ctx, std::move(cb));
}

void LiveSetupBackend::removeFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) {
    if (!m_syncthing)
        return cb(gone<Done>());
    m_syncthing->rest()->removeFolder(folderId, ctx, std::move(cb));
}

void LiveSetupBackend::track(const QString &folderId, const QString &serverDeviceId) {
    if (m_syncthing)
        m_syncthing->state()->setTracked(folderId, serverDeviceId);
}

void LiveSetupBackend::protectFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) {
    if (!m_syncthing)
        return cb(gone<Done>());
    FolderProtection::apply(m_syncthing->rest(), folderId, ctx, std::move(cb));
}

} // namespace figestio
