#include "AppController.h"

#include "Autostart.h"
#include "ConflictPanel.h"
#include "DeletionWindow.h"
#include "DiagnosticReport.h"
#include "RecoverWindow.h"
#include "SafetyText.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "StatusJson.h"
#include "StatusWindow.h"
#include "TrayIcon.h"
#include "UpdateNoticeLabel.h"

#include "BuildConfig.h"
#include "api/FigestioApi.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"
#include "common/BackendConfig.h"
#include "common/Logging.h"
#include "common/UpdateCheck.h"
#include "setup/AgencySwitch.h"
#include "setup/SetupFlow.h"
#include "syncthing/ConflictMonitor.h"
#include "syncthing/DeletionGuard.h"
#include "syncthing/Safety.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"
#include "syncthing/VersionsClient.h"

#include <QApplication>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

namespace figestio {

namespace {
// Syncthing gets this long to shut down gracefully before the app exits anyway.
constexpr int kQuitTimeoutMs = 15000;

void bringToFront(QWidget *window) {
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

AppController::AppController(QObject *parent)
    : AppController(Options{}, parent) {}

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {
    const BackendConfig config = BackendConfig::fromBuild();
    m_nam = new QNetworkAccessManager(this);
    m_store = new KeychainTokenStore(this);
    m_session = new Session(config, m_store, m_nam, this);
    m_api = new FigestioApi(config, m_session, m_nam, this);
    m_syncthing = new SyncthingService(options.syncthingHome, this);
    m_setup = new SetupFlow(m_api, m_syncthing, this);
    m_setup->setSession(m_session);
    m_switch = new AgencySwitch(m_setup, m_syncthing, this);
    m_autostart = new Autostart(this);
    m_updates = new UpdateCheck(m_nam, UpdateCheck::feedUrlFromBuild(),
                                QString::fromUtf8(build::kVersion), this);
    wireCore();
}

AppController::~AppController() {
    // Windows first (they observe the core objects), then the core objects in reverse order of
    // creation; SyncthingService's destructor stops a sidecar still running.
    delete m_wizard;
    m_wizard = nullptr;
    delete m_status;
    m_status = nullptr;
    delete m_recover;
    m_recover = nullptr;
    delete m_deletions;
    m_deletions = nullptr;
    delete m_settings;
    m_settings = nullptr;
    delete m_tray;
    m_tray = nullptr;
}

void AppController::wireCore() {
    // A sign-in started from the wizard ends on the folder page (first setup) or just closes
    // the wizard (signing in again while set up).
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state != Session::State::SignedIn || !m_awaitingSignIn)
            return;
        m_awaitingSignIn = false;
        if (m_options.unattended)
            return;
        if (m_setup->switchesAgency()) {
            askSwitchAgency();
        } else if (m_setup->isSetUp()) {
            if (m_wizard)
                m_wizard->hide();
        } else {
            ensureWizard()->showFolderChoice(m_setup->pendingFolderPath());
        }
    });
    // Settings' "Change agency…": once the session is scoped to the chosen agency, another agency
    // is asked about first (its folder replaces this one); the same agency changes nothing.
    connect(m_session, &Session::agencyChanged, this, [this] {
        if (!m_changingAgency)
            return;
        m_changingAgency = false;
        if (m_setup->switchesAgency())
            askSwitchAgency();
        else if (m_wizard)
            m_wizard->hide();
    });
    // The switch ends after the flow (old identity and device entry cleaned up, or everything
    // put back): its failure says that nothing changed.
    connect(m_switch, &AgencySwitch::failed, this, [this](const QString &message) {
        followDeletions();
        if (m_wizard)
            m_wizard->showSetupFailed(message);
    });
    connect(m_switch, &AgencySwitch::finished, this, &AppController::followDeletions);
    connect(m_session, &Session::restoreFinished, this, &AppController::onRestored);
    connect(m_session, &Session::keychainError, this, [this](const QString &message) {
        qCWarning(lcApp) << "keychain:" << message;
        if (m_wizard)
            m_wizard->showSignInError(message);
    });
    // "Needs your attention": the folder's conflicts, read again when a conflict copy appears.
    m_conflicts = new ConflictMonitor(this);
    connect(m_syncthing->state(), &SyncState::conflictDetected, m_conflicts,
            &ConflictMonitor::refresh);
    // Their number is part of "is it safe?" (status window, tray tooltip, --status).
    connect(m_conflicts, &ConflictMonitor::changed, this, [this] {
        m_syncthing->state()->setWaitingConflicts(int(m_conflicts->conflicts().size()));
    });
    connect(m_setup, &SetupFlow::finished, this, &AppController::followConflicts);
    // The mass-delete guard owns change detection for the folder: it checks at every engine
    // start, then follows the folder; a held batch asks through the tray and its window.
    m_guard = new DeletionGuard(m_syncthing->rest(), this);
    connect(m_setup, &SetupFlow::finished, this, &AppController::followDeletions);
    connect(m_syncthing, &SyncthingService::started, this, &AppController::followDeletions);
    connect(m_syncthing, &SyncthingService::stopped, m_guard, &DeletionGuard::stop);
    connect(m_guard, &DeletionGuard::held, this, [this](const DeletionHold &hold) {
        ensureDeletionWindow()->showHold(hold);
        bringToFront(m_deletions);
        if (m_tray)
            m_tray->notifyDeletionsHeld(hold.deleted);
    });
    // A watcher that cannot follow every change (too many subfolders, a network drive) is
    // said in the status window and the tray's tooltip while it lasts.
    connect(m_guard, &DeletionGuard::problemChanged, m_syncthing->state(),
            &SyncState::setWatchProblem);
    connect(m_guard, &DeletionGuard::released, this, [this] {
        if (m_deletions)
            m_deletions->hide();
    });
    connect(m_guard, &DeletionGuard::failed, this, [this](const QString &error) {
        if (m_deletions && m_deletions->isVisible() &&
            m_guard->state() == DeletionGuard::State::Held)
            m_deletions->showError(error);
    });
    connect(m_setup, &SetupFlow::finished, this, [this] {
        showSetUp();
        if (m_options.manageAutostart)
            m_autostart->enableAfterSetup();
    });
    // The user's pause or resume is re-applied by SyncthingService after every (re)start.
    connect(m_syncthing, &SyncthingService::started, this, &AppController::followConflicts);
    connect(m_syncthing, &SyncthingService::failed, this,
            [](const QString &error) { qCWarning(lcApp) << "sync engine failed:" << error; });
}

