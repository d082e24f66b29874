#include "TrayIcon.h"

#include "Icons.h"
#include "auth/Session.h"
#include "syncthing/ConflictList.h"
#include "syncthing/SyncState.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QMenu>

#include <utility>

namespace figestio {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu) {
    buildMenu();
    m_tray->setContextMenu(m_menu);
    // Language changes reach widgets, not plain QObjects: listen on the menu.
    m_menu->installEventFilter(this);

    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            if (m_setUp)
                emit statusRequested();
            else
                emit setupRequested();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        const Pending what = std::exchange(m_notice.onClick, Pending::None);
        if (what == Pending::SignIn)
            emit signInRequested();
        else if (what == Pending::Status)
            emit statusRequested();
        else if (what == Pending::Deletions)
            emit deletionsRequested();
    });

    m_minuteTimer.setInterval(60 * 1000); // keeps "2 minutes ago" true
    connect(&m_minuteTimer, &QTimer::timeout, this, &TrayIcon::refresh);
    m_minuteTimer.start();
    m_tray->setIcon(Icons::tray(m_view.icon)); // refresh() sends only changes
    refresh();
}

TrayIcon::~TrayIcon() {
    m_tray->setContextMenu(nullptr);
    delete m_menu; // a QMenu cannot have a QObject parent
}

void TrayIcon::buildMenu() {
    auto add = [this](const char *name, auto signal) {
        QAction *a = m_menu->addAction(QString());
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, signal);
        return a;
    };
    m_stateLine = m_menu->addAction(QString());
    m_stateLine->setObjectName(QStringLiteral("stateAction"));
    m_stateLine->setEnabled(false);
    m_menu->addSeparator();
    m_openFolder = add("openFolderAction", &TrayIcon::openFolderRequested);
    m_status = add("statusAction", &TrayIcon::statusRequested);
    m_recover = add("recoverAction", &TrayIcon::recoverRequested);
    m_pauseResume = m_menu->addAction(QString());
    m_pauseResume->setObjectName(QStringLiteral("pauseResumeAction"));
    connect(m_pauseResume, &QAction::triggered, this, [this] {
        if (m_view.showsResume)
            emit resumeRequested();
        else
            emit pauseRequested();
    });
    m_restartEngine = add("restartEngineAction", &TrayIcon::restartEngineRequested);
    m_menu->addSeparator();
    m_signIn = add("signInAction", &TrayIcon::signInRequested);
    m_setup = add("setupAction", &TrayIcon::setupRequested);
    m_settings = add("settingsAction", &TrayIcon::settingsRequested);
    m_signOut = add("signOutAction", &TrayIcon::signOutRequested);
    m_menu->addSeparator();
    m_updateAction = m_menu->addAction(QString());
    m_updateAction->setObjectName(QStringLiteral("updateAction"));
    m_updateAction->setVisible(false);
    connect(m_updateAction, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(m_update.downloadUrl); });
    m_quit = add("quitAction", &TrayIcon::quitRequested);
    retranslate();
}

