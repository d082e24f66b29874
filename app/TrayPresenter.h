#pragma once

#include "Icons.h"
#include "auth/Session.h"
#include "syncthing/Safety.h"
#include "syncthing/SyncState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace figestio {

// What the tray knows: the session, whether setup is done, and the sync state.
struct TrayInput {
    Session::State session = Session::State::SignedOut;
    bool setUp = false;
    SyncState::Overall overall = SyncState::Overall::Stopped;
    double completion = 0; // 0–100 while syncing
    QDateTime lastSync;
    QDateTime now = QDateTime::currentDateTime();
    QString problem; // why the folder stopped, in words (Error)
    SyncState::Engine engine = SyncState::Engine::Stopped;
    Safety safety;        // "is it safe?" (issue 9 §5)
    QString watchProblem; // changes not all noticed as they happen, in words (not an error)
};

// What the tray shows.
struct TrayView {
    Icons::Tray icon = Icons::Tray::SignedOut;
    QString stateText; // one line: "Up to date", "Syncing… 42%", …
    QString tooltip;   // "Figestió Sync", the state, the last sync
    bool openFolderEnabled = false;
    bool pauseResumeVisible = false;
    bool pauseResumeEnabled = false;
    bool showsResume = false; // the pause/resume item resumes
    QString pauseResumeText;
    bool signInVisible = false; // "Sign in again…"
    bool setupVisible = false;  // "Set up…"
    bool signOutEnabled = false;
    bool restartEngineVisible = false; // "Restart the sync engine" (after the app gave up)
};

// The pure mapping from state to tray (unit-tested for every state; no tray needed).
class TrayPresenter {
    Q_DECLARE_TR_FUNCTIONS(TrayPresenter)
public:
    static TrayView present(const TrayInput &input);
    static QString stateText(const TrayInput &input);

    // The status window's headline: once set up, the folder's state whatever the session (the
    // account row says when to sign in again); before, what is to be done.
    struct Headline {
        QString text;
        Icons::Tray icon = Icons::Tray::SignedOut;
    };
    static Headline headline(const TrayInput &input);

private:
    static QString folderText(const TrayInput &input);
    static Icons::Tray folderIcon(SyncState::Overall overall);
};

} // namespace figestio
