// The setup wizard, driven through the slots AppController calls (showAgencies, showStep…)
// and by the keyboard alone; each page's validation and navigation; screenshots.
#include "SetupWizard.h"
#include "UiTestAccess.h"
#include "WizardPages.h"
#include "ui_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

#include <algorithm>

using namespace figestio;
using Step = SetupFlow::Step;
using Status = SetupFlow::StepStatus;

class TestUiWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void objectNames();
    void keyboardOnly();
    void signInStates();
    void closingWhileWaitingCancels();
    void agencyChoice();
    void manyAgenciesScroll();
    void folderValidation();
    void folderWithRealValidator();
    void progressAndRetry();
    void doneOpensFolder();
    void retranslates();
    void everyControlHasAName();
    void folderProblemDescribesTheField();
    void focusAfterEachTransition();
    void failuresDescribeTheirButtons();
    void pagesAreAnnounced();
    void readingOrderIsVisualOrder();
    void closeAsksAndSaysWhere();
    void anotherAgencyIsAskedFirst();
    void changeAgencyPageSequence();
    void changeAgencyChecksAnotherOne();
    void qtOwnTranslations();
    void qtCatalogsOfTheInstallers();
    void screenshots();

private:
    template <class T> T *find(QWidget *root, const char *name) {
        T *w = root->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    // Presses Tab until the named widget has the focus (at most 30 times).
    bool tabTo(QWidget *window, QWidget *target) {
        for (int i = 0; i < 30; ++i) {
            if (QApplication::focusWidget() == target)
                return true;
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window,
                            Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }
    // A folder ending in "bad" is refused with a problem in words.
    static QString badIsSynced(const QString &path) {
        return path.endsWith(QLatin1String("bad"))
                   ? QStringLiteral("This folder is already synced.")
                   : QString();
    }
    // Asks whether Assessoria Vidal replaces Gestoria Puig and answers "Set up …".
    static bool askAndReplace(SetupWizard &w) {
        w.askSwitchAgency(QStringLiteral("Gestoria Puig"), QStringLiteral("Assessoria Vidal"));
        QMessageBox *question = SetupWizardTestAccess::switchAgencyQuestion(w);
        auto *replace =
            question ? question->findChild<QPushButton *>(QStringLiteral("switchAgencyButton"))
                     : nullptr;
        if (replace)
            replace->click();
        return replace != nullptr;
    }
    QList<Agency> twoAgencies() {
        return {{QStringLiteral("ag_1"), QStringLiteral("Gestoria Puig")},
                {QStringLiteral("ag_2"), QStringLiteral("Assessoria Vidal")}};
    }
    QTemporaryDir m_tmp;
};

void TestUiWizard::initTestCase() {
    uitest::initApp(QStringLiteral("tst_ui_wizard"));
    QVERIFY(m_tmp.isValid());
}

void TestUiWizard::objectNames() {
    SetupWizard w;
    const QStringList pages = {"welcomePage", "signInPage",   "agencyPage",
                               "folderPage",  "progressPage", "donePage"};
    for (int id = SetupWizard::WelcomePageId; id <= SetupWizard::DonePageId; ++id)
        QCOMPARE(w.page(id)->objectName(), pages.at(id));
    for (const char *name :
         {"signInButton", "cancelSignInButton", "retryButton", "openFolderButton", "browseButton"})
        QVERIFY2(w.findChild<QPushButton *>(QLatin1String(name)), name);
    QVERIFY(w.findChild<QGroupBox *>(QStringLiteral("agencyGroup")));
    QVERIFY(w.findChild<QLineEdit *>(QStringLiteral("folderEdit")));
    QVERIFY(!w.windowIcon().isNull());
}

void TestUiWizard::keyboardOnly() {
    SetupWizard w;
    QSignalSpy signIn(&w, &SetupWizard::signInRequested);
    QSignalSpy cancel(&w, &SetupWizard::cancelSignInRequested);
    QSignalSpy agency(&w, &SetupWizard::agencyChosen);
    QSignalSpy folder(&w, &SetupWizard::folderChosen);
    QSignalSpy retry(&w, &SetupWizard::retryRequested);
    QSignalSpy open(&w, &SetupWizard::openFolderRequested);
    w.showWelcome();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.currentId(), int(SetupWizard::WelcomePageId));

    // Welcome: Enter goes on.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &w, Qt::Key_Return);
    QCOMPARE(w.currentId(), int(SetupWizard::SignInPageId));

    // Sign in: Tab to the button, Space presses it.
    auto *signInButton = find<QPushButton>(&w, "signInButton");
    QVERIFY(tabTo(&w, signInButton));
    QTest::keyClick(signInButton, Qt::Key_Space);
    QCOMPARE(signIn.count(), 1);
    QCOMPARE(SetupWizardTestAccess::signInPage(w)->mode(),
             SignInPage::Mode::Waiting); // no second click possible
    QVERIFY(!signInButton->isVisible());
    w.showWaitingForBrowser(QUrl(QStringLiteral("http://127.0.0.1:1/authorize?x=1")));
    auto *cancelButton = find<QPushButton>(&w, "cancelSignInButton");
    QCOMPARE(QApplication::focusWidget(), cancelButton);
    QTest::keyClick(cancelButton, Qt::Key_Return);
    QCOMPARE(cancel.count(), 1);
    QCOMPARE(SetupWizardTestAccess::signInPage(w)->mode(), SignInPage::Mode::Idle);

    // Several agencies: the focus on the first (checked), arrows choose, Enter confirms.
    w.showAgencies(twoAgencies());
    QCOMPARE(w.currentId(), int(SetupWizard::AgencyPageId));
    auto *first = find<QRadioButton>(&w, "agency_ag_1");
    auto *second = find<QRadioButton>(&w, "agency_ag_2");
    QCOMPARE(QApplication::focusWidget(), first);
    QTest::keyClick(first, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), second);
    QVERIFY(second->isChecked());
    QVERIFY(!first->isChecked());
    QTest::keyClick(second, Qt::Key_Space); // a checked radio stays checked
    QVERIFY(second->isChecked());
    QTest::keyClick(second, Qt::Key_Return);
    QCOMPARE(agency.count(), 1);
    QCOMPARE(agency.at(0).at(0).toString(), QStringLiteral("ag_2"));
    QCOMPARE(w.currentId(), int(SetupWizard::FolderPageId));

    // Folder: type it, Enter commits.
    auto *edit = find<QLineEdit>(&w, "folderEdit");
    QVERIFY(tabTo(&w, edit));
    edit->selectAll();
    const QString path = m_tmp.path() + QStringLiteral("/keyboard");
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(folder.count(), 1);
    QCOMPARE(folder.at(0).at(0).toString(), path);
    QVERIFY(QFileInfo(path).isDir()); // created when chosen
    QCOMPARE(w.currentId(), int(SetupWizard::ProgressPageId));

    // A failure: focus lands on Retry, Enter retries.
    w.showStep(Step::EnsureSyncthing, Status::Running);
    w.showStep(Step::EnsureSyncthing, Status::Failed);
    w.showSetupFailed(QStringLiteral("The sync service did not start. Try again."));
    auto *retryButton = find<QPushButton>(&w, "retryButton");
    QTRY_COMPARE(QApplication::focusWidget(), retryButton);
    QTest::keyClick(retryButton, Qt::Key_Return);
    QCOMPARE(retry.count(), 1);

    // Done: Tab to Open folder, Space.
    w.showDone(path);
    QCOMPARE(w.currentId(), int(SetupWizard::DonePageId));
    auto *openButton = find<QPushButton>(&w, "openFolderButton");
    QVERIFY(tabTo(&w, openButton));
    QTest::keyClick(openButton, Qt::Key_Space);
    QCOMPARE(open.count(), 1);
}

