// Issue 9 §6, the whole app (Xvfb, tray, devstack, real Syncthing and keychain): bob sets up
// Gestoria Puig (ag_1) in the wizard, then Settings → Change agency… → the agency page → the
// question → the folder page → done: the new folder syncs with ag_2's server folder, claimed by a
// new device ID; the old folder keeps its files. Screenshots of the new controls in
// <build>/screenshots/ (Settings in each language, the question, the pages).
#include "AppDriver.h"
#include "DevstackControl.h"
#include "SigninBrowser.h"
#include "TestFiles.h"
#include "UiTestAccess.h"

#include "AppController.h"
#include "SettingsDialog.h"
#include "SetupWizard.h"
#include "Translations.h"
#include "TrayIcon.h"

#include "auth/Session.h"
#include "setup/SetupFlow.h"
#include "syncthing/SyncthingService.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace figestio;
using figestio::test::clickWhenReady;
using figestio::test::pageName;
using figestio::test::readFile;
using figestio::test::screenshot;
using figestio::test::writeFile;

class TestE2eChangeAgency : public QObject {
    Q_OBJECT
private:
    DevstackControl m_devstack;
    SigninBrowser *m_browser = nullptr;
    QTemporaryDir m_tmp;
    std::unique_ptr<AppController> m_app;

    void click(QAbstractButton *button) { QVERIFY(clickWhenReady(button)); }
    // Selects the agency whose name contains part and goes on.
    void chooseAgency(SetupWizard *wizard, const QString &part) {
        QTRY_COMPARE_WITH_TIMEOUT(pageName(wizard), QStringLiteral("agencyPage"), 30000);
        auto *group = wizard->findChild<QGroupBox *>(QStringLiteral("agencyGroup"));
        QVERIFY(group);
        const QList<QRadioButton *> agencies = group->findChildren<QRadioButton *>();
        QCOMPARE(agencies.size(), 2);
        for (QRadioButton *radio : agencies)
            if (radio->text().contains(part))
                radio->click();
        QVERIFY(std::any_of(agencies.begin(), agencies.end(), [&](QRadioButton *radio) {
            return radio->isChecked() && radio->text().contains(part);
        }));
        click(wizard->button(QWizard::NextButton));
    }
    void setFolder(SetupWizard *wizard, const QString &path) {
        QTRY_COMPARE(pageName(wizard), QStringLiteral("folderPage"));
        auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, path);
    }
    QString claimAgencyOf(const QString &deviceId) {
        for (const QJsonValue &c : m_devstack.claims())
            if (c.toObject().value(QStringLiteral("device_id")).toString() == deviceId)
                return c.toObject().value(QStringLiteral("agency_id")).toString();
        return {};
    }
    SyncthingService *engine() const { return AppControllerTestAccess::syncthing(*m_app); }

