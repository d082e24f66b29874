// The tray: TrayPresenter's mapping for every state (icon, tooltip, menu), the icons, and
// TrayIcon bound to a real SyncState (menu requests, notifications, the offline threshold).
#include "Icons.h"
#include "RelativeTime.h"
#include "TrayIcon.h"
#include "TrayPresenter.h"
#include "UiTestAccess.h"
#include "ui_support.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QtTest>

using namespace figestio;
using O = SyncState::Overall;
using S = Session::State;

Q_DECLARE_METATYPE(figestio::SyncState::Overall)
Q_DECLARE_METATYPE(figestio::Session::State)

class TestUiTray : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::initApp(QStringLiteral("tst_ui_tray")); }

    void presenterMapsEveryState_data();
    void presenterMapsEveryState();
    void tooltipShowsLastSync();
    void everyTrayIconExistsAndDiffers();
    void relativeTimes();
    void boundToSyncState();
    void menuRequests();
    void notifiesConflictsAndErrors();
    void notifiesLongOfflineOnly();
    void notifiesSessionExpired();
};

void TestUiTray::presenterMapsEveryState_data() {
    QTest::addColumn<S>("session");
    QTest::addColumn<bool>("setUp");
    QTest::addColumn<O>("overall");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("pauseEnabled");
    QTest::addColumn<bool>("showsResume");
    QTest::addColumn<bool>("signInVisible");
    QTest::addColumn<bool>("setupVisible");

    QTest::newRow("up to date") << S::SignedIn << true << O::UpToDate << "uptodate"
                                << "Up to date" << true << false << false << false;
    QTest::newRow("syncing") << S::SignedIn << true << O::Syncing << "syncing"
                             << "Syncing… 42%" << true << false << false << false;
    QTest::newRow("paused") << S::SignedIn << true << O::Paused << "paused"
                            << "Syncing is paused" << true << true << false << false;
    QTest::newRow("error") << S::SignedIn << true << O::Error << "error"
                           << "Problem: The folder is missing" << true << false << false << false;
    QTest::newRow("server offline")
        << S::SignedIn << true << O::ServerOffline << "offline"
        << "Cannot reach the Figestió server" << true << false << false << false;
    QTest::newRow("starting") << S::SignedIn << true << O::Starting << "syncing"
                              << "Starting…" << false << false << false << false;
    QTest::newRow("stopped") << S::SignedIn << true << O::Stopped << "offline"
                             << "Stopped" << false << false << false << false;
    QTest::newRow("not configured") << S::SignedIn << true << O::NotConfigured << "error"
                                    << "Not set up yet" << false << false << false << false;
    QTest::newRow("signed out, not set up") << S::SignedOut << false << O::Stopped << "signedout"
                                            << "Not signed in" << false << false << false << true;
    QTest::newRow("signing in") << S::SigningIn << false << O::Stopped << "signedout"
                                << "Signing in…" << false << false << false << true;
    QTest::newRow("signed in, not set up")
        << S::SignedIn << false << O::NotConfigured << "signedout"
        << "Not set up yet" << false << false << false << true;
    QTest::newRow("expired, set up")
        << S::Expired << true << O::UpToDate << "signedout"
        << "Your session has expired: sign in again" << true << false << true << false;
    QTest::newRow("signed out, set up") << S::SignedOut << true << O::UpToDate << "uptodate"
                                        << "Up to date" << true << false << true << false;
}

void TestUiTray::presenterMapsEveryState() {
    QFETCH(S, session);
    QFETCH(bool, setUp);
    QFETCH(O, overall);
    TrayInput in;
    in.session = session;
    in.setUp = setUp;
    in.overall = overall;
    in.completion = 42.7;
    in.problem = QStringLiteral("The folder is missing");
    const TrayView v = TrayPresenter::present(in);
    QTEST(Icons::trayName(v.icon), "icon");
    QTEST(v.stateText, "text");
    QTEST(v.pauseResumeEnabled, "pauseEnabled");
    QTEST(v.showsResume, "showsResume");
    QTEST(v.signInVisible, "signInVisible");
    QTEST(v.setupVisible, "setupVisible");
    QCOMPARE(v.pauseResumeVisible, setUp);
    QCOMPARE(v.openFolderEnabled, setUp);
    QCOMPARE(v.pauseResumeText,
             v.showsResume ? QStringLiteral("Resume syncing") : QStringLiteral("Pause syncing"));
    QCOMPARE(v.signOutEnabled, session == S::SignedIn || session == S::Expired);
    QVERIFY(v.tooltip.startsWith(QStringLiteral("Figestió Sync\n") + v.stateText));
    QVERIFY(!Icons::tray(v.icon).isNull());
    // No jargon reaches the user.
    for (const char *word : {"Syncthing", "device", "REST", "token"})
        QVERIFY2(!v.tooltip.contains(QLatin1String(word), Qt::CaseInsensitive),
                 qPrintable(v.tooltip));
}