void TestUiWizard::signInStates() {
    SetupWizard w;
    QSignalSpy signIn(&w, &SetupWizard::signInRequested);
    QSignalSpy cancel(&w, &SetupWizard::cancelSignInRequested);
    w.showSignIn();
    QCOMPARE(w.currentId(), int(SetupWizard::SignInPageId));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // the controller moves on
    auto *signInButton = find<QPushButton>(&w, "signInButton");
    auto *tryAgain = find<QPushButton>(&w, "tryAgainButton");
    auto *copyLink = find<QPushButton>(&w, "copyLinkButton");
    QVERIFY(signInButton->isVisible());

    // Browser opened: waiting, busy, Cancel and Try again; no link to copy.
    const QUrl url(QStringLiteral("http://127.0.0.1:9/oidc/auth?client_id=figestio-sync"));
    w.showWaitingForBrowser(url, true);
    QVERIFY(!signInButton->isVisible());
    QVERIFY(find<QWidget>(&w, "signInBusy")->isVisible());
    QVERIFY(find<QLabel>(&w, "signInWaiting")
                ->text()
                .startsWith(QStringLiteral("Waiting for your browser…")));
    QVERIFY(tryAgain->isVisible());
    QVERIFY(!copyLink->isVisible());
    tryAgain->click(); // cancel this attempt, start a new one
    QCOMPARE(cancel.count(), 1);
    QCOMPARE(signIn.count(), 1);

    // Browser did not open: offer the link.
    w.showWaitingForBrowser(url, false);
    QVERIFY(copyLink->isVisible());
    copyLink->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url.toString());

    // An error in words, and Try again.
    w.showSignInError(QStringLiteral("The sign-in was cancelled in the browser."));
    QCOMPARE(SignInPageTestAccess::errorText(*SetupWizardTestAccess::signInPage(w)),
             QStringLiteral("The sign-in was cancelled in the browser."));
    QVERIFY(find<QLabel>(&w, "signInError")->isVisible());
    QCOMPARE(signInButton->text(), QStringLiteral("Try again"));
    QVERIFY(signInButton->isVisible());
    signInButton->click();
    QCOMPARE(signIn.count(), 2);
}

void TestUiWizard::closingWhileWaitingCancels() {
    SetupWizard w;
    QSignalSpy cancel(&w, &SetupWizard::cancelSignInRequested);
    QSignalSpy closed(&w, &QDialog::rejected); // the user closed it
    w.showWaitingForBrowser(QUrl(QStringLiteral("http://127.0.0.1:9/a")));
    QVERIFY(w.isVisible());
    w.close();
    QVERIFY(!w.isVisible());
    QCOMPARE(cancel.count(), 1);
    QCOMPARE(closed.count(), 1);
    // Resuming later opens at the page asked for.
    w.showSignIn();
    QVERIFY(w.isVisible());
    QCOMPARE(w.currentId(), int(SetupWizard::SignInPageId));
    QCOMPARE(SetupWizardTestAccess::signInPage(w)->mode(), SignInPage::Mode::Idle);
}

