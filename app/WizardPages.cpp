#include "WizardPages.h"

#include "Icons.h"
#include "LabelStyle.h"
#include "SetupWizard.h"
#include "setup/FolderCheck.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

namespace figestio {

namespace {
QLabel *wrappedLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

constexpr int kMarkSize = 18;

// A page is announced by its title (accessible name) and subtitle (description).
void setHeading(QWizardPage *page, const QString &title, const QString &subTitle) {
    page->setTitle(title);
    page->setSubTitle(subTitle);
    page->setAccessibleName(title);
    page->setAccessibleDescription(subTitle);
}

// What a screen reader reads after a control's name. Qt sends DescriptionChanged on a change
// (AT-SPI "object:property-change:accessible-description"): a screen reader speaks a focused
// control's new description, so the folder's problem is announced as it appears.
void describe(QWidget *widget, const QString &text) {
    if (widget->accessibleDescription() != text)
        widget->setAccessibleDescription(text);
}

// The welcome page's step number, drawn: a separate "1" label would be read on its own line.
QPixmap numberBadge(int number, qreal dpr) {
    const int size = 26;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x25, 0x63, 0xEB));
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QString::number(number));
    return pixmap;
}
} // namespace

// --- WelcomePage ---------------------------------------------------------------------------

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
    , m_text(wrappedLabel(this)) {
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_text);
    // The three steps ahead, as numbered rows: what to expect, at a glance.
    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(12);
    steps->setVerticalSpacing(10);
    steps->setColumnStretch(1, 1);
    for (int i = 0; i < 3; ++i) {
        auto *number = new QLabel(this);
        number->setPixmap(numberBadge(i + 1, devicePixelRatioF()));
        number->setFixedSize(26, 26);
        auto *text = wrappedLabel(this);
        text->setObjectName(QStringLiteral("welcomeStep%1").arg(i + 1));
        steps->addWidget(number, i, 0);
        steps->addWidget(text, i, 1);
        m_steps << text;
    }
    layout->addSpacing(4);
    layout->addLayout(steps);
    layout->addSpacing(4);
    m_outro = wrappedLabel(this); // after the steps: reading order
    m_outro->setObjectName(QStringLiteral("welcomeOutro"));
    layout->addWidget(m_outro);
    layout->addStretch();
    retranslate();
}

void WelcomePage::retranslate() {
    setHeading(this, tr("Welcome to Figestió Sync"),
               tr("Keep a folder on this computer in sync with your agency."));
    m_text->setText(tr("Figestió Sync keeps a folder on this computer identical to your agency's "
                       "folder on the Figestió server. Files you save there reach your agency, "
                       "and the files your agency shares with you appear there.\n\n"
                       "Setting it up takes a minute:"));
    m_steps.at(0)->setText(tr("Sign in with your Figestió account, in your web browser."));
    m_steps.at(1)->setText(tr("Choose the folder to keep in sync."));
    m_steps.at(2)->setText(tr("That's all: your files stay up to date by themselves."));
    // The drawn number is part of what is read.
    for (int i = 0; i < m_steps.size(); ++i)
        m_steps.at(i)->setAccessibleName(
            QStringLiteral("%1. %2").arg(i + 1).arg(m_steps.at(i)->text()));
    m_outro->setText(tr("After that, Figestió Sync works quietly from its icon in the system "
                        "tray."));
}

// --- SignInPage ----------------------------------------------------------------------------

