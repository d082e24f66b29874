#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
#include <QMessageBox>
class QPushButton;

namespace figestio {

class Session;
class UpdateNoticeLabel;

// Settings: language (applies at once), start at login, change agency (only for a person with
// several agencies: the wizard's agency and folder pages follow), sign out (asking whether this
// computer should also stop syncing and be unlinked), the logs folder and a diagnostic report
// for support (copied to the clipboard; no secrets).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Shows who is signed in and enables "Sign out" accordingly.
    void bindSession(Session *session);
    // The text copied by "Copy diagnostic report" (AppController: DiagnosticReport over its
    // objects). Without one, a report with versions and OS only.
    void setReportProvider(std::function<QString()> provider);

    // This version, help link, and the newer version when there is one (AppController feeds it).
    UpdateNoticeLabel *updateNotice() const { return m_updateNotice; }

public slots:
    // Initial value from the controller; does not emit startAtLoginChanged.
    void setStartAtLogin(bool on);
    void setAccountText(const QString &text, bool signedIn);
    // "Change agency…" is offered while signed in when the person has more than one agency.
    void setCanChangeAgency(bool several);
    // Asks; then signOutRequested(unlink) or nothing (Cancel).
    void askSignOut();
    void openLogsFolder();
    void copyDiagnosticReport();

signals:
    void startAtLoginChanged(bool on);
    void signOutRequested(bool unlink);
    void changeAgencyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class SettingsDialogTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // What it shows, read back by tests.
    bool startAtLogin() const;
    QMessageBox *signOutQuestion() const { return m_question; } // the open question, if any

    void retranslate();
    void refreshAccount();
    void accountFromSession();

    QPointer<Session> m_session;
    std::function<QString()> m_report;
    QPointer<QMessageBox> m_question;
    QString m_accountText;
    bool m_signedIn = false;
    bool m_severalAgencies = false;

    QGroupBox *m_general;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QCheckBox *m_startAtLogin;
    QGroupBox *m_accountBox;
    QLabel *m_account;
    QPushButton *m_changeAgency;
    QPushButton *m_signOut;
    QGroupBox *m_helpBox;
    QLabel *m_helpText;
    QPushButton *m_openLogs;
    QPushButton *m_copyReport;
    QLabel *m_copied;
    UpdateNoticeLabel *m_updateNotice;
    QPushButton *m_close;
};

} // namespace figestio