void TestUiWizard::agencyChoice() {
    SetupWizard w;
    QSignalSpy chosen(&w, &SetupWizard::agencyChosen);
    // One agency: the controller goes straight to the folder; the agency page is never seen.
    w.showSignIn();
    w.showFolderChoice();
    QCOMPARE(w.currentId(), int(SetupWizard::FolderPageId));

    w.showAgencies(twoAgencies());
    QCOMPARE(w.currentId(), int(SetupWizard::AgencyPageId));
    auto *group = find<QGroupBox>(&w, "agencyGroup");
    const QList<QRadioButton *> radios = group->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    QCOMPARE(radios.at(0)->text(), QStringLiteral("Gestoria Puig"));
    QCOMPARE(radios.at(1)->text(), QStringLiteral("Assessoria Vidal"));
    // The question titles the group and labels each agency, both ways (AT-SPI "label for" and
    // "labelled by": the a11y test reads them over the bridge).
    QCOMPARE(group->title(),
             QStringLiteral("&Which agency's folder should this computer keep in sync?"));
    QAccessibleInterface *groupIface = QAccessible::queryAccessibleInterface(group);
    QCOMPARE(groupIface->text(QAccessible::Name),
             QStringLiteral("Which agency's folder should this computer keep in sync?"));
    const auto labelFor = groupIface->relations(QAccessible::Labelled);
    QCOMPARE(labelFor.size(), 2);
    for (QRadioButton *radio : radios) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(radio);
        QCOMPARE(iface->text(QAccessible::Name), radio->text());
        const auto labelledBy = iface->relations(QAccessible::Label);
        QCOMPARE(labelledBy.size(), 1);
        QCOMPARE(labelledBy.at(0).first, groupIface);
        QVERIFY(std::any_of(labelFor.begin(), labelFor.end(),
                            [iface](const auto &r) { return r.first == iface; }));
    }
    QCOMPARE(find<QScrollArea>(&w, "agencyScroll")->accessibleName(), QStringLiteral("Agencies"));
    QVERIFY(radios.at(0)->isChecked()); // the first is preselected
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    radios.at(1)->click();
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    w.next();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("ag_2"));
    QCOMPARE(w.currentId(), int(SetupWizard::FolderPageId));

    // Asked again (a new sign-in): the agency chosen before is checked, and has the focus.
    w.showAgencies(twoAgencies());
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *again = find<QRadioButton>(&w, "agency_ag_2");
    QVERIFY(again->isChecked());
    QCOMPARE(QApplication::focusWidget(), again);
    auto *scroll = find<QScrollArea>(&w, "agencyScroll"); // two agencies need no scrolling
    QTRY_VERIFY(!scroll->verticalScrollBar()->isVisible());
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(!find<QRadioButton>(&w, "agency_ag_1")->isChecked());
    // No agency (none left to choose): Next is disabled.
    w.showAgencies({});
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
}

