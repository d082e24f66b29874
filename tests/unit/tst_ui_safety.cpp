// "Is it safe?" (issue 9 §5): the facts (Safety::of a real SyncState fed like the engine feeds
// it) and the plain words (safetyText) for every case, in English, Catalan and Spanish.
#include "ui_support.h"

#include "SafetyText.h"
#include "Translations.h"
#include "TrayPresenter.h"
#include "syncthing/Safety.h"
#include "syncthing/SyncState.h"

#include <QLocale>
#include <QTest>

#include <utility>

using namespace figestio;
using L = Safety::Level;

class TestUiSafety : public QObject {
    Q_OBJECT
private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0)); // a Thursday

    static Completion complete() {
        Completion c;
        c.completion = 100;
        return c;
    }
    static void safeState(SyncState &s) {
        uitest::makeUpToDate(s);
        FolderStatus st;
        st.state = QStringLiteral("idle");
        st.globalFiles = 1234;
        s.applyFolderStatus(uitest::kFolder, st);
        s.applyCompletion(uitest::kFolder, uitest::kServer, complete());
    }

    // The words in Catalan and in Spanish (the UI back in English after).
    std::pair<QString, QString> inCatalanAndSpanish(const Safety &safety) const {
        Translations::setLanguage(QStringLiteral("ca"));
        const QString ca = safetyText(safety, m_now);
        Translations::setLanguage(QStringLiteral("es"));
        const QString es = safetyText(safety, m_now);
        Translations::setLanguage(QStringLiteral("en"));
        return {ca, es};
    }

