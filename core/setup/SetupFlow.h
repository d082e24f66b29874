#pragma once

#include "api/FigestioApi.h"
#include "common/Result.h"
#include "syncthing/RestClient.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>

namespace figestio {

class Session;
class SetupBackend;
class SyncthingService;

// DESIGN §6: the setup steps as one resumable, idempotent state machine.
//   EnsureSyncthing → ServerIdentity → AddPeer → ClaimDevice → CreateFolder → Done
// Each step first checks whether it is already done (Syncthing's config, the recorded claim),
// so a Retry, a cancel-then-retry or a crash followed by a new start never duplicates a
// peer, a device claim or a folder. Once the claim succeeds, the peer's addresses are set
// again so Syncthing dials the server at once instead of after its 60 s redial interval.
// When Done, the folder, its path and the server (device, addresses) are recorded
// (SetupRecord, isSetUp()) and the state model tracks them. A run that fails leaves the
// previous record (and the previous setup) as it was.
// repair() runs the same steps quietly from the record at every start of the engine: a peer or
// folder the engine lost is rebuilt, the server's identity is re-read when signed in (new
// addresses set, a server that changed identity replaces the old peer).
class SetupFlow : public QObject {
    Q_OBJECT
public:
    enum class Step { EnsureSyncthing, ServerIdentity, AddPeer, ClaimDevice, CreateFolder, Done };
    Q_ENUM(Step)
    enum class StepStatus { Pending, Running, Done, Failed };
    Q_ENUM(StepStatus)

    SetupFlow(FigestioApi *api, SyncthingService *syncthing, QObject *parent = nullptr);
    // For the unit tests of the step logic (takes ownership of backend).
    SetupFlow(std::unique_ptr<SetupBackend> backend, QObject *parent = nullptr);
    ~SetupFlow() override;

    // Runs every step for this folder (checked with FolderCheck first).
    void start(const QString &folderPath);
    // After a failure or a cancel: continues with the step that did not finish.
    void retry();
    // Stops after the step in flight (its answer is dropped); retry() continues.
    void cancel();

    bool isRunning() const { return m_running; }
    Step currentStep() const { return m_current; }
    StepStatus status(Step step) const;
    QString lastError() const { return m_lastError; }
    static QString stepTitle(Step step);
    static QList<Step> steps(); // the five real steps, in order (without Done)

    // Persisted (QSettings group "setup") once Done.
    bool isSetUp() const;
    QString folderPath() const;
    QString folderId() const;
    QString folderLabel() const;
    QString serverDeviceId() const;
    QString agencyId() const;
    // The folder of a setup that was started but did not finish (to offer it again).
    QString pendingFolderPath() const;

    // Tells the state model about the recorded folder (on start-up, when set up).
    void resumeTracking();
    // Set up and not running: tracks the folder and rebuilds from the record what the engine
    // lost (peer, folder, addresses), without claiming again and without signals; a failure
    // is logged and kept as lastError() (the diagnostic report), the next start tries again.
    // Done at every start of the engine.
    void repair();
    bool isRepairing() const { return m_repairing; }
    // Set up for one agency while the session is scoped to another: a new setup replaces the
    // old agency's folder and server peer (the UI asks first).
    bool switchesAgency() const;
    // Unlinks this computer: removes the folder and the server peer from Syncthing and forgets
    // the setup. The files stay on disk.
    void unlink(QObject *context, Callback<Done> done);
    // Forgets the recorded setup only (Syncthing untouched).
    void forget();

    // A friendly name for this computer in the claim (the host name).
    static QString deviceName();
    static QString platform();

    // The session whose agency the claim is for (a change of agency claims again). Without it
    // the agency of the recorded claim is assumed.
    void setSession(Session *session);

signals:
    void stepChanged(figestio::SetupFlow::Step step, figestio::SetupFlow::StepStatus status);
    // What went wrong and what to do next, in words.
    void failed(figestio::SetupFlow::Step step, const QString &message);
    void finished();

private:
    void runFrom(Step step);
    void runStep(Step step);
    void stepDone(Step step);
    void stepFailed(Step step, const Error &error);
    void setStatus(Step step, StepStatus status);
    QString failureMessage(Step step, const Error &error) const;
    bool stale(quint64 generation) const { return generation != m_generation; }
    // The callback for a backend answer within step: dropped when the run was cancelled or
    // restarted since, fails the step on an error, else hands the value to onValue.
    template <class T, class F> Callback<T> answer(Step step, F onValue);

    void doEnsureSyncthing();
    void doServerIdentity();
    void doAddPeer();
    void doClaim();
    void doCreateFolder();
    void doFinish();
    void setPeerAddressesAfterClaim();
    void removePrevious(std::function<void()> then);
    void replaceFolder(const QString &oldFolderId);
    bool claimRecorded() const;
    void endRepair();

    std::unique_ptr<SetupBackend> m_backend;
    std::array<StepStatus, 6> m_status{};
    Step m_current = Step::EnsureSyncthing;
    bool m_running = false;
    bool m_repairing = false;
    bool m_peerAddressesCurrent = false; // the peer already has the server's addresses
    quint64 m_generation = 0;
    QString m_lastError;

    // What this run has learnt.
    QString m_folderPath;
    QString m_ownDeviceId;
    ServerIdentity m_server;
    Claim m_claim;
};

} // namespace figestio