void TestUiTray::tooltipShowsLastSync() {
    TrayInput in;
    in.session = S::SignedIn;
    in.setUp = true;
    in.overall = O::UpToDate;
    in.now = QDateTime::currentDateTime();
    in.lastSync = in.now.addSecs(-125);
    QCOMPARE(TrayPresenter::present(in).tooltip,
             QStringLiteral("Figestió Sync\nUp to date\nLast sync: 2 minutes ago"));
    in.lastSync = {};
    QVERIFY(TrayPresenter::present(in).tooltip.endsWith(QStringLiteral("Last sync: never")));
    // Issue 8 §4: a watcher that cannot follow every change says so while it lasts.
    in.watchProblem = QStringLiteral("Changes in this folder are checked every 5 minutes.");
    QCOMPARE(TrayPresenter::present(in).tooltip,
             QStringLiteral("Figestió Sync\nUp to date\nLast sync: never\nChanges in this folder "
                            "are checked every 5 minutes."));
    QCOMPARE(TrayPresenter::present(in).icon, Icons::Tray::UpToDate); // no error
}

void TestUiTray::everyTrayIconExistsAndDiffers() {
    QVERIFY(!Icons::app().isNull());
    QSet<QByteArray> seen;
    using Tray = Icons::Tray;
    for (const Tray which : {Tray::UpToDate, Tray::Syncing, Tray::Paused, Tray::Error,
                             Tray::Offline, Tray::SignedOut}) {
        const QString name = Icons::trayName(which);
        const QIcon icon = Icons::tray(which);
        QVERIFY2(!icon.isNull(), qPrintable(name));
        for (int size : {16, 22}) {
            const QImage image = icon.pixmap(size, size).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            QByteArray bytes(reinterpret_cast<const char *>(image.constBits()),
                             static_cast<int>(image.sizeInBytes()));
            QVERIFY2(!seen.contains(bytes), qPrintable(name)); // distinct at tray sizes
            seen.insert(bytes);
        }
    }
}

void TestUiTray::relativeTimes() {
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(relativeTime({}, now), QStringLiteral("never"));
    QCOMPARE(relativeTime(now.addSecs(-5), now), QStringLiteral("just now"));
    QCOMPARE(relativeTime(now.addSecs(-60), now), QStringLiteral("1 minute ago"));
    QCOMPARE(relativeTime(now.addSecs(-3 * 3600), now), QStringLiteral("3 hours ago"));
    QCOMPARE(relativeTime(now.addDays(-3), now), QStringLiteral("3 days ago"));
    Translations::setLanguage(QStringLiteral("ca"));
    QCOMPARE(relativeTime(now.addSecs(-120), now), QStringLiteral("fa 2 minuts"));
    Translations::setLanguage(QStringLiteral("es"));
    QCOMPARE(relativeTime(now.addSecs(-120), now), QStringLiteral("hace 2 minutos"));
    Translations::setLanguage(QStringLiteral("en"));
}

