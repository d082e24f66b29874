#pragma once

#include "TrayPresenter.h"
#include "auth/Session.h"
#include "common/UpdateCheck.h"
#include "syncthing/SyncNotifier.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

class QAction;
class QMenu;

namespace figestio {

class SyncState;

// The system tray icon, its menu and its notifications. The look comes from TrayPresenter and
// when to notify from SyncNotifier; this class binds them to Session and SyncState signals (no
// polling, except a once-a-minute refresh of "2 minutes ago"), words the notifications and
// turns menu clicks into request signals for AppController.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void bind(Session *session, SyncState *state);

    void show();
    void hide();

public slots:
    void setSetUp(bool setUp);
    // The session's state (the session binding calls it; tests may call it directly).
    void setSessionState(figestio::Session::State state);
    // Recomputes the view (after any change; bound signals call it).
    void refresh();
    // The session ended (Session::sessionExpired): a click on the notice leads to signing in.
    void notifySessionExpired();
    // A newer version exists (UpdateCheck): a menu entry that opens its download page.
    void setUpdateAvailable(const figestio::UpdateInfo &update);
    // Many files deleted at once are held (DeletionGuard): a click opens the question.
    void notifyDeletionsHeld(qint64 deleted);

signals:
    void openFolderRequested();
    void statusRequested();
    void recoverRequested();   // "Recover files…"
    void deletionsRequested(); // the held mass deletion's question
    void pauseRequested();
    void resumeRequested();
    void restartEngineRequested();
    void settingsRequested();
    void signInRequested();
    void setupRequested();
    void signOutRequested();
    void quitRequested();

private:
    friend class TrayIconTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // Read back by tests.
    TrayView view() const { return m_view; }
    // The menu actions by object name: stateAction (the state in words, disabled: some
    // desktops never show tooltips), openFolderAction, statusAction, pauseResumeAction,
    // restartEngineAction (only after the app gave up restarting the engine),
    // settingsAction, signInAction, setupAction, signOutAction, updateAction (hidden until an
    // update is announced), quitAction.
    QAction *action(const QString &objectName) const;
    TrayInput input() const; // the presenter's input, now

    enum class Pending { None, SignIn, Status, Deletions };
    // The last notice shown, and what a click on it leads to (None once clicked).
    struct Notice {
        QString title;
        QString message;
        Pending onClick = Pending::None;
    };
    void buildMenu();
    void retranslate();
    void notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon,
                Pending onClick);
    void nameBalloonButtons();
    void notifyFolderStopped(const QString &problem);
    void notifyFilesFailed(const QList<figestio::FolderError> &errors);
    void notifyConflict(const QString &path);
    void notifyServerUnreachable(int minutes);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QPointer<SyncState> m_state;
    bool m_setUp = false;
    Session::State m_sessionState = Session::State::SignedOut;
    TrayView m_view;
    QTimer m_minuteTimer;
    // How long the server may be unreachable (while signed in and set up) before a notice.
    int m_offlineNotifyMs = SyncNotifier::kDefaultOfflineNotifyMs;
    SyncNotifier *m_notifier = nullptr; // made by bind() with a state
    Notice m_notice;

    QAction *m_stateLine;
    QAction *m_openFolder;
    QAction *m_status;
    QAction *m_recover;
    QAction *m_pauseResume;
    QAction *m_restartEngine;
    QAction *m_settings;
    QAction *m_signIn;
    QAction *m_setup;
    QAction *m_signOut;
    QAction *m_updateAction;
    QAction *m_quit;
    UpdateInfo m_update;
};

} // namespace figestio
