#include "StatusJson.h"

#include "BuildConfig.h"
#include "SafetyText.h"
#include "auth/Session.h"
#include "setup/SetupFlow.h"
#include "syncthing/Safety.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

namespace figestio {

namespace {
template <class E> QString enumKey(E value) {
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}

QString isoOrEmpty(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

StatusJson::StatusJson(const Session &session, const SyncthingService &syncthing,
                       const SetupFlow &setup)
    : m_session(session)
    , m_syncthing(syncthing)
    , m_setup(setup) {}

QByteArray StatusJson::toJson() const {
    const SyncState *state = m_syncthing.state();
    QJsonObject root;
    root[QStringLiteral("running")] = true;
    root[QStringLiteral("version")] = QString::fromUtf8(build::kVersion);
    root[QStringLiteral("session")] = enumKey(m_session.state());
    const UserInfo user = m_session.user();
    QJsonObject u;
    if (m_session.state() == Session::State::SignedIn) {
        u[QStringLiteral("name")] = user.name;
        u[QStringLiteral("email")] = user.email;
        u[QStringLiteral("username")] = user.username;
    }
    root[QStringLiteral("user")] = u.isEmpty() ? QJsonValue() : QJsonValue(u);
    if (const auto agency = m_session.agency())
        root[QStringLiteral("agency")] =
            QJsonObject{{QStringLiteral("id"), agency->id}, {QStringLiteral("name"), agency->name}};
    else
        root[QStringLiteral("agency")] = QJsonValue();
    root[QStringLiteral("setUp")] = m_setup.isSetUp();
    root[QStringLiteral("engine")] = enumKey(m_syncthing.status());
    root[QStringLiteral("state")] = enumKey(state->overall());
    root[QStringLiteral("stateText")] = state->overallText();

    QJsonObject folder;
    folder[QStringLiteral("id")] = m_setup.folderId();
    folder[QStringLiteral("label")] = m_setup.folderLabel();
    folder[QStringLiteral("path")] = m_setup.folderPath();
    folder[QStringLiteral("state")] = enumKey(state->folderActivity());
    folder[QStringLiteral("completion")] = state->completion();
    folder[QStringLiteral("needItems")] = state->needItems();
    folder[QStringLiteral("needBytes")] = state->needBytes();
    folder[QStringLiteral("lastSync")] = isoOrEmpty(state->lastSyncTime());
    root[QStringLiteral("folder")] = folder;

    QJsonObject server;
    server[QStringLiteral("deviceId")] = m_setup.serverDeviceId();
    server[QStringLiteral("connected")] = state->serverConnected();
    server[QStringLiteral("paused")] = state->serverPaused();
    server[QStringLiteral("address")] = state->serverAddress();
    server[QStringLiteral("connectedSince")] = isoOrEmpty(state->serverConnectedSince());
    root[QStringLiteral("server")] = server;
    root[QStringLiteral("lastSync")] = isoOrEmpty(state->lastSyncTime());
    const Safety safety = Safety::of(*state);
    QJsonObject safe;
    safe[QStringLiteral("level")] = Safety::levelKey(safety.level);
    safe[QStringLiteral("text")] = safetyText(safety);
    safe[QStringLiteral("files")] = safety.files;
    safe[QStringLiteral("sendingItems")] = safety.sendingItems;
    safe[QStringLiteral("sendingBytes")] = safety.sendingBytes;
    safe[QStringLiteral("receivingItems")] = safety.receivingItems;
    safe[QStringLiteral("conflicts")] = safety.conflicts;
    safe[QStringLiteral("checkedAt")] = isoOrEmpty(safety.checkedAt);
    safe[QStringLiteral("lastContact")] = isoOrEmpty(safety.lastContact);
    root[QStringLiteral("safety")] = safe;

    QJsonArray errors;
    if (!state->folderError().isEmpty())
        errors.append(state->folderError());
    for (const FolderError &e : state->folderErrors())
        errors.append(e.path + QStringLiteral(": ") + e.message);
    if (!m_syncthing.lastError().isEmpty() &&
        m_syncthing.status() == SyncthingService::Status::Failed)
        errors.append(m_syncthing.lastError());
    if (!m_setup.lastError().isEmpty())
        errors.append(m_setup.lastError());
    root[QStringLiteral("errors")] = errors;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace figestio
