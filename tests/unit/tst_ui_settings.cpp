// Settings: the language switch retranslates visible text at once (and is remembered), start
// at login, the sign-out question, the logs folder; the diagnostic report has no secrets.
#include "DiagnosticReport.h"
#include "MemoryTokenStore.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "StatusWindow.h"
#include "TrayIcon.h"
#include "UiTestAccess.h"
#include "api/FigestioApi.h"
#include "auth/TokenStore.h"
#include "common/HttpCall.h"
#include "common/Logging.h"
#include "setup/FolderCheck.h"
#include "setup/SetupFlow.h"
#include "syncthing/SyncthingService.h"
#include "ui_support.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace figestio;

class TestUiSettings : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::initApp(QStringLiteral("tst_ui_settings")); }
    void languageDefaults();
    void languageSwitchRetranslates();
    void coreMessagesAreTranslated();
    void startAtLogin();
    void signOutAsks_data();
    void signOutAsks();
    void reportHasNoSecrets();
    void reportFromRealObjects();
    void everyControlHasAName();
    void changeAgencyOnlyWithSeveralAgencies();
    void noMnemonicClashes();
    void screenshot();
};

// In every language, no two visible controls of a window share a keyboard mnemonic.
#define NO_CLASH(w)                                                                                \
    QVERIFY2(uitest::mnemonicClashes(w).isEmpty(),                                                 \
             qPrintable(lang + QStringLiteral(": ") +                                              \
                        uitest::mnemonicClashes(w).join(QStringLiteral(", "))))
void TestUiSettings::noMnemonicClashes() {
    SettingsDialog settings;
    settings.setAccountText(QStringLiteral("Signed in."), true);
    settings.setCanChangeAgency(true);
    StatusWindow status;
    status.setSessionState(Session::State::Expired); // every button visible
    SetupWizard wizard;
    for (const QString &lang : Translations::available()) {
        Translations::setLanguage(lang);
        QCoreApplication::processEvents(); // LanguageChange is posted
        settings.show();
        status.show();
        NO_CLASH(&settings);
        NO_CLASH(&status);
        const QList<std::function<void()>> pages = {
            [&] { wizard.showWelcome(); }, [&] { wizard.showSignIn(); },
            [&] { wizard.showFolderChoice(); }, [&] { wizard.showProgress(); }};
        for (const auto &show : pages) {
            show();
            NO_CLASH(&wizard);
        }
        wizard.showAgencies({{QStringLiteral("a"), QStringLiteral("A")}});
        NO_CLASH(&wizard);
        wizard.showSetupFailed(QStringLiteral("x"));
        NO_CLASH(&wizard);
        wizard.showDone(QStringLiteral("/tmp"));
        NO_CLASH(&wizard);
    }
    Translations::setLanguage(QStringLiteral("en"));
}

void TestUiSettings::everyControlHasAName() {
    SettingsDialog d;
    d.setAccountText(QStringLiteral("Signed in as Alice."), true);
    d.setCanChangeAgency(true);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QCOMPARE(uitest::unnamedControls(&d), QStringList());
}

// Issue 9 §6: "Change agency…" only for a signed-in person with more than one agency; it asks
// the controller (which opens the wizard's agency page).
void TestUiSettings::changeAgencyOnlyWithSeveralAgencies() {
    SettingsDialog d;
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *change = d.findChild<QPushButton *>(QStringLiteral("changeAgencyButton"));
    QVERIFY(change);
    QVERIFY(!change->isVisible()); // not signed in, agencies unknown
    d.setAccountText(QStringLiteral("Signed in as Bob."), true);
    QVERIFY(!change->isVisible()); // one agency (or not known yet)
    d.setCanChangeAgency(true);
    QVERIFY(change->isVisible());
    QVERIFY(change->isEnabled());
    QVERIFY(!change->accessibleName().isEmpty());
    QVERIFY(!change->accessibleDescription().isEmpty());
    QSignalSpy requested(&d, &SettingsDialog::changeAgencyRequested);
    change->click();
    QCOMPARE(requested.count(), 1);
    d.setAccountText(QStringLiteral("Not signed in."), false); // signed out: gone again
    QVERIFY(!change->isVisible());
    d.setAccountText(QStringLiteral("Signed in as Bob."), true);
    d.setCanChangeAgency(false);
    QVERIFY(!change->isVisible());
}

