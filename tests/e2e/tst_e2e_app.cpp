// The whole app in-process: the real AppController with its real widgets under Xvfb with a
// tray host, against the devstack (provider, API, server Syncthing), the real Syncthing and the
// real keychain; the headless sign-in helper plays the browser (SigninBrowser). The wizard is
// walked by clicking its buttons; files travel both ways; pause stops them, resume lets them
// go; a restart goes straight to the tray; a revoked session makes the tray ask to sign in
// again while files keep syncing; signing out with "stop syncing" unlinks this computer.
// A file the agency deleted is listed in Recover files, a real conflict under "Needs your
// attention", a mass deletion is held and asked about, then restored. Screenshots of each
// wizard page, the status window and (in each language) those three go to
// <build>/screenshots/e2e-*.png.
#include "AppDriver.h"
#include "DevstackControl.h"
#include "SigninBrowser.h"
#include "SyncthingPeer.h"
#include "TestFiles.h"
#include "UiTestAccess.h"

#include "AppController.h"
#include "Autostart.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "StatusWindow.h"
#include "Translations.h"
#include "TrayIcon.h"
#include "WizardPages.h"

#include "auth/Session.h"
#include "setup/SetupFlow.h"
#include "syncthing/RestClient.h"
#include "syncthing/SyncState.h"
#include "syncthing/SyncthingService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace figestio;
using figestio::test::clickWhenReady;
using figestio::test::pageName;
using figestio::test::readFile;
using figestio::test::screenshot;
using figestio::test::writeFile;

// Records file:// URLs the app asks the desktop to open (Open folder), instead of a file
// manager.
class UrlRecorder : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestE2eApp : public QObject {
    Q_OBJECT
private:
    DevstackControl m_devstack;
    SigninBrowser *m_browser = nullptr;
    UrlRecorder m_files;
    QTemporaryDir m_tmp;
    QString m_folder;
    std::unique_ptr<AppController> m_app;

