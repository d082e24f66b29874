#include "StatusWindow.h"

#include "ConflictPanel.h"
#include "Icons.h"
#include "LabelStyle.h"
#include "RelativeTime.h"
#include "SafetyText.h"
#include "TrayPresenter.h"
#include "syncthing/SyncState.h"

#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace figestio {

namespace {
QLabel *valueLabel(QWidget *parent, const char *name) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

Icons::Mark markFor(Icons::Tray icon) {
    switch (icon) {
    case Icons::Tray::UpToDate:
        return Icons::Mark::Done;
    case Icons::Tray::Syncing:
        return Icons::Mark::Running;
    case Icons::Tray::Error:
        return Icons::Mark::Failed;
    case Icons::Tray::Paused:
        return Icons::Mark::Warning;
    case Icons::Tray::Offline:
    case Icons::Tray::SignedOut:
        break;
    }
    return Icons::Mark::Pending;
}
} // namespace

StatusWindow::StatusWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_icon(new QLabel(this))
    , m_mark(new QLabel(this))
    , m_state_(valueLabel(this, "stateLabel"))
    , m_progress(new QProgressBar(this))
    , m_safety(valueLabel(this, "safetyLabel"))
    , m_watchProblem(valueLabel(this, "watchProblemLabel"))
    , m_accountCaption(new QLabel(this))
    , m_account(valueLabel(this, "accountLabel"))
    , m_signIn(new QPushButton(this))
    , m_agencyCaption(new QLabel(this))
    , m_agencyLabel(valueLabel(this, "agencyLabel"))
    , m_folderCaption(new QLabel(this))
    , m_folder(valueLabel(this, "folderLabel"))
    , m_serverCaption(new QLabel(this))
    , m_server(valueLabel(this, "serverLabel"))
    , m_lastSyncCaption(new QLabel(this))
    , m_lastSync(valueLabel(this, "lastSyncLabel"))
    , m_problemsCaption(new QLabel(this))
    , m_problems(valueLabel(this, "problemsLabel"))
    , m_restartEngine(new QPushButton(this))
    , m_conflicts(new ConflictPanel(this))
    , m_recentCaption(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_pauseResume(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_recover(new QPushButton(this))
    , m_settings(new QPushButton(this))
    , m_close(new QPushButton(this)) {
    setObjectName(QStringLiteral("statusWindow"));
    setWindowIcon(Icons::app());
    resize(520, 560);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_recent->setObjectName(QStringLiteral("recentFilesList"));
    m_signIn->setObjectName(QStringLiteral("statusSignInButton"));
    m_pauseResume->setObjectName(QStringLiteral("pauseResumeButton"));
    m_restartEngine->setObjectName(QStringLiteral("restartEngineButton"));
    m_openFolder->setObjectName(QStringLiteral("statusOpenFolderButton"));
    m_recover->setObjectName(QStringLiteral("statusRecoverButton"));
    m_settings->setObjectName(QStringLiteral("statusSettingsButton"));
    m_close->setObjectName(QStringLiteral("statusCloseButton"));

    m_icon->setPixmap(Icons::app().pixmap(40, 40));
    m_mark->setFixedSize(16, 16);
    QFont big = m_state_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_state_->setFont(big);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(true);
    LabelStyle::problem(m_problems);
    m_recent->setAlternatingRowColors(true);
    m_recent->setSelectionMode(QAbstractItemView::NoSelection);
    m_recent->setMinimumHeight(120);
    m_recentCaption->setBuddy(m_recent);
    for (QLabel *caption : {m_accountCaption, m_agencyCaption, m_folderCaption, m_serverCaption,
                            m_lastSyncCaption, m_recentCaption, m_problemsCaption}) {
        QPalette p = caption->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        caption->setPalette(p);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_mark);
    stateRow->addWidget(m_state_, 1);
    headerText->addLayout(stateRow);
    headerText->addWidget(m_progress);
    headerText->addWidget(m_safety);
    headerText->addWidget(m_watchProblem);
    header->addLayout(headerText, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_signIn);
    form->addRow(m_accountCaption, accountRow);
    form->addRow(m_agencyCaption, m_agencyLabel);
    form->addRow(m_folderCaption, m_folder);
    form->addRow(m_serverCaption, m_server);
    form->addRow(m_lastSyncCaption, m_lastSync);
    layout->addLayout(form);
    layout->addWidget(m_problemsCaption);
    layout->addWidget(m_problems);
    layout->addWidget(m_restartEngine, 0, Qt::AlignLeft);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_recentCaption);
    layout->addWidget(m_recent, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pauseResume);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_recover);
    buttons->addStretch();
    buttons->addWidget(m_settings);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_pauseResume, &QPushButton::clicked, this, [this] {
        if (m_paused)
            emit resumeRequested();
        else
            emit pauseRequested();
    });
    connect(m_restartEngine, &QPushButton::clicked, this, &StatusWindow::restartEngineRequested);
    connect(m_openFolder, &QPushButton::clicked, this, &StatusWindow::openFolderRequested);
    connect(m_recover, &QPushButton::clicked, this, &StatusWindow::recoverRequested);
    connect(m_signIn, &QPushButton::clicked, this, &StatusWindow::signInRequested);
    connect(m_settings, &QPushButton::clicked, this, &StatusWindow::settingsRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &StatusWindow::refresh);
    m_minuteTimer.start();
    retranslate();
}

