#pragma once

// The test seam of app/'s widgets: what only tests may set or read back. Each widget names its
// access class a friend; nothing here is compiled into the app.

#include "AppController.h"
#include "ConflictPanel.h"
#include "DeletionWindow.h"
#include "RecoverWindow.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "SingleInstance.h"
#include "StatusWindow.h"
#include "TrayIcon.h"
#include "WizardPages.h"

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace figestio {

class SetupWizardTestAccess {
public:
    // Instead of FolderCheck::problemIfCreated: "" when the folder can be synced, else the
    // problem in words.
    static void setFolderValidator(SetupWizard &wizard,
                                   std::function<QString(const QString &path)> validator) {
        wizard.m_folder->setValidator(std::move(validator));
    }
    static SignInPage *signInPage(const SetupWizard &wizard) { return wizard.m_signIn; }
    static FolderPage *folderPage(const SetupWizard &wizard) { return wizard.m_folder; }
    static ProgressPage *progressPage(const SetupWizard &wizard) { return wizard.m_progress; }
    // The open "Close the setup?" question, if any (tests answer it).
    static QMessageBox *closeQuestion(const SetupWizard &wizard) { return wizard.m_closeQuestion; }
    // The open "Set up another agency?" question, if any.
    static QMessageBox *switchAgencyQuestion(const SetupWizard &wizard) {
        return wizard.m_switchQuestion;
    }
};

class SignInPageTestAccess {
public:
    static QString errorText(const SignInPage &page) { return page.errorText(); }
    static QString tryAgainDescription(const SignInPage &page) {
        return page.tryAgainDescription();
    }
};

class FolderPageTestAccess {
public:
    static QString statusText(const FolderPage &page) { return page.statusText(); }
};

class ProgressPageTestAccess {
public:
    static QString stepStatusText(const ProgressPage &page, SetupFlow::Step step) {
        return page.stepStatusText(step);
    }
    static QString failureText(const ProgressPage &page) { return page.failureText(); }
};

class SettingsDialogTestAccess {
public:
    static bool startAtLogin(const SettingsDialog &dialog) { return dialog.startAtLogin(); }
    // The open sign-out question, if any (tests answer it).
    static QMessageBox *signOutQuestion(const SettingsDialog &dialog) {
        return dialog.signOutQuestion();
    }
};

// The texts the status window shows.
class StatusWindowTestAccess {
public:
    static QString stateText(const StatusWindow &w) { return w.stateText(); }
    static QString accountText(const StatusWindow &w) { return w.accountText(); }
    static QString agencyText(const StatusWindow &w) { return w.agencyText(); }
    static QString folderText(const StatusWindow &w) { return w.folderText(); }
    static QString serverText(const StatusWindow &w) { return w.serverText(); }
    static QString lastSyncText(const StatusWindow &w) { return w.lastSyncText(); }
    static QStringList recentFileTexts(const StatusWindow &w) { return w.recentFileTexts(); }
    static QString problemsText(const StatusWindow &w) { return w.problemsText(); }
    static QString watchProblemText(const StatusWindow &w) { return w.watchProblemText(); }
    static int progressValue(const StatusWindow &w) { return w.progressValue(); }
};

class ConflictPanelTestAccess {
public:
    static QStringList itemTexts(const ConflictPanel &panel) { return panel.itemTexts(); }
};

class RecoverWindowTestAccess {
public:
    static QStringList visiblePaths(const RecoverWindow &w) { return w.visiblePaths(); }
    static QString statusText(const RecoverWindow &w) { return w.statusText(); }
    static QString shownText(const RecoverWindow &w) { return w.shownText(); }
    static bool restoreEnabled(const RecoverWindow &w) { return w.restoreEnabled(); }
    static void setSearch(RecoverWindow &w, const QString &text) { w.setSearch(text); }
    static void selectPaths(RecoverWindow &w, const QStringList &paths) { w.selectPaths(paths); }
};

class TrayIconTestAccess {
public:
    // How long the server may be unreachable before a notice (before bind()).
    static void setOfflineNotifyAfter(TrayIcon &tray, int ms) { tray.m_offlineNotifyMs = ms; }
    static TrayView view(const TrayIcon &tray) { return tray.view(); }
    static QSystemTrayIcon *systemTrayIcon(const TrayIcon &tray) { return tray.m_tray; }
    static QMenu *menu(const TrayIcon &tray) { return tray.m_menu; }
    // What decides the sync notices (made by bind() with a state); its signals are the
    // notices' occasions.
    static SyncNotifier *notifier(const TrayIcon &tray) { return tray.m_notifier; }
    // The last notice's words (empty before the first).
    static QString noticeTitle(const TrayIcon &tray) { return tray.m_notice.title; }
    static QString noticeMessage(const TrayIcon &tray) { return tray.m_notice.message; }
    // By object name (stateAction, openFolderAction, statusAction, pauseResumeAction…).
    static QAction *action(const TrayIcon &tray, const QString &objectName) {
        return tray.action(objectName);
    }
};

class SingleInstanceTestAccess {
public:
    static bool isPrimary(const SingleInstance &instance) { return instance.isPrimary(); }
};

// The controller's parts.
class AppControllerTestAccess {
public:
    static SyncthingService *syncthing(const AppController &app) { return app.m_syncthing; }
    static Autostart *autostart(const AppController &app) { return app.m_autostart; }
    static TrayIcon *tray(const AppController &app) { return app.m_tray; }
    // The windows are created lazily: null until first needed.
    static SetupWizard *wizard(const AppController &app) { return app.m_wizard; }
    static SettingsDialog *settingsDialog(const AppController &app) { return app.m_settings; }
    static StatusWindow *ensureStatusWindow(AppController &app) { return app.ensureStatusWindow(); }
    static RecoverWindow *recoverWindow(const AppController &app) { return app.m_recover; }
    static DeletionWindow *deletionWindow(const AppController &app) { return app.m_deletions; }
};

} // namespace figestio
