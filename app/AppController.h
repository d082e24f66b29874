#pragma once

#include "auth/Session.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace figestio {

class AgencySwitch;
class Autostart;
class FigestioApi;
class KeychainTokenStore;
class Session;
class SettingsDialog;
class SetupFlow;
class SetupWizard;
class StatusWindow;
class RecoverWindow;
class ConflictMonitor;
class DeletionGuard;
class DeletionWindow;
class VersionsClient;
class SyncthingService;
class TrayIcon;
class UpdateCheck;

// Owns one of each core object and the UI, and wires their signals (DESIGN §2). It holds no
// logic of its own: the steps live in SetupFlow, the session in Session, Syncthing in
// SyncthingService, the screens in the widgets.
//
// start(): the tray is shown first (fast start); then the keychain is read and Syncthing
// started. First run or signed out → the wizard; set up → the tray only, syncing resumed.
// Closing a window hides it; only quit() stops Syncthing.
class AppController : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool minimized = false;      // --minimized (autostart): no window unless one is needed
        QString syncthingHome;       // empty: SyncthingService's default
        bool manageAutostart = true; // turn start-at-login on after the first setup
        bool unattended = false;     // --setup-folder: no wizard; UnattendedSetup drives
    };

    explicit AppController(QObject *parent = nullptr);
    AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override; // stops Syncthing (hard, without an event loop) if still running

    void start();
    // Stops Syncthing gracefully, then quits the application (finished() first).
    void quit();
    // Raises the window that matters now (the wizard while not set up, else the status).
    void showMainWindow();
    // Signs out; with unlink, this computer also stops syncing (folder and server peer removed
    // from Syncthing, setup forgotten; the files stay on disk).
    void signOut(bool unlink);

    Session *session() const { return m_session; }
    SetupFlow *setupFlow() const { return m_setup; }
    // Runs a setup for the session's agency: another agency than the recorded one through
    // AgencySwitch (a new engine identity), else SetupFlow::start().
    void startSetup(const QString &path);
    AgencySwitch *agencySwitch() const { return m_switch; }

    // The running app's state as JSON text (figestio-sync --status).
    QByteArray statusJson() const;

signals:
    void restored(); // the keychain was read (session restored or not)
    void finished(); // Syncthing stopped after quit(); the app exits next

private:
    friend class AppControllerTestAccess; // the test seam (tests/support/UiTestAccess.h)

    // Create (if needed) and return the window (lazily: start fast).
    SetupWizard *ensureWizard();
    StatusWindow *ensureStatusWindow();
    RecoverWindow *ensureRecoverWindow();
    void openRecover();
    DeletionWindow *ensureDeletionWindow();
    SettingsDialog *ensureSettingsDialog();
    void showSetUp();       // SetupFlow::isSetUp() to the tray and the status window
    void askSwitchAgency(); // set up for one agency, signed in for another
    // Settings' "Change agency…": the person's agencies are read again (is there a choice?).
    void readAgencies();
    void changeAgency(); // the wizard's agency page, then (after asking) its folder page
    void wireCore();
    void onRestored();
    void openWizard();
    void openSettings();
    void openFolder();

    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;
    KeychainTokenStore *m_store = nullptr;
    Session *m_session = nullptr;
    FigestioApi *m_api = nullptr;
    SyncthingService *m_syncthing = nullptr;
    SetupFlow *m_setup = nullptr;
    AgencySwitch *m_switch = nullptr;
    QList<Agency> m_agencies;      // as last read (names for the questions)
    bool m_changingAgency = false; // Settings' "Change agency…" waits for the session's agency
    QString m_lastPath;            // of the last setup started (Retry of a switch)
    Autostart *m_autostart = nullptr;
    UpdateCheck *m_updates = nullptr;
    TrayIcon *m_tray = nullptr;
    SetupWizard *m_wizard = nullptr; // the windows are created lazily and owned here
    StatusWindow *m_status = nullptr;
    RecoverWindow *m_recover = nullptr;
    VersionsClient *m_versions = nullptr;
    ConflictMonitor *m_conflicts = nullptr;
    void followConflicts();
    DeletionGuard *m_guard = nullptr;
    DeletionWindow *m_deletions = nullptr;
    void followDeletions();
    SettingsDialog *m_settings = nullptr;
    bool m_quitting = false;
    bool m_awaitingSignIn = false;
};

} // namespace figestio