// Many agencies scroll inside the page, the wizard keeps its size, and the one arrowed to is
// scrolled into view.
void TestUiWizard::manyAgenciesScroll() {
    SetupWizard w;
    w.resize(640, 480);
    QList<Agency> many;
    for (int i = 1; i <= 30; ++i)
        many.append({QStringLiteral("ag_%1").arg(i), QStringLiteral("Gestoria %1").arg(i)});
    w.showAgencies(many);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(w.height() < 700);
    auto *scroll = find<QScrollArea>(&w, "agencyScroll");
    QVERIFY(scroll->verticalScrollBar()->isVisible());
    auto *first = find<QRadioButton>(&w, "agency_ag_1");
    QCOMPARE(QApplication::focusWidget(), first);
    for (int i = 1; i < 30; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    auto *last = find<QRadioButton>(&w, "agency_ag_30");
    QCOMPARE(QApplication::focusWidget(), last);
    QVERIFY(last->isChecked());
    const QRect inView(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size());
    QVERIFY(scroll->viewport()->rect().contains(inView));
    // Tab leaves the group at once (the other radios are no tab stops).
    QTest::keyClick(last, Qt::Key_Tab);
    QVERIFY(!qobject_cast<QRadioButton *>(QApplication::focusWidget()));
    // The question's mnemonic (Alt+W) comes back to the agency checked.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), last);
}

void TestUiWizard::folderValidation() {
    SetupWizard w;
    QSignalSpy chosen(&w, &SetupWizard::folderChosen);
    SetupWizardTestAccess::setFolderValidator(w, badIsSynced);
    w.showFolderChoice(m_tmp.path());
    auto *edit = find<QLineEdit>(&w, "folderEdit");
    auto *status = find<QLabel>(&w, "folderStatus");
    QAbstractButton *next = w.button(QWizard::CommitButton);
    QVERIFY(next->isVisible());
    QCOMPARE(next->text(), QStringLiteral("Start syncing"));
    QVERIFY(next->isEnabled());
    QCOMPARE(status->text(), QStringLiteral("This folder can be used."));

    edit->setText(QStringLiteral("/somewhere/bad"));
    QVERIFY(!next->isEnabled());
    QCOMPARE(status->text(), QStringLiteral("This folder is already synced."));
    edit->clear();
    QVERIFY(!next->isEnabled());
    QCOMPARE(status->text(), QStringLiteral("Choose the folder to keep in sync."));
    edit->setText(QStringLiteral("relative/path"));
    QVERIFY(!next->isEnabled());
    QVERIFY(status->text().contains(QStringLiteral("full location")));

    edit->setText(m_tmp.path());
    QVERIFY(next->isEnabled());
    w.next();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(w.currentId(), int(SetupWizard::ProgressPageId));
    QVERIFY(!w.button(QWizard::BackButton)->isVisible() ||
            !w.button(QWizard::BackButton)->isEnabled()); // committed
}

void TestUiWizard::folderWithRealValidator() {
    SetupWizard w; // FolderCheck::problem
    QCOMPARE(SetupWizard::suggestedFolder(), QDir::homePath() + QStringLiteral("/Figestió"));
    w.showFolderChoice();
    auto *edit = find<QLineEdit>(&w, "folderEdit");
    auto *status = find<QLabel>(&w, "folderStatus");
    QCOMPARE(SetupWizardTestAccess::folderPage(w)->path(), SetupWizard::suggestedFolder());

    const QString missing = m_tmp.path() + QStringLiteral("/new/Figestió");
    edit->setText(missing);
    QVERIFY2(SetupWizardTestAccess::folderPage(w)->isComplete(), qPrintable(status->text()));
    QCOMPARE(status->text(), QStringLiteral("This folder does not exist yet; it will be created."));

    QFile file(m_tmp.path() + QStringLiteral("/a-file.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    edit->setText(file.fileName());
    QVERIFY(!SetupWizardTestAccess::folderPage(w)->isComplete());
    QVERIFY(!status->text().isEmpty());
}

void TestUiWizard::progressAndRetry() {
    SetupWizard w;
    QSignalSpy retry(&w, &SetupWizard::retryRequested);
    w.showProgress();
    ProgressPage *p = SetupWizardTestAccess::progressPage(w);
    for (Step s : SetupFlow::steps())
        QCOMPARE(ProgressPageTestAccess::stepStatusText(*p, s), QStringLiteral("Waiting"));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

    w.showStep(Step::EnsureSyncthing, Status::Done);
    w.showStep(Step::ServerIdentity, Status::Done);
    w.showStep(Step::AddPeer, Status::Running);
    QCOMPARE(ProgressPageTestAccess::stepStatusText(*p, Step::EnsureSyncthing),
             QStringLiteral("Done"));
    QCOMPARE(ProgressPageTestAccess::stepStatusText(*p, Step::AddPeer),
             QStringLiteral("In progress…"));
    QCOMPARE(ProgressPageTestAccess::stepStatusText(*p, Step::ClaimDevice),
             QStringLiteral("Waiting"));
    w.showStep(Step::AddPeer, Status::Failed);
    QCOMPARE(ProgressPageTestAccess::stepStatusText(*p, Step::AddPeer), QStringLiteral("Failed"));
    auto *retryButton = find<QPushButton>(&w, "retryButton");
    QVERIFY(!retryButton->isVisible());
    w.showSetupFailed(
        QStringLiteral("The Figestió server cannot be reached. Check the Internet connection."));
    QVERIFY(retryButton->isVisible());
    QCOMPARE(
        ProgressPageTestAccess::failureText(*p),
        QStringLiteral("The Figestió server cannot be reached. Check the Internet connection."));
    auto *changeFolder = find<QPushButton>(&w, "changeFolderButton");
    QVERIFY(changeFolder->isVisible());
    retryButton->click();
    QCOMPARE(retry.count(), 1);
    QVERIFY(!retryButton->isVisible());
    QVERIFY(!changeFolder->isVisible());
    w.showStep(Step::AddPeer, Status::Running);
    QVERIFY(ProgressPageTestAccess::failureText(*p).isEmpty());
    w.showStep(Step::Done, Status::Done); // not a row: ignored

    // A problem with the folder itself: choose another one, which starts setup again.
    QSignalSpy chosen(&w, &SetupWizard::folderChosen);
    w.showSetupFailed(QStringLiteral("\"/x\" is already being synced. Choose another folder."));
    changeFolder->click();
    QCOMPARE(w.currentId(), int(SetupWizard::FolderPageId));
    SetupWizardTestAccess::folderPage(w)->setPath(m_tmp.path());
    w.next();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(w.currentId(), int(SetupWizard::ProgressPageId));
    QVERIFY(ProgressPageTestAccess::failureText(*p).isEmpty()); // a fresh start
    for (Step s : SetupFlow::steps())
        QCOMPARE(ProgressPageTestAccess::stepStatusText(*p, s), QStringLiteral("Waiting"));
    // The step titles come from the core, in words.
    for (Step s : SetupFlow::steps())
        QVERIFY(!SetupFlow::stepTitle(s).isEmpty());
}

void TestUiWizard::doneOpensFolder() {
    SetupWizard w;
    QSignalSpy open(&w, &SetupWizard::openFolderRequested);
    // Finishing while closed does not pop the window up.
    w.showDone(QStringLiteral("/home/alice/Figestió"));
    QVERIFY(!w.isVisible());
    w.showProgress();
    w.showDone(QStringLiteral("/home/alice/Figestió"));
    QCOMPARE(w.currentId(), int(SetupWizard::DonePageId));
    QCOMPARE(w.page(SetupWizard::DonePageId)->title(), QStringLiteral("Your folder is syncing"));
    find<QPushButton>(&w, "openFolderButton")->click();
    QCOMPARE(open.count(), 1);
    QVERIFY(w.button(QWizard::FinishButton)->isVisible());
}

void TestUiWizard::retranslates() {
    SetupWizard w;
    w.showWelcome();
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Set up Figestió Sync"));
    Translations::setLanguage(QStringLiteral("ca"));
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Posada en marxa del Figestió Sync"));
    QTRY_COMPARE(w.page(SetupWizard::WelcomePageId)->title(),
                 QStringLiteral("Us donem la benvinguda al Figestió Sync"));
    Translations::setLanguage(QStringLiteral("es"));
    QTRY_COMPARE(w.page(SetupWizard::SignInPageId)->title(), QStringLiteral("Iniciar sesión"));
    Translations::setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Set up Figestió Sync"));
}

void TestUiWizard::everyControlHasAName() {
    { // the check can fail: a bare line edit has no name
        QWidget bare;
        new QLineEdit(&bare);
        QCOMPARE(uitest::unnamedControls(&bare), QStringList({"QLineEdit"}));
    }
    SetupWizard w;
    w.showWelcome();
    QCOMPARE(uitest::unnamedControls(&w), QStringList());
    w.showWaitingForBrowser(QUrl(QStringLiteral("http://127.0.0.1:9/a")), false);
    QCOMPARE(uitest::unnamedControls(&w), QStringList());
    w.showAgencies(twoAgencies());
    QCOMPARE(uitest::unnamedControls(&w), QStringList());
    w.showFolderChoice();
    QCOMPARE(uitest::unnamedControls(&w), QStringList());
    w.showProgress();
    w.showSetupFailed(QStringLiteral("Failed."));
    QCOMPARE(uitest::unnamedControls(&w), QStringList());
    w.showDone(QStringLiteral("/tmp"));
    QCOMPARE(uitest::unnamedControls(&w), QStringList());
}

void TestUiWizard::folderProblemDescribesTheField() {
    // (That the change is also announced, an AT-SPI event, is checked by tst_a11y_wizard: offscreen
    // Qt has no accessibility bridge to send it through.)
    SetupWizard w;
    SetupWizardTestAccess::setFolderValidator(w, badIsSynced);
    w.showFolderChoice(m_tmp.path());
    auto *edit = find<QLineEdit>(&w, "folderEdit");
    QAbstractButton *start = w.button(QWizard::CommitButton);
    QCOMPARE(edit->accessibleDescription(), QStringLiteral("This folder can be used."));
    QVERIFY(start->accessibleDescription().isEmpty());

    edit->setText(QStringLiteral("relative"));
    const QString problem = FolderPageTestAccess::statusText(*SetupWizardTestAccess::folderPage(w));
    QVERIFY(problem.contains(QStringLiteral("full location")));
    // The field reads the problem and the change is announced; Start syncing says why it is off.
    QCOMPARE(edit->accessibleDescription(), problem);
    QCOMPARE(QAccessible::queryAccessibleInterface(edit)->text(QAccessible::Description), problem);
    QVERIFY(!start->isEnabled());
    QCOMPARE(start->accessibleDescription(), problem);
    edit->setText(QStringLiteral("/x/bad"));
    QCOMPARE(start->accessibleDescription(), QStringLiteral("This folder is already synced."));
    edit->setText(m_tmp.path());
    QVERIFY(start->isEnabled());
    QVERIFY(start->accessibleDescription().isEmpty());

    // The label is the field's buddy, and the clear button has a name.
    bool buddied = false;
    for (QLabel *l : SetupWizardTestAccess::folderPage(w)->findChildren<QLabel *>())
        buddied |= l->buddy() == edit;
    QVERIFY(buddied);
    for (QToolButton *clear : edit->findChildren<QToolButton *>())
        QCOMPARE(clear->accessibleName(), QStringLiteral("Clear the folder"));
}

void TestUiWizard::focusAfterEachTransition() {
    SetupWizard w;
    w.showFolderChoice(m_tmp.path());
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QAbstractButton *start = w.button(QWizard::CommitButton);
    QVERIFY(tabTo(&w, start));
    QTest::keyClick(start, Qt::Key_Space); // Start syncing
    QCOMPARE(w.currentId(), int(SetupWizard::ProgressPageId));
    QWidget *steps = find<QWidget>(&w, "setupSteps");
    QVERIFY(steps);
    QCOMPARE(QApplication::focusWidget(), steps);
    // Steps run: the focus stays, and their description follows them.
    w.showStep(Step::EnsureSyncthing, Status::Running);
    QCOMPARE(steps->accessibleDescription(),
             SetupFlow::stepTitle(Step::EnsureSyncthing) + QStringLiteral(": In progress…"));
    w.showStep(Step::EnsureSyncthing, Status::Done);
    w.showStep(Step::ServerIdentity, Status::Running);
    QTest::qWait(100); // a second later (scaled down): still there
    QCOMPARE(QApplication::focusWidget(), steps);
    QCOMPARE(steps->accessibleDescription(),
             SetupFlow::stepTitle(Step::ServerIdentity) + QStringLiteral(": In progress…"));

    // A failure: Retry; retrying: back to the steps, not nowhere.
    w.showStep(Step::ServerIdentity, Status::Failed);
    w.showSetupFailed(QStringLiteral("The server said no."));
    auto *retry = find<QPushButton>(&w, "retryButton");
    QCOMPARE(QApplication::focusWidget(), retry);
    QTest::keyClick(retry, Qt::Key_Space);
    QCOMPARE(QApplication::focusWidget(), steps);

    // Done: Open folder.
    w.showDone(m_tmp.path());
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(&w, "openFolderButton"));

    // Sign-in: waiting → Cancel; failed → Try again; Tab goes left to right.
    w.showWaitingForBrowser(QUrl(QStringLiteral("http://127.0.0.1:9/a")));
    auto *cancel = find<QPushButton>(&w, "cancelSignInButton");
    auto *tryAgain = find<QPushButton>(&w, "tryAgainButton");
    QCOMPARE(QApplication::focusWidget(), cancel);
    QVERIFY(tabTo(&w, tryAgain));
    QTest::keyClick(tryAgain, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), cancel);
    w.showSignInError(QStringLiteral("The sign-in was cancelled in the browser."));
    QCOMPARE(QApplication::focusWidget(), find<QWidget>(&w, "signInButton"));
}

void TestUiWizard::failuresDescribeTheirButtons() {
    SetupWizard w;
    w.showProgress();
    auto *retry = find<QPushButton>(&w, "retryButton");
    QVERIFY(retry->accessibleDescription().isEmpty());
    w.showSetupFailed(QStringLiteral("The server cannot be reached. Use Retry."));
    QCOMPARE(retry->accessibleDescription(),
             QStringLiteral("The server cannot be reached. Use Retry."));
    QCOMPARE(find<QPushButton>(&w, "changeFolderButton")->accessibleDescription(),
             QStringLiteral("The server cannot be reached. Use Retry."));
    // The subtitle no longer says "being connected".
    QVERIFY(!SetupWizardTestAccess::progressPage(w)->subTitle().contains(
        QStringLiteral("being connected")));
    QCOMPARE(SetupWizardTestAccess::progressPage(w)->accessibleDescription(),
             SetupWizardTestAccess::progressPage(w)->subTitle());
    retry->click();
    QVERIFY(retry->accessibleDescription().isEmpty());
    QVERIFY(SetupWizardTestAccess::progressPage(w)->subTitle().contains(
        QStringLiteral("being connected")));

    w.showSignInError(QStringLiteral("The sign-in was cancelled in the browser."));
    auto *tryAgain = find<QPushButton>(&w, "signInButton");
    QCOMPARE(tryAgain->text(), QStringLiteral("Try again"));
    QCOMPARE(tryAgain->accessibleDescription(),
             QStringLiteral("The sign-in was cancelled in the browser."));
    QCOMPARE(SignInPageTestAccess::tryAgainDescription(*SetupWizardTestAccess::signInPage(w)),
             tryAgain->accessibleDescription());
    w.showSignIn();
    QVERIFY(tryAgain->accessibleDescription().isEmpty());
    // The busy bar has a name; progress rows are read once, and waiting ones are not disabled.
    QVERIFY(!find<QWidget>(&w, "signInBusy")->accessibleName().isEmpty());
    w.showProgress();
    for (QLabel *l : SetupWizardTestAccess::progressPage(w)->findChildren<QLabel *>()) {
        QVERIFY2(l->isEnabled(), qPrintable(l->text()));
        if (!l->pixmap().isNull())
            QVERIFY(QAccessible::queryAccessibleInterface(l)->text(QAccessible::Name).isEmpty());
    }
}

void TestUiWizard::pagesAreAnnounced() {
    SetupWizard w;
    for (int id = SetupWizard::WelcomePageId; id <= SetupWizard::DonePageId; ++id) {
        QWizardPage *page = w.page(id);
        QVERIFY(!page->title().isEmpty());
        QCOMPARE(page->accessibleName(), page->title());
        QCOMPARE(page->accessibleDescription(), page->subTitle());
    }
    Translations::setLanguage(QStringLiteral("ca"));
    QTRY_COMPARE(w.page(SetupWizard::WelcomePageId)->accessibleName(),
                 QStringLiteral("Us donem la benvinguda al Figestió Sync"));
    // Each window has a name of its own in every language (a screen reader's window list).
    for (const QString &lang : Translations::available()) {
        Translations::setLanguage(lang);
        QVERIFY(QCoreApplication::translate("figestio::SetupWizard", "Set up Figestió Sync") !=
                QCoreApplication::translate("figestio::SettingsDialog", "Figestió Sync settings"));
    }
    Translations::setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(w.page(SetupWizard::WelcomePageId)->accessibleName(),
                 QStringLiteral("Welcome to Figestió Sync"));
    // The welcome steps are read with their number, the number is not read on its own.
    QCOMPARE(find<QLabel>(&w, "welcomeStep1")->accessibleName().left(3), QStringLiteral("1. "));
}

void TestUiWizard::readingOrderIsVisualOrder() {
    { // the check can fail
        QWidget page;
        page.resize(200, 100);
        auto *below = new QLabel(QStringLiteral("below"), &page);
        auto *above = new QLabel(QStringLiteral("above"), &page);
        below->setGeometry(0, 50, 100, 20);
        above->setGeometry(0, 0, 100, 20);
        page.show();
        QVERIFY(!uitest::readingOrderProblem(&page).isEmpty());
    }
    SetupWizard w;
    w.resize(640, 480);
    w.showWelcome();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(uitest::readingOrderProblem(w.currentPage()).isEmpty(),
             qPrintable(uitest::readingOrderProblem(w.currentPage())));
    w.showSignInError(QStringLiteral("The sign-in was cancelled in the browser."));
    QVERIFY2(uitest::readingOrderProblem(w.currentPage()).isEmpty(),
             qPrintable(uitest::readingOrderProblem(w.currentPage())));
    w.showWaitingForBrowser(QUrl(QStringLiteral("http://127.0.0.1:9/a")), false);
    QVERIFY2(uitest::readingOrderProblem(w.currentPage()).isEmpty(),
             qPrintable(uitest::readingOrderProblem(w.currentPage())));
    w.showAgencies(twoAgencies());
    QVERIFY2(uitest::readingOrderProblem(w.currentPage()).isEmpty(),
             qPrintable(uitest::readingOrderProblem(w.currentPage())));
    w.showFolderChoice(m_tmp.path());
    QVERIFY2(uitest::readingOrderProblem(w.currentPage()).isEmpty(),
             qPrintable(uitest::readingOrderProblem(w.currentPage())));
    w.showProgress();
    w.showStep(Step::EnsureSyncthing, Status::Failed);
    w.showSetupFailed(QStringLiteral("The sync service did not start."));
    QVERIFY2(uitest::readingOrderProblem(w.currentPage()).isEmpty(),
             qPrintable(uitest::readingOrderProblem(w.currentPage())));
    w.showDone(m_tmp.path());
    QVERIFY2(uitest::readingOrderProblem(w.currentPage()).isEmpty(),
             qPrintable(uitest::readingOrderProblem(w.currentPage())));
}

void TestUiWizard::closeAsksAndSaysWhere() {
    SetupWizard w;
    QSignalSpy closed(&w, &QDialog::rejected); // the user closed it
    w.showWelcome();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QAbstractButton *close = w.button(QWizard::CancelButton);
    QCOMPARE(close->text(), QStringLiteral("Close"));
    QVERIFY(tabTo(&w, close));
    QTest::keyClick(close, Qt::Key_Space);
    QMessageBox *question = SetupWizardTestAccess::closeQuestion(w);
    QVERIFY(question);
    QVERIFY(question->informativeText().contains(QStringLiteral("Set up…")));
    QVERIFY(w.isVisible());
    QCOMPARE(question->defaultButton()->objectName(), QStringLiteral("continueSetupButton"));
    question->defaultButton()->click(); // Continue the setup
    QTRY_VERIFY(!SetupWizardTestAccess::closeQuestion(w));
    QVERIFY(w.isVisible());
    QCOMPARE(closed.count(), 0);

    close->click();
    QVERIFY(SetupWizardTestAccess::closeQuestion(w));
    SetupWizardTestAccess::closeQuestion(w)
        ->findChild<QPushButton *>(QStringLiteral("closeSetupButton"))
        ->click();
    QTRY_VERIFY(!w.isVisible());
    QCOMPARE(closed.count(), 1);

    // Set up already (Settings → Change agency…): the folder keeps syncing, Close just closes.
    w.setSetUp(true);
    w.showAgencies(twoAgencies());
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    close->click();
    QVERIFY(!SetupWizardTestAccess::closeQuestion(w));
    QTRY_VERIFY(!w.isVisible());
    QCOMPARE(closed.count(), 2);
}

// Issue 8 §4: set up for one agency, signed in for another: the wizard asks before the old
// agency's folder is replaced; keeping it is the default.
void TestUiWizard::anotherAgencyIsAskedFirst() {
    SetupWizard w;
    QSignalSpy answered(&w, &SetupWizard::switchAgencyAnswered);
    w.askSwitchAgency(QStringLiteral("Gestoria Puig"), QStringLiteral("Assessoria Vidal"));
    QMessageBox *question = SetupWizardTestAccess::switchAgencyQuestion(w);
    QVERIFY(question);
    QVERIFY(!question->accessibleName().isEmpty());
    QVERIFY(question->text().contains(QStringLiteral("Gestoria Puig")));
    QVERIFY(question->text().contains(QStringLiteral("Assessoria Vidal")));
    QVERIFY(question->informativeText().contains(QStringLiteral("stay on this computer")));
    auto *keep = question->findChild<QPushButton *>(QStringLiteral("keepAgencyButton"));
    auto *replace = question->findChild<QPushButton *>(QStringLiteral("switchAgencyButton"));
    QVERIFY(keep && replace);
    QCOMPARE(question->defaultButton(), keep);
    QVERIFY(!keep->accessibleName().isEmpty());
    QVERIFY(!replace->accessibleName().isEmpty());
    QVERIFY(!replace->accessibleDescription().isEmpty());
    keep->click();
    QTRY_COMPARE(answered.count(), 1);
    QCOMPARE(answered.first().first().toBool(), false);
    QTRY_VERIFY(!SetupWizardTestAccess::switchAgencyQuestion(w));

    QVERIFY(askAndReplace(w));
    QTRY_COMPARE(answered.count(), 2);
    QCOMPARE(answered.last().first().toBool(), true);
}

// Issue 9 §6, the pages in the order Settings' "Change agency…" drives them (AppController):
// the agency page, the question (the old folder stops syncing), the folder page with a folder
// of the new agency's own, progress (a failure offers Retry), done.
// Settings' "Change agency…" after setting up for ag_1 in the same run: ag_1 is shown as this
// computer's agency now and cannot be chosen; the first other one is checked and focused, so
// Next picks another agency (with two, the only other one).
void TestUiWizard::changeAgencyChecksAnotherOne() {
    const QList<Agency> three =
        twoAgencies() << Agency{QStringLiteral("ag_3"), QStringLiteral("Consultoria Roca")};
    SetupWizard w;
    QSignalSpy agency(&w, &SetupWizard::agencyChosen);
    w.showAgencies(three);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(find<QRadioButton>(&w, "agency_ag_1")->isChecked());
    w.next(); // set up for ag_1
    QCOMPARE(agency.count(), 1);
    QCOMPARE(agency.at(0).at(0).toString(), QStringLiteral("ag_1"));

    w.showAgencyChange(three, QStringLiteral("ag_1"));
    auto *current = find<QRadioButton>(&w, "agency_ag_1");
    auto *other = find<QRadioButton>(&w, "agency_ag_2");
    QVERIFY(!current->isChecked());
    QVERIFY(!current->isEnabled());
    QCOMPARE(current->text(), QStringLiteral("Gestoria Puig (this computer's agency now)"));
    QCOMPARE(QAccessible::queryAccessibleInterface(current)->text(QAccessible::Name),
             current->text());
    QVERIFY(other->isChecked());
    QTRY_COMPARE(QApplication::focusWidget(), other);
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    w.next();
    QCOMPARE(agency.count(), 2);
    QCOMPARE(agency.at(1).at(0).toString(), QStringLiteral("ag_2"));

    Translations::setLanguage(QStringLiteral("ca"));
    w.showAgencyChange(three, QStringLiteral("ag_2"));
    QCOMPARE(find<QRadioButton>(&w, "agency_ag_2")->text(),
             QStringLiteral("Assessoria Vidal (la que sincronitza ara aquest ordinador)"));
    QVERIFY(find<QRadioButton>(&w, "agency_ag_1")->isChecked());
    Translations::setLanguage(QStringLiteral("en")); // LanguageChange is posted
    QTRY_COMPARE(find<QRadioButton>(&w, "agency_ag_2")->text(),
                 QStringLiteral("Assessoria Vidal (this computer's agency now)"));

    // A sign-in's plain choice afterwards marks nothing.
    w.showAgencies(three);
    QVERIFY(find<QRadioButton>(&w, "agency_ag_2")->isEnabled());
    QCOMPARE(find<QRadioButton>(&w, "agency_ag_2")->text(), QStringLiteral("Assessoria Vidal"));
}

void TestUiWizard::changeAgencyPageSequence() {
    SetupWizard w;
    SetupWizardTestAccess::setFolderValidator(w, badIsSynced);
    QSignalSpy agency(&w, &SetupWizard::agencyChosen);
    QSignalSpy answered(&w, &SetupWizard::switchAgencyAnswered);
    QSignalSpy folder(&w, &SetupWizard::folderChosen);
    QSignalSpy retry(&w, &SetupWizard::retryRequested);
    w.showAgencies(twoAgencies());
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentId(), int(SetupWizard::AgencyPageId));
    find<QRadioButton>(&w, "agency_ag_2")->click();
    w.next();
    QCOMPARE(agency.count(), 1);
    QCOMPARE(agency.first().first().toString(), QStringLiteral("ag_2"));
    QCOMPARE(w.currentId(), int(SetupWizard::FolderPageId));

    // The session is scoped to ag_2: asked first, over the folder page.
    QVERIFY(askAndReplace(w));
    QTRY_COMPARE(answered.count(), 1);
    QVERIFY(answered.first().first().toBool());

    // A folder of its own is suggested (never the old agency's).
    const QString suggested = SetupWizard::suggestedFolder(QStringLiteral("Assessoria Vidal"));
    QCOMPARE(suggested, QDir::homePath() + QStringLiteral("/Figestió - Assessoria Vidal"));
    QCOMPARE(SetupWizard::suggestedFolder(QStringLiteral("A/B")),
             QDir::homePath() + QStringLiteral("/Figestió - A-B"));
    w.showFolderChoice(suggested);
    QCOMPARE(w.currentId(), int(SetupWizard::FolderPageId));
    QCOMPARE(find<QLineEdit>(&w, "folderEdit")->text(), QDir::toNativeSeparators(suggested));
    const QString path = m_tmp.path() + QStringLiteral("/Vidal");
    find<QLineEdit>(&w, "folderEdit")->setText(path);
    w.next();
    QCOMPARE(folder.count(), 1);
    QCOMPARE(folder.first().first().toString(), path);
    QCOMPARE(w.currentId(), int(SetupWizard::ProgressPageId));

    // A refused claim: the message says nothing changed; Retry runs the switch again.
    w.showSetupFailed(QStringLiteral("This computer could not be registered. Nothing was "
                                     "changed: the previous folder keeps syncing."));
    QCOMPARE(w.currentId(), int(SetupWizard::ProgressPageId));
    find<QPushButton>(&w, "retryButton")->click();
    QCOMPARE(retry.count(), 1);
    w.showDone(path);
    QCOMPARE(w.currentId(), int(SetupWizard::DonePageId));
}

