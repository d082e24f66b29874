#include "setup/SetupFlow.h"

#include "BuildConfig.h"
#include "common/Callback.h"
#include "common/Logging.h"
#include "setup/FolderCheck.h"
#include "setup/FolderProtection.h"
#include "setup/IgnoreBlock.h"
#include "setup/SetupBackend.h"
#include "setup/SetupRecord.h"
#include "setup/Unlink.h"
#include "syncthing/SyncthingService.h"

#include <QDir>
#include <QHostInfo>
#include <QSysInfo>

namespace figestio {

namespace {
int index(SetupFlow::Step step) {
    return static_cast<int>(step);
}
} // namespace

// --- construction -------------------------------------------------------------------------

SetupFlow::SetupFlow(FigestioApi *api, SyncthingService *syncthing, QObject *parent)
    : SetupFlow(std::make_unique<LiveSetupBackend>(api, syncthing), parent) {
    // After every (re)start of Syncthing the state model follows the recorded folder again.
    if (syncthing)
        connect(syncthing, &SyncthingService::started, this, &SetupFlow::resumeTracking);
}

SetupFlow::SetupFlow(std::unique_ptr<SetupBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend)) {
    m_status.fill(StepStatus::Pending);
    if (isSetUp()) {
        m_status.fill(StepStatus::Done);
        m_current = Step::Done;
    }
}

SetupFlow::~SetupFlow() = default;

void SetupFlow::setSession(Session *session) {
    // Only the live backend knows sessions; a test backend answers agencyId() itself.
    if (auto *live = dynamic_cast<LiveSetupBackend *>(m_backend.get()))
        live->setSession(session);
}

QList<SetupFlow::Step> SetupFlow::steps() {
    return {Step::EnsureSyncthing, Step::ServerIdentity, Step::AddPeer, Step::ClaimDevice,
            Step::CreateFolder};
}

QString SetupFlow::stepTitle(Step step) {
    switch (step) {
    case Step::EnsureSyncthing:
        return tr("Starting the sync engine");
    case Step::ServerIdentity:
        return tr("Contacting the Figestió server");
    case Step::AddPeer:
        return tr("Connecting to the server");
    case Step::ClaimDevice:
        return tr("Registering this computer");
    case Step::CreateFolder:
        return tr("Setting up your folder");
    case Step::Done:
        return tr("Your folder is ready");
    }
    return {};
}

SetupFlow::StepStatus SetupFlow::status(Step step) const {
    return m_status[static_cast<std::size_t>(index(step))];
}

// --- persisted state -----------------------------------------------------------------------

bool SetupFlow::isSetUp() const {
    return SetupRecord().isDone();
}
QString SetupFlow::folderPath() const {
    return SetupRecord().folderPath();
}
QString SetupFlow::folderId() const {
    return SetupRecord().folderId();
}
QString SetupFlow::folderLabel() const {
    return SetupRecord().folderLabel();
}
QString SetupFlow::serverDeviceId() const {
    return SetupRecord().serverDeviceId();
}
QString SetupFlow::agencyId() const {
    return SetupRecord().agencyId();
}
QString SetupFlow::pendingFolderPath() const {
    return SetupRecord().pendingFolderPath();
}

void SetupFlow::resumeTracking() {
    if (!isSetUp())
        return;
    m_backend->track(folderId(), serverDeviceId());
    // Folders set up before versions were kept (or changed by hand) get them at start.
    m_backend->protectFolder(folderId(), this, [](Result<Done> r) {
        if (!r.ok())
            qCWarning(lcSetup) << "folder protection not applied:" << r.error().message;
    });
}

void SetupFlow::forget() {
    cancel();
    SetupRecord().clear();
    m_status.fill(StepStatus::Pending);
    m_current = Step::EnsureSyncthing;
    m_backend->track({}, {});
    qCInfo(lcSetup) << "setup forgotten";
}

void SetupFlow::unlink(QObject *context, Callback<Done> done) {
    unlinkFromServer(
        *m_backend, this,
        [this, reply = GuardedCallback<Done>(context, std::move(done))](Result<Done> r) {
            if (r.ok())
                forget();
            reply(std::move(r));
        });
}