void StatusWindow::bind(Session *session, SyncState *state) {
    m_session = session;
    m_state = state;
    if (session) {
        auto account = [this] {
            if (!m_session)
                return;
            setSessionState(m_session->state());
            if (m_session->state() == Session::State::SignedIn)
                showAccount(m_session->user(), m_session->agency());
            else
                showSignedOut();
        };
        connect(session, &Session::stateChanged, this, account);
        connect(session, &Session::agencyChanged, this, account);
        account();
    }
    if (state) {
        connect(state, &SyncState::changed, this, &StatusWindow::refresh);
        connect(state, &SyncState::overallChanged, this, &StatusWindow::refresh);
    }
    refresh();
}

void StatusWindow::setSetUp(bool setUp) {
    m_setUp = setUp;
    refresh();
}

void StatusWindow::setSessionState(Session::State state) {
    m_sessionState = state;
    refreshAccount();
    refresh();
}

void StatusWindow::showAccount(const UserInfo &user, const std::optional<Agency> &agency) {
    m_signedIn = true;
    m_sessionState = Session::State::SignedIn;
    m_user = user;
    m_agency = agency;
    refreshAccount();
}

void StatusWindow::showSignedOut() {
    m_signedIn = false;
    if (m_sessionState == Session::State::SignedIn)
        m_sessionState = Session::State::SignedOut;
    m_user = {};
    m_agency.reset();
    refreshAccount();
}

void StatusWindow::refreshAccount() {
    if (!m_signedIn) {
        const bool expired = m_sessionState == Session::State::Expired;
        m_account->setText(expired ? tr("Your session has expired: sign in again")
                                   : tr("Not signed in"));
    } else {
        m_account->setText(m_user.displayName());
    }
    m_agencyLabel->setText(m_agency ? m_agency->name : tr("None chosen"));
}