void TestUiWizard::qtOwnTranslations() {
    // Qt's own words (the folder dialog, --help) come from qtbase_ca/es.qm
    // (qt6-translations-l10n).
    Translations::setLanguage(QStringLiteral("ca"));
    const QString ca = QCoreApplication::translate("QFileDialog", "Look in:");
    const QString caHelp =
        QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options.");
    Translations::setLanguage(QStringLiteral("es"));
    const QString es = QCoreApplication::translate("QFileDialog", "Look in:");
    Translations::setLanguage(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), QStringLiteral("Look in:"));
    QVERIFY2(ca != QStringLiteral("Look in:") && !ca.isEmpty(), qPrintable(ca));
    QVERIFY2(es != QStringLiteral("Look in:") && !es.isEmpty(), qPrintable(es));
    QVERIFY2(caHelp != QStringLiteral("Displays help on commandline options."), qPrintable(caHelp));
}

void TestUiWizard::qtCatalogsOfTheInstallers() {
    // Issue 13: where the Windows and macOS installers put Qt's catalogues (packaging/windows,
    // packaging/macos) is where the loader looks, before the Qt installation's own; laid out
    // here in a temporary tree with Debian's real catalogues.
    const QString system = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(QFile::exists(system + QStringLiteral("/qtbase_ca.qm")), "qt6-translations-l10n");
    QTemporaryDir tmp;
    auto lay = [&](const QString &dir, const QString &file) {
        return QDir().mkpath(tmp.filePath(dir)) &&
               QFile::copy(system + QLatin1Char('/') + file,
                           tmp.filePath(dir + QLatin1Char('/') + file));
    };
    // Windows: bin\figestio-sync.exe; windeployqt's merged qt_ca.qm and our qtbase_es.qm.
    QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("win/bin"))));
    QVERIFY(lay(QStringLiteral("win/translations"), QStringLiteral("qt_ca.qm")));
    QVERIFY(lay(QStringLiteral("win/translations"), QStringLiteral("qtbase_es.qm")));
    const QStringList win =
        Translations::qtCatalogDirs(tmp.filePath(QStringLiteral("win/bin")), system);
    QCOMPARE(Translations::findQtCatalog(QStringLiteral("ca"), win),
             tmp.filePath(QStringLiteral("win/translations/qt_ca.qm")));
    QCOMPARE(Translations::findQtCatalog(QStringLiteral("es"), win),
             tmp.filePath(QStringLiteral("win/translations/qtbase_es.qm")));
    // macOS: figestio-sync.app/Contents/MacOS and Contents/Resources/translations.
    const QString mac = QStringLiteral("figestio-sync.app/Contents/");
    QVERIFY(QDir().mkpath(tmp.filePath(mac + QStringLiteral("MacOS"))));
    QVERIFY(lay(mac + QStringLiteral("Resources/translations"), QStringLiteral("qtbase_ca.qm")));
    const QStringList macDirs =
        Translations::qtCatalogDirs(tmp.filePath(mac + QStringLiteral("MacOS")), system);
    const QString macCa = Translations::findQtCatalog(QStringLiteral("ca"), macDirs);
    QCOMPARE(macCa, tmp.filePath(mac + QStringLiteral("Resources/translations/qtbase_ca.qm")));
    // Not in the bundle: the Qt installation's. Not anywhere: nothing.
    QCOMPARE(Translations::findQtCatalog(QStringLiteral("es"), macDirs),
             system + QStringLiteral("/qtbase_es.qm"));
    QCOMPARE(Translations::findQtCatalog(QStringLiteral("xx"), macDirs), QString());
    // What is found there really translates the folder dialog.
    QTranslator translator;
    QVERIFY(translator.load(macCa));
    const QString lookIn = translator.translate("QFileDialog", "Look in:");
    QVERIFY2(!lookIn.isEmpty() && lookIn != QStringLiteral("Look in:"), qPrintable(lookIn));
}

