// The status window bound to a real SyncState fed through its public write side: state with
// %, server, last sync, recent files, problems in words, Pause/Resume; closing only hides.
#include "StatusWindow.h"
#include "UiTestAccess.h"
#include "ui_support.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace figestio;

class TestUiStatus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::initApp(QStringLiteral("tst_ui_status")); }
    void showsAccount();
    void followsSyncState();
    void recentFilesAndProblems();
    void waitingConflictsInTheSafetyLine();
    void recentFilesKeepTheCurrentRow();
    void pauseResumeAndOpen();
    void pauseIsShownAtOnce();
    void pausedFolderIsNoPausedServer();
    void engineFailureOffersRestart();
    void watchProblemIsShownWhileItLasts();
    void closingHides();
    void everyControlHasAName();
    void readsInVisualOrder();
    void screenshots();
};

void TestUiStatus::showsAccount() {
    StatusWindow w;
    QCOMPARE(StatusWindowTestAccess::accountText(w), QStringLiteral("Not signed in"));
    w.showAccount(UserInfo{QStringLiteral("sub"), QStringLiteral("Alice Puig"),
                           QStringLiteral("alice@example.com"), QStringLiteral("alice")},
                  Agency{QStringLiteral("ag_1"), QStringLiteral("Gestoria Puig")});
    QCOMPARE(StatusWindowTestAccess::accountText(w),
             QStringLiteral("Alice Puig (alice@example.com)"));
    QCOMPARE(StatusWindowTestAccess::agencyText(w), QStringLiteral("Gestoria Puig"));
    w.showSignedOut();
    QCOMPARE(StatusWindowTestAccess::accountText(w), QStringLiteral("Not signed in"));
}

void TestUiStatus::followsSyncState() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true); // AppController tells it from the setup record
    QCOMPARE(StatusWindowTestAccess::folderText(w), QStringLiteral("Not set up yet"));

    uitest::makeUpToDate(state, QStringLiteral("/home/alice/Figestió"));
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Up to date"));
    QCOMPARE(StatusWindowTestAccess::folderText(w), QStringLiteral("/home/alice/Figestió"));
    QCOMPARE(StatusWindowTestAccess::serverText(w),
             QStringLiteral("Connected to the Figestió server"));
    QCOMPARE(StatusWindowTestAccess::progressValue(w), -1);

    uitest::makeSyncing(state, 580, 1000); // 42% there
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Syncing… 42%"));
    QCOMPARE(StatusWindowTestAccess::progressValue(w), 42);

    FolderStatus idle;
    idle.state = QStringLiteral("idle");
    idle.globalBytes = 1000;
    state.applyFolderStatus(uitest::kFolder, idle); // syncing → idle: a sync just ended
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Up to date"));
    QCOMPARE(StatusWindowTestAccess::lastSyncText(w), QStringLiteral("just now"));
    QCOMPARE(StatusWindowTestAccess::progressValue(w), -1);

    uitest::setConnected(state, false);
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w),
                 QStringLiteral("Cannot reach the Figestió server"));
    QCOMPARE(StatusWindowTestAccess::serverText(w),
             QStringLiteral("Cannot reach the Figestió server"));
    uitest::setConnected(state, false, true);
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Syncing is paused"));
    QCOMPARE(StatusWindowTestAccess::serverText(w), QStringLiteral("Paused"));
}

