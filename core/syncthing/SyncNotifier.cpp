#include "SyncNotifier.h"

namespace figestio {

SyncNotifier::SyncNotifier(SyncState *state, int offlineNotifyMs, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_offlineNotifyMs(offlineNotifyMs) {
    m_offlineTimer.setSingleShot(true);
    connect(&m_offlineTimer, &QTimer::timeout, this,
            [this] { emit serverUnreachable(qMax(1, m_offlineNotifyMs / 60000)); });
    if (state) {
        connect(state, &SyncState::overallChanged, this, &SyncNotifier::onOverallChanged);
        connect(state, &SyncState::conflictDetected, this, &SyncNotifier::conflictFound);
        connect(state, &SyncState::folderErrorsChanged, this, &SyncNotifier::checkErrors);
    }
}

void SyncNotifier::setSignedIn(bool signedIn) {
    m_signedIn = signedIn;
    onOverallChanged();
}

void SyncNotifier::setSetUp(bool setUp) {
    m_setUp = setUp;
    onOverallChanged();
}

void SyncNotifier::onOverallChanged() {
    const bool offline = m_state && m_state->overall() == SyncState::Overall::ServerOffline;
    if (offline && m_signedIn && m_setUp) {
        if (!m_offlineTimer.isActive())
            m_offlineTimer.start(m_offlineNotifyMs);
    } else {
        m_offlineTimer.stop();
    }
    if (m_state && m_state->overall() == SyncState::Overall::Error)
        checkErrors();
}

void SyncNotifier::checkErrors() {
    if (!m_state)
        return;
    const QList<FolderError> errors = m_state->folderErrors();
    const QString folderProblem = m_state->problem();
    const int count = static_cast<int>(errors.size()) + (folderProblem.isEmpty() ? 0 : 1);
    const bool more = count > m_lastErrorCount;
    m_lastErrorCount = count;
    if (!more)
        return;
    if (!folderProblem.isEmpty())
        emit folderStopped(folderProblem);
    else
        emit filesFailed(errors);
}

} // namespace figestio
