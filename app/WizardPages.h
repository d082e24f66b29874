#pragma once

#include "auth/Session.h"
#include "setup/SetupFlow.h"

#include <QHash>
#include <QList>
#include <QUrl>
#include <QWizardPage>

#include <functional>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QFrame;
class QScrollArea;
class QVBoxLayout;
class QProgressBar;
class QPushButton;

namespace figestio {

// The pages of SetupWizard. Each shows what it is told and reports what the user chose;
// none talks to core objects.
//
// Accessibility: a screen reader reads a page's widgets in the order they were created (their
// QObject order), so each page creates (declares) its widgets in the order they are shown. A
// page carries its title as accessible name and its subtitle as description, so moving into it
// is announced; whatever a control needs to be understood (a problem, a failure) is its
// accessible description, and each state change leaves the keyboard focus on a visible control.

class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void retranslate();

private:
    QLabel *m_text;
    QList<QLabel *> m_steps; // created before m_outro: reading order
    QLabel *m_outro = nullptr;
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

    bool isComplete() const override { return false; } // the controller moves on
    void retranslate();

signals:
    void signInRequested();
    void cancelSignInRequested();

private:
    friend class SignInPageTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // What it shows, read back by tests.
    QString errorText() const;
    // What a screen reader hears after "Try again" (the error; "" unless failed).
    QString tryAgainDescription() const;

    void updateVisibility();

    Mode m_mode = Mode::Idle;
    QUrl m_url;
    bool m_browserOpened = true;
    // In the order shown (reading and Tab order).
    QLabel *m_intro;
    QLabel *m_error;
    QPushButton *m_signInButton;
    QLabel *m_waiting;
    QProgressBar *m_busy;
    QLabel *m_linkHint;
    QPushButton *m_copyLinkButton;
    QPushButton *m_tryAgainButton;
    QPushButton *m_cancelButton;
};

class AgencyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AgencyPage(QWidget *parent = nullptr);
    // currentId: the agency this computer syncs now (changing agency): marked, not choosable.
    void setAgencies(const QList<Agency> &agencies, const QString &currentId = {});
    QString selectedAgencyId() const;

    bool isComplete() const override;
    bool validatePage() override; // emits agencyChosen
    void retranslate();

signals:
    void agencyChosen(const QString &agencyId);

private:
    // A choice of one among a few: radio buttons in a group titled by the question. A screen
    // reader hears the question with each agency: over AT-SPI Qt 6.4 gives each radio "labelled
    // by" the group and the group "label for" each radio (one relation per radio; no "member
    // of"), from QAccessibleWidget/QAccessibleGroupBox::relations. Arrows move and choose, Tab
    // leaves the group, the title's mnemonic goes to the agency checked.
    QScrollArea *m_scroll; // a long list scrolls instead of growing the wizard
    QGroupBox *m_group;
    QVBoxLayout *m_radios;
    QButtonGroup *m_buttons; // a button's id is its index in m_ids
    QStringList m_ids;
    QString m_chosenId; // checked again when the agencies are asked for again
    QList<Agency> m_agencies;
    QString m_currentId;

    void nameAgencies(); // the radios' texts, the current agency marked
};

class FolderPage : public QWizardPage {
    Q_OBJECT
public:
    using Validator = std::function<QString(const QString &path)>;
    explicit FolderPage(QWidget *parent = nullptr);

    void setValidator(Validator validator);
    void setPath(const QString &path);
    QString path() const;

    void initializePage() override;
    bool isComplete() const override { return m_valid; }
    bool validatePage() override; // creates a missing folder, emits folderChosen
    void retranslate();

signals:
    void folderChosen(const QString &path);

private:
    friend class FolderPageTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // What it shows, read back by tests.
    // The inline message under the path, also the field's accessible description.
    QString statusText() const;

    void revalidate();
    void showStatus(const QString &text, bool problem);
    void describeCommitButton();
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
    void setFailed(const QString &message);
    void setFinished(bool finished);

    void initializePage() override; // the focus goes to the steps
    bool isComplete() const override { return m_finished; }
    void retranslate();

signals:
    void retryRequested();
    // "Choose another folder" (shown with a failure: some problems are the folder's).
    void changeFolderRequested();

private:
    friend class ProgressPageTestAccess; // the test seam (tests/support/UiTestAccess.h)
    // What it shows, read back by tests.
    QString stepStatusText(SetupFlow::Step step) const;
    QString failureText() const; // "" while no failure is shown

    struct Row {
        QLabel *marker;
        QLabel *title;
        QLabel *status;
        SetupFlow::StepStatus state = SetupFlow::StepStatus::Pending;
    };
    void paintRow(SetupFlow::Step step);
    void describeSteps();
    void showFailure(bool shown); // the failure text with Retry and Choose another folder

    QHash<int, Row> m_rows;
    bool m_finished = false;
    // Created in this order (reading order): the steps, then the failure and its buttons.
    // The steps take the focus while setup runs: a screen reader hears each step's progress
    // (the frame's description) instead of silence.
    QFrame *m_steps = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_changeFolder = nullptr;
};

class DonePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DonePage(QWidget *parent = nullptr);
    void setFolder(const QString &path);
    void initializePage() override; // the focus goes to Open folder
    void retranslate();

signals:
    void openFolderRequested();

private:
    QString m_path;
    // In the order shown (reading order).
    QLabel *m_mark;
    QLabel *m_text;
    QLabel *m_pathLabel;
    QPushButton *m_open;
    QLabel *m_outro;
};

} // namespace figestio
