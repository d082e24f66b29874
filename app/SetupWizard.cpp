#include "SetupWizard.h"

#include "Icons.h"
#include "WizardPages.h"
#include "setup/FolderCheck.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace figestio {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
    , m_welcome(new WelcomePage(this))
    , m_signIn(new SignInPage(this))
    , m_agency(new AgencyPage(this))
    , m_folder(new FolderPage(this))
    , m_progress(new ProgressPage(this))
    , m_done(new DonePage(this)) {
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage |
               QWizard::NoCancelButtonOnLastPage);
    setWindowIcon(Icons::app());
    setPixmap(QWizard::LogoPixmap, Icons::app().pixmap(48, 48));
    setMinimumSize(600, 440);

    setPage(WelcomePageId, m_welcome);
    setPage(SignInPageId, m_signIn);
    setPage(AgencyPageId, m_agency);
    setPage(FolderPageId, m_folder);
    setPage(ProgressPageId, m_progress);
    setPage(DonePageId, m_done);
    setStartId(WelcomePageId);

    // Close asks first (QWizard connects it to reject() with the string-based syntax).
    QAbstractButton *close = button(QWizard::CancelButton);
    disconnect(close, SIGNAL(clicked()), this, SLOT(reject()));
    connect(close, &QAbstractButton::clicked, this, &SetupWizard::askToClose);

    m_folder->setValidator(&FolderCheck::problemIfCreated);
    m_folder->setPath(suggestedFolder());

    connect(m_signIn, &SignInPage::signInRequested, this, &SetupWizard::signInRequested);
    connect(m_signIn, &SignInPage::cancelSignInRequested, this,
            &SetupWizard::cancelSignInRequested);
    connect(m_agency, &AgencyPage::agencyChosen, this, &SetupWizard::agencyChosen);
    connect(m_folder, &FolderPage::folderChosen, this, [this](const QString &path) {
        m_progress->reset();
        emit folderChosen(path);
    });
    connect(m_progress, &ProgressPage::retryRequested, this, &SetupWizard::retryRequested);
    connect(m_progress, &ProgressPage::changeFolderRequested, this, [this] { showFolderChoice(); });
    connect(m_done, &DonePage::openFolderRequested, this, &SetupWizard::openFolderRequested);
    retranslate();
}

QString SetupWizard::suggestedFolder(const QString &agencyName) {
    QString name = agencyName.trimmed();
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    return QDir::homePath() + QStringLiteral("/Figestió") +
           (name.isEmpty() ? QString() : QStringLiteral(" - ") + name);
}

void SetupWizard::bindSession(Session *session) {
    connect(session, &Session::browserOpened, this, &SetupWizard::showWaitingForBrowser);
    connect(session, &Session::signInFailed, this, &SetupWizard::showSignInError);
    connect(session, &Session::agencyChoiceRequired, this, &SetupWizard::showAgencies);
}

void SetupWizard::bindSetupFlow(SetupFlow *flow) {
    connect(flow, &SetupFlow::stepChanged, this, &SetupWizard::showStep);
    connect(flow, &SetupFlow::failed, this,
            [this](SetupFlow::Step, const QString &message) { showSetupFailed(message); });
    connect(flow, &SetupFlow::finished, this, [this, flow] { showDone(flow->folderPath()); });
}

void SetupWizard::goTo(PageId page) {
    if (currentId() != page) {
        setStartId(page);
        restart();
    }
    show();
    raise();
    activateWindow();
}

void SetupWizard::showWelcome() {
    goTo(WelcomePageId);
}

void SetupWizard::showSignIn() {
    m_signIn->setIdle();
    goTo(SignInPageId);
}

void SetupWizard::showWaitingForBrowser(const QUrl &authorizeUrl, bool opened) {
    m_signIn->setWaiting(authorizeUrl, opened);
    goTo(SignInPageId);
}

void SetupWizard::showSignInError(const QString &message) {
    m_signIn->setFailed(message);
    goTo(SignInPageId);
}