// --- running --------------------------------------------------------------------------------

void SetupFlow::start(const QString &folderPath) {
    cancel();
    m_folderPath = QDir::cleanPath(folderPath);
    m_lastError.clear();
    // A new setup (possibly another folder): the recorded "done" no longer holds.
    SetupRecord().start(m_folderPath);
    m_status.fill(StepStatus::Pending);
    for (Step step : steps())
        emit stepChanged(step, StepStatus::Pending);
    qCInfo(lcSetup) << "setup started";
    // An unusable folder is refused before anything is claimed or configured (it is checked
    // again against Syncthing's other folders when the folder is created).
    const QString problem = FolderCheck::problem(m_folderPath, {});
    if (!problem.isEmpty()) {
        m_running = true;
        return stepFailed(Step::CreateFolder, Error::make(Error::Kind::Invalid, problem));
    }
    runFrom(Step::EnsureSyncthing);
}

void SetupFlow::retry() {
    if (m_running)
        return;
    if (m_folderPath.isEmpty())
        m_folderPath = pendingFolderPath();
    if (m_folderPath.isEmpty()) {
        stepFailed(Step::CreateFolder,
                   Error::make(Error::Kind::Invalid, tr("No folder was chosen.")));
        return;
    }
    m_lastError.clear();
    // Syncthing is checked again (it may have stopped meanwhile); every other step that
    // finished stays finished and is skipped, so the flow continues where it stopped.
    qCInfo(lcSetup) << "setup retried at" << stepTitle(m_current);
    runFrom(Step::EnsureSyncthing);
}

void SetupFlow::cancel() {
    ++m_generation; // answers of the step in flight are dropped
    if (!m_running)
        return;
    m_running = false;
    if (status(m_current) == StepStatus::Running)
        setStatus(m_current, StepStatus::Pending);
    qCInfo(lcSetup) << "setup cancelled at" << stepTitle(m_current);
}

void SetupFlow::runFrom(Step step) {
    m_running = true;
    runStep(step);
}

void SetupFlow::runStep(Step step) {
    m_current = step;
    if (step == Step::Done)
        return doFinish();
    // Steps that already finished in this run are skipped; each step also checks the real
    // state, so a new process resumes without duplicating anything.
    if (status(step) == StepStatus::Done && step != Step::EnsureSyncthing)
        return stepDone(step);
    setStatus(step, StepStatus::Running);
    switch (step) {
    case Step::EnsureSyncthing:
        return doEnsureSyncthing();
    case Step::ServerIdentity:
        return doServerIdentity();
    case Step::AddPeer:
        return doAddPeer();
    case Step::ClaimDevice:
        return doClaim();
    case Step::CreateFolder:
        return doCreateFolder();
    case Step::Done:
        break;
    }
}

void SetupFlow::stepDone(Step step) {
    const quint64 gen = m_generation;
    if (status(step) != StepStatus::Done)
        setStatus(step, StepStatus::Done);
    if (stale(gen) || !m_running) // cancelled from a stepChanged() handler
        return;
    runStep(static_cast<Step>(index(step) + 1));
}

void SetupFlow::stepFailed(Step step, const Error &error) {
    m_running = false;
    m_current = step;
    m_lastError = failureMessage(step, error);
    setStatus(step, StepStatus::Failed);
    qCWarning(lcSetup) << "setup step failed:" << stepTitle(step) << "-" << error.message;
    emit failed(step, m_lastError);
}

void SetupFlow::setStatus(Step step, StepStatus status) {
    m_status[static_cast<std::size_t>(index(step))] = status;
    emit stepChanged(step, status);
}

