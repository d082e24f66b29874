#include "setup/SetupFlow.h"

#include "BuildConfig.h"
#include "auth/Session.h"
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

// Syncthing dials only these schemes (discovery and relays are off).
bool hasDialableAddress(const QStringList &addresses) {
    static const QStringList schemes{QStringLiteral("tcp://"),   QStringLiteral("tcp4://"),
                                     QStringLiteral("tcp6://"),  QStringLiteral("quic://"),
                                     QStringLiteral("quic4://"), QStringLiteral("quic6://")};
    for (const QString &address : addresses)
        for (const QString &scheme : schemes)
            if (address.startsWith(scheme, Qt::CaseInsensitive) && address.size() > scheme.size())
                return true;
    return false;
}

// Removing what is already gone is fine.
bool goneOrOk(const Result<Done> &r) {
    return r.ok() || r.error().kind == Error::Kind::NotFound;
}
} // namespace

// --- construction -------------------------------------------------------------------------

SetupFlow::SetupFlow(FigestioApi *api, SyncthingService *syncthing, QObject *parent)
    : SetupFlow(std::make_unique<LiveSetupBackend>(api, syncthing), parent) {
    // After every (re)start of Syncthing the state model follows the recorded folder again and
    // what the engine lost (a reset config, a partial unlink) is rebuilt from the record.
    if (syncthing)
        connect(syncthing, &SyncthingService::started, this, &SetupFlow::repair);
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
    // Signed in (at start-up the session is often restored after the engine started): the
    // server's identity is read again.
    if (!session)
        return;
    auto signedIn = [this, session] {
        if (session->state() == Session::State::SignedIn && m_backend->syncthingRunning())
            repair();
    };
    connect(session, &Session::stateChanged, this, signedIn);
    connect(session, &Session::agencyChanged, this, signedIn);
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

bool SetupFlow::switchesAgency() const {
    const QString agency = m_backend->agencyId();
    return isSetUp() && !agency.isEmpty() && agency != agencyId();
}

void SetupFlow::repair() {
    if (!isSetUp() || m_running)
        return; // a run in progress checks everything itself
    resumeTracking();
    const SetupRecord record;
    m_repairing = true;
    m_folderPath = record.folderPath();
    m_server = record.server();
    m_claim = Claim{{}, record.agencyId(), record.folderId(), record.folderLabel(), {}};
    m_lastError.clear();
    m_status.fill(StepStatus::Pending);
    qCInfo(lcSetup) << "checking the setup against the engine";
    runFrom(Step::EnsureSyncthing);
}

void SetupFlow::endRepair() {
    m_repairing = false;
    m_running = false;
    m_status.fill(StepStatus::Done);
    m_current = Step::Done;
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
    if (m_repairing)
        endRepair();
    m_folderPath = QDir::cleanPath(folderPath);
    m_lastError.clear();
    // A new setup (possibly another folder): remembered, so a restart offers it again; the
    // previous "done" stays until this run is done (a failed run changes nothing).
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
    if (m_running || m_repairing)
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
    if (m_repairing)
        return endRepair();
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
    if (m_repairing) {
        // The record stays; the next start tries again.
        qCWarning(lcSetup) << "setup check failed:" << stepTitle(step) << "-" << error.message;
        endRepair();
        m_lastError = error.message; // no Retry to advise: the next start tries again
        return;
    }
    m_running = false;
    m_current = step;
    m_lastError = failureMessage(step, error);
    setStatus(step, StepStatus::Failed);
    qCWarning(lcSetup) << "setup step failed:" << stepTitle(step) << "-" << error.message;
    emit failed(step, m_lastError);
}

void SetupFlow::setStatus(Step step, StepStatus status) {
    m_status[static_cast<std::size_t>(index(step))] = status;
    if (!m_repairing) // a repair is quiet: the set-up computer shows no setup progress
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
    if (m_repairing) {
        // Re-read when signed in for the recorded agency; else (or when the server cannot be
        // reached, or answers nothing usable) the recorded identity stands.
        const QString agency = m_backend->agencyId();
        if (agency.isEmpty() || agency != m_claim.agencyId)
            return stepDone(Step::ServerIdentity);
        m_backend->serverIdentity(this, [this, gen = m_generation](Result<ServerIdentity> r) {
            if (stale(gen))
                return;
            if (!r.ok())
                qCInfo(lcSetup) << "server identity not re-read:" << r.error().message;
            else if (!hasDialableAddress(r.value().addresses))
                qCWarning(lcSetup) << "server identity without a usable address: ignored";
            else
                m_server = r.value();
            stepDone(Step::ServerIdentity);
        });
        return;
    }
    m_backend->serverIdentity(
        this, answer<ServerIdentity>(Step::ServerIdentity, [this](const ServerIdentity &server) {
            if (!hasDialableAddress(server.addresses))
                return stepFailed(
                    Step::ServerIdentity,
                    Error::make(Error::Kind::Malformed,
                                tr("The Figestió server did not give an address this computer "
                                   "can connect to (tcp:// or quic://). Contact Figestió "
                                   "support.")));
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
            m_peerAddressesCurrent = false;
            for (const DeviceConfig &d : peers) {
                if (d.deviceId == m_server.deviceId) {
                    qCInfo(lcSetup) << "server peer already present";
                    m_peerAddressesCurrent = d.addresses == m_server.addresses;
                    return stepDone(Step::AddPeer);
                }
            }
            const bool claimed = m_repairing || claimRecorded();
            DeviceConfig peer;
            peer.deviceId = m_server.deviceId;
            peer.name = m_server.name.isEmpty() ? QStringLiteral("Figestió") : m_server.name;
            peer.addresses = claimed ? m_server.addresses : QStringList{QStringLiteral("dynamic")};
            m_backend->addPeer(peer, this, answer<Done>(Step::AddPeer, [this, claimed](Done) {
                                   qCInfo(lcSetup) << "server peer added";
                                   m_peerAddressesCurrent = claimed;
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
    if (m_repairing) { // set up: claimed long ago
        m_claim.deviceId = m_ownDeviceId;
        return setPeerAddressesAfterClaim();
    }
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
    if (m_repairing && m_peerAddressesCurrent)
        return stepDone(Step::ClaimDevice);
    m_backend->setPeerAddresses(
        m_server.deviceId, m_server.addresses, this,
        answer<Done>(Step::ClaimDevice, [this](Done) { stepDone(Step::ClaimDevice); }));
}

// What the previous setup had and this run replaces: another agency's folder, a server peer
// whose identity changed (a stale peer). Removed only now, after the claim, so a run that fails
// earlier leaves the previous setup working.
void SetupFlow::removePrevious(std::function<void()> then) {
    const SetupRecord record;
    const QString oldFolder =
        record.isDone() && record.folderId() != m_claim.folderId ? record.folderId() : QString();
    const QString oldPeer = record.isDone() && !record.serverDeviceId().isEmpty() &&
                                    record.serverDeviceId() != m_server.deviceId
                                ? record.serverDeviceId()
                                : QString();
    auto removePeer = [this, oldPeer, then, gen = m_generation](Result<Done> r) {
        if (stale(gen))
            return;
        if (!goneOrOk(r))
            return stepFailed(Step::CreateFolder, r.error());
        if (oldPeer.isEmpty())
            return then();
        qCInfo(lcSetup) << "removing the previous server peer";
        m_backend->removePeer(oldPeer, this, [this, then, gen](Result<Done> removed) {
            if (stale(gen))
                return;
            if (!goneOrOk(removed))
                return stepFailed(Step::CreateFolder, removed.error());
            then();
        });
    };
    if (oldFolder.isEmpty())
        return removePeer(Done{});
    qCInfo(lcSetup) << "removing the previous agency's folder" << oldFolder;
    m_backend->removeFolder(oldFolder, this, removePeer);
}

void SetupFlow::doCreateFolder() {
    removePrevious([this] { replaceFolder({}); });
}

// Creates the folder (oldFolderId: first removed from the engine's config, its path changed).
void SetupFlow::replaceFolder(const QString &oldFolderId) {
    if (!oldFolderId.isEmpty()) {
        // Posting the same ID with a new path leaves the folder at "folder marker missing"
        // for good: remove it, then add it again.
        qCInfo(lcSetup) << "the folder moved: removing it from the engine first";
        return m_backend->removeFolder(oldFolderId, this,
                                       [this, gen = m_generation](Result<Done> r) {
                                           if (stale(gen))
                                               return;
                                           if (!goneOrOk(r))
                                               return stepFailed(Step::CreateFolder, r.error());
                                           replaceFolder({});
                                       });
    }
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
            const bool samePath = existing && FolderCheck::normalizedPath(existing->path) ==
                                                  FolderCheck::normalizedPath(m_folderPath);
            const bool inPlace = samePath && existing->deviceIds.contains(m_server.deviceId) &&
                                 !existing->paused &&
                                 existing->versioning == FolderProtection::versioning();
            // A repair leaves a folder in place alone (its path may be away for a while: a
            // USB disk); the protection was checked by resumeTracking().
            if (m_repairing && inPlace)
                return stepDone(Step::CreateFolder);
            const QString problem = FolderCheck::problem(m_folderPath, others);
            if (!problem.isEmpty())
                return stepFailed(Step::CreateFolder, Error::make(Error::Kind::Invalid, problem));
            // The ignore block goes in before Syncthing first scans the folder, so no lock file
            // ever leaves.
            const Result<bool> ignores = IgnoreBlock::applyTo(m_folderPath);
            if (!ignores.ok())
                return stepFailed(Step::CreateFolder, ignores.error());
            if (inPlace) {
                qCInfo(lcSetup) << "folder already set up";
                return stepDone(Step::CreateFolder);
            }
            if (existing && !samePath)
                return replaceFolder(existing->id);
            FolderConfig folder;
            folder.id = m_claim.folderId;
            folder.label = m_claim.folderLabel.isEmpty() ? m_claim.folderId : m_claim.folderLabel;
            folder.path = m_folderPath;
            folder.deviceIds = {m_server.deviceId};
            // Change detection is the app's (DeletionGuard): the engine's own watcher and
            // periodic rescan are off from the start, never on until the guard's first check.
            folder.fsWatcherEnabled = false;
            folder.rescanIntervalS = 0;
            folder.fsWatcherDelayS = 1;
            folder.versioning = FolderProtection::versioning();
            m_backend->addFolder(folder, this, answer<Done>(Step::CreateFolder, [this](Done) {
                                     qCInfo(lcSetup) << "folder created";
                                     stepDone(Step::CreateFolder);
                                 }));
        }));
}

void SetupFlow::doFinish() {
    if (m_repairing) {
        SetupRecord().recordServer(m_server); // the identity as re-read
        m_backend->track(m_claim.folderId, m_server.deviceId);
        endRepair();
        qCInfo(lcSetup) << "setup checked: in place";
        return;
    }
    SetupRecord().recordDone(m_claim, m_folderPath, m_server,
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