private slots:
    void initTestCase() {
        QVERIFY2(m_devstack.available(), "run with DEVSTACK");
        QVERIFY(m_tmp.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("figestio-sync"));
        QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
        QApplication::setQuitOnLastWindowClosed(false);
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
        m_browser = new SigninBrowser(this);
        m_browser->setUser(QStringLiteral("bob"));
    }
    void cleanupTestCase() {
        if (!m_app)
            return;
        QSignalSpy finished(m_app.get(), &AppController::finished);
        m_app->quit();
        finished.wait(30000);
        m_app.reset();
    }

    void changeAgencyFromSettings() {
        m_app = std::make_unique<AppController>();
        QSignalSpy restored(m_app.get(), &AppController::restored);
        m_app->start();
        QVERIFY(restored.wait(20000));
        SetupWizard *wizard = AppControllerTestAccess::wizard(*m_app);
        QVERIFY(wizard);
        QTRY_COMPARE(pageName(wizard), QStringLiteral("welcomePage"));
        click(wizard->button(QWizard::NextButton));
        QTRY_COMPARE(pageName(wizard), QStringLiteral("signInPage"));
        click(wizard->findChild<QPushButton *>(QStringLiteral("signInButton")));
        chooseAgency(wizard, QStringLiteral("Puig"));
        const QString puig = m_tmp.filePath(QStringLiteral("Puig"));
        setFolder(wizard, puig);
        click(wizard->button(QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(pageName(wizard), QStringLiteral("donePage"), 60000);
        QCOMPARE(m_app->setupFlow()->agencyId(), QStringLiteral("ag_1"));
        const QString oldId = engine()->deviceId();
        QVERIFY(writeFile(puig + QStringLiteral("/puig.txt"), "puig\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(QStringLiteral("ag_1"), QStringLiteral("puig.txt")), 30000);
        wizard->hide();

        // Settings: "Change agency…" appears once the agencies are read (bob has two).
        TrayIconTestAccess::action(*AppControllerTestAccess::tray(*m_app),
                                   QStringLiteral("settingsAction"))
            ->trigger();
        SettingsDialog *settings = AppControllerTestAccess::settingsDialog(*m_app);
        QVERIFY(settings);
        auto *change = settings->findChild<QPushButton *>(QStringLiteral("changeAgencyButton"));
        QVERIFY(change);
        QTRY_VERIFY_WITH_TIMEOUT(change->isVisible(), 15000);
        for (const QString &lang : Translations::available()) {
            Translations::setLanguage(lang);
            QCoreApplication::processEvents(); // LanguageChange is posted
            screenshot(settings, QStringLiteral("settings-change-agency-%1.png").arg(lang));
        }
        Translations::setLanguage(QStringLiteral("en"));
        click(change);

        // The agency page, then the question, then a folder of the new agency's own.
        QTRY_VERIFY(wizard->isVisible());
        // The agency synced now is marked and cannot be chosen; the other one is checked.
        QTRY_COMPARE(pageName(wizard), QStringLiteral("agencyPage"));
        for (QRadioButton *radio : wizard->findChildren<QRadioButton *>()) {
            const bool current = radio->text().contains(QStringLiteral("Puig"));
            QCOMPARE(radio->isEnabled(), !current);
            QCOMPARE(radio->isChecked(), !current);
        }
        chooseAgency(wizard, QStringLiteral("Vidal"));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->agency()->id, QStringLiteral("ag_2"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(SetupWizardTestAccess::switchAgencyQuestion(*wizard), 10000);
        QMessageBox *question = SetupWizardTestAccess::switchAgencyQuestion(*wizard);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(question->text().contains(QStringLiteral("Assessoria Vidal")));
        screenshot(question, QStringLiteral("wizard-switch-agency-question.png"));
        click(question->findChild<QPushButton *>(QStringLiteral("switchAgencyButton")));
        QTRY_COMPARE(pageName(wizard), QStringLiteral("folderPage"));
        auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("folderEdit"));
        QVERIFY(edit->text().endsWith(QStringLiteral("Figestió - Assessoria Vidal")));
        const QString vidal = m_tmp.filePath(QStringLiteral("Vidal"));
        setFolder(wizard, vidal);
        screenshot(wizard, QStringLiteral("wizard-switch-agency-folder.png"));
        click(wizard->button(QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(pageName(wizard), QStringLiteral("donePage"), 90000);
        screenshot(wizard, QStringLiteral("wizard-switch-agency-done.png"));

        // Set up for ag_2 with a new device; the old folder keeps its files.
        QCOMPARE(m_app->setupFlow()->agencyId(), QStringLiteral("ag_2"));
        QCOMPARE(QDir::cleanPath(m_app->setupFlow()->folderPath()), vidal);
        QTRY_VERIFY_WITH_TIMEOUT(engine()->isRunning(), 30000);
        const QString newId = engine()->deviceId();
        QVERIFY(newId != oldId);
        QCOMPARE(claimAgencyOf(newId), QStringLiteral("ag_2"));
        QVERIFY(QFile::exists(puig + QStringLiteral("/puig.txt")));
        QVERIFY(!m_app->setupFlow()->switchesAgency());
        // The new folder syncs (through the app's own change detection) with ag_2's.
        QVERIFY(writeFile(vidal + QStringLiteral("/vidal.txt"), "vidal\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_devstack.serverHasFile(QStringLiteral("ag_2"), QStringLiteral("vidal.txt")), 30000);
    }
};

QTEST_MAIN(TestE2eChangeAgency)
#include "tst_e2e_change_agency.moc"
