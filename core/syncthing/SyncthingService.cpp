#include "SyncthingService.h"

#include "syncthing/EventStream.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncState.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

namespace figestio {

SyncthingService::SyncthingService(const QString &homeDir, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_rest(new RestClient(m_nam, this))
    , m_sidecar(new SidecarProcess(homeDir.isEmpty() ? defaultHomeDir() : homeDir, m_rest, this))
    , m_transport(new RestEventTransport(m_rest))
    , m_events(new EventStream(m_transport, this))
    , m_state(new SyncState(this)) {}

SyncthingService::~SyncthingService() {
    delete m_transport;
}

QString SyncthingService::defaultHomeDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("syncthing"));
}
void SyncthingService::setFallbackPollMs(int ms) {
    m_fallbackPoll.setInterval(ms);
}
void SyncthingService::start() {}
void SyncthingService::stop() {
    emit stopped();
}
void SyncthingService::pauseServer(QObject *, std::function<void(Result<Done>)> done) {
    if (done)
        done(Error::make(Error::Kind::Other, QStringLiteral("not implemented yet")));
}
void SyncthingService::resumeServer(QObject *, std::function<void(Result<Done>)> done) {
    if (done)
        done(Error::make(Error::Kind::Other, QStringLiteral("not implemented yet")));
}
void SyncthingService::refreshSnapshot() {}

} // namespace figestio