void TestUiTray::boundToSyncState() {
    SyncState state;
    TrayIcon tray;
    tray.bind(nullptr, &state);
    tray.setSessionState(S::SignedIn);
    tray.setSetUp(true);
    uitest::makeUpToDate(state);
    QTRY_COMPARE(Icons::trayName(TrayIconTestAccess::view(tray).icon), QStringLiteral("uptodate"));
    QCOMPARE(TrayIconTestAccess::systemTrayIcon(tray)->toolTip(),
             TrayIconTestAccess::view(tray).tooltip);

    uitest::makeSyncing(state);
    QTRY_COMPARE(Icons::trayName(TrayIconTestAccess::view(tray).icon), QStringLiteral("syncing"));
    QVERIFY2(TrayIconTestAccess::view(tray).stateText.startsWith(QStringLiteral("Syncing… 4")),
             qPrintable(TrayIconTestAccess::view(tray).stateText));

    uitest::setConnected(state, false, true); // the server device paused
    QTRY_COMPARE(Icons::trayName(TrayIconTestAccess::view(tray).icon), QStringLiteral("paused"));
    QCOMPARE(TrayIconTestAccess::action(tray, QStringLiteral("pauseResumeAction"))->text(),
             QStringLiteral("Resume syncing"));

    uitest::setConnected(state, false, false);
    QTRY_COMPARE(Icons::trayName(TrayIconTestAccess::view(tray).icon), QStringLiteral("offline"));

    tray.setSessionState(S::Expired);
    QCOMPARE(Icons::trayName(TrayIconTestAccess::view(tray).icon), QStringLiteral("signedout"));
    QVERIFY(TrayIconTestAccess::action(tray, QStringLiteral("signInAction"))->isVisible());
    QCOMPARE(TrayIconTestAccess::action(tray, QStringLiteral("signInAction"))->text(),
             QStringLiteral("Sign in again…"));

    tray.setSetUp(false);
    tray.setSessionState(S::SignedOut);
    QVERIFY(TrayIconTestAccess::action(tray, QStringLiteral("setupAction"))->isVisible());
    QVERIFY(!TrayIconTestAccess::action(tray, QStringLiteral("pauseResumeAction"))->isVisible());
}