void SetupWizard::showAgencies(const QList<Agency> &agencies) {
    m_agency->setAgencies(agencies);
    goTo(AgencyPageId);
}

void SetupWizard::showAgencyChange(const QList<Agency> &agencies, const QString &currentId) {
    m_agency->setAgencies(agencies, currentId);
    goTo(AgencyPageId);
}

void SetupWizard::showFolderChoice(const QString &suggestedPath) {
    if (!suggestedPath.isEmpty())
        m_folder->setPath(suggestedPath);
    goTo(FolderPageId);
}

void SetupWizard::showProgress() {
    goTo(ProgressPageId);
}

void SetupWizard::showStep(SetupFlow::Step step, SetupFlow::StepStatus status) {
    m_progress->setStep(step, status);
    if (isVisible() && currentId() != ProgressPageId && currentId() != DonePageId)
        goTo(ProgressPageId);
}

void SetupWizard::showSetupFailed(const QString &message) {
    m_progress->setFailed(message);
    if (isVisible())
        goTo(ProgressPageId);
}

void SetupWizard::showDone(const QString &folderPath) {
    m_progress->setFinished(true);
    m_done->setFolder(folderPath);
    // A setup finishing while the wizard is closed is told by the tray, not by a window.
    if (isVisible())
        goTo(DonePageId);
}

void SetupWizard::askToClose() {
    if (m_setUp)
        return reject();
    if (m_closeQuestion) {
        m_closeQuestion->raise();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Close the setup?"),
                        tr("Figestió Sync is not set up yet."), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeSetupQuestion"));
    box->setInformativeText(tr("To finish it later, choose “Set up…” in the menu of the "
                               "Figestió Sync icon in the system tray."));
    QPushButton *closeButton = box->addButton(tr("Close"), QMessageBox::AcceptRole);
    closeButton->setObjectName(QStringLiteral("closeSetupButton"));
    QPushButton *stay = box->addButton(tr("Continue the setup"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("continueSetupButton"));
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, closeButton] {
        if (box->clickedButton() == closeButton)
            reject();
    });
    m_closeQuestion = box;
    box->open();
}

void SetupWizard::askSwitchAgency(const QString &currentFolder, const QString &newAgency) {
    if (m_switchQuestion) {
        m_switchQuestion->raise();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Set up another agency?"),
        tr("This computer syncs the folder of %1. Do you want to sync the folder of %2 instead?")
            .arg(currentFolder, newAgency),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("switchAgencyQuestion"));
    box->setAccessibleName(tr("Set up another agency?"));
    box->setInformativeText(tr("The folder of %1 stops syncing with Figestió. Its files stay on "
                               "this computer.")
                                .arg(currentFolder));
    QPushButton *replace = box->addButton(tr("Set up %1").arg(newAgency), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("switchAgencyButton"));
    replace->setAccessibleName(replace->text());
    replace->setAccessibleDescription(tr("The folder of %1 stops syncing.").arg(currentFolder));
    QPushButton *keep = box->addButton(tr("Keep %1").arg(currentFolder), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepAgencyButton"));
    keep->setAccessibleName(keep->text());
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [this, box, replace] { emit switchAgencyAnswered(box->clickedButton() == replace); });
    m_switchQuestion = box;
    show();
    box->open();
}

void SetupWizard::done(int result) {
    if (result != QDialog::Accepted) {
        if (currentId() == SignInPageId && m_signIn->mode() == SignInPage::Mode::Waiting) {
            m_signIn->setIdle();
            emit cancelSignInRequested();
        }
    }
    QWizard::done(result);
}

void SetupWizard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void SetupWizard::retranslate() {
    setWindowTitle(tr("Set up Figestió Sync"));
    setButtonText(QWizard::CancelButton, tr("Close"));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    m_welcome->retranslate();
    m_signIn->retranslate();
    m_agency->retranslate();
    m_folder->retranslate();
    m_progress->retranslate();
    m_done->retranslate();
}

} // namespace figestio
