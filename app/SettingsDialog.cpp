#include "SettingsDialog.h"

#include "DiagnosticReport.h"
#include "Icons.h"
#include "LabelStyle.h"
#include "Translations.h"
#include "UpdateNoticeLabel.h"
#include "auth/Session.h"
#include "common/Logging.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace figestio {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_general(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_startAtLogin(new QCheckBox(this))
    , m_accountBox(new QGroupBox(this))
    , m_account(new QLabel(this))
    , m_changeAgency(new QPushButton(this))
    , m_signOut(new QPushButton(this))
    , m_helpBox(new QGroupBox(this))
    , m_helpText(new QLabel(this))
    , m_openLogs(new QPushButton(this))
    , m_copyReport(new QPushButton(this))
    , m_copied(new QLabel(this))
    , m_updateNotice(new UpdateNoticeLabel(this))
    , m_close(new QPushButton(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowIcon(Icons::app());
    setMinimumWidth(460);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_changeAgency->setObjectName(QStringLiteral("changeAgencyButton"));
    m_changeAgency->hide();
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_openLogs->setObjectName(QStringLiteral("openLogsButton"));
    m_copyReport->setObjectName(QStringLiteral("copyReportButton"));
    m_copied->setObjectName(QStringLiteral("reportCopiedLabel"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_languageLabel->setBuddy(m_language);
    m_account->setWordWrap(true);
    m_account->setTextFormat(Qt::PlainText);
    m_helpText->setWordWrap(true);
    LabelStyle::fine(m_copied);
    m_copied->hide();

    // Each language in its own name, whatever the current language.
    for (const QString &code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    const int index = m_language->findData(Translations::current());
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    auto *generalForm = new QFormLayout(m_general);
    generalForm->addRow(m_languageLabel, m_language);
    generalForm->addRow(m_startAtLogin);

    auto *accountLayout = new QVBoxLayout(m_accountBox);
    accountLayout->addWidget(m_account);
    auto *signOutRow = new QHBoxLayout;
    signOutRow->addWidget(m_changeAgency);
    signOutRow->addWidget(m_signOut);
    signOutRow->addStretch();
    accountLayout->addLayout(signOutRow);

    auto *helpLayout = new QVBoxLayout(m_helpBox);
    helpLayout->addWidget(m_helpText);
    auto *helpRow = new QHBoxLayout;
    helpRow->addWidget(m_copyReport);
    helpRow->addWidget(m_openLogs);
    helpRow->addStretch();
    helpLayout->addLayout(helpRow);
    helpLayout->addWidget(m_copied);
    helpLayout->addWidget(m_updateNotice);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_general);
    layout->addWidget(m_accountBox);
    layout->addWidget(m_helpBox);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::activated, this, [this](int i) {
        const QString code = m_language->itemData(i).toString();
        if (code == Translations::current())
            return;
        Translations::setLanguage(code);
    });
    connect(m_startAtLogin, &QCheckBox::toggled, this, &SettingsDialog::startAtLoginChanged);
    connect(m_signOut, &QPushButton::clicked, this, &SettingsDialog::askSignOut);
    connect(m_changeAgency, &QPushButton::clicked, this, &SettingsDialog::changeAgencyRequested);
    connect(m_openLogs, &QPushButton::clicked, this, &SettingsDialog::openLogsFolder);
    connect(m_copyReport, &QPushButton::clicked, this, &SettingsDialog::copyDiagnosticReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void SettingsDialog::bindSession(Session *session) {
    m_session = session;
    connect(session, &Session::stateChanged, this, &SettingsDialog::accountFromSession);
    connect(session, &Session::agencyChanged, this, &SettingsDialog::accountFromSession);
    accountFromSession();
}

void SettingsDialog::accountFromSession() {
    if (!m_session)
        return;
    const Session::State state = m_session->state();
    const bool in = state == Session::State::SignedIn || state == Session::State::Expired;
    const UserInfo user = m_session->user();
    const QString who = user.displayName();
    QString text;
    if (state == Session::State::Expired)
        text = tr("Your session has expired. Sign in again from the tray menu.");
    else if (!in)
        text = tr("Not signed in.");
    else if (const auto agency = m_session->agency())
        text = tr("Signed in as %1, for %2.").arg(who, agency->name);
    else
        text = tr("Signed in as %1.").arg(who);
    setAccountText(text, in);
}

void SettingsDialog::setReportProvider(std::function<QString()> provider) {
    m_report = std::move(provider);
}

bool SettingsDialog::startAtLogin() const {
    return m_startAtLogin->isChecked();
}

void SettingsDialog::setStartAtLogin(bool on) {
    const QSignalBlocker block(m_startAtLogin);
    m_startAtLogin->setChecked(on);
}

void SettingsDialog::setAccountText(const QString &text, bool signedIn) {
    m_accountText = text;
    m_signedIn = signedIn;
    refreshAccount();
}

void SettingsDialog::setCanChangeAgency(bool several) {
    m_severalAgencies = several;
    refreshAccount();
}

void SettingsDialog::refreshAccount() {
    m_account->setText(m_accountText.isEmpty() ? tr("Not signed in.") : m_accountText);
    m_signOut->setEnabled(m_signedIn);
    // Not while the session has expired: choosing an agency needs a live session.
    m_changeAgency->setVisible(m_signedIn && m_severalAgencies &&
                               (!m_session || m_session->state() == Session::State::SignedIn));
}

void SettingsDialog::askSignOut() {
    if (m_question)
        return;
    auto *box = new QMessageBox(this);
    m_question = box;
    box->setObjectName(QStringLiteral("signOutQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Sign out"));
    box->setText(tr("Sign out of Figestió Sync?"));
    box->setInformativeText(
        tr("If you only sign out, your folder keeps syncing with your agency; sign in again "
           "whenever you like.\n\nIf you also stop syncing, this computer is unlinked from your "
           "agency and nothing more is synced. The files already in your folder stay on this "
           "computer."));
    QPushButton *unlink =
        box->addButton(tr("Sign out and stop syncing"), QMessageBox::DestructiveRole);
    unlink->setObjectName(QStringLiteral("signOutAndUnlinkButton"));
    QPushButton *only = box->addButton(tr("Only sign out"), QMessageBox::AcceptRole);
    only->setObjectName(QStringLiteral("signOutOnlyButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("signOutCancelButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, unlink, only](QAbstractButton *b) {
        if (b == unlink)
            emit signOutRequested(true);
        else if (b == only)
            emit signOutRequested(false);
    });
    box->open();
}

void SettingsDialog::openLogsFolder() {
    const QString dir = LogFile::directory();
    QDir().mkpath(dir);
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

void SettingsDialog::copyDiagnosticReport() {
    const QString text = m_report ? m_report() : DiagnosticReport().text();
    QGuiApplication::clipboard()->setText(DiagnosticReport::sanitize(text));
    m_copied->setText(tr("The report was copied. Paste it into your message to support."));
    m_copied->show();
    // The focused button tells a screen reader it worked (issue 13).
    m_copyReport->setAccessibleDescription(m_copied->text());
}

void SettingsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Figestió Sync settings"));
    m_general->setTitle(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_startAtLogin->setText(tr("&Start Figestió Sync when I log in to this computer"));
    m_accountBox->setTitle(tr("Account"));
    m_changeAgency->setText(tr("Change &agency…"));
    m_changeAgency->setAccessibleName(tr("Change agency"));
    m_changeAgency->setAccessibleDescription(
        tr("Sync the folder of another of your agencies instead. The current folder stops "
           "syncing; its files stay on this computer."));
    m_signOut->setText(tr("Sign &out…"));
    m_helpBox->setTitle(tr("Help"));
    m_helpText->setText(tr("If something does not work, copy the diagnostic report and send it "
                           "to Figestió support. It contains no passwords."));
    m_openLogs->setText(tr("Open the logs &folder"));
    m_copyReport->setText(tr("&Copy diagnostic report"));
    m_close->setText(tr("Close"));
    if (m_copied->isVisible()) {
        m_copied->setText(tr("The report was copied. Paste it into your message to support."));
        m_copyReport->setAccessibleDescription(m_copied->text());
    }
    const int index = m_language->findData(Translations::current());
    if (index >= 0)
        m_language->setCurrentIndex(index);
    accountFromSession(); // composed in the new language
    refreshAccount();
}

} // namespace figestio
