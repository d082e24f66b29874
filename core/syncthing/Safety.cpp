#include "syncthing/Safety.h"

#include "syncthing/SyncState.h"

namespace figestio {

Safety Safety::of(const SyncState &state, const QDateTime &now) {
    Safety s;
    const QString id = state.trackedFolderId();
    if (id.isEmpty())
        return s;
    const SyncState::Folder f = state.trackedFolder();
    s.files = f.status.globalFiles;
    s.receivingItems = f.status.needTotalItems;
    s.checkedAt = f.checkedAt;
    s.conflicts = state.waitingConflicts();
    s.lastContact = state.serverLastContact(now);
    if (f.haveRemote) {
        s.sendingItems = f.remote.needItems + f.remote.needDeletes;
        s.sendingBytes = f.remote.needBytes;
    }
    if (state.engine() == SyncState::Engine::Failed ||
        state.engine() == SyncState::Engine::NotResponding || !state.folderError().isEmpty()) {
        s.level = Level::Problem;
        s.problem = state.problem();
        return s;
    }
    if (state.engine() != SyncState::Engine::Running || !f.configured)
        return s;
    if (state.serverPaused() || f.paused) {
        s.level = Level::Paused;
        return s;
    }
    if (!state.serverConnected()) {
        s.level = Level::Offline;
        return s;
    }
    if (!f.haveRemote)
        return s;
    s.level = s.sendingItems > 0 || f.remote.completion < 100 ? Level::Sending : Level::Safe;
    return s;
}

QString Safety::levelKey(Level level) {
    switch (level) {
    case Level::Safe:
        return QStringLiteral("safe");
    case Level::Sending:
        return QStringLiteral("sending");
    case Level::Paused:
        return QStringLiteral("paused");
    case Level::Offline:
        return QStringLiteral("offline");
    case Level::Problem:
        return QStringLiteral("problem");
    case Level::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace figestio
