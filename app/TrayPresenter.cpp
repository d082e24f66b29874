#include "TrayPresenter.h"

#include "RelativeTime.h"
#include "SafetyText.h"

#include <cmath>

namespace figestio {

namespace {
bool syncActive(SyncState::Overall overall) {
    return overall != SyncState::Overall::Stopped && overall != SyncState::Overall::Starting &&
           overall != SyncState::Overall::NotConfigured;
}
} // namespace

QString TrayPresenter::stateText(const TrayInput &in) {
    if (in.session == Session::State::Expired)
        return tr("Your session has expired: sign in again");
    if (!in.setUp) {
        if (in.session == Session::State::SignedIn)
            return tr("Not set up yet");
        if (in.session == Session::State::SigningIn)
            return tr("Signing in…");
        return tr("Not signed in");
    }
    return folderText(in);
}

TrayPresenter::Headline TrayPresenter::headline(const TrayInput &in) {
    if (!in.setUp)
        return {stateText(in), Icons::Tray::SignedOut};
    return {folderText(in), folderIcon(in.overall)};
}

QString TrayPresenter::folderText(const TrayInput &in) {
    using O = SyncState::Overall;
    switch (in.overall) {
    case O::UpToDate:
        return tr("Up to date");
    case O::Syncing: {
        const int percent = static_cast<int>(std::floor(qBound(0.0, in.completion, 100.0)));
        return percent > 0 && percent < 100 ? tr("Syncing… %1%").arg(percent) : tr("Syncing…");
    }
    case O::Paused:
        return tr("Syncing is paused");
    case O::Error:
        return in.problem.isEmpty() ? tr("There is a problem with your folder")
                                    : tr("Problem: %1").arg(in.problem);
    case O::ServerOffline:
        return tr("Cannot reach the Figestió server");
    case O::Starting:
        return in.engine == SyncState::Engine::Updating ? tr("Updating the sync engine…")
                                                        : tr("Starting…");
    case O::NotConfigured:
        return tr("Not set up yet");
    case O::Stopped:
        break;
    }
    return tr("Stopped");
}

Icons::Tray TrayPresenter::folderIcon(SyncState::Overall overall) {
    using O = SyncState::Overall;
    switch (overall) {
    case O::UpToDate:
        return Icons::Tray::UpToDate;
    case O::Syncing:
    case O::Starting:
        return Icons::Tray::Syncing;
    case O::Paused:
        return Icons::Tray::Paused;
    case O::Error:
    case O::NotConfigured:
        return Icons::Tray::Error;
    case O::ServerOffline:
    case O::Stopped:
        break;
    }
    return Icons::Tray::Offline;
}

TrayView TrayPresenter::present(const TrayInput &in) {
    using O = SyncState::Overall;
    TrayView v;
    v.stateText = stateText(in);

    // Signed in or not, a setup still to do (or an expired session) shows "act here".
    v.icon = in.session == Session::State::Expired || !in.setUp ? Icons::Tray::SignedOut
                                                                : folderIcon(in.overall);

    QStringList tip{QStringLiteral("Figestió Sync"), v.stateText};
    if (in.setUp) {
        if (in.session == Session::State::SignedOut)
            tip << tr("Not signed in");
        // The answer to "are my files safe?" when it is known, else the last sync.
        if (in.safety.level != Safety::Level::Unknown)
            tip << safetyText(in.safety, in.now);
        else
            tip << tr("Last sync: %1").arg(relativeTime(in.lastSync, in.now));
        if (!in.watchProblem.isEmpty())
            tip << in.watchProblem;
    }
    v.tooltip = tip.join(QLatin1Char('\n'));

    v.openFolderEnabled = in.setUp;
    v.pauseResumeVisible = in.setUp;
    v.pauseResumeEnabled = in.setUp && syncActive(in.overall);
    v.showsResume = in.overall == O::Paused;
    v.pauseResumeText = v.showsResume ? tr("Resume syncing") : tr("Pause syncing");
    v.signInVisible = in.session == Session::State::Expired ||
                      (in.setUp && in.session == Session::State::SignedOut);
    v.setupVisible = !in.setUp && in.session != Session::State::Expired;
    v.signOutEnabled =
        in.session == Session::State::SignedIn || in.session == Session::State::Expired;
    v.restartEngineVisible = in.engine == SyncState::Engine::Failed;
    return v;
}

} // namespace figestio
