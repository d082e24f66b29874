#pragma once

#include "auth/Session.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace figestio {

class ConflictPanel;
class SyncState;

// The "Status…" window: who is signed in, which agency, the folder, the state (with % while
// syncing), the server connection, the last sync, recent files and problems in words, with
// Pause/Resume and Open folder. Bound to Session and SyncState signals (no polling, except a
// once-a-minute refresh of "2 minutes ago"). Closing it only hides it: syncing goes on.
class StatusWindow : public QWidget {
    Q_OBJECT
public:
    explicit StatusWindow(QWidget *parent = nullptr);

    void bind(Session *session, SyncState *state);

    ConflictPanel *conflictPanel() const { return m_conflicts; } // "Needs your attention"

public slots:
    void refresh();
    // The signed-in person and agency (the session binding calls it; tests may call it).
    void showAccount(const figestio::UserInfo &user, const std::optional<figestio::Agency> &agency);
    void showSignedOut();
    // The session's state (the binding calls it; tests may call it directly).
    void setSessionState(figestio::Session::State state);
    // Whether setup is done (AppController knows it, for the tray too).
    void setSetUp(bool setUp);

signals:
    void pauseRequested();
    void resumeRequested();
    void restartEngineRequested(); // "Restart the sync engine" (after the app gave up)
    void openFolderRequested();
    void recoverRequested(); // "Recover files…"
    void settingsRequested();
    // "Sign in again" (shown while the session is expired or signed out and the folder is set up).
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class StatusWindowTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // What it shows, read back by tests.
    QString stateText() const;
    QString accountText() const;
    QString agencyText() const;
    QString folderText() const;
    QString serverText() const;
    QString lastSyncText() const;
    QStringList recentFileTexts() const;
    QString problemsText() const;
    QString watchProblemText() const; // empty while hidden
    int progressValue() const;        // -1 when the bar is hidden

    void retranslate();
    void refreshAccount();
    void showRecentFiles(const QDateTime &now);

    QPointer<Session> m_session;
    QPointer<SyncState> m_state;
    QTimer m_minuteTimer;
    bool m_paused = false;
    UserInfo m_user;
    std::optional<Agency> m_agency;
    bool m_signedIn = false;
    bool m_setUp = false;
    Session::State m_sessionState = Session::State::SignedOut;

    QLabel *m_icon;
    QLabel *m_mark;
    QLabel *m_state_;
    QProgressBar *m_progress;
    // Declared (created) in the order shown: a screen reader reads them in this order.
    QLabel *m_safety;
    QLabel *m_watchProblem; // changes not all noticed as they happen (shown only then)
    QLabel *m_accountCaption, *m_account;
    QPushButton *m_signIn;
    QLabel *m_agencyCaption, *m_agencyLabel;
    QLabel *m_folderCaption, *m_folder;
    QLabel *m_serverCaption, *m_server;
    QLabel *m_lastSyncCaption, *m_lastSync;
    QLabel *m_problemsCaption;
    QLabel *m_problems;
    QPushButton *m_restartEngine;
    ConflictPanel *m_conflicts;
    QLabel *m_recentCaption;
    QListWidget *m_recent;
    QPushButton *m_pauseResume;
    QPushButton *m_openFolder;
    QPushButton *m_recover;
    QPushButton *m_settings;
    QPushButton *m_close;
};

} // namespace figestio