SignInPage::SignInPage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(wrappedLabel(this))
    , m_error(wrappedLabel(this))
    , m_signInButton(new QPushButton(this))
    , m_waiting(wrappedLabel(this))
    , m_busy(new QProgressBar(this))
    , m_linkHint(wrappedLabel(this))
    , m_copyLinkButton(new QPushButton(this))
    , m_tryAgainButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("signInPage"));
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_tryAgainButton->setObjectName(QStringLiteral("tryAgainButton"));
    m_copyLinkButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_busy->setObjectName(QStringLiteral("signInBusy"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_waiting->setObjectName(QStringLiteral("signInWaiting"));
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    LabelStyle::problem(m_error);
    m_signInButton->setIcon(Icons::app());
    m_signInButton->setIconSize(QSize(20, 20));
    m_signInButton->setMinimumHeight(36);
    m_signInButton->setMinimumWidth(220);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_error);
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signInButton);
    signInRow->addStretch();
    layout->addLayout(signInRow);
    layout->addWidget(m_waiting);
    layout->addWidget(m_busy);
    layout->addWidget(m_linkHint);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_copyLinkButton);
    linkRow->addStretch();
    layout->addLayout(linkRow);
    auto *waitRow = new QHBoxLayout;
    waitRow->addWidget(m_tryAgainButton);
    waitRow->addWidget(m_cancelButton);
    waitRow->addStretch();
    layout->addLayout(waitRow);
    layout->addStretch();

    // Waiting at once: the browser takes a moment, and a second click must not start a
    // second sign-in.
    connect(m_signInButton, &QPushButton::clicked, this, [this] {
        setWaiting(QUrl(), true);
        emit signInRequested();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        setIdle();
        emit cancelSignInRequested();
    });
    // Try again = give up the attempt in progress and open the browser afresh.
    connect(m_tryAgainButton, &QPushButton::clicked, this, [this] {
        emit cancelSignInRequested();
        emit signInRequested();
    });
    connect(m_copyLinkButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_copyLinkButton->setText(tr("Link copied"));
    });
    retranslate();
    setIdle();
}

void SignInPage::setIdle() {
    m_mode = Mode::Idle;
    m_url.clear();
    m_error->clear();
    updateVisibility();
}

void SignInPage::setWaiting(const QUrl &authorizeUrl, bool browserOpened) {
    m_mode = Mode::Waiting;
    m_url = authorizeUrl;
    m_browserOpened = browserOpened;
    m_error->clear();
    retranslate();
    updateVisibility();
    m_cancelButton->setFocus();
}

void SignInPage::setFailed(const QString &message) {
    m_mode = Mode::Failed;
    m_error->setText(message.isEmpty() ? tr("The sign-in did not succeed.") : message);
    retranslate();
    updateVisibility();
    m_signInButton->setFocus(); // "Try again", described by the error
}

QString SignInPage::tryAgainDescription() const {
    return m_signInButton->accessibleDescription();
}

QString SignInPage::errorText() const {
    return m_error->text();
}

void SignInPage::updateVisibility() {
    const bool waiting = m_mode == Mode::Waiting;
    // The focused "Try again" says why it is there.
    describe(m_signInButton, m_mode == Mode::Failed ? m_error->text() : QString());
    m_intro->setVisible(!waiting);
    m_signInButton->setVisible(!waiting);
    m_error->setVisible(m_mode == Mode::Failed);
    m_waiting->setVisible(waiting);
    m_busy->setVisible(waiting);
    const bool offerLink = waiting && !m_browserOpened && m_url.isValid();
    m_linkHint->setVisible(offerLink);
    m_copyLinkButton->setVisible(offerLink);
    m_cancelButton->setVisible(waiting);
    m_tryAgainButton->setVisible(waiting);
}

void SignInPage::retranslate() {
    setHeading(this, tr("Sign in"),
               tr("Use your Figestió account, the same one you use on the website."));
    m_intro->setText(tr("Your web browser will open the Figestió sign-in page. Sign in there, "
                        "then come back to this window."));
    m_signInButton->setText(m_mode == Mode::Failed ? tr("Try again")
                                                   : tr("Sign in with the browser"));
    m_waiting->setText(m_browserOpened
                           ? tr("Waiting for your browser…\nFinish signing in on the page "
                                "that opened, then come back here.")
                           : tr("Waiting for you to sign in…"));
    m_linkHint->setText(tr("Your browser did not open by itself. Copy the sign-in link and "
                           "paste it into your browser's address bar."));
    m_copyLinkButton->setText(tr("Copy the sign-in link"));
    m_cancelButton->setText(tr("Cancel"));
    m_tryAgainButton->setText(tr("Try again"));
    m_busy->setAccessibleName(tr("Signing in"));
}

// --- AgencyPage ----------------------------------------------------------------------------