void TestUiStatus::recentFilesAndProblems() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true); // AppController tells it from the setup record
    uitest::makeUpToDate(state);
    const QDateTime twoMinutesAgo = QDateTime::currentDateTimeUtc().addSecs(-130);
    state.applyEvent(
        uitest::itemFinished(1, QStringLiteral("factures/gener.pdf"), {}, twoMinutesAgo));
    state.applyEvent(uitest::itemFinished(2, QStringLiteral("nòmines/març.xlsx"),
                                          QStringLiteral("permission denied")));
    QTRY_COMPARE(StatusWindowTestAccess::recentFileTexts(w).size(), 2);
    const QStringList texts = StatusWindowTestAccess::recentFileTexts(w);
    QVERIFY2(texts.at(1).startsWith(
                 QStringLiteral("factures/gener.pdf\nReceived from your agency · 2 minutes ago")),
             qPrintable(texts.at(1)));
    QVERIFY2(texts.at(0).startsWith(QStringLiteral("nòmines/març.xlsx\nCould not be synced")),
             qPrintable(texts.at(0)));

    QVERIFY(StatusWindowTestAccess::problemsText(w).isEmpty());
    state.applyFolderErrors(uitest::kFolder, {FolderError{QStringLiteral("nòmines/març.xlsx"),
                                                          QStringLiteral("permission denied")}});
    QTRY_VERIFY(!StatusWindowTestAccess::problemsText(w).isEmpty());
    QVERIFY(StatusWindowTestAccess::problemsText(w).contains(QStringLiteral("nòmines/març.xlsx")));
    QTRY_COMPARE(w.findChild<QLabel *>(QStringLiteral("problemsLabel"))->isVisibleTo(&w), true);
    for (const char *jargon : {"Syncthing", "device ID", "REST", "token"})
        QVERIFY(!StatusWindowTestAccess::problemsText(w).contains(QLatin1String(jargon)));
}

void TestUiStatus::waitingConflictsInTheSafetyLine() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true);
    uitest::makeUpToDate(state);
    Completion done;
    done.completion = 100;
    state.applyCompletion(uitest::kFolder, uitest::kServer, done);
    auto *safety = w.findChild<QLabel *>(QStringLiteral("safetyLabel"));
    QTRY_VERIFY2(safety->text().contains(QStringLiteral("the Figestió server")),
                 qPrintable(safety->text()));
    QVERIFY(!safety->text().contains(QStringLiteral("choice")));
    state.setWaitingConflicts(1); // ConflictMonitor found one (AppController passes the count)
    QTRY_VERIFY2(safety->text().startsWith(QStringLiteral("1 file needs your choice · ")),
                 qPrintable(safety->text()));
    QCOMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Up to date"));
}

// A keyboard or screen-reader user on a row of Recent files stays there while the state changes
// (the list is updated in place, not rebuilt), and on the same file when a newer one arrives.
void TestUiStatus::recentFilesKeepTheCurrentRow() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true);
    uitest::makeUpToDate(state);
    state.applyEvent(uitest::itemFinished(1, QStringLiteral("factures/gener.pdf")));
    state.applyEvent(uitest::itemFinished(2, QStringLiteral("factures/febrer.pdf")));
    QTRY_COMPARE(StatusWindowTestAccess::recentFileTexts(w).size(), 2);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *list = w.findChild<QListWidget *>(QStringLiteral("recentFilesList"));
    list->setFocus();
    list->setCurrentRow(1); // gener.pdf, the older
    QListWidgetItem *focused = list->currentItem();
    QVERIFY(focused->text().startsWith(QStringLiteral("factures/gener.pdf")));

    QSignalSpy moved(list, &QListWidget::currentRowChanged);
    uitest::setConnected(state, false); // a change of state that leaves the list as it was
    QTRY_COMPARE(StatusWindowTestAccess::serverText(w),
                 QStringLiteral("Cannot reach the Figestió server"));
    w.refresh();
    QCOMPARE(list->item(1), focused); // the same row object: not rebuilt
    QCOMPARE(list->currentItem(), focused);
    QCOMPARE(moved.count(), 0);

    state.applyEvent(uitest::itemFinished(3, QStringLiteral("nòmines/març.xlsx")));
    QTRY_COMPARE(StatusWindowTestAccess::recentFileTexts(w).size(), 3);
    QVERIFY2(list->currentItem()->text().startsWith(QStringLiteral("factures/gener.pdf")),
             qPrintable(list->currentItem()->text()));
    QCOMPARE(list->currentRow(), 2);
    QCOMPARE(QApplication::focusWidget(), list);
}

