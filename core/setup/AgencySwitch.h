#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace figestio {

class SetupFlow;
class SyncthingService;

// Switches a set-up computer to the agency the session is now scoped to (issue 9 §6), with a
// new engine identity: the backend contract answers 409 to a device claimed by another agency
// and has no call to release one, so the new agency gets a new device (EngineIdentity); the
// old agency's server keeps a device that never connects again.
//
//   old folder paused (files stay) → engine stopped → identity set aside → engine started (a new
//   device ID) → SetupFlow::start(new folder): server peer, claim for the new agency, the old
//   folder removed, the new one created → the old own-device entry and the old identity deleted
//
// Any failure on the way puts everything back: engine stopped, the old identity restored,
// engine started; SetupFlow::repair() (at every start) rebuilds the old folder from the record,
// which stays the old agency's until the new run completes. The SetupFlow's own progress and
// failure signals show the steps; failed() arrives once the old setup runs again.
class AgencySwitch : public QObject {
    Q_OBJECT
public:
    AgencySwitch(SetupFlow *flow, SyncthingService *engine, QObject *parent = nullptr);

    // The session must already be scoped to the new agency (SetupFlow::switchesAgency()).
    void start(const QString &folderPath);
    bool isRunning() const { return m_phase != Phase::Idle; }

    // Before the engine's first start: a switch the app did not live to finish (a crash, a
    // power cut) left the old identity aside. The record decides: still the old agency's → the
    // old identity goes back (repair() then rebuilds the old folder); the new agency's → the
    // switch was done and the old identity is deleted.
    static void recoverAtStart(const QString &engineHome);

signals:
    void finished(); // set up for the new agency
    // Nothing changed: the previous agency's folder syncs as before. message in words.
    void failed(const QString &message);

private:
    enum class Phase { Idle, Leaving, Running, RollingBack };

    void leave(const QString &path); // the engine runs: from the pause of the old folder on
    void stopAndRestartAs(const QString &path);
    void stopEngineThen(std::function<void()> then);
    void startEngineThen(std::function<void()> then);
    void onFlowFinished();
    void rollBack(const QString &message);
    void endFailed(const QString &message);

    QPointer<SetupFlow> m_flow;
    QPointer<SyncthingService> m_engine;
    Phase m_phase = Phase::Idle;
    QString m_oldFolderId;
    QString m_oldDeviceId;
    QString m_newDeviceId;
    bool m_identityAside = false;
};

} // namespace figestio
