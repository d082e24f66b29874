#pragma once
// A real SyncState put into a given state through its public write side (no widgets: the
// headless tests of the state model's users and the widget tests share it).

#include "syncthing/SyncState.h"

#include <QDateTime>
#include <QString>

namespace uitest {

inline const QString kFolder = QStringLiteral("figestio-ag_1");
inline const QString kServer =
    QStringLiteral("MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD");

// Running, folder configured at path, server connected, folder idle: UpToDate.
inline void makeUpToDate(figestio::SyncState &s,
                         const QString &path = QStringLiteral("/home/alice/Figestió")) {
    using namespace figestio;
    s.setTracked(kFolder, kServer);
    s.setEngine(SyncState::Engine::Running);
    FolderConfig fc;
    fc.id = kFolder;
    fc.label = QStringLiteral("Gestoria Puig");
    fc.path = path;
    s.applyFolderConfigs({fc});
    ConnectionInfo c;
    c.deviceId = kServer;
    c.connected = true;
    c.address = QStringLiteral("127.0.0.1:22000");
    s.applyConnections({c});
    FolderStatus st;
    st.state = QStringLiteral("idle");
    st.globalBytes = 1000;
    st.inSyncBytes = 1000;
    s.applyFolderStatus(kFolder, st);
}

inline void makeSyncing(figestio::SyncState &s, qint64 needBytes = 580, qint64 globalBytes = 1000) {
    figestio::FolderStatus st;
    st.state = QStringLiteral("syncing");
    st.globalBytes = globalBytes;
    st.needBytes = needBytes;
    st.needFiles = 3;
    st.needTotalItems = 3;
    s.applyFolderStatus(kFolder, st);
}

inline void setConnected(figestio::SyncState &s, bool connected, bool paused = false) {
    figestio::ConnectionInfo c;
    c.deviceId = kServer;
    c.connected = connected;
    c.paused = paused;
    s.applyConnections({c});
}

inline figestio::SyncthingEvent
itemFinished(qint64 id, const QString &item, const QString &error = {},
             const QDateTime &when = QDateTime::currentDateTimeUtc()) {
    figestio::SyncthingEvent e;
    e.id = id;
    e.type = QStringLiteral("ItemFinished");
    e.time = when;
    e.data = {
        {"folder", kFolder.toStdString()},
        {"item", item.toStdString()},
        {"action", "update"},
        {"type", "file"},
        {"error", error.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(error.toStdString())}};
    return e;
}

} // namespace uitest