void TestUiSettings::languageDefaults() {
    QCOMPARE(Translations::available(), QStringList({"ca", "es", "en"}));
    QCOMPARE(Translations::nativeName(QStringLiteral("ca")), QStringLiteral("Català"));
    QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    const QString sys = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    QCOMPARE(Translations::systemDefault(),
             Translations::available().contains(sys) ? sys : QStringLiteral("ca"));
    // The saved choice wins over the system language.
    QSettings().setValue(Translations::settingsKey(), QStringLiteral("es"));
    Translations::install();
    QCOMPARE(Translations::current(), QStringLiteral("es"));
    // A bad saved value falls back to the default.
    QSettings().setValue(Translations::settingsKey(), QStringLiteral("fr"));
    Translations::install();
    QCOMPARE(Translations::current(), Translations::systemDefault());
    Translations::setLanguage(QStringLiteral("xx")); // ignored
    QCOMPARE(Translations::current(), Translations::systemDefault());
    Translations::setLanguage(QStringLiteral("en"));
}

void TestUiSettings::languageSwitchRetranslates() {
    QNetworkAccessManager nam;
    MemoryTokenStore store;
    Session session(BackendConfig::fromBuild(), &store, &nam);
    SettingsDialog d;
    d.bindSession(&session);
    auto *account = d.findChild<QLabel *>(QStringLiteral("accountLabel"));
    QCOMPARE(account->text(), QStringLiteral("Not signed in."));
    StatusWindow status;
    TrayIcon tray;
    d.show();
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    auto *combo = d.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *signOut = d.findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
    QTRY_COMPARE(d.windowTitle(), QStringLiteral("Figestió Sync settings"));
    QTRY_COMPARE(signOut->text(), QStringLiteral("Sign &out…"));

    // The user picks Català with the keyboard: applies at once, everywhere.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home); // Català is first
    QCOMPARE(Translations::current(), QStringLiteral("ca"));
    QCOMPARE(QSettings().value(Translations::settingsKey()).toString(), QStringLiteral("ca"));
    QTRY_COMPARE(d.windowTitle(), QStringLiteral("Configuració del Figestió Sync"));
    QTRY_COMPARE(signOut->text(), QStringLiteral("&Tanca la sessió…"));
    QCOMPARE(account->text(), QStringLiteral("Sessió no iniciada.")); // composed texts too
    QTRY_COMPARE(status.windowTitle(), QStringLiteral("Estat del Figestió Sync"));
    QTRY_COMPARE(TrayIconTestAccess::action(tray, QStringLiteral("quitAction"))->text(),
                 QStringLiteral("Surt del Figestió Sync"));
    QCOMPARE(combo->currentText(), QStringLiteral("Català")); // names stay in their language

    combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
    emit combo->activated(combo->currentIndex());
    QTRY_COMPARE(d.windowTitle(), QStringLiteral("Configuración de Figestió Sync"));
    QTRY_COMPARE(TrayIconTestAccess::action(tray, QStringLiteral("settingsAction"))->text(),
                 QStringLiteral("Configuración…"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    emit combo->activated(combo->currentIndex());
    QTRY_COMPARE(d.windowTitle(), QStringLiteral("Figestió Sync settings"));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
}

// Core messages reach the user translated, including those behind a file-local tr() helper
// (scripts/translations.py files them under the context the code asks for).
void TestUiSettings::coreMessagesAreTranslated() {
    Translations::setLanguage(QStringLiteral("ca"));
    QCOMPARE(HttpCall::unreachableMessage(),
             QStringLiteral("No s'ha pogut contactar amb el servidor de Figestió. Comproveu la "
                            "connexió a Internet i torneu-ho a provar."));
    QCOMPARE(SyncState::overallText(SyncState::Overall::UpToDate), QStringLiteral("Al dia"));
    Translations::setLanguage(QStringLiteral("es"));
    QCOMPARE(SetupFlow::stepTitle(SetupFlow::Step::ClaimDevice),
             QStringLiteral("Registro de este ordenador"));
    QCOMPARE(FolderCheck::problem(QString(), {}),
             QStringLiteral("Elija la carpeta que desea sincronizar."));
    Translations::setLanguage(QStringLiteral("en"));
    QCOMPARE(SyncState::overallText(SyncState::Overall::UpToDate), QStringLiteral("Up to date"));
}

void TestUiSettings::startAtLogin() {
    SettingsDialog d;
    QSignalSpy changed(&d, &SettingsDialog::startAtLoginChanged);
    d.setStartAtLogin(true); // from the controller: no signal
    QVERIFY(SettingsDialogTestAccess::startAtLogin(d));
    QCOMPARE(changed.count(), 0);
    d.findChild<QCheckBox *>(QStringLiteral("startAtLoginCheck"))->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toBool(), false);
}

void TestUiSettings::signOutAsks_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("unlink");
    QTest::newRow("sign out and unlink") << "signOutAndUnlinkButton" << 1 << true;
    QTest::newRow("only sign out") << "signOutOnlyButton" << 1 << false;
    QTest::newRow("cancel") << "signOutCancelButton" << 0 << false;
}