void AppController::start() {
    if (m_tray)
        return;
    m_tray = new TrayIcon(this);
    m_tray->bind(m_session, m_syncthing->state());
    showSetUp();
    connect(m_tray, &TrayIcon::openFolderRequested, this, &AppController::openFolder);
    connect(m_tray, &TrayIcon::statusRequested, this,
            [this] { bringToFront(ensureStatusWindow()); });
    connect(m_tray, &TrayIcon::recoverRequested, this, &AppController::openRecover);
    connect(m_tray, &TrayIcon::deletionsRequested, this, [this] {
        if (m_guard->state() == DeletionGuard::State::Held)
            bringToFront(ensureDeletionWindow());
    });
    // A newer version: the tray menu says so, with the download link (so do the Settings).
    connect(m_updates, &UpdateCheck::updateAvailable, m_tray, &TrayIcon::setUpdateAvailable);
    connect(m_tray, &TrayIcon::pauseRequested, this, [this] { m_syncthing->pauseServer(); });
    connect(m_tray, &TrayIcon::resumeRequested, this, [this] { m_syncthing->resumeServer(); });
    connect(m_tray, &TrayIcon::restartEngineRequested, m_syncthing, &SyncthingService::restart);
    connect(m_tray, &TrayIcon::settingsRequested, this, &AppController::openSettings);
    connect(m_tray, &TrayIcon::signInRequested, this, [this] { ensureWizard()->showSignIn(); });
    connect(m_tray, &TrayIcon::setupRequested, this, &AppController::openWizard);
    // Sign out asks first (stop syncing too?): the settings dialog owns that question.
    connect(m_tray, &TrayIcon::signOutRequested, this, [this] {
        openSettings();
        m_settings->askSignOut();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &AppController::quit);
    m_tray->show();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        qCInfo(lcApp) << "tray ready";
    else
        qCWarning(lcApp) << "no system tray available: the status window stands in for it";

    // The slow parts (keychain, Syncthing) only after the tray is up.
    QTimer::singleShot(0, this, [this] {
        m_session->restore();
        const QString home = m_options.syncthingHome.isEmpty() ? SyncthingService::defaultHomeDir()
                                                               : m_options.syncthingHome;
        // A switch of agency cut short by a crash: the identity that matches the record first.
        AgencySwitch::recoverAtStart(home);
        // What was deleted while the engine was not running (the app closed, the engine
        // crashed) is counted before it can leave: every (re)start holds the folder first.
        m_syncthing->setHeldFolder(m_setup->isSetUp() ? m_setup->folderId() : QString());
        m_syncthing->start();
    });
    m_updates->start();
    if (!QSystemTrayIcon::isSystemTrayAvailable() && !m_options.minimized)
        QTimer::singleShot(0, this, [this] {
            if (m_setup->isSetUp())
                ensureStatusWindow()->show();
        });
}

void AppController::onRestored() {
    emit restored();
    if (m_options.unattended || m_quitting)
        return;
    const bool signedIn = m_session->state() == Session::State::SignedIn;
    if (m_setup->isSetUp()) {
        // Set up: straight to the tray, syncing resumes (SetupFlow tracks the folder once
        // Syncthing runs). Signed out: the tray says "Sign in again"; the wizard only when the
        // person started the app themselves.
        if (!signedIn && !m_options.minimized)
            ensureWizard()->showSignIn();
        return;
    }
    if (signedIn)
        ensureWizard()->showFolderChoice(m_setup->pendingFolderPath());
    else
        ensureWizard()->showWelcome();
}

void AppController::openWizard() {
    SetupWizard *wizard = ensureWizard();
    if (m_session->state() != Session::State::SignedIn)
        wizard->showWelcome();
    else if (!m_setup->isSetUp())
        wizard->showFolderChoice(m_setup->pendingFolderPath());
    else if (m_setup->switchesAgency())
        askSwitchAgency();
    else
        wizard->showDone(m_setup->folderPath());
}

void AppController::askSwitchAgency() {
    QString agency = m_session->agency() ? m_session->agency()->name : QString();
    for (const Agency &a : std::as_const(m_agencies)) // a restored session knows no names
        if (agency.isEmpty() && m_session->agency() && a.id == m_session->agency()->id)
            agency = a.name;
    ensureWizard()->askSwitchAgency(m_setup->folderLabel(), agency);
}

void AppController::readAgencies() {
    if (m_session->state() != Session::State::SignedIn)
        return;
    m_api->agencies(this, [this](Result<QList<Agency>> r) {
        if (!r.ok()) {
            qCInfo(lcApp) << "agencies not read:" << r.error().message;
            return;
        }
        m_agencies = r.value();
        if (m_settings)
            m_settings->setCanChangeAgency(m_agencies.size() > 1 && m_setup->isSetUp());
    });
}

void AppController::changeAgency() {
    if (m_agencies.size() < 2 || m_switch->isRunning() || m_setup->isRunning())
        return;
    m_changingAgency = true;
    const auto current = m_session->agency();
    ensureWizard()->showAgencyChange(m_agencies, current ? current->id : QString());
}

void AppController::startSetup(const QString &path) {
    m_lastPath = path;
    if (m_setup->switchesAgency()) {
        m_guard->stop();
        m_switch->start(path);
    } else
        m_setup->start(path);
}

void AppController::showMainWindow() {
    if (!m_setup->isSetUp() || m_session->state() != Session::State::SignedIn) {
        if (m_wizard && m_wizard->isVisible()) {
            m_wizard->raise();
            m_wizard->activateWindow();
        } else {
            openWizard();
        }
        return;
    }
    bringToFront(ensureStatusWindow());
}

SetupWizard *AppController::ensureWizard() {
    if (m_wizard)
        return m_wizard;
    m_wizard = new SetupWizard();
    m_wizard->setAttribute(Qt::WA_DeleteOnClose, false);
    m_wizard->setSetUp(m_setup->isSetUp());
    m_wizard->bindSession(m_session);
    m_wizard->bindSetupFlow(m_setup);
    connect(m_wizard, &SetupWizard::signInRequested, this, [this] {
        m_awaitingSignIn = true;
        m_session->signIn();
    });
    connect(m_wizard, &SetupWizard::cancelSignInRequested, this, [this] {
        m_awaitingSignIn = false;
        m_session->cancelSignIn();
    });
    connect(m_wizard, &SetupWizard::agencyChosen, m_session, &Session::chooseAgency);
    // Emitted from the folder page's validatePage(): the wizard moves on to the progress page
    // itself; the flow starts once it has (a page switch from inside validatePage() would make
    // QWizard skip a page).
    connect(m_wizard, &SetupWizard::folderChosen, this, [this](const QString &path) {
        QTimer::singleShot(0, this, [this, path] { startSetup(path); });
    });
    // A failed switch of agency put everything back: Retry runs the whole switch again.
    connect(m_wizard, &SetupWizard::retryRequested, this, [this] {
        if (m_switch->isRunning())
            return;
        if (m_setup->switchesAgency() && !m_lastPath.isEmpty())
            startSetup(m_lastPath);
        else
            m_setup->retry();
    });
    // Yes: the new agency's folder, in a folder of its own (AgencySwitch: a new engine identity
    // claimed for it; the old folder stops syncing once the claim succeeded). No: the session
    // goes back to the agency this computer is set up for.
    connect(m_wizard, &SetupWizard::switchAgencyAnswered, this, [this](bool replace) {
        if (replace) {
            const QString name = m_session->agency() ? m_session->agency()->name : QString();
            m_wizard->showFolderChoice(SetupWizard::suggestedFolder(name));
            return;
        }
        m_wizard->hide();
        if (m_setup->isSetUp() && m_session->agency() &&
            m_session->agency()->id != m_setup->agencyId())
            m_session->chooseAgency(m_setup->agencyId());
    });
    connect(m_wizard, &SetupWizard::openFolderRequested, this, &AppController::openFolder);
    return m_wizard;
}

StatusWindow *AppController::ensureStatusWindow() {
    if (m_status)
        return m_status;
    m_status = new StatusWindow();
    m_status->bind(m_session, m_syncthing->state());
    m_status->setSetUp(m_setup->isSetUp());
    connect(m_status, &StatusWindow::pauseRequested, this, [this] { m_syncthing->pauseServer(); });
    connect(m_status, &StatusWindow::resumeRequested, this,
            [this] { m_syncthing->resumeServer(); });
    connect(m_status, &StatusWindow::restartEngineRequested, m_syncthing,
            &SyncthingService::restart);
    connect(m_status, &StatusWindow::openFolderRequested, this, &AppController::openFolder);
    connect(m_status, &StatusWindow::recoverRequested, this, &AppController::openRecover);
    m_status->conflictPanel()->bind(m_conflicts);
    connect(m_status, &StatusWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_status, &StatusWindow::signInRequested, this,
            [this] { ensureWizard()->showSignIn(); });
    return m_status;
}

void AppController::followConflicts() {
    if (m_setup->isSetUp())
        m_conflicts->setFolder(m_setup->folderPath(), m_syncthing->deviceId());
}

void AppController::followDeletions() {
    // Held at every engine (re)start, a switch's included: the recorded folder, if any.
    m_syncthing->setHeldFolder(m_setup->isSetUp() ? m_setup->folderId() : QString());
    // A switch of agency restarts the engine with folders in between: the guard waits for its
    // end (followed again on AgencySwitch::finished or failed).
    if (m_switch->isRunning())
        return m_guard->stop();
    if (m_setup->isSetUp())
        m_guard->start(m_setup->folderId(), m_setup->folderPath());
    else
        m_guard->stop();
}

DeletionWindow *AppController::ensureDeletionWindow() {
    if (m_deletions)
        return m_deletions;
    m_deletions = new DeletionWindow();
    connect(m_deletions, &DeletionWindow::restoreRequested, m_guard, &DeletionGuard::restore);
    connect(m_deletions, &DeletionWindow::deleteRequested, m_guard, &DeletionGuard::deleteOnServer);
    return m_deletions;
}

void AppController::openRecover() {
    bringToFront(ensureRecoverWindow());
}

RecoverWindow *AppController::ensureRecoverWindow() {
    if (m_recover)
        return m_recover;
    m_versions = new VersionsClient(m_syncthing->rest(), this);
    m_recover = new RecoverWindow();
    connect(m_recover, &RecoverWindow::refreshRequested, this, [this] {
        m_recover->showLoading();
        m_versions->list(m_setup->folderId(), m_setup->folderPath(), m_recover,
                         [this](Result<QList<FileVersion>> r) {
                             if (r.ok())
                                 m_recover->showVersions(r.value());
                             else
                                 m_recover->showError(r.error().message);
                         });
    });
    connect(m_recover, &RecoverWindow::restoreRequested, this,
            [this](const VersionsClient::Restore &chosen) {
                m_versions->restore(m_setup->folderId(), chosen, m_recover,
                                    [this](Result<QHash<QString, QString>> r) {
                                        if (!r.ok())
                                            return m_recover->showError(r.error().message);
                                        m_recover->showRestored(r.value());
                                    });
            });
    return m_recover;
}

void AppController::showSetUp() {
    // "Set up" has one source, SetupFlow's record; the tray and the status window show it.
    const bool setUp = m_setup->isSetUp();
    if (m_tray)
        m_tray->setSetUp(setUp);
    if (m_status)
        m_status->setSetUp(setUp);
    if (m_wizard)
        m_wizard->setSetUp(setUp);
}

void AppController::openSettings() {
    bringToFront(ensureSettingsDialog());
    readAgencies();
}

SettingsDialog *AppController::ensureSettingsDialog() {
    if (m_settings)
        return m_settings;
    m_settings = new SettingsDialog();
    m_settings->bindSession(m_session);
    m_settings->setReportProvider([this] {
        return DiagnosticReport()
            .setSession(m_session)
            .setSyncState(m_syncthing->state())
            .setSyncthing(m_syncthing)
            .setSetupFlow(m_setup)
            .text();
    });
    m_settings->setStartAtLogin(m_autostart->isEnabled());
    if (m_updates->hasUpdate())
        m_settings->updateNotice()->setUpdate(m_updates->available());
    connect(m_updates, &UpdateCheck::updateAvailable, m_settings->updateNotice(),
            &UpdateNoticeLabel::setUpdate);
    connect(m_settings, &SettingsDialog::startAtLoginChanged, m_autostart, &Autostart::setEnabled);
    connect(m_autostart, &Autostart::changed, m_settings, &SettingsDialog::setStartAtLogin);
    connect(m_settings, &SettingsDialog::signOutRequested, this, &AppController::signOut);
    connect(m_settings, &SettingsDialog::changeAgencyRequested, this, &AppController::changeAgency);
    m_settings->setCanChangeAgency(m_agencies.size() > 1 && m_setup->isSetUp());
    return m_settings;
}

void AppController::openFolder() {
    const QString path = m_setup->folderPath();
    if (path.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        qCWarning(lcApp) << "could not open the folder in the file manager";
}

void AppController::signOut(bool unlink) {
    qCInfo(lcApp) << "signing out" << (unlink ? "and unlinking this computer" : "");
    if (!unlink) {
        m_session->signOut();
        return;
    }
    m_guard->stop();
    m_setup->unlink(this, [this](Result<Done> r) {
        if (!r.ok())
            qCWarning(lcApp) << "unlink:" << r.error().message;
        followDeletions(); // not set up any more: nothing to follow or hold
        showSetUp();
        m_session->signOut();
    });
}

void AppController::quit() {
    if (m_quitting)
        return;
    m_quitting = true;
    qCInfo(lcApp) << "quitting: stopping the sync engine";
    m_setup->cancel();
    m_session->cancelSignIn();
    if (m_wizard)
        m_wizard->hide();
    if (m_status)
        m_status->hide();
    if (m_deletions)
        m_deletions->hide();
    if (m_settings)
        m_settings->hide();
    if (m_tray)
        m_tray->hide();
    auto done = std::make_shared<bool>(false);
    auto finish = [this, done] {
        if (*done)
            return;
        *done = true;
        qCInfo(lcApp) << "sync engine stopped; bye";
        emit finished();
    };
    connect(m_syncthing, &SyncthingService::stopped, this, finish);
    QTimer::singleShot(kQuitTimeoutMs, this, finish);
    if (m_syncthing->status() == SyncthingService::Status::Stopped)
        QTimer::singleShot(0, this, finish);
    else
        m_syncthing->stop();
}

QByteArray AppController::statusJson() const {
    return StatusJson(*m_session, *m_syncthing, *m_setup).toJson();
}

} // namespace figestio