    // <build>/screenshots/e2e-<name>: the unit tests shoot the same windows offscreen.
    void shot(QWidget *widget, const QString &name) {
        screenshot(widget, QStringLiteral("e2e-") + name);
    }
    // Shoots a window in Catalan, Spanish and English, switched at run time as Settings does,
    // as e2e-<name>-<lang>.png; ends in English, the language the rest of the test reads.
    void shotInEachLanguage(QWidget *window, const QString &name, const char *context,
                            const char *title) {
        for (const QString &lang : Translations::available()) {
            Translations::setLanguage(lang);
            QTRY_COMPARE(window->windowTitle(), QCoreApplication::translate(context, title));
            shot(window, QStringLiteral("%1-%2.png").arg(name, lang));
        }
        QCOMPARE(Translations::current(), QStringLiteral("en"));
    }
    QString folderId() const { return m_app->setupFlow()->folderId(); }
    void setFolderPaused(bool paused) {
        QObject context; // the answer is dropped if it comes after the wait
        bool done = false;
        bool ok = false;
        AppControllerTestAccess::syncthing(*m_app)->rest()->setFolderPaused(
            folderId(), paused, &context, [&](Result<Done> r) {
                ok = r.ok();
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
    }
    // How many files under prefix the server's folder has.
    int serverCount(const QString &prefix) {
        int n = 0;
        for (const QJsonValue &f : m_devstack.serverFolder(QStringLiteral("ag_1"))
                                       .value(QStringLiteral("files"))
                                       .toArray())
            n += f.toObject().value(QStringLiteral("name")).toString().startsWith(prefix) ? 1 : 0;
        return n;
    }
    void click(QAbstractButton *button) { QVERIFY(clickWhenReady(button)); }
    bool onServer(const QString &name) {
        return m_devstack.serverHasFile(QStringLiteral("ag_1"), name);
    }
    QString serverFile(const QString &name) const {
        return m_devstack.serverDir() + QStringLiteral("/ag_1/") + name;
    }
    SyncState *state() const { return AppControllerTestAccess::syncthing(*m_app)->state(); }
    TrayIcon *tray() const { return AppControllerTestAccess::tray(*m_app); }
    // What Syncthing says about the server device (for failure messages).
    QString diagnosis() {
        QString out;
        bool done = false;
        AppControllerTestAccess::syncthing(*m_app)->rest()->devices(
            nullptr, [&](Result<QList<DeviceConfig>> r) {
                if (r.ok())
                    for (const DeviceConfig &d : r.value())
                        out += QStringLiteral("device %1 paused=%2 addresses=%3; ")
                                   .arg(d.deviceId.left(7))
                                   .arg(d.paused)
                                   .arg(d.addresses.join(QLatin1Char(',')));
                done = true;
            });
        (void)QTest::qWaitFor([&] { return done; }, 5000);
        out += QStringLiteral("state paused=%1 tracked=%2 overall=%3")
                   .arg(state()->serverPaused())
                   .arg(state()->trackedDeviceId().left(7))
                   .arg(int(state()->overall()));
        return out;
    }
    void startApp() {
        m_app = std::make_unique<AppController>();
        QSignalSpy restored(m_app.get(), &AppController::restored);
        m_app->start();
        QVERIFY(tray()); // shown at once, before the keychain and Syncthing
        QVERIFY(TrayIconTestAccess::systemTrayIcon(*tray())->isVisible());
        QVERIFY(restored.wait(20000));
    }
    void stopApp() {
        if (!m_app)
            return;
        QSignalSpy finished(m_app.get(), &AppController::finished);
        m_app->quit();
        QVERIFY(finished.wait(30000));
        QCOMPARE(AppControllerTestAccess::syncthing(*m_app)->status(),
                 SyncthingService::Status::Stopped);
        m_app.reset();
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_devstack.available(), "run with DEVSTACK");
        QVERIFY(m_tmp.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("figestio-sync"));
        QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
        QApplication::setQuitOnLastWindowClosed(false);
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
        m_browser = new SigninBrowser(this);
        m_browser->setUser(QStringLiteral("alice"));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_files, "open");
        m_folder = m_tmp.filePath(QStringLiteral("Figestio"));
    }
    void cleanupTestCase() {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        if (m_app) {
            QSignalSpy finished(m_app.get(), &AppController::finished);
            m_app->quit();
            finished.wait(30000);
            m_app.reset();
        }
    }

    void firstRunWalksTheWizardToSyncing() {
        startApp();
        SetupWizard *wizard = AppControllerTestAccess::wizard(*m_app);
        QVERIFY2(wizard, "first run: the wizard opens");
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(pageName(wizard), QStringLiteral("welcomePage"));
        shot(wizard, QStringLiteral("wizard-1-welcome.png"));

        click(wizard->button(QWizard::NextButton));
        QTRY_COMPARE(pageName(wizard), QStringLiteral("signInPage"));
        shot(wizard, QStringLiteral("wizard-2-signin.png"));
        click(wizard->findChild<QPushButton *>(QStringLiteral("signInButton")));
        // The browser signs in; alice has one agency, chosen silently: the folder page follows.
        QTRY_COMPARE_WITH_TIMEOUT(pageName(wizard), QStringLiteral("folderPage"), 30000);
        QCOMPARE(m_app->session()->state(), Session::State::SignedIn);
        QCOMPARE(m_app->session()->agency()->id, QStringLiteral("ag_1"));
        QVERIFY(m_browser->opened() >= 1);

        auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, m_folder);
        shot(wizard, QStringLiteral("wizard-3-folder.png"));