void TestUiWizard::screenshots() {
    SetupWizard w;
    w.resize(640, 480);
    w.showWelcome();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-1-welcome")));
    w.showSignIn();
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-2-signin")));
    w.showWaitingForBrowser(QUrl(QStringLiteral("http://127.0.0.1:9/a")), false);
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-3-waiting")));
    w.showSignInError(QStringLiteral("The sign-in was cancelled in the browser."));
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-4-signin-error")));
    w.showAgencies(twoAgencies());
    QTRY_VERIFY(!find<QScrollArea>(&w, "agencyScroll")->verticalScrollBar()->isVisible());
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-5-agency")));
    w.showFolderChoice();
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-6-folder")));
    w.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->setText(QStringLiteral("/proc/x"));
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-7-folder-invalid")));
    w.showProgress();
    w.showStep(Step::EnsureSyncthing, Status::Done);
    w.showStep(Step::ServerIdentity, Status::Done);
    w.showStep(Step::AddPeer, Status::Running);
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-8-progress")));
    w.showStep(Step::AddPeer, Status::Failed);
    w.showSetupFailed(QStringLiteral(
        "The Figestió server cannot be reached. Check the Internet connection and press Retry."));
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-9-failed")));
    w.showDone(QStringLiteral("/home/alice/Figestió"));
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-10-done")));

    // The longest language, to check that nothing is cut.
    Translations::setLanguage(QStringLiteral("ca"));
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Posada en marxa del Figestió Sync"));
    w.showWelcome();
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-ca-1-welcome")));
    w.showWaitingForBrowser(QUrl(QStringLiteral("http://127.0.0.1:9/a")), false);
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-ca-3-waiting")));
    w.showFolderChoice();
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-ca-6-folder")));
    w.showProgress();
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-ca-9-failed")));
    Translations::setLanguage(QStringLiteral("es"));
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Puesta en marcha de Figestió Sync"));
    w.showDone(QStringLiteral("/home/alice/Figestió"));
    QVERIFY(uitest::screenshot(&w, QStringLiteral("wizard-es-10-done")));
    Translations::setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestUiWizard)
#include "tst_ui_wizard.moc"