void TrayIcon::retranslate() {
    m_openFolder->setText(tr("Open folder"));
    m_status->setText(tr("Status…"));
    m_recover->setText(tr("Recover files…"));
    m_restartEngine->setText(tr("Restart the sync engine"));
    m_signIn->setText(tr("Sign in again…"));
    m_setup->setText(tr("Set up…"));
    m_settings->setText(tr("Settings…"));
    m_signOut->setText(tr("Sign out"));
    m_quit->setText(tr("Quit Figestió Sync"));
    m_updateAction->setText(tr("Version %1 is available: download…").arg(m_update.version));
    refresh();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QAction *TrayIcon::action(const QString &objectName) const {
    return m_menu->findChild<QAction *>(objectName);
}

void TrayIcon::bind(Session *session, SyncState *state) {
    m_state = state;
    if (session) {
        connect(session, &Session::stateChanged, this, &TrayIcon::setSessionState);
        m_sessionState = session->state();
        connect(session, &Session::sessionExpired, this, &TrayIcon::notifySessionExpired);
    }
    if (state) {
        connect(state, &SyncState::changed, this, &TrayIcon::refresh);
        connect(state, &SyncState::overallChanged, this, &TrayIcon::refresh);
        delete m_notifier;
        m_notifier = new SyncNotifier(state, m_offlineNotifyMs, this);
        m_notifier->setSignedIn(m_sessionState == Session::State::SignedIn);
        m_notifier->setSetUp(m_setUp);
        connect(m_notifier, &SyncNotifier::folderStopped, this, &TrayIcon::notifyFolderStopped);
        connect(m_notifier, &SyncNotifier::filesFailed, this, &TrayIcon::notifyFilesFailed);
        connect(m_notifier, &SyncNotifier::conflictFound, this, &TrayIcon::notifyConflict);
        connect(m_notifier, &SyncNotifier::serverUnreachable, this,
                &TrayIcon::notifyServerUnreachable);
    }
    refresh();
}

void TrayIcon::show() {
    m_tray->show();
}

void TrayIcon::hide() {
    m_tray->hide();
}

void TrayIcon::setSessionState(Session::State state) {
    m_sessionState = state;
    refresh();
    if (m_notifier) // the offline notification depends on being signed in
        m_notifier->setSignedIn(state == Session::State::SignedIn);
}

void TrayIcon::setUpdateAvailable(const UpdateInfo &update) {
    m_update = update;
    m_updateAction->setVisible(!update.version.isEmpty());
    retranslate();
}

void TrayIcon::setSetUp(bool setUp) {
    m_setUp = setUp;
    refresh();
    if (m_notifier)
        m_notifier->setSetUp(setUp);
}

TrayInput TrayIcon::input() const {
    TrayInput in;
    in.setUp = m_setUp;
    in.session = m_sessionState;
    if (m_state) {
        in.overall = m_state->overall();
        in.completion = m_state->completion();
        in.lastSync = m_state->lastSyncTime();
        in.problem = m_state->problem();
        in.engine = m_state->engine();
        in.safety = Safety::of(*m_state);
        in.watchProblem = m_state->watchProblem();
    }
    in.now = QDateTime::currentDateTime();
    return in;
}

void TrayIcon::refresh() {
    const TrayView previous = std::exchange(m_view, TrayPresenter::present(input()));
    // Icon and tooltip go to the desktop's tray host (over D-Bus) on every set; this runs after
    // every batch of sync events, so only a change is sent.
    if (m_view.icon != previous.icon)
        m_tray->setIcon(Icons::tray(m_view.icon));
    if (m_view.tooltip != previous.tooltip)
        m_tray->setToolTip(m_view.tooltip);
    m_stateLine->setText(m_view.stateText);
    m_openFolder->setEnabled(m_view.openFolderEnabled);
    m_pauseResume->setVisible(m_view.pauseResumeVisible);
    m_pauseResume->setEnabled(m_view.pauseResumeEnabled);
    m_pauseResume->setText(m_view.pauseResumeText);
    m_restartEngine->setVisible(m_view.restartEngineVisible);
    m_signIn->setVisible(m_view.signInVisible);
    m_setup->setVisible(m_view.setupVisible);
    m_signOut->setEnabled(m_view.signOutEnabled);
    m_openFolder->setVisible(m_setUp);
    m_recover->setVisible(m_setUp);
}

void TrayIcon::notify(const QString &title, const QString &message,
                      QSystemTrayIcon::MessageIcon icon, Pending onClick) {
    m_notice = Notice{title, message, onClick};
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, message, icon, 15000);
        nameBalloonButtons();
    }
}

void TrayIcon::nameBalloonButtons() {
    // Where the notice is Qt's own balloon (an XEmbed tray: no notification service), its close
    // button is an unnamed icon: a screen reader says only "button" (issue 13).
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->inherits("QBalloonTip"))
            continue;
        for (QAbstractButton *button : top->findChildren<QAbstractButton *>())
            if (button->text().isEmpty() && button->accessibleName().isEmpty())
                button->setAccessibleName(tr("Close the notice"));
    }
}

void TrayIcon::notifySessionExpired() {
    notify(tr("Please sign in again"),
           tr("Your Figestió session has expired. Your folder keeps syncing; sign in again to "
              "keep everything working."),
           QSystemTrayIcon::Warning, Pending::SignIn);
}

void TrayIcon::notifyFolderStopped(const QString &problem) {
    notify(tr("Your folder is not syncing"), problem, QSystemTrayIcon::Critical, Pending::Status);
}

void TrayIcon::notifyFilesFailed(const QList<FolderError> &errors) {
    if (errors.size() == 1) {
        notify(tr("A file could not be synced"),
               tr("“%1”: %2").arg(errors.first().path, errors.first().message),
               QSystemTrayIcon::Warning, Pending::Status);
    } else {
        notify(tr("Some files could not be synced"),
               tr("%n file(s) could not be synced. Open the status window to see which.", nullptr,
                  static_cast<int>(errors.size())),
               QSystemTrayIcon::Warning, Pending::Status);
    }
}

void TrayIcon::notifyConflict(const QString &path) {
    // The person knows the file by its own name, not by the engine's copy of it.
    const std::optional<Conflict> conflict = ConflictList::parse(path, {});
    const QString name = (conflict ? conflict->originalPath : path).section(QLatin1Char('/'), -1);
    notify(tr("Two versions of a file"),
           tr("“%1” was changed here and at your agency at the same time. Both versions were "
              "kept: open the status window to choose which one to keep.")
               .arg(name),
           QSystemTrayIcon::Information, Pending::Status);
}

void TrayIcon::notifyServerUnreachable(int minutes) {
    notify(tr("Cannot reach the Figestió server"),
           tr("This computer has not been able to reach the Figestió server for %n minute(s). "
              "Check the Internet connection; your files will be synced as soon as it is back.",
              nullptr, minutes),
           QSystemTrayIcon::Warning, Pending::Status);
}

void TrayIcon::notifyDeletionsHeld(qint64 deleted) {
    notify(tr("Many files were deleted"),
           tr("%n file(s) disappeared from your folder at once. Nothing has been deleted at the "
              "agency yet: click to choose what to do.",
              nullptr, static_cast<int>(deleted)),
           QSystemTrayIcon::Warning, Pending::Deletions);
}

} // namespace figestio