AgencyPage::AgencyPage(QWidget *parent)
    : QWizardPage(parent)
    , m_scroll(new QScrollArea(this))
    , m_group(new QGroupBox(m_scroll))
    , m_radios(new QVBoxLayout(m_group))
    , m_buttons(new QButtonGroup(this)) {
    setObjectName(QStringLiteral("agencyPage"));
    m_group->setObjectName(QStringLiteral("agencyGroup"));
    m_scroll->setObjectName(QStringLiteral("agencyScroll"));
    // The radios are the group's direct children: Qt gives a widget its parent group box's title
    // as label (QAccessibleWidget::relations) only then; so the scroll area holds the group.
    m_scroll->setWidget(m_group);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the agency checked, not the area
    m_scroll->viewport()->setAutoFillBackground(false);
    m_group->setAutoFillBackground(false);
    m_radios->addStretch();
    m_buttons->setExclusive(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    connect(m_buttons, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        // Tab enters the group on the agency checked (what Qt does once a radio had the focus;
        // QWizard focuses a new page's first tab stop) and leaves it at once.
        for (QAbstractButton *button : m_buttons->buttons())
            button->setFocusPolicy(button->isChecked() ? Qt::StrongFocus : Qt::ClickFocus);
        m_scroll->ensureWidgetVisible(m_buttons->button(id)); // arrows may leave the view
        emit completeChanged();
    });
    retranslate();
}

void AgencyPage::setAgencies(const QList<Agency> &agencies, const QString &currentId) {
    const QString keep = m_chosenId;
    m_agencies = agencies;
    m_currentId = currentId;
    for (QAbstractButton *button : m_buttons->buttons()) {
        m_buttons->removeButton(button);
        delete button;
    }
    m_ids.clear();
    int checked = -1;
    for (const Agency &agency : agencies) {
        auto *radio = new QRadioButton(m_group);
        radio->setObjectName(QStringLiteral("agency_") + agency.id);
        // Changing agency, the person wants another one: the current one is shown (where they
        // are) but greyed out, so an immediate Next never "changes" to the same agency.
        radio->setEnabled(agency.id != currentId || currentId.isEmpty());
        m_buttons->addButton(radio, int(m_ids.size()));
        m_radios->insertWidget(int(m_ids.size()), radio);
        if (checked < 0 && radio->isEnabled() && (agency.id == keep || keep.isEmpty()))
            checked = int(m_ids.size());
        m_ids.append(agency.id);
    }
    nameAgencies();
    // The agency chosen before (back on this page), else the first one choosable: one is
    // always checked.
    for (int i = 0; i < m_ids.size() && checked < 0; ++i)
        if (m_buttons->button(i)->isEnabled())
            checked = i;
    if (QAbstractButton *button = m_buttons->button(std::max(0, checked)))
        button->setChecked(true);
    emit completeChanged();
}

void AgencyPage::nameAgencies() {
    for (int i = 0; i < m_ids.size() && i < m_agencies.size(); ++i) {
        const Agency &agency = m_agencies.at(i);
        const QString name = agency.name.isEmpty() ? agency.id : agency.name;
        m_buttons->button(i)->setText(
            agency.id == m_currentId ? tr("%1 (this computer's agency now)").arg(name) : name);
    }
}

QString AgencyPage::selectedAgencyId() const {
    const int id = m_buttons->checkedId();
    return id >= 0 && id < m_ids.size() ? m_ids.at(id) : QString();
}

bool AgencyPage::isComplete() const {
    return !selectedAgencyId().isEmpty();
}

bool AgencyPage::validatePage() {
    const QString id = selectedAgencyId();
    if (id.isEmpty())
        return false;
    m_chosenId = id;
    emit agencyChosen(id);
    return true;
}

void AgencyPage::retranslate() {
    setHeading(this, tr("Choose your agency"), tr("Your account works with more than one agency."));
    // The title is the group's accessible name: each radio is read with it ("labelled by").
    m_group->setTitle(tr("&Which agency's folder should this computer keep in sync?"));
    m_scroll->setAccessibleName(tr("Agencies"));
    nameAgencies();
}

// --- FolderPage ----------------------------------------------------------------------------

