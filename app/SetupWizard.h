#pragma once

#include "auth/Session.h"
#include "setup/SetupFlow.h"

#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QWizard>

namespace figestio {

class WelcomePage;
class SignInPage;
class AgencyPage;
class FolderPage;
class ProgressPage;
class DonePage;

// The first-run assistant (issue #5): welcome → sign in → agency (only when there are several)
// → folder → setup progress → done. It holds no logic: the user's choices leave as request
// signals (AppController connects them to Session/SetupFlow) and what happens comes back
// through the show*() slots, which also open the wizard at that page (so "sign in again" or a
// resumed setup start where they belong). Closing it at any step only hides it; the Close button
// first asks, and says where the setup can be taken up again (the tray's "Set up…"), since it
// is one Tab away from Next.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    // In the order of the flow: Next goes to the following id (QWizard's own nextId(); the
    // sign-in page has no Next of its own: what comes after it is the controller's call), and
    // every other move is a show*() slot (goTo()). One way to navigate, not two.
    enum PageId {
        WelcomePageId,
        SignInPageId,
        AgencyPageId,
        FolderPageId,
        ProgressPageId,
        DonePageId
    };
    Q_ENUM(PageId)

    explicit SetupWizard(QWidget *parent = nullptr);

    // ~/Figestió (translated folder name is not used: the name is the brand); for another
    // agency than the first, ~/Figestió - <agency> (its own folder: the old one keeps its files).
    static QString suggestedFolder(const QString &agencyName = {});

    // Optional convenience: shows what these objects report (browser opened, sign-in errors,
    // agency choice, steps, failure, finished) through the slots below. The controller still
    // decides which page comes after a sign-in (showFolderChoice) and when setup is done.
    void bindSession(Session *session);
    void bindSetupFlow(SetupFlow *flow);

public slots:
    void showWelcome();
    // The sign-in page, idle ("Sign in" button). Used for "sign in again" too.
    void showSignIn();
    // Waiting for the browser (busy indicator, Cancel, Try again). When the browser could not be
    // opened (opened == false) the page offers to copy the sign-in link.
    void showWaitingForBrowser(const QUrl &authorizeUrl, bool opened = true);
    void showSignInError(const QString &message);
    void showAgencies(const QList<figestio::Agency> &agencies);
    // Settings' "Change agency…": the agency this computer syncs now is marked and cannot be
    // chosen again; the first other one is checked.
    void showAgencyChange(const QList<figestio::Agency> &agencies, const QString &currentId);
    void showFolderChoice(const QString &suggestedPath = {});
    // The progress page (all steps pending unless told otherwise).
    void showProgress();
    void showStep(figestio::SetupFlow::Step step, figestio::SetupFlow::StepStatus status);
    // A failed step: the message says what went wrong and what to do; Retry appears.
    void showSetupFailed(const QString &message);
    void showDone(const QString &folderPath);
    // Set up for one agency, signed in for another: asks whether the new agency's folder
    // replaces the old one (answer: switchAgencyAnswered()).
    void askSwitchAgency(const QString &currentFolder, const QString &newAgency);
    // Set up already (a change of agency, a new folder): Close just closes, since the folder
    // keeps syncing as it is; not set up: Close asks first.
    void setSetUp(bool setUp) { m_setUp = setUp; }

signals:
    void signInRequested();
    void cancelSignInRequested();
    void agencyChosen(const QString &agencyId);
    void folderChosen(const QString &path);
    void retryRequested();
    // true: set up the new agency's folder (the old one stops syncing); false: keep the old one.
    void switchAgencyAnswered(bool replace);
    void openFolderRequested();

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    friend class SetupWizardTestAccess; // the test seam (tests/support/UiTestAccess.h)

    void goTo(PageId page);
    void askToClose();
    void retranslate();

    bool m_setUp = false;
    QPointer<QMessageBox> m_closeQuestion;
    QPointer<QMessageBox> m_switchQuestion;

    WelcomePage *m_welcome;
    SignInPage *m_signIn;
    AgencyPage *m_agency;
    FolderPage *m_folder;
    ProgressPage *m_progress;
    DonePage *m_done;
};

} // namespace figestio