QString SetupFlow::failureMessage(Step step, const Error &error) const {
    // What to do next, unless the error's own message already says it (the API client's
    // network, timeout, session and claim-conflict messages do).
    QString advice;
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
    case Error::Kind::Unauthorized:
    case Error::Kind::Conflict:
    case Error::Kind::Invalid:
    case Error::Kind::Cancelled:
        break;
    case Error::Kind::Forbidden:
        advice = tr("Your account cannot register computers for this agency. Ask your agency's "
                    "Figestió administrator, then use Retry.");
        break;
    case Error::Kind::NotFound:
        advice = step == Step::EnsureSyncthing
                     ? tr("Reinstall Figestió Sync, then use Retry.")
                     : tr("Use Retry. If it keeps failing, contact Figestió support.");
        break;
    default:
        advice = tr("Use Retry. If it keeps failing, contact Figestió support.");
        break;
    }
    if (error.message.isEmpty() && advice.isEmpty())
        advice = tr("Use Retry. If it keeps failing, contact Figestió support.");
    QString what;
    switch (step) {
    case Step::EnsureSyncthing:
        what = tr("The sync engine could not start.");
        break;
    case Step::ServerIdentity:
        what = tr("The Figestió server could not be contacted.");
        break;
    case Step::AddPeer:
        what = tr("The connection to the server could not be prepared.");
        break;
    case Step::ClaimDevice:
        what = tr("This computer could not be registered.");
        break;
    case Step::CreateFolder:
        what = tr("Your folder could not be set up.");
        break;
    case Step::Done:
        break;
    }
    QStringList parts{what, error.message.trimmed(), advice};
    parts.removeAll(QString());
    for (QString &part : parts) // sentences, so the parts read as one message
        if (!part.endsWith(QLatin1Char('.')) && !part.endsWith(QLatin1Char('!')) &&
            !part.endsWith(QLatin1Char('?')))
            part += QLatin1Char('.');
    return parts.join(QLatin1Char(' '));
}

// --- the steps ---------------------------------------------------------------------------------

template <class T, class F> Callback<T> SetupFlow::answer(Step step, F onValue) {
    return [this, step, gen = m_generation, onValue = std::move(onValue)](Result<T> r) {
        if (stale(gen))
            return;
        if (!r.ok())
            return stepFailed(step, r.error());
        onValue(r.value());
    };
}

void SetupFlow::doEnsureSyncthing() {
    m_backend->ensureSyncthing(this,
                               answer<QString>(Step::EnsureSyncthing, [this](const QString &id) {
                                   m_ownDeviceId = id;
                                   stepDone(Step::EnsureSyncthing);
                               }));
}

void SetupFlow::doServerIdentity() {
    m_backend->serverIdentity(
        this, answer<ServerIdentity>(Step::ServerIdentity, [this](const ServerIdentity &server) {
            m_server = server;
            stepDone(Step::ServerIdentity);
        }));
}

// Before the claim the server does not know this device and would reject a dial; a rejected
// address is redialled only after Syncthing's 60 s interval. So the peer starts "dynamic" (no
// address: discovery is off, nothing is dialled) and gets the server's real addresses right
// after the claim: a new address is dialled at once (STACK.md).
void SetupFlow::doAddPeer() {
    m_backend->peers(
        this, answer<QList<DeviceConfig>>(Step::AddPeer, [this](const QList<DeviceConfig> &peers) {
            for (const DeviceConfig &d : peers) {
                if (d.deviceId == m_server.deviceId) {
                    qCInfo(lcSetup) << "server peer already present";
                    return stepDone(Step::AddPeer);
                }
            }
            DeviceConfig peer;
            peer.deviceId = m_server.deviceId;
            peer.name = m_server.name.isEmpty() ? QStringLiteral("Figestió") : m_server.name;
            peer.addresses =
                claimRecorded() ? m_server.addresses : QStringList{QStringLiteral("dynamic")};
            m_backend->addPeer(peer, this, answer<Done>(Step::AddPeer, [this](Done) {
                                   qCInfo(lcSetup) << "server peer added";
                                   stepDone(Step::AddPeer);
                               }));
        }));
}

bool SetupFlow::claimRecorded() const {
    const Claim recorded = SetupRecord().claim();
    const QString agency =
        m_backend->agencyId().isEmpty() ? recorded.agencyId : m_backend->agencyId();
    return !m_ownDeviceId.isEmpty() && recorded.deviceId == m_ownDeviceId &&
           recorded.agencyId == agency && !recorded.folderId.isEmpty();
}