private slots:
    void initTestCase() {
        uitest::initApp(QStringLiteral("tst_ui_safety"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void upToDateRightAwayIsSafeAndNotNever() {
        SyncState s;
        safeState(s);
        const Safety safety = Safety::of(s);
        QCOMPARE(safety.level, L::Safe);
        QCOMPARE(safety.files, 1234);
        QVERIFY(safety.checkedAt.isValid());
        // Nothing was transferred, yet the folder is known to be in step: not "never".
        QVERIFY(s.lastSyncTime().isValid());
    }

    void filesOnTheirWayAreSending() {
        SyncState s;
        safeState(s);
        Completion c;
        c.completion = 97;
        c.needItems = 3;
        c.needBytes = 1200000;
        s.applyCompletion(uitest::kFolder, uitest::kServer, c);
        const Safety safety = Safety::of(s);
        QCOMPARE(safety.level, L::Sending);
        QCOMPARE(safety.sendingItems, 3);
        QCOMPARE(safetyText(safety, m_now),
                 QStringLiteral("3 files (1.2 MB) are still on their way to the server"));
    }

    void aDisconnectionIsOfflineSinceThen() {
        SyncState s;
        safeState(s);
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-30);
        s.applyEvent(SyncthingEvent{1,
                                    QStringLiteral("DeviceDisconnected"),
                                    when,
                                    {{"id", uitest::kServer.toStdString()}, {"error", "EOF"}}});
        const Safety safety = Safety::of(s);
        QCOMPARE(safety.level, L::Offline);
        QCOMPARE(safety.lastContact, when);
        // A few seconds offline is not yet an alarm.
        QCOMPARE(safetyText(safety), QStringLiteral("Reconnecting to the Figestió server…"));
    }

    void lastSeenComesFromTheEngineAtStart() {
        SyncState s;
        s.setTracked(uitest::kFolder, uitest::kServer);
        s.setEngine(SyncState::Engine::Running);
        FolderConfig fc;
        fc.id = uitest::kFolder;
        fc.path = QStringLiteral("/tmp/f");
        s.applyFolderConfigs({fc});
        const QDateTime seen = m_now.addDays(-3);
        s.applyDeviceLastSeen({{uitest::kServer, seen}});
        QCOMPARE(Safety::of(s).level, L::Offline);
        QCOMPARE(Safety::of(s).lastContact, seen);
    }

    void pausedAndProblem() {
        SyncState s;
        safeState(s);
        s.applyEvent(SyncthingEvent{
            2, QStringLiteral("DevicePaused"), m_now, {{"device", uitest::kServer.toStdString()}}});
        QCOMPARE(Safety::of(s).level, L::Paused);
        SyncState e;
        safeState(e);
        FolderStatus st;
        st.state = QStringLiteral("error");
        st.error = QStringLiteral("folder path missing");
        e.applyFolderStatus(uitest::kFolder, st);
        QCOMPARE(Safety::of(e).level, L::Problem);
        QVERIFY(safetyText(Safety::of(e)).startsWith(QStringLiteral("Not safe: ")));
    }

    void notSetUpIsUnknown() {
        SyncState s;
        QCOMPARE(Safety::of(s).level, L::Unknown);
        QCOMPARE(safetyText(Safety::of(s)),
                 QStringLiteral("Checking whether your files are safe…"));
    }

    void wordsInEnglish() {
        Safety s;
        s.level = L::Safe;
        s.files = 1234;
        s.checkedAt = m_now.addSecs(-125);
        QCOMPARE(safetyText(s, m_now),
                 QStringLiteral("All 1,234 files are safe on the Figestió server · checked 2 "
                                "minutes ago"));
        s.files = 1;
        QCOMPARE(safetyText(s, m_now),
                 QStringLiteral("Your 1 file is safe on the Figestió server · checked 2 minutes "
                                "ago"));
        s.files = 0;
        QVERIFY(safetyText(s, m_now).startsWith(QStringLiteral("Your folder is empty")));
        s.files = 10;
        s.receivingItems = 2;
        QVERIFY(safetyText(s, m_now).endsWith(QStringLiteral(" · 2 more on their way to this "
                                                             "computer")));

        Safety off;
        off.level = L::Offline;
        off.lastContact = QDateTime(QDate(2026, 11, 23), QTime(9, 30)); // Monday
        QCOMPARE(safetyText(off, m_now),
                 QStringLiteral("Not safe: the server has not been reached since Monday"));
        off.lastContact = m_now.addSecs(-3 * 3600);
        QCOMPARE(safetyText(off, m_now),
                 QStringLiteral("Not safe: the server has not been reached since ") +
                     QLocale().toString(QTime(9, 0), QLocale::ShortFormat));
        off.lastContact = {};
        QCOMPARE(safetyText(off, m_now),
                 QStringLiteral("Not safe yet: the server has not been reached"));
    }

    void wordsInCatalanAndSpanish() {
        Safety s;
        s.level = L::Safe;
        s.files = 12;
        const auto [ca, es] = inCatalanAndSpanish(s);
        QCOMPARE(ca, QStringLiteral("Els 12 fitxers són a bon recer al servidor de Figestió"));
        QCOMPARE(es, QStringLiteral("Los 12 archivos están a salvo en el servidor de Figestió"));
    }

    // A conflict waiting is what the person must act on: the answer says so first, in plain
    // words and plural forms, in the status window's line and the tray tooltip alike.
    void aConflictWaitingIsSaidFirst() {
        SyncState s;
        safeState(s);
        s.setWaitingConflicts(1);
        const Safety safety = Safety::of(s);
        QCOMPARE(safety.level, L::Safe);
        QCOMPARE(safety.conflicts, 1);
        const QString text = safetyText(safety, m_now);
        QVERIFY2(text.startsWith(QStringLiteral("1 file needs your choice · All 1,234 files are "
                                                "safe on the Figestió server")),
                 qPrintable(text));

        TrayInput in;
        in.session = Session::State::SignedIn;
        in.setUp = true;
        in.overall = SyncState::Overall::UpToDate;
        in.safety = safety;
        in.now = m_now;
        QVERIFY2(TrayPresenter::present(in).tooltip.contains(text),
                 qPrintable(TrayPresenter::present(in).tooltip));

        Safety two;
        two.level = L::Offline;
        two.conflicts = 2;
        QVERIFY(safetyText(two, m_now).startsWith(QStringLiteral("2 files need your choice · ")));
        two.level = L::Safe;
        two.files = 12;
        const auto [ca, es] = inCatalanAndSpanish(two);
        QCOMPARE(ca, QStringLiteral("2 fitxers esperen que trieu · Els 12 fitxers són a bon recer "
                                    "al servidor de Figestió"));
        QCOMPARE(es, QStringLiteral("2 archivos esperan que elija · Los 12 archivos están a salvo "
                                    "en el servidor de Figestió"));

        s.setWaitingConflicts(0); // resolved: the plain answer again
        QVERIFY(safetyText(Safety::of(s), m_now).startsWith(QStringLiteral("All 1,234 files")));
    }

    void statusJsonKeysAreStable() {
        QCOMPARE(Safety::levelKey(L::Safe), QStringLiteral("safe"));
        QCOMPARE(Safety::levelKey(L::Offline), QStringLiteral("offline"));
        QCOMPARE(Safety::levelKey(L::Unknown), QStringLiteral("unknown"));
    }
};

QTEST_MAIN(TestUiSafety)
#include "tst_ui_safety.moc"