void TestUiStatus::pauseResumeAndOpen() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true); // AppController tells it from the setup record
    uitest::makeUpToDate(state);
    auto *button = w.findChild<QPushButton *>(QStringLiteral("pauseResumeButton"));
    QTRY_COMPARE(button->text(), QStringLiteral("Pause syncing"));
    QVERIFY(button->isEnabled());
    QSignalSpy pause(&w, &StatusWindow::pauseRequested);
    QSignalSpy resume(&w, &StatusWindow::resumeRequested);
    button->click();
    QCOMPARE(pause.count(), 1);
    uitest::setConnected(state, false, true);
    QTRY_COMPARE(button->text(), QStringLiteral("Resume syncing"));
    button->click();
    QCOMPARE(resume.count(), 1);

    // Signed in: no "Sign in again"; expired: there it is, and it asks for a sign-in.
    auto *signIn = w.findChild<QPushButton *>(QStringLiteral("statusSignInButton"));
    w.setSessionState(Session::State::SignedIn);
    QVERIFY(!signIn->isVisibleTo(&w));
    w.setSessionState(Session::State::Expired);
    QVERIFY(signIn->isVisibleTo(&w));
    QCOMPARE(StatusWindowTestAccess::accountText(w),
             QStringLiteral("Your session has expired: sign in again"));
    QCOMPARE(StatusWindowTestAccess::stateText(w),
             QStringLiteral("Syncing is paused")); // the folder, not the session
    QSignalSpy signInSpy(&w, &StatusWindow::signInRequested);
    signIn->click();
    QCOMPARE(signInSpy.count(), 1);

    QSignalSpy open(&w, &StatusWindow::openFolderRequested);
    w.findChild<QPushButton *>(QStringLiteral("statusOpenFolderButton"))->click();
    QCOMPARE(open.count(), 1);
}

// From the click to the window saying so: the service marks the state paused before its REST
// call (SyncthingService::pauseServer); the window follows synchronously, well under 10 ms.
void TestUiStatus::pauseIsShownAtOnce() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true);
    uitest::makeUpToDate(state);
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Up to date"));
    connect(&w, &StatusWindow::pauseRequested, &state, [&state] { state.setServerPaused(true); });
    auto *button = w.findChild<QPushButton *>(QStringLiteral("pauseResumeButton"));
    QElapsedTimer clock;
    clock.start();
    button->click();
    const qint64 us = clock.nsecsElapsed() / 1000;
    QCOMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Syncing is paused"));
    QCOMPARE(StatusWindowTestAccess::serverText(w), QStringLiteral("Paused"));
    QCOMPARE(button->text(), QStringLiteral("Resume syncing"));
    qInfo() << "click → window shows the pause:" << us << "µs";
    QVERIFY2(us < 10000, qPrintable(QString::number(us)));
}

void TestUiStatus::pausedFolderIsNoPausedServer() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true);
    uitest::makeUpToDate(state);
    FolderConfig fc;
    fc.id = uitest::kFolder;
    fc.path = QStringLiteral("/home/alice/Figestió");
    fc.paused = true; // the folder alone (e.g. by hand in Syncthing's config)
    state.applyFolderConfigs({fc});
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Syncing is paused"));
    QCOMPARE(StatusWindowTestAccess::serverText(w),
             QStringLiteral("Connected to the Figestió server"));
}

void TestUiStatus::engineFailureOffersRestart() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true);
    uitest::makeUpToDate(state);
    auto *restart = w.findChild<QPushButton *>(QStringLiteral("restartEngineButton"));
    QVERIFY(restart);
    QTRY_VERIFY(!restart->isVisibleTo(&w));
    state.setEngine(SyncState::Engine::Failed,
                    QStringLiteral("Syncthing keeps stopping unexpectedly (5 times in a row)"));
    QTRY_VERIFY(restart->isVisibleTo(&w));
    QCOMPARE(restart->accessibleName(), QStringLiteral("Restart the sync engine"));
    QVERIFY(!restart->accessibleDescription().isEmpty());
    QSignalSpy spy(&w, &StatusWindow::restartEngineRequested);
    restart->click();
    QCOMPARE(spy.count(), 1);
    state.setEngine(SyncState::Engine::Starting);
    QTRY_VERIFY(!restart->isVisibleTo(&w));
}