void TestUiSettings::signOutAsks() {
    QFETCH(QString, button);
    QFETCH(int, count);
    QFETCH(bool, unlink);
    SettingsDialog d;
    d.setAccountText(QStringLiteral("Signed in as Alice, for Gestoria Puig."), true);
    d.show();
    QSignalSpy requested(&d, &SettingsDialog::signOutRequested);
    auto *signOut = d.findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QVERIFY(signOut->isEnabled());
    signOut->click();
    QMessageBox *box = SettingsDialogTestAccess::signOutQuestion(d);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    // The default (Enter) is the harmless choice.
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("signOutCancelButton"));
    for (const char *jargon : {"Syncthing", "device", "token"})
        QVERIFY(!box->informativeText().contains(QLatin1String(jargon), Qt::CaseInsensitive));
    if (button == QLatin1String("signOutAndUnlinkButton"))
        uitest::screenshot(box, QStringLiteral("settings-2-signout-question"));
    box->findChild<QPushButton *>(button)->click();
    QCOMPARE(requested.count(), count);
    if (count)
        QCOMPARE(requested.at(0).at(0).toBool(), unlink);
    QTRY_VERIFY(!SettingsDialogTestAccess::signOutQuestion(d));

    d.setAccountText(QStringLiteral("Not signed in."), false);
    QVERIFY(!signOut->isEnabled());
}