        // The server fails the first setup call: the progress page says so, Retry continues.
        QVERIFY(m_devstack.failNext(1, 403));
        click(wizard->button(QWizard::CommitButton));
        QTRY_COMPARE(pageName(wizard), QStringLiteral("progressPage"));
        auto *retry = wizard->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 30000);
        QCOMPARE(m_app->setupFlow()->status(SetupFlow::Step::ServerIdentity),
                 SetupFlow::StepStatus::Failed);
        QVERIFY(!ProgressPageTestAccess::failureText(*SetupWizardTestAccess::progressPage(*wizard))
                     .isEmpty());
        shot(wizard, QStringLiteral("wizard-4-progress-failed.png"));
        click(retry);
        QTRY_COMPARE_WITH_TIMEOUT(pageName(wizard), QStringLiteral("donePage"), 60000);
        shot(wizard, QStringLiteral("wizard-5-done.png"));
        QVERIFY(m_app->setupFlow()->isSetUp());
        QCOMPARE(QDir::cleanPath(m_app->setupFlow()->folderPath()), m_folder);
        QVERIFY2(AppControllerTestAccess::autostart(*m_app)->isEnabled(),
                 "start at login is on after setup");
        QVERIFY(readFile(Autostart::entryPath()).contains("--minimized"));

        // Syncing: connected to the server, up to date.
        QTRY_VERIFY_WITH_TIMEOUT(state()->serverConnected(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(state()->overall(), SyncState::Overall::UpToDate, 15000);
        QVERIFY(!TrayIconTestAccess::view(*tray()).signInVisible);

        click(wizard->findChild<QPushButton *>(QStringLiteral("openFolderButton")));
        QTRY_VERIFY(!m_files.urls.isEmpty());
        QCOMPARE(QDir::cleanPath(m_files.urls.last().toLocalFile()), m_folder);
    }

    void filesTravelBothWays() {
        QVERIFY(writeFile(m_folder + QStringLiteral("/factures/gener.txt"), "factura 1\n"));
        QTRY_VERIFY_WITH_TIMEOUT(onServer(QStringLiteral("factures/gener.txt")), 30000);
        QVERIFY(writeFile(serverFile(QStringLiteral("resposta.txt")), "rebut\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_folder + QStringLiteral("/resposta.txt")),
                                  QByteArray("rebut\n"), 30000);

        StatusWindow *status = AppControllerTestAccess::ensureStatusWindow(*m_app);
        status->show();
        QTRY_VERIFY(status->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!StatusWindowTestAccess::stateText(*status).isEmpty(), 5000);
        shot(status, QStringLiteral("status-window.png"));
        status->close(); // closing hides; syncing goes on
        QVERIFY(!status->isVisible());
        QCOMPARE(AppControllerTestAccess::syncthing(*m_app)->status(),
                 SyncthingService::Status::Running);
    }

    // Issue 9: the new windows, from the real app against the devstack, shot in each language.
    void recoverListsAFileTheAgencyDeleted() {
        QVERIFY(writeFile(m_folder + QStringLiteral("/esborrat.txt"), "per recuperar\n"));
        QTRY_VERIFY_WITH_TIMEOUT(onServer(QStringLiteral("esborrat.txt")), 30000);
        QVERIFY(QFile::remove(serverFile(QStringLiteral("esborrat.txt"))));
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(m_folder + QStringLiteral("/esborrat.txt")),
                                 30000);

        StatusWindow *status = AppControllerTestAccess::ensureStatusWindow(*m_app);
        status->show();
        click(status->findChild<QPushButton *>(QStringLiteral("statusRecoverButton")));
        RecoverWindow *recover = AppControllerTestAccess::recoverWindow(*m_app);
        QVERIFY(recover);
        QTRY_VERIFY(recover->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(RecoverWindowTestAccess::visiblePaths(*recover).contains(
                                     QStringLiteral("esborrat.txt")),
                                 15000);
        shotInEachLanguage(recover, QStringLiteral("recover"), "figestio::RecoverWindow",
                           "Recover files");
        recover->close();
        status->close();
    }

    // A conflict made as Syncthing makes them: the folder paused here, the agency edits (and its
    // Syncthing scans), this computer edits an older version; resumed, the agency's version wins
    // and this computer's becomes the conflict copy, listed under "Needs your attention".
    void conflictIsListedInTheStatusWindow() {
        const QString mine = m_folder + QStringLiteral("/conflicte.txt");
        const QString theirs = serverFile(QStringLiteral("conflicte.txt"));
        QVERIFY(writeFile(mine, "v0\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(theirs), QByteArray("v0\n"), 30000);
        setFolderPaused(true);
        QVERIFY(writeFile(theirs, "agency\n"));
        int status = 0;
        QString error;
        SyncthingPeer::requestWithKey(QUrl(DevstackControl::env("DEVSTACK_SYNCTHING_URL")),
                                      DevstackControl::env("DEVSTACK_SYNCTHING_API_KEY").toUtf8(),
                                      "POST", QStringLiteral("/rest/db/scan?folder=") + folderId(),
                                      {}, &status, &error);
        QVERIFY2(status == 200, qPrintable(error));
        QVERIFY(writeFile(mine, "mine\n"));
        QFile older(mine);
        QVERIFY(older.open(QIODevice::ReadWrite));
        QVERIFY(older.setFileTime(QDateTime::currentDateTime().addSecs(-120),
                                  QFileDevice::FileModificationTime));
        older.close();
        setFolderPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(mine), QByteArray("agency\n"), 30000);

        StatusWindow *window = AppControllerTestAccess::ensureStatusWindow(*m_app);
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(
            !ConflictPanelTestAccess::itemTexts(*window->conflictPanel()).isEmpty(), 30000);
        // "Is it safe?" says a choice is waiting, in the window and the tray tooltip (§5).
        auto *safety = window->findChild<QLabel *>(QStringLiteral("safetyLabel"));
        QTRY_VERIFY2(safety->text().startsWith(QStringLiteral("1 file needs your choice · ")),
                     qPrintable(safety->text()));
        QTRY_VERIFY(TrayIconTestAccess::view(*tray()).tooltip.contains(
            QStringLiteral("1 file needs your choice · ")));
        shotInEachLanguage(window, QStringLiteral("status-conflict"), "figestio::StatusWindow",
                           "Figestió Sync status");
        window->close();
    }

    // 25 files deleted here at once: held (nothing deleted on the server), the deletion window
    // asks; Restore brings them back.
    void massDeletionAsksInTheDeletionWindow() {
        const int count = 25;
        for (int i = 0; i < count; ++i)
            QVERIFY(writeFile(m_folder + QStringLiteral("/lot/doc%1.txt").arg(i), "doc\n"));
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(QStringLiteral("lot/")), count, 30000);
        QVERIFY(QDir(m_folder + QStringLiteral("/lot")).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(AppControllerTestAccess::deletionWindow(*m_app) &&
                                     AppControllerTestAccess::deletionWindow(*m_app)->isVisible(),
                                 30000);
        DeletionWindow *deletions = AppControllerTestAccess::deletionWindow(*m_app);
        QCOMPARE(serverCount(QStringLiteral("lot/")), count);
        shotInEachLanguage(deletions, QStringLiteral("deletion"), "figestio::DeletionWindow",
                           "Many files were deleted");
        click(deletions->findChild<QPushButton *>(QStringLiteral("deletionRestoreButton")));
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(m_folder + QStringLiteral("/lot")).entryList(QDir::Files).size() == count, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!deletions->isVisible(), 30000);
        QCOMPARE(serverCount(QStringLiteral("lot/")), count);
    }

    void pauseStopsTravelAndResumeLetsItGo() {
        QAction *pauseResume =
            TrayIconTestAccess::action(*tray(), QStringLiteral("pauseResumeAction"));
        QVERIFY(pauseResume);
        QTRY_VERIFY(pauseResume->isEnabled());
        pauseResume->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(state()->serverPaused(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!state()->serverConnected(), 10000);
        QVERIFY(TrayIconTestAccess::view(*tray()).showsResume);

        QVERIFY(writeFile(m_folder + QStringLiteral("/while-paused.txt"), "espera\n"));
        // Nothing may travel while paused: give it several times the normal latency (~1 s).
        QTest::qWait(4000);
        QVERIFY(!onServer(QStringLiteral("while-paused.txt")));

        pauseResume->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!state()->serverPaused(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(onServer(QStringLiteral("while-paused.txt")), 30000);
    }

    void restartGoesStraightToTheTrayAndSyncs() {
        stopApp();
        startApp();
        QVERIFY2(!AppControllerTestAccess::wizard(*m_app), "set up: no wizard");
        QCOMPARE(m_app->session()->state(), Session::State::SignedIn);
        (void)QTest::qWaitFor([this] { return state()->serverConnected(); }, 20000);
        QVERIFY2(state()->serverConnected(), qPrintable(diagnosis()));
        QCOMPARE(state()->trackedFolderId(), QStringLiteral("figestio-ag_1"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/after-restart.txt"), "hola\n"));
        QTRY_VERIFY_WITH_TIMEOUT(onServer(QStringLiteral("after-restart.txt")), 30000);
        QVERIFY(!AppControllerTestAccess::wizard(*m_app));
    }

    void revokedSessionAsksToSignInAgainWhileSyncing() {
        QVERIFY(m_devstack.revoke(QStringLiteral("alice")));
        QSignalSpy expired(m_app->session(), &Session::sessionExpired);
        m_app->session()->refreshNow(nullptr, [](Result<Done>) {});
        QVERIFY(expired.wait(20000));
        QCOMPARE(m_app->session()->state(), Session::State::Expired);
        QTRY_VERIFY(TrayIconTestAccess::view(*tray()).signInVisible);
        QVERIFY(TrayIconTestAccess::action(*tray(), QStringLiteral("signInAction"))->isVisible());

        // Syncing goes on: Syncthing needs no token.
        QVERIFY(writeFile(m_folder + QStringLiteral("/after-expiry.txt"), "encara\n"));
        QTRY_VERIFY_WITH_TIMEOUT(onServer(QStringLiteral("after-expiry.txt")), 30000);
        QVERIFY(writeFile(serverFile(QStringLiteral("from-server-2.txt")), "2\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_folder + QStringLiteral("/from-server-2.txt")),
                                  QByteArray("2\n"), 30000);

        // "Sign in again" from the tray opens the wizard's sign-in page.
        TrayIconTestAccess::action(*tray(), QStringLiteral("signInAction"))->trigger();
        QTRY_VERIFY(AppControllerTestAccess::wizard(*m_app) &&
                    AppControllerTestAccess::wizard(*m_app)->isVisible());
        QCOMPARE(pageName(AppControllerTestAccess::wizard(*m_app)), QStringLiteral("signInPage"));
        click(AppControllerTestAccess::wizard(*m_app)->findChild<QPushButton *>(
            QStringLiteral("signInButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::SignedIn, 30000);
        QTRY_VERIFY(!AppControllerTestAccess::wizard(*m_app)
                         ->isVisible()); // set up already: back to the tray
        QVERIFY(!TrayIconTestAccess::view(*tray()).signInVisible);
    }

    void statusCommandReportsTheRunningApp() {
        const QJsonDocument doc = QJsonDocument::fromJson(m_app->statusJson());
        QVERIFY(doc.isObject());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("session")).toString(), QStringLiteral("SignedIn"));
        QCOMPARE(
            o.value(QStringLiteral("agency")).toObject().value(QStringLiteral("id")).toString(),
            QStringLiteral("ag_1"));
        const QJsonObject folder = o.value(QStringLiteral("folder")).toObject();
        QCOMPARE(QDir::cleanPath(folder.value(QStringLiteral("path")).toString()), m_folder);
        QVERIFY(o.value(QStringLiteral("server"))
                    .toObject()
                    .value(QStringLiteral("connected"))
                    .toBool());
        QVERIFY(!o.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("username"))
                     .toString()
                     .isEmpty());
    }

    void signOutAndStopSyncingUnlinks() {
        TrayIconTestAccess::action(*tray(), QStringLiteral("signOutAction"))->trigger();
        SettingsDialog *settings = AppControllerTestAccess::settingsDialog(*m_app);
        QVERIFY(settings);
        QTRY_VERIFY(SettingsDialogTestAccess::signOutQuestion(*settings) &&
                    SettingsDialogTestAccess::signOutQuestion(*settings)->isVisible());
        shot(settings, QStringLiteral("settings-signout.png"));
        click(SettingsDialogTestAccess::signOutQuestion(*settings)->findChild<QPushButton *>(
            QStringLiteral("signOutAndUnlinkButton")));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::SignedOut, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->setupFlow()->isSetUp(), 20000);
        QVERIFY(QFileInfo::exists(m_folder + QStringLiteral("/factures/gener.txt"))); // files stay
        QTRY_VERIFY_WITH_TIMEOUT(!state()->serverConnected(), 20000);
        QVERIFY(TrayIconTestAccess::view(*tray()).setupVisible);
        stopApp();
    }

    // bob belongs to two agencies: the wizard asks. This computer is still claimed by ag_1
    // (unlinking keeps the server's record), so choosing ag_2 fails at the claim with what to do.
    void severalAgenciesAreChosenInTheWizard() {
        m_browser->setUser(QStringLiteral("bob"));
        startApp();
        SetupWizard *wizard = AppControllerTestAccess::wizard(*m_app);
        QVERIFY(wizard);
        QTRY_COMPARE(pageName(wizard), QStringLiteral("welcomePage"));
        click(wizard->button(QWizard::NextButton));
        QTRY_COMPARE(pageName(wizard), QStringLiteral("signInPage"));
        click(wizard->findChild<QPushButton *>(QStringLiteral("signInButton")));
        QTRY_COMPARE_WITH_TIMEOUT(pageName(wizard), QStringLiteral("agencyPage"), 30000);
        auto *group = wizard->findChild<QGroupBox *>(QStringLiteral("agencyGroup"));
        QVERIFY(group);
        const QList<QRadioButton *> agencies = group->findChildren<QRadioButton *>();
        QCOMPARE(agencies.size(), 2);
        QRadioButton *vidal = nullptr;
        for (QRadioButton *radio : agencies)
            if (radio->text().contains(QStringLiteral("Vidal")))
                vidal = radio;
        QVERIFY(vidal);
        // A radio reacts to a click on its circle or words only, not on the rest of its row.
        QStyleOptionButton option;
        option.initFrom(vidal);
        option.text = vidal->text();
        QTest::mouseClick(vidal, Qt::LeftButton, {},
                          vidal->style()
                              ->subElementRect(QStyle::SE_RadioButtonClickRect, &option, vidal)
                              .center());
        QTRY_VERIFY(vidal->isChecked());
        shot(wizard, QStringLiteral("wizard-agency.png"));
        click(wizard->button(QWizard::NextButton));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::SignedIn, 30000);
        QCOMPARE(m_app->session()->agency()->id, QStringLiteral("ag_2"));
        QTRY_COMPARE(pageName(wizard), QStringLiteral("folderPage"));

        auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        edit->clear();
        QTest::keyClicks(edit, m_tmp.filePath(QStringLiteral("Vidal")));
        click(wizard->button(QWizard::CommitButton));
        QTRY_COMPARE(pageName(wizard), QStringLiteral("progressPage"));
        auto *retry = wizard->findChild<QPushButton *>(QStringLiteral("retryButton"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 30000);
        QCOMPARE(m_app->setupFlow()->status(SetupFlow::Step::ClaimDevice),
                 SetupFlow::StepStatus::Failed);
        const QString failure =
            ProgressPageTestAccess::failureText(*SetupWizardTestAccess::progressPage(*wizard));
        QVERIFY2(failure.contains(QStringLiteral("another agency")), qPrintable(failure));
        QVERIFY(!m_app->setupFlow()->isSetUp());
        shot(wizard, QStringLiteral("wizard-claim-conflict.png"));
        stopApp();
    }
};

QTEST_MAIN(TestE2eApp)
#include "tst_e2e_app.moc"
