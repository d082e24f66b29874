#pragma once

#include "auth/Session.h"
#include "setup/SetupFlow.h"

#include <QHash>
#include <QList>
#include <QUrl>
#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace figestio {

// The pages of SetupWizard. Each shows what it is told and reports what the user chose;
// none talks to core objects.

class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    int nextId() const override;
    void retranslate();

private:
    QLabel *m_text;
    QList<QLabel *> m_steps;
    QLabel *m_outro;
};

class SignInPage : public QWizardPage {
    Q_OBJECT
public:
    enum class Mode { Idle, Waiting, Failed };
    explicit SignInPage(QWidget *parent = nullptr);

    void setIdle();
    void setWaiting(const QUrl &authorizeUrl, bool browserOpened);
    void setFailed(const QString &message);
    Mode mode() const { return m_mode; }
    QString errorText() const;

    bool isComplete() const override { return false; } // the controller moves on
    int nextId() const override;
    void retranslate();

signals:
    void signInRequested();
    void cancelSignInRequested();

private:
    void updateVisibility();

    Mode m_mode = Mode::Idle;
    QUrl m_url;
    bool m_browserOpened = true;
    QLabel *m_intro;
    QPushButton *m_signInButton;
    QProgressBar *m_busy;
    QLabel *m_waiting;
    QLabel *m_linkHint;
    QPushButton *m_copyLinkButton;
    QPushButton *m_cancelButton;
    QPushButton *m_tryAgainButton;
    QLabel *m_error;
};

class AgencyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AgencyPage(QWidget *parent = nullptr);
    void setAgencies(const QList<Agency> &agencies);
    QString selectedAgencyId() const;

    bool isComplete() const override;
    bool validatePage() override; // emits agencyChosen
    int nextId() const override;
    void retranslate();

signals:
    void agencyChosen(const QString &agencyId);

private:
    QLabel *m_label;
    QListWidget *m_list;
};

class FolderPage : public QWizardPage {
    Q_OBJECT
public:
    using Validator = std::function<QString(const QString &path)>;
    explicit FolderPage(QWidget *parent = nullptr);

    void setValidator(Validator validator);
    void setPath(const QString &path);
    QString path() const;

    bool isComplete() const override { return m_valid; }
    bool validatePage() override; // creates a missing folder, emits folderChosen
    int nextId() const override;
    void retranslate();

signals:
    void folderChosen(const QString &path);

private:
    void revalidate();
    void browse();

    Validator m_validator;
    bool m_valid = false;
    QLabel *m_intro;
    QLabel *m_editLabel;
    QLineEdit *m_edit;
    QPushButton *m_browse;
    QLabel *m_status;
};

class ProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);

    void reset(); // every step pending, no failure
    void setStep(SetupFlow::Step step, SetupFlow::StepStatus status);
    SetupFlow::StepStatus stepStatus(SetupFlow::Step step) const;
    QString stepStatusText(SetupFlow::Step step) const;
    void setFailed(const QString &message);
    QString failureText() const;
    void setFinished(bool finished);

    bool isComplete() const override { return m_finished; }
    int nextId() const override;
    void retranslate();

signals:
    void retryRequested();
    // "Choose another folder" (shown with a failure: some problems are the folder's).
    void changeFolderRequested();

private:
    struct Row {
        QLabel *marker;
        QLabel *title;
        QLabel *status;
        SetupFlow::StepStatus state = SetupFlow::StepStatus::Pending;
    };
    void paintRow(SetupFlow::Step step);
    void showFailure(bool shown); // the failure text with Retry and Choose another folder

    QHash<int, Row> m_rows;
    bool m_finished = false;
    QLabel *m_failure;
    QPushButton *m_retry;
    QPushButton *m_changeFolder;
};

class DonePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DonePage(QWidget *parent = nullptr);
    void setFolder(const QString &path);
    int nextId() const override { return -1; }
    void retranslate();

signals:
    void openFolderRequested();

private:
    QString m_path;
    QLabel *m_mark;
    QLabel *m_text;
    QLabel *m_pathLabel;
    QLabel *m_outro;
    QPushButton *m_open;
};

} // namespace figestio
