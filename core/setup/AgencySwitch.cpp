#include "setup/AgencySwitch.h"

#include "common/Logging.h"
#include "setup/FolderCheck.h"
#include "setup/SetupFlow.h"
#include "setup/SetupRecord.h"
#include "syncthing/EngineIdentity.h"
#include "syncthing/RestClient.h"
#include "syncthing/SidecarProcess.h"
#include "syncthing/SyncthingService.h"

#include <QDir>

namespace figestio {

namespace {
bool goneOrOk(const Result<Done> &r) {
    return r.ok() || r.error().kind == Error::Kind::NotFound;
}
} // namespace

AgencySwitch::AgencySwitch(SetupFlow *flow, SyncthingService *engine, QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_engine(engine) {}

void AgencySwitch::start(const QString &folderPath) {
    if (isRunning() || !m_flow || !m_engine)
        return;
    const QString path = QDir::cleanPath(folderPath);
    // An unusable folder is refused before anything changes, and so is the old agency's folder
    // (or one inside or around it): its files would go to the new agency.
    if (const QString problem = FolderCheck::problem(path, {m_flow->folderPath()});
        !problem.isEmpty())
        return endFailed(problem);
    m_phase = Phase::Leaving;
    if (m_engine->isRunning())
        return leave(path);
    // At the app's start (an unattended setup) the engine may still be starting.
    startEngineThen([this, path] {
        if (!m_engine->isRunning())
            return endFailed(tr("The sync engine is not running. Use Retry in a moment."));
        leave(path);
    });
}

void AgencySwitch::leave(const QString &path) {
    // A check of the old setup in flight (the session's agency just changed) would race with
    // the engine's stop: it ends here; the restart at the end checks again.
    if (m_flow->isRepairing())
        m_flow->cancel();
    m_oldFolderId = m_flow->folderId();
    m_oldDeviceId = m_engine->deviceId();
    m_newDeviceId.clear();
    m_identityAside = false;
    qCInfo(lcSetup) << "switching agency: the folder" << m_oldFolderId << "stops syncing";
    // The old folder stops syncing first (its files stay): the new identity must never scan it.
    m_engine->rest()->setFolderPaused(m_oldFolderId, true, this, [this, path](Result<Done> r) {
        if (!goneOrOk(r))
            return endFailed(r.error().message);
        // The server peer stays (one server for every agency) but is not dialled until the new
        // identity is claimed: a dial the server rejects ("unknown device") is retried only
        // after 60 s; the claim step sets the addresses again, which dials at once (STACK.md).
        m_engine->rest()->setDeviceAddresses(m_flow->serverDeviceId(), {QStringLiteral("dynamic")},
                                             this, [this, path](Result<Done> undialled) {
                                                 if (!goneOrOk(undialled))
                                                     return rollBack(undialled.error().message);
                                                 stopAndRestartAs(path);
                                             });
    });
}

// The engine stopped, the old identity aside, the engine started with a new one, the flow run.
void AgencySwitch::stopAndRestartAs(const QString &path) {
    stopEngineThen([this, path] {
        SetupRecord().recordSwitchFrom(m_flow->agencyId());
        const Result<Done> aside = EngineIdentity(m_engine->sidecar()->homeDir()).setAside();
        if (!aside.ok())
            return rollBack(aside.error().message);
        m_identityAside = true;
        m_phase = Phase::Running;
        auto *watch = new QObject(this); // the flow's answer to this run, once
        connect(m_flow, &SetupFlow::finished, watch, [this, watch] {
            watch->deleteLater();
            onFlowFinished();
        });
        connect(m_flow, &SetupFlow::failed, watch,
                [this, watch](SetupFlow::Step, const QString &message) {
                    watch->deleteLater();
                    rollBack(message);
                });
        // The new engine identity appears at this start; the flow waits for it, adds the
        // server peer, claims it for the session's agency, then replaces the old folder.
        m_engine->start();
        m_flow->start(path);
    });
}

void AgencySwitch::recoverAtStart(const QString &engineHome) {
    const EngineIdentity identity(engineHome);
    SetupRecord record;
    if (!identity.hasPrevious()) {
        record.clearSwitch();
        return;
    }
    const QString from = record.switchingFrom();
    if (!from.isEmpty() && record.isDone() && record.agencyId() != from) {
        qCInfo(lcSetup) << "a switch of agency had finished: the old identity goes";
        identity.discardPrevious();
    } else {
        qCWarning(lcSetup) << "a switch of agency did not finish: the old identity comes back";
        if (const Result<Done> back = identity.restore(); !back.ok()) {
            qCWarning(lcSetup) << "old identity not restored:" << back.error().message;
            return; // kept aside, and so is the record of the switch: tried again next start
        }
    }
    record.clearSwitch();
}

void AgencySwitch::stopEngineThen(std::function<void()> then) {
    if (m_engine->status() == SyncthingService::Status::Stopped)
        return then();
    auto *wait = new QObject(this);
    connect(m_engine, &SyncthingService::stopped, wait, [wait, then] {
        wait->deleteLater();
        then();
    });
    m_engine->stop();
}

void AgencySwitch::startEngineThen(std::function<void()> then) {
    auto *wait = new QObject(this);
    auto once = [wait, then] {
        wait->deleteLater();
        then();
    };
    connect(m_engine, &SyncthingService::started, wait, once);
    connect(m_engine, &SyncthingService::failed, wait, once);
    m_engine->start();
}

void AgencySwitch::onFlowFinished() {
    m_newDeviceId = m_engine->deviceId();
    qCInfo(lcSetup) << "switched agency; device" << m_newDeviceId.left(7);
    // The old identity is now a remote device in the engine's config: it never connects again.
    const QString old = m_oldDeviceId;
    m_engine->rest()->removeDevice(old, this, [this](Result<Done> r) {
        if (!goneOrOk(r))
            qCWarning(lcSetup) << "the previous identity's device entry stays:"
                               << r.error().message;
        EngineIdentity(m_engine->sidecar()->homeDir()).discardPrevious();
        SetupRecord().clearSwitch();
        m_phase = Phase::Idle;
        emit finished();
    });
}

void AgencySwitch::rollBack(const QString &message) {
    qCWarning(lcSetup) << "switching agency failed; putting the previous setup back:" << message;
    m_phase = Phase::RollingBack;
    if (m_engine->isRunning() && m_engine->deviceId() != m_oldDeviceId)
        m_newDeviceId = m_engine->deviceId();
    stopEngineThen([this, message] {
        QString problem;
        if (m_identityAside) {
            const Result<Done> back = EngineIdentity(m_engine->sidecar()->homeDir()).restore();
            if (!back.ok())
                problem = back.error().message;
            m_identityAside = !back.ok();
        }
        if (!m_identityAside)
            SetupRecord().clearSwitch();
        // SetupFlow::repair() runs at this start and rebuilds the recorded (old) setup.
        startEngineThen([this, message, problem] {
            if (!problem.isEmpty() || !m_engine->isRunning()) {
                m_phase = Phase::Idle;
                emit failed(message + QLatin1Char(' ') +
                            (problem.isEmpty() ? m_engine->lastError() : problem) +
                            QLatin1Char(' ') +
                            tr("The previous folder could not be brought back yet: use Restart "
                               "the sync engine; if it keeps failing, contact Figestió "
                               "support."));
                return;
            }
            m_engine->rest()->setFolderPaused(
                m_oldFolderId, false, this, [this, message](Result<Done> resumed) {
                    if (!goneOrOk(resumed))
                        qCWarning(lcSetup)
                            << "previous folder not resumed:" << resumed.error().message;
                    if (m_newDeviceId.isEmpty())
                        return endFailed(message);
                    // The identity made for the new agency is a stray remote device now.
                    m_engine->rest()->removeDevice(
                        m_newDeviceId, this, [this, message](Result<Done>) { endFailed(message); });
                });
        });
    });
}

void AgencySwitch::endFailed(const QString &message) {
    m_phase = Phase::Idle;
    emit failed(message + QLatin1Char(' ') +
                tr("Nothing was changed: the previous folder keeps syncing."));
}

} // namespace figestio