void SetupFlow::doClaim() {
    // Claimed by an earlier run for the session's agency: no second claim. (A switch of agency
    // needs a new claim.)
    if (claimRecorded()) {
        m_claim = SetupRecord().claim();
        qCInfo(lcSetup) << "device already claimed";
        return setPeerAddressesAfterClaim();
    }
    ClaimRequest request;
    request.deviceId = m_ownDeviceId;
    request.name = deviceName();
    request.platform = platform();
    request.appVersion = QString::fromUtf8(build::kVersion);
    m_backend->claim(request, this, answer<Claim>(Step::ClaimDevice, [this](const Claim &claim) {
                         m_claim = claim;
                         if (m_claim.deviceId != m_ownDeviceId || m_claim.folderId.isEmpty())
                             return stepFailed(
                                 Step::ClaimDevice,
                                 Error::make(Error::Kind::Malformed,
                                             tr("The server's answer was not for this computer.")));
                         SetupRecord().recordClaim(m_claim);
                         qCInfo(lcSetup) << "device claimed for folder" << m_claim.folderId;
                         setPeerAddressesAfterClaim();
                     }));
}

// The server now knows this device: set the peer's addresses again so Syncthing dials at once
// (a peer that was rejected before the claim is otherwise redialled only after 60 s).
void SetupFlow::setPeerAddressesAfterClaim() {
    m_backend->setPeerAddresses(
        m_server.deviceId, m_server.addresses, this,
        answer<Done>(Step::ClaimDevice, [this](Done) { stepDone(Step::ClaimDevice); }));
}

void SetupFlow::doCreateFolder() {
    m_backend->folders(
        this,
        answer<QList<FolderConfig>>(Step::CreateFolder, [this](
                                                            const QList<FolderConfig> &configured) {
            QStringList others;
            const FolderConfig *existing = nullptr;
            for (const FolderConfig &f : configured) {
                if (f.id == m_claim.folderId)
                    existing = &f;
                else
                    others << f.path;
            }
            const QString problem = FolderCheck::problem(m_folderPath, others);
            if (!problem.isEmpty())
                return stepFailed(Step::CreateFolder, Error::make(Error::Kind::Invalid, problem));
            // The ignore block goes in before Syncthing first scans the folder, so no lock file
            // ever leaves.
            const Result<bool> ignores = IgnoreBlock::applyTo(m_folderPath);
            if (!ignores.ok())
                return stepFailed(Step::CreateFolder, ignores.error());
            if (existing &&
                FolderCheck::normalizedPath(existing->path) ==
                    FolderCheck::normalizedPath(m_folderPath) &&
                existing->deviceIds.contains(m_server.deviceId) && !existing->paused &&
                existing->versioning == FolderProtection::versioning()) {
                qCInfo(lcSetup) << "folder already set up";
                return stepDone(Step::CreateFolder);
            }
            FolderConfig folder;
            folder.id = m_claim.folderId;
            folder.label = m_claim.folderLabel.isEmpty() ? m_claim.folderId : m_claim.folderLabel;
            folder.path = m_folderPath;
            folder.deviceIds = {m_server.deviceId};
            folder.fsWatcherEnabled = true;
            folder.fsWatcherDelayS = 1;
            folder.versioning = FolderProtection::versioning();
            m_backend->addFolder(folder, this, answer<Done>(Step::CreateFolder, [this](Done) {
                                     qCInfo(lcSetup) << "folder created";
                                     stepDone(Step::CreateFolder);
                                 }));
        }));
}

void SetupFlow::doFinish() {
    SetupRecord().recordDone(m_claim, m_folderPath, m_server.deviceId,
                             m_claim.agencyId.isEmpty() ? m_backend->agencyId() : m_claim.agencyId);
    m_running = false;
    m_current = Step::Done;
    m_backend->track(m_claim.folderId, m_server.deviceId);
    setStatus(Step::Done, StepStatus::Done);
    qCInfo(lcSetup) << "setup done";
    emit finished();
}

QString SetupFlow::deviceName() {
    QString name = QHostInfo::localHostName();
    if (name.isEmpty())
        name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("Figestió Sync") : name;
}

QString SetupFlow::platform() {
    return QSysInfo::kernelType() + QLatin1Char('-') + QSysInfo::currentCpuArchitecture();
}

} // namespace figestio
