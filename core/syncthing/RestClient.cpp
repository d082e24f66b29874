#include "RestClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace figestio {

namespace {
Error notYet() {
    return Error::make(Error::Kind::Other, QStringLiteral("not implemented yet"));
}
} // namespace

RestClient::RestClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam) {}

void RestClient::setEndpoint(const QUrl &base, const QByteArray &apiKey) {
    m_base = base;
    m_apiKey = apiKey;
}

void RestClient::resetRequestCount() {
    m_requestCount = 0;
    m_requestLog.clear();
}

void RestClient::ping(QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::systemStatus(QObject *, Callback<SystemStatus> cb) {
    cb(notYet());
}
void RestClient::connections(QObject *, Callback<QList<ConnectionInfo>> cb) {
    cb(notYet());
}
void RestClient::pauseDevice(const QString &, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::resumeDevice(const QString &, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::shutdown(QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::devices(QObject *, Callback<QList<DeviceConfig>> cb) {
    cb(notYet());
}
void RestClient::addOrUpdateDevice(const DeviceConfig &, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::setDeviceAddresses(const QString &, const QStringList &, QObject *,
                                    Callback<Done> cb) {
    cb(notYet());
}
void RestClient::removeDevice(const QString &, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::folders(QObject *, Callback<QList<FolderConfig>> cb) {
    cb(notYet());
}
void RestClient::addOrUpdateFolder(const FolderConfig &, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::removeFolder(const QString &, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::setFolderPaused(const QString &, bool, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::patchOptions(const nlohmann::json &, QObject *, Callback<Done> cb) {
    cb(notYet());
}
void RestClient::options(QObject *, Callback<nlohmann::json> cb) {
    cb(notYet());
}
void RestClient::folderStatus(const QString &, QObject *, Callback<FolderStatus> cb) {
    cb(notYet());
}
void RestClient::completion(const QString &, const QString &, QObject *, Callback<Completion> cb) {
    cb(notYet());
}
void RestClient::folderStats(QObject *, Callback<QList<FolderStats>> cb) {
    cb(notYet());
}
void RestClient::folderErrors(const QString &, QObject *, Callback<QList<FolderError>> cb) {
    cb(notYet());
}
QNetworkReply *RestClient::events(qint64, int, const QStringList &, QObject *,
                                  Callback<QList<SyncthingEvent>> cb) {
    cb(notYet());
    return nullptr;
}

} // namespace figestio