void TestUiTray::menuRequests() {
    SyncState state;
    TrayIcon tray;
    tray.bind(nullptr, &state);
    tray.setSessionState(S::SignedIn);
    tray.setSetUp(true);
    uitest::makeUpToDate(state);
    QTRY_COMPARE(Icons::trayName(TrayIconTestAccess::view(tray).icon), QStringLiteral("uptodate"));

    const QList<QPair<QString, const char *>> items = {
        {"openFolderAction", SIGNAL(openFolderRequested())},
        {"statusAction", SIGNAL(statusRequested())},
        {"recoverAction", SIGNAL(recoverRequested())},
        {"pauseResumeAction", SIGNAL(pauseRequested())},
        {"restartEngineAction", SIGNAL(restartEngineRequested())},
        {"settingsAction", SIGNAL(settingsRequested())},
        {"signInAction", SIGNAL(signInRequested())},
        {"setupAction", SIGNAL(setupRequested())},
        {"signOutAction", SIGNAL(signOutRequested())},
        {"quitAction", SIGNAL(quitRequested())},
    };
    for (const auto &[name, signal] : items) {
        QSignalSpy spy(&tray, signal);
        QAction *a = TrayIconTestAccess::action(tray, name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY2(!a->text().isEmpty(), qPrintable(name));
        a->trigger();
        QCOMPARE(spy.count(), 1);
    }
    // The menu order a person expects.
    QStringList texts;
    QVERIFY(!TrayIconTestAccess::action(tray, QStringLiteral("stateAction"))->isEnabled());
    TrayIconTestAccess::menu(tray)->adjustSize();
    QVERIFY(uitest::screenshot(TrayIconTestAccess::menu(tray), QStringLiteral("tray-menu")));
    for (QAction *a : TrayIconTestAccess::menu(tray)->actions())
        if (!a->isSeparator() && a->isVisible())
            texts << a->text();
    QCOMPARE(texts, QStringList({"Up to date", "Open folder", "Status…", "Recover files…",
                                 "Pause syncing", "Settings…", "Sign out", "Quit Figestió Sync"}));

    uitest::setConnected(state, false, true);
    QTRY_VERIFY(TrayIconTestAccess::view(tray).showsResume);
    QSignalSpy resume(&tray, &TrayIcon::resumeRequested);
    TrayIconTestAccess::action(tray, QStringLiteral("pauseResumeAction"))->trigger();
    QCOMPARE(resume.count(), 1);

    // After the app gave up restarting the engine: "Restart the sync engine", and only then.
    QVERIFY(!TrayIconTestAccess::action(tray, QStringLiteral("restartEngineAction"))->isVisible());
    state.setEngine(SyncState::Engine::Failed, QStringLiteral("Syncthing keeps stopping"));
    QTRY_VERIFY(
        TrayIconTestAccess::action(tray, QStringLiteral("restartEngineAction"))->isVisible());
    QCOMPARE(TrayIconTestAccess::action(tray, QStringLiteral("restartEngineAction"))->text(),
             QStringLiteral("Restart the sync engine"));
    // A slow but progressing start says what it is doing.
    state.setEngine(SyncState::Engine::Updating);
    QTRY_COMPARE(TrayIconTestAccess::view(tray).stateText,
                 QStringLiteral("Updating the sync engine…"));
    QVERIFY(!TrayIconTestAccess::action(tray, QStringLiteral("restartEngineAction"))->isVisible());
}

void TestUiTray::notifiesConflictsAndErrors() {
    SyncState state;
    TrayIcon tray;
    tray.bind(nullptr, &state);
    tray.setSessionState(S::SignedIn);
    tray.setSetUp(true);
    uitest::makeUpToDate(state);
    // The notifier decides (tst_syncthing_notifier); the tray words what it decided. Its
    // slots run before the spies' (connected first).
    SyncNotifier *notifier = TrayIconTestAccess::notifier(tray);
    QVERIFY(notifier);
    QSignalSpy conflicts(notifier, &SyncNotifier::conflictFound);
    QSignalSpy failures(notifier, &SyncNotifier::filesFailed);

    state.applyEvent(uitest::itemFinished(
        1, QStringLiteral("factures/gener.sync-conflict-20261123-101010-ABCDEFG.pdf")));
    QTRY_COMPARE(conflicts.count(), 1);
    QCOMPARE(TrayIconTestAccess::noticeTitle(tray), QStringLiteral("Two versions of a file"));
    // Named as the person knows the file, not as the engine's copy.
    QVERIFY(TrayIconTestAccess::noticeMessage(tray).contains(QStringLiteral("“gener.pdf”")));
    QVERIFY(!TrayIconTestAccess::noticeMessage(tray).contains(QStringLiteral("sync-conflict")));

    state.applyFolderErrors(uitest::kFolder, {FolderError{QStringLiteral("nòmines/març.xlsx"),
                                                          QStringLiteral("permission denied")}});
    QTRY_COMPARE(failures.count(), 1);
    QCOMPARE(TrayIconTestAccess::noticeTitle(tray), QStringLiteral("A file could not be synced"));
    QVERIFY(TrayIconTestAccess::noticeMessage(tray).contains(QStringLiteral("nòmines/març.xlsx")));
    // The same problem again is not a new notification.
    state.applyFolderErrors(uitest::kFolder, {FolderError{QStringLiteral("nòmines/març.xlsx"),
                                                          QStringLiteral("permission denied")}});
    QTest::qWait(50);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(conflicts.count(), 1);
}

void TestUiTray::notifiesLongOfflineOnly() {
    SyncState state;
    TrayIcon tray;
    TrayIconTestAccess::setOfflineNotifyAfter(tray, 300);
    tray.bind(nullptr, &state);
    tray.setSessionState(S::SignedIn);
    tray.setSetUp(true);
    uitest::makeUpToDate(state);
    QSignalSpy unreachable(TrayIconTestAccess::notifier(tray), &SyncNotifier::serverUnreachable);

    // A short outage: no notification.
    uitest::setConnected(state, false);
    QTRY_COMPARE(state.overall(), O::ServerOffline);
    uitest::setConnected(state, true);
    QTest::qWait(500);
    QCOMPARE(unreachable.count(), 0);
    QVERIFY(TrayIconTestAccess::noticeTitle(tray).isEmpty());

    // A long one: one notification.
    uitest::setConnected(state, false);
    QTRY_COMPARE(unreachable.count(), 1);
    QCOMPARE(TrayIconTestAccess::noticeTitle(tray),
             QStringLiteral("Cannot reach the Figestió server"));
    QTest::qWait(500);
    QCOMPARE(unreachable.count(), 1);

    // Signed out (the tray tells its notifier): an outage is not worth a notification.
    uitest::setConnected(state, true);
    tray.setSessionState(S::SignedOut);
    uitest::setConnected(state, false);
    QTest::qWait(500);
    QCOMPARE(unreachable.count(), 1);
}

void TestUiTray::notifiesSessionExpired() {
    TrayIcon tray;
    QSignalSpy signIn(&tray, &TrayIcon::signInRequested);
    tray.notifySessionExpired();
    QCOMPARE(TrayIconTestAccess::noticeTitle(tray), QStringLiteral("Please sign in again"));
    // Clicking the notification leads to signing in, once.
    emit TrayIconTestAccess::systemTrayIcon(tray)->messageClicked();
    QCOMPARE(signIn.count(), 1);
    emit TrayIconTestAccess::systemTrayIcon(tray)->messageClicked();
    QCOMPARE(signIn.count(), 1);
}

QTEST_MAIN(TestUiTray)
#include "tst_ui_tray.moc"