FolderPage::FolderPage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(wrappedLabel(this))
    , m_editLabel(new QLabel(this))
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_status(wrappedLabel(this)) {
    setObjectName(QStringLiteral("folderPage"));
    m_edit->setObjectName(QStringLiteral("folderEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_status->setObjectName(QStringLiteral("folderStatus"));
    m_editLabel->setBuddy(m_edit);
    m_edit->setClearButtonEnabled(true);
    setCommitPage(true); // after this, setup runs; there is no going back to change it

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_editLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_edit, &QLineEdit::textChanged, this, &FolderPage::revalidate);
    connect(m_browse, &QPushButton::clicked, this, &FolderPage::browse);
    retranslate();
}

void FolderPage::setValidator(Validator validator) {
    m_validator = std::move(validator);
    revalidate();
}

void FolderPage::setPath(const QString &path) {
    m_edit->setText(QDir::toNativeSeparators(path));
    revalidate();
}

QString FolderPage::path() const {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    QString path = QDir::fromNativeSeparators(text);
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return QDir::cleanPath(path);
}

void FolderPage::revalidate() {
    const QString p = path();
    QString problem = FolderCheck::formProblem(p);
    if (problem.isEmpty() && m_validator)
        problem = m_validator(p);
    m_valid = problem.isEmpty();
    if (m_valid)
        showStatus(QFileInfo(p).isDir() ? tr("This folder can be used.")
                                        : tr("This folder does not exist yet; it will be created."),
                   false);
    else
        showStatus(problem, true);
    emit completeChanged();
}

// The message under the field is also the field's description (read with it, and spoken when
// it changes while the field has the focus) and says why Start syncing is disabled.
void FolderPage::showStatus(const QString &text, bool problem) {
    if (problem)
        LabelStyle::problem(m_status);
    else
        LabelStyle::fine(m_status);
    m_status->setText(text);
    describe(m_edit, text);
    describeCommitButton();
}

void FolderPage::describeCommitButton() {
    if (!wizard())
        return;
    if (QAbstractButton *commit = wizard()->button(QWizard::CommitButton))
        describe(commit, m_valid ? QString() : m_status->text());
}

QString FolderPage::statusText() const {
    return m_status->text();
}

void FolderPage::initializePage() {
    describeCommitButton();
}

void FolderPage::browse() {
    QString start = path();
    while (!start.isEmpty() && !QFileInfo(start).isDir() && start != QDir::rootPath())
        start = QFileInfo(start).absolutePath();
    const QString chosen = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder to keep in sync"), start.isEmpty() ? QDir::homePath() : start);
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool FolderPage::validatePage() {
    revalidate();
    if (!m_valid)
        return false;
    const QString p = path();
    if (!QFileInfo(p).isDir() && !QDir().mkpath(p)) {
        m_valid = false;
        showStatus(tr("The folder could not be created. Choose another location."), true);
        emit completeChanged();
        m_edit->setFocus();
        return false;
    }
    emit folderChosen(p);
    return true;
}

void FolderPage::retranslate() {
    setHeading(this, tr("Choose a folder"),
               tr("The files of your agency will be kept in this folder."));
    m_intro->setText(tr("Choose an empty folder or one that only holds your agency's files. "
                        "Everything in it will be shared with your agency."));
    m_editLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse…"));
    m_edit->setAccessibleName(tr("Folder to keep in sync"));
    // The field's clear button (a QToolButton Qt adds) is named by its action.
    for (QAction *action : m_edit->findChildren<QAction *>(Qt::FindDirectChildrenOnly))
        action->setText(tr("Clear the folder"));
    for (QToolButton *clear : m_edit->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the folder"));
    setButtonText(QWizard::CommitButton, tr("Start syncing"));
    revalidate();
}

// --- ProgressPage --------------------------------------------------------------------------

ProgressPage::ProgressPage(QWidget *parent)
    : QWizardPage(parent) {
    setObjectName(QStringLiteral("progressPage"));
    auto *layout = new QVBoxLayout(this);
    m_steps = new QFrame(this);
    m_steps->setObjectName(QStringLiteral("setupSteps"));
    m_steps->setFocusPolicy(Qt::StrongFocus);
    // Focus shown by a frame, since no text in it is selectable.
    m_steps->setStyleSheet(
        QStringLiteral("QFrame#setupSteps { border: 1px solid transparent; border-radius: 4px; }"
                       "QFrame#setupSteps:focus { border: 1px dotted palette(highlight); }"));
    auto *grid = new QGridLayout(m_steps);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (SetupFlow::Step step : SetupFlow::steps()) {
        Row r;
        r.marker = new QLabel(m_steps); // the status in color; the words are in r.status
        r.marker->setFixedSize(kMarkSize, kMarkSize);
        r.title = new QLabel(m_steps);
        r.status = new QLabel(m_steps);
        r.status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        r.status->setObjectName(QStringLiteral("stepStatus%1").arg(static_cast<int>(step)));
        grid->addWidget(r.marker, row, 0);
        grid->addWidget(r.title, row, 1);
        grid->addWidget(r.status, row, 2);
        m_rows.insert(static_cast<int>(step), r);
        ++row;
    }
    layout->addWidget(m_steps);
    layout->addSpacing(12);
    m_failure = wrappedLabel(this);
    m_retry = new QPushButton(this);
    m_changeFolder = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_changeFolder->setObjectName(QStringLiteral("changeFolderButton"));
    m_failure->setObjectName(QStringLiteral("setupFailure"));
    LabelStyle::problem(m_failure);
    layout->addWidget(m_failure);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addWidget(m_changeFolder);
    retryRow->addStretch();
    layout->addLayout(retryRow);
    layout->addStretch();

    connect(m_retry, &QPushButton::clicked, this, [this] {
        showFailure(false); // hides Retry: the focus goes back to the steps
        emit retryRequested();
    });
    connect(m_changeFolder, &QPushButton::clicked, this, &ProgressPage::changeFolderRequested);
    retranslate();
    reset();
}

void ProgressPage::reset() {
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        it->state = SetupFlow::StepStatus::Pending;
        paintRow(static_cast<SetupFlow::Step>(it.key()));
    }
    m_failure->clear();
    showFailure(false);
    setFinished(false);
}

void ProgressPage::setStep(SetupFlow::Step step, SetupFlow::StepStatus status) {
    auto it = m_rows.find(static_cast<int>(step));
    if (it == m_rows.end())
        return; // Done is not a row
    it->state = status;
    if (status == SetupFlow::StepStatus::Running) {
        // A step running again (a retry) means the failure shown is over.
        showFailure(false);
    }
    paintRow(step);
}

QString ProgressPage::stepStatusText(SetupFlow::Step step) const {
    const auto it = m_rows.constFind(static_cast<int>(step));
    return it == m_rows.cend() ? QString() : it->status->text();
}

void ProgressPage::setFailed(const QString &message) {
    m_failure->setText(message.isEmpty() ? tr("The setup could not be completed.") : message);
    showFailure(true);
    m_retry->setFocus();
}

void ProgressPage::initializePage() {
    m_steps->setFocus();
}

void ProgressPage::showFailure(bool shown) {
    const bool hadFocus = m_retry->hasFocus() || m_changeFolder->hasFocus();
    m_failure->setVisible(shown);
    m_retry->setVisible(shown);
    m_changeFolder->setVisible(shown);
    // Retry is focused with the failure and read with it.
    describe(m_retry, shown ? m_failure->text() : QString());
    describe(m_changeFolder, shown ? m_failure->text() : QString());
    retranslate(); // the subtitle says whether setup is running or stopped
    if (!shown && hadFocus)
        m_steps->setFocus();
}

QString ProgressPage::failureText() const {
    return m_failure->isVisibleTo(this) ? m_failure->text() : QString();
}

void ProgressPage::setFinished(bool finished) {
    m_finished = finished;
    emit completeChanged();
}

void ProgressPage::paintRow(SetupFlow::Step step) {
    Row &r = m_rows[static_cast<int>(step)];
    const qreal dpr = devicePixelRatioF();
    Icons::Mark kind = Icons::Mark::Pending;
    QString text;
    switch (r.state) {
    case SetupFlow::StepStatus::Pending:
        kind = Icons::Mark::Pending;
        text = tr("Waiting");
        break;
    case SetupFlow::StepStatus::Running:
        kind = Icons::Mark::Running;
        text = tr("In progress…");
        break;
    case SetupFlow::StepStatus::Done:
        kind = Icons::Mark::Done;
        text = tr("Done");
        break;
    case SetupFlow::StepStatus::Failed:
        kind = Icons::Mark::Failed;
        text = tr("Failed");
        break;
    }
    r.marker->setPixmap(Icons::statusMark(kind, kMarkSize, dpr));
    r.title->setText(SetupFlow::stepTitle(step));
    QFont font = r.title->font();
    font.setBold(r.state == SetupFlow::StepStatus::Running);
    r.title->setFont(font);
    r.status->setText(text);
    // Waiting steps are dimmed, not disabled: a screen reader would call them "unavailable".
    QPalette palette = r.title->palette();
    palette.setColor(QPalette::WindowText,
                     r.state == SetupFlow::StepStatus::Pending
                         ? QApplication::palette().color(QPalette::Disabled, QPalette::WindowText)
                         : QApplication::palette().color(QPalette::WindowText));
    r.title->setPalette(palette);
    describeSteps();
}

// The steps' description: the step under way (or the last one done / failed), so a screen
// reader with the focus here follows the setup.
void ProgressPage::describeSteps() {
    QString current;
    for (SetupFlow::Step step : SetupFlow::steps()) {
        const auto it = m_rows.constFind(static_cast<int>(step));
        if (it == m_rows.cend() || it->state == SetupFlow::StepStatus::Pending)
            continue;
        current = SetupFlow::stepTitle(step) + QStringLiteral(": ") + it->status->text();
        if (it->state != SetupFlow::StepStatus::Done)
            break;
    }
    describe(m_steps, current);
}

void ProgressPage::retranslate() {
    const bool failed = !m_retry->isHidden();
    setHeading(this, tr("Setting up"),
               failed ? tr("The setup stopped. What went wrong and what to do is below.")
                      : tr("This computer is being connected to the Figestió server."));
    m_steps->setAccessibleName(tr("Setup steps"));
    m_retry->setText(tr("&Retry"));
    m_changeFolder->setText(tr("C&hoose another folder…"));
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it)
        paintRow(static_cast<SetupFlow::Step>(it.key()));
}

// --- DonePage ------------------------------------------------------------------------------

DonePage::DonePage(QWidget *parent)
    : QWizardPage(parent)
    , m_mark(new QLabel(this))
    , m_text(wrappedLabel(this))
    , m_pathLabel(wrappedLabel(this))
    , m_open(new QPushButton(this))
    , m_outro(wrappedLabel(this)) {
    setObjectName(QStringLiteral("donePage"));
    m_open->setObjectName(QStringLiteral("openFolderButton"));
    m_pathLabel->setObjectName(QStringLiteral("doneFolderLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_pathLabel->font();
    bold.setBold(true);
    m_pathLabel->setFont(bold);
    m_mark->setPixmap(Icons::statusMark(Icons::Mark::Done, 40, devicePixelRatioF()));
    m_mark->setFixedSize(40, 40);
    m_open->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_open->setMinimumHeight(36);
    m_open->setMinimumWidth(160);

    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(16);
    layout->addWidget(m_mark, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_text);
    column->addWidget(m_pathLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_open);
    row->addStretch();
    column->addLayout(row);
    column->addSpacing(6);
    column->addWidget(m_outro);
    column->addStretch();
    layout->addLayout(column, 1);
    connect(m_open, &QPushButton::clicked, this, &DonePage::openFolderRequested);
    retranslate();
}

void DonePage::setFolder(const QString &path) {
    m_path = path;
    retranslate();
}

void DonePage::initializePage() {
    m_open->setFocus();
}

void DonePage::retranslate() {
    setHeading(this, tr("Your folder is syncing"), tr("Everything is set up."));
    m_text->setText(tr("This folder is now kept in sync with your agency:"));
    m_pathLabel->setText(QDir::toNativeSeparators(m_path));
    m_outro->setText(tr("You can close this window: Figestió Sync keeps working from its icon in "
                        "the system tray."));
    m_open->setText(tr("&Open folder"));
}

} // namespace figestio