// Issue 8 §4: the folder's changes not all followed as they happen (the system's limit of
// watched folders, a network drive) is said in plain words, not as a problem, and goes with it.
void TestUiStatus::watchProblemIsShownWhileItLasts() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true);
    w.show();
    uitest::makeUpToDate(state);
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Up to date"));
    QVERIFY(StatusWindowTestAccess::watchProblemText(w).isEmpty());
    const QString words = QStringLiteral("Changes in this folder are checked every 5 minutes "
                                         "because the computer cannot watch all of its "
                                         "subfolders continuously.");
    state.setWatchProblem(words);
    QTRY_COMPARE(StatusWindowTestAccess::watchProblemText(w), words);
    QCOMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Up to date"));
    QVERIFY(StatusWindowTestAccess::problemsText(w).isEmpty());
    // An engine restart clears what Syncthing said, not what the app's watcher says.
    state.clear();
    QTRY_COMPARE(StatusWindowTestAccess::watchProblemText(w), words);
    state.setWatchProblem({});
    QTRY_VERIFY(StatusWindowTestAccess::watchProblemText(w).isEmpty());
}

void TestUiStatus::closingHides() {
    StatusWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.close()); // refused: hidden instead
    QVERIFY(!w.isVisible());
}

void TestUiStatus::everyControlHasAName() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true); // AppController tells it from the setup record
    uitest::makeUpToDate(state);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE(StatusWindowTestAccess::stateText(w), QStringLiteral("Up to date"));
    QCOMPARE(uitest::unnamedControls(&w), QStringList());
}

void TestUiStatus::readsInVisualOrder() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    uitest::makeUpToDate(state);
    w.setSessionState(Session::State::Expired); // "Sign in again…" next to the account
    state.applyEvent(uitest::itemFinished(1, QStringLiteral("factures/gener.pdf")));
    state.applyFolderErrors(uitest::kFolder, {FolderError{QStringLiteral("nòmines/març.xlsx"),
                                                          QStringLiteral("permission denied")}});
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(!StatusWindowTestAccess::problemsText(w).isEmpty());
    QVERIFY(w.findChild<QWidget *>(QStringLiteral("statusSignInButton"))->isVisible());
    const QString problem = uitest::readingOrderProblem(&w);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestUiStatus::screenshots() {
    SyncState state;
    StatusWindow w;
    w.bind(nullptr, &state);
    w.setSetUp(true); // AppController tells it from the setup record
    w.showAccount(UserInfo{QStringLiteral("sub"), QStringLiteral("Alice Puig"),
                           QStringLiteral("alice@example.com"), QStringLiteral("alice")},
                  Agency{QStringLiteral("ag_1"), QStringLiteral("Gestoria Puig")});
    uitest::makeUpToDate(state, QStringLiteral("/home/alice/Figestió"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.applyEvent(
        uitest::itemFinished(1, QStringLiteral("factures/2026/gener.pdf"), {}, now.addSecs(-3600)));
    state.applyEvent(
        uitest::itemFinished(2, QStringLiteral("nòmines/desembre.xlsx"), {}, now.addSecs(-300)));
    uitest::makeSyncing(state, 580, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_COMPARE(StatusWindowTestAccess::progressValue(w), 42);
    QVERIFY(uitest::screenshot(&w, QStringLiteral("status-1-syncing")));
    state.applyFolderErrors(uitest::kFolder, {FolderError{QStringLiteral("nòmines/març.xlsx"),
                                                          QStringLiteral("permission denied")}});
    QTRY_VERIFY(!StatusWindowTestAccess::problemsText(w).isEmpty());
    QVERIFY(uitest::screenshot(&w, QStringLiteral("status-2-problem")));
    Translations::setLanguage(QStringLiteral("ca"));
    QTRY_COMPARE(w.windowTitle(), QStringLiteral("Estat del Figestió Sync"));
    QVERIFY(uitest::screenshot(&w, QStringLiteral("status-ca-2-problem")));
    Translations::setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestUiStatus)
#include "tst_ui_status.moc"