void StatusWindow::refresh() {
    TrayInput in;
    in.session = m_sessionState;
    in.setUp = m_setUp;
    QString folderPath;
    if (m_state) {
        in.overall = m_state->overall();
        in.completion = m_state->completion();
        in.lastSync = m_state->lastSyncTime();
        in.problem = m_state->problem();
        in.engine = m_state->engine();
        in.safety = Safety::of(*m_state);
        in.watchProblem = m_state->watchProblem();
        folderPath = m_state->folderPath();
    }
    const TrayView view = TrayPresenter::present(in);
    const TrayPresenter::Headline headline = TrayPresenter::headline(in);
    m_state_->setText(headline.text);
    m_mark->setPixmap(Icons::statusMark(markFor(headline.icon), 16, devicePixelRatioF()));

    const bool syncing = in.setUp && in.overall == SyncState::Overall::Syncing;
    m_progress->setVisible(syncing);
    m_progress->setValue(static_cast<int>(std::floor(qBound(0.0, in.completion, 100.0))));

    m_folder->setText(folderPath.isEmpty() ? tr("Not set up yet")
                                           : QDir::toNativeSeparators(folderPath));
    if (!m_state || !in.setUp)
        m_server->setText(tr("Not connected"));
    else if (m_state->serverPaused()) // a paused folder alone leaves the server connected
        m_server->setText(tr("Paused"));
    else if (m_state->serverConnected())
        m_server->setText(tr("Connected to the Figestió server"));
    else
        m_server->setText(tr("Cannot reach the Figestió server"));
    m_lastSync->setText(relativeTime(in.lastSync, in.now));
    m_safety->setText(in.setUp ? figestio::safetyText(in.safety, in.now) : QString());
    m_safety->setVisible(in.setUp);
    m_watchProblem->setText(in.setUp ? in.watchProblem : QString());
    m_watchProblem->setVisible(!m_watchProblem->text().isEmpty());

    showRecentFiles(in.now);

    QStringList problems;
    if (m_state) {
        if (!m_state->folderError().isEmpty())
            problems << m_state->folderError();
        if (!m_state->engineError().isEmpty())
            problems << m_state->engineError();
        for (const FolderError &e : m_state->folderErrors())
            problems << tr("“%1”: %2").arg(e.path, e.message);
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_problemsCaption->setVisible(!problems.isEmpty());

    m_restartEngine->setVisible(view.restartEngineVisible);
    m_signIn->setVisible(view.signInVisible);
    m_paused = view.showsResume;
    m_pauseResume->setText(view.pauseResumeText);
    m_pauseResume->setEnabled(view.pauseResumeEnabled);
    m_openFolder->setEnabled(!folderPath.isEmpty());
    m_recover->setEnabled(in.setUp);
}

void StatusWindow::showRecentFiles(const QDateTime &now) {
    struct Row {
        QString key; // the file, to keep the current row on it
        QString text;
        bool failed = false;
    };
    QList<Row> rows;
    if (m_state) {
        for (const RecentFile &file : m_state->recentFiles()) {
            QString what;
            switch (file.action) {
            case RecentFile::Action::Downloaded:
                what = tr("Received from your agency");
                break;
            case RecentFile::Action::Sent:
                what = tr("Sent to your agency");
                break;
            case RecentFile::Action::Deleted:
                what = tr("Deleted");
                break;
            case RecentFile::Action::Failed:
                what = file.error.isEmpty() ? tr("Could not be synced")
                                            : tr("Could not be synced: %1").arg(file.error);
                break;
            }
            rows.append({file.path,
                         tr("%1\n%2 · %3").arg(file.path, what, relativeTime(file.time, now)),
                         file.action == RecentFile::Action::Failed});
        }
    }
    const bool empty = rows.isEmpty();
    if (empty)
        rows.append({QString(), tr("No files synced yet."), false});

    // Updated in place, and only what changed: a rebuilt list would take the focused row (and
    // the place a screen reader was reading) away at every change of state.
    const QListWidgetItem *current = m_recent->currentItem();
    const QString currentKey = current ? current->data(Qt::UserRole).toString() : QString();
    const int currentRow = m_recent->currentRow();
    while (m_recent->count() > rows.size())
        delete m_recent->takeItem(m_recent->count() - 1);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        QListWidgetItem *item = m_recent->item(i);
        if (!item) {
            item = new QListWidgetItem(m_recent);
            item->setData(Qt::UserRole + 1, -1);
        }
        if (item->text() != row.text)
            item->setText(row.text);
        if (item->data(Qt::UserRole).toString() != row.key)
            item->setData(Qt::UserRole, row.key);
        const int mark = empty ? 0 : row.failed ? 1 : 2;
        if (item->data(Qt::UserRole + 1).toInt() != mark) {
            item->setData(Qt::UserRole + 1, mark);
            item->setIcon(empty ? QIcon()
                                : QIcon(Icons::statusMark(row.failed ? Icons::Mark::Failed
                                                                     : Icons::Mark::Done,
                                                          14, devicePixelRatioF())));
            item->setFlags(empty ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    // The current row follows its file when newer files push it down.
    if (currentRow < 0 || empty)
        return;
    int keep = -1;
    for (int i = 0; i < m_recent->count() && keep < 0; ++i)
        if (!currentKey.isEmpty() && m_recent->item(i)->data(Qt::UserRole).toString() == currentKey)
            keep = i;
    if (keep < 0)
        keep = std::min(currentRow, int(m_recent->count()) - 1);
    if (keep != m_recent->currentRow())
        m_recent->setCurrentRow(keep);
}

void StatusWindow::closeEvent(QCloseEvent *event) {
    // Hide only: syncing goes on, and the tray brings the window back.
    hide();
    event->ignore();
}

void StatusWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusWindow::retranslate() {
    setWindowTitle(tr("Figestió Sync status"));
    m_accountCaption->setText(tr("Signed in as:"));
    m_agencyCaption->setText(tr("Agency:"));
    m_folderCaption->setText(tr("Folder:"));
    m_serverCaption->setText(tr("Server:"));
    m_lastSyncCaption->setText(tr("Last sync:"));
    m_recentCaption->setText(tr("&Recent files"));
    m_problemsCaption->setText(tr("Problems"));
    m_openFolder->setText(tr("&Open folder"));
    m_recover->setText(tr("Reco&ver files…"));
    m_restartEngine->setText(tr("Restart the sync &engine"));
    m_restartEngine->setAccessibleName(tr("Restart the sync engine"));
    m_restartEngine->setAccessibleDescription(
        tr("The app stopped restarting the sync engine after it failed several times in a row: "
           "try again"));
    m_recover->setAccessibleDescription(
        tr("Files deleted or replaced in the last 30 days, to bring back"));
    m_signIn->setText(tr("Sign &in again…"));
    m_settings->setText(tr("&Settings…"));
    m_close->setText(tr("&Close"));
    m_recent->setAccessibleName(tr("Recent files"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_mark->setAccessibleName(tr("State"));
    m_safety->setAccessibleName(tr("Are my files safe?"));
    m_safety->setAccessibleDescription(
        tr("Whether every file of the folder is on the Figestió server, and when that was last "
           "checked"));
    m_watchProblem->setAccessibleName(tr("How changes are noticed"));
    refreshAccount();
    refresh();
}

QString StatusWindow::watchProblemText() const {
    return m_watchProblem->isVisibleTo(this) ? m_watchProblem->text() : QString();
}

QString StatusWindow::stateText() const {
    return m_state_->text();
}
QString StatusWindow::accountText() const {
    return m_account->text();
}
QString StatusWindow::agencyText() const {
    return m_agencyLabel->text();
}
QString StatusWindow::folderText() const {
    return m_folder->text();
}
QString StatusWindow::serverText() const {
    return m_server->text();
}
QString StatusWindow::lastSyncText() const {
    return m_lastSync->text();
}
QStringList StatusWindow::recentFileTexts() const {
    QStringList texts;
    for (int i = 0; i < m_recent->count(); ++i)
        if (m_recent->item(i)->flags() != Qt::NoItemFlags)
            texts << m_recent->item(i)->text();
    return texts;
}
QString StatusWindow::problemsText() const {
    return m_problems->text();
}
int StatusWindow::progressValue() const {
    return m_progress->isVisibleTo(this) ? m_progress->value() : -1;
}

} // namespace figestio