void TestUiSettings::reportHasNoSecrets() {
    SyncState state;
    uitest::makeUpToDate(state);
    const QString jwt =
        QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSIsImFnZW5jeV9pZCI6ImFnXzEifQ."
                       "c2lnbmF0dXJlc2lnbmF0dXJl");
    const QString apiKey = QStringLiteral("Zk3j9QpL2mXv8RtY6wBn4HsD1cFgKe7A");
    state.applyFolderErrors(
        uitest::kFolder,
        {FolderError{QStringLiteral("a.txt"), QStringLiteral("Bearer ") + jwt},
         FolderError{QStringLiteral("b.txt"),
                     QStringLiteral("http://127.0.0.1:8384/rest?apikey=") + apiKey},
         FolderError{QStringLiteral("c.txt"),
                     QStringLiteral("callback?code=SplxlOBeZQQYbYS6WxSbIA&state=af0ifjsldkj")}});
    const QString report = DiagnosticReport().setSyncState(&state).text();
    QVERIFY(report.contains(QStringLiteral("App version: ")));
    QVERIFY(report.contains(QStringLiteral("OS: ")));
    QVERIFY(report.contains(QStringLiteral("Overall: Error")));
    QVERIFY(report.contains(QStringLiteral("a.txt")));
    for (const QString &secret : {jwt, apiKey, QStringLiteral("SplxlOBeZQQYbYS6WxSbIA"),
                                  QStringLiteral("af0ifjsldkj"), QStringLiteral("eyJ")})
        QVERIFY2(!report.contains(secret), qPrintable(report));

    const QString scrubbed = DiagnosticReport::sanitize(
        QStringLiteral("{\"refresh_token\": \"r-123\", \"name\": \"ok\"}\nX-API-Key: k-456\n"
                       "Authorization: Bearer t-789\nState: SignedIn"));
    QVERIFY2(!scrubbed.contains(QStringLiteral("r-123")), qPrintable(scrubbed));
    QVERIFY2(!scrubbed.contains(QStringLiteral("k-456")), qPrintable(scrubbed));
    QVERIFY2(!scrubbed.contains(QStringLiteral("t-789")), qPrintable(scrubbed));
    QVERIFY(scrubbed.contains(QStringLiteral("\"name\": \"ok\"")));
    QVERIFY(scrubbed.contains(QStringLiteral("State: SignedIn"))); // words stay

    // Through the dialog, to the clipboard, whatever the provider returns.
    SettingsDialog d;
    d.setReportProvider([&] { return report + QStringLiteral("\nrefresh_token=") + apiKey; });
    auto *copied = d.findChild<QLabel *>(QStringLiteral("reportCopiedLabel"));
    QVERIFY(copied->isHidden());
    auto *copy = d.findChild<QPushButton *>(QStringLiteral("copyReportButton"));
    copy->click();
    QVERIFY(!copied->isHidden()); // "The report was copied…"
    // Issue 13: the focused button says it worked.
    QCOMPARE(copy->accessibleDescription(), copied->text());
    const QString clip = QGuiApplication::clipboard()->text();
    QVERIFY(clip.startsWith(QStringLiteral("Figestió Sync diagnostic report")));
    QVERIFY(!clip.contains(apiKey));
    QVERIFY(clip.contains(QStringLiteral("refresh_token=[redacted]")));
}

void TestUiSettings::reportFromRealObjects() {
    // The objects AppController gives it, built offline (nothing started).
    QNetworkAccessManager nam;
    MemoryTokenStore store;
    const BackendConfig config = BackendConfig::fromBuild();
    Session session(config, &store, &nam);
    FigestioApi api(config, &session, &nam);
    QTemporaryDir home;
    SyncthingService syncthing(home.path());
    SetupFlow flow(&api, &syncthing);
    const QString report =
        DiagnosticReport().setSession(&session).setSyncthing(&syncthing).setSetupFlow(&flow).text();
    QVERIFY2(report.contains(QStringLiteral("[Session]\nState: SignedOut")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Set up: no")));
    QVERIFY(report.contains(QStringLiteral("Service: Stopped")));
    QVERIFY(report.contains(QStringLiteral("Overall: ")));
    QVERIFY(!report.contains(QStringLiteral("(not available)")));
}

void TestUiSettings::screenshot() {
    SettingsDialog d;
    d.setAccountText(QStringLiteral("Signed in as Alice Puig, for Gestoria Puig."), true);
    d.setStartAtLogin(true);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QVERIFY(uitest::screenshot(&d, QStringLiteral("settings-1")));
    Translations::setLanguage(QStringLiteral("ca"));
    QTRY_COMPARE(d.windowTitle(), QStringLiteral("Configuració del Figestió Sync"));
    QVERIFY(uitest::screenshot(&d, QStringLiteral("settings-ca-1")));
    Translations::setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestUiSettings)
#include "tst_ui_settings.moc"
