// The mass-delete question (the guard is tested against the real engine in
// tst_syncthing_guard): it says how many and which, focus starts on the safe answer, each
// answer is asked once and the window then shows progress, every control is named, and it is
// photographed in the three languages.
#include "ui_support.h"

#include "DeletionWindow.h"
#include "Translations.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace figestio;

class TestUiDeletion : public QObject {
    Q_OBJECT
private:
    static DeletionHold sample(bool atStart = false) {
        DeletionHold h;
        h.deleted = 25;
        h.total = 100;
        h.examples = {QStringLiteral("factures/gener.xlsx"), QStringLiteral("nòmines/octubre.pdf")};
        h.atStart = atStart;
        return h;
    }
    static QPushButton *button(QWidget &w, const char *name) {
        return w.findChild<QPushButton *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase() { uitest::initApp(QStringLiteral("tst_ui_deletion")); }

    void saysHowManyAndWhich() {
        DeletionWindow w;
        w.showHold(sample());
        const QString q = w.findChild<QLabel *>(QStringLiteral("deletionQuestion"))->text();
        QVERIFY2(q.contains(QStringLiteral("25 files")) && q.contains(QStringLiteral("25 %")),
                 qPrintable(q));
        QVERIFY(q.contains(QStringLiteral("Nothing has been deleted at the agency yet")));
        QCOMPARE(w.accessibleDescription(), q);
        auto *list = w.findChild<QListWidget *>(QStringLiteral("deletionExamples"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(2)->text(), QStringLiteral("… and 23 more"));
        w.showHold(sample(true));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("deletionQuestion"))
                    ->text()
                    .contains(QStringLiteral("while the app was not running")));
    }

    void focusStartsOnRestoreAndEachAnswerIsAskedOnce() {
        DeletionWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        w.showHold(sample());
        QTRY_COMPARE(QApplication::focusWidget(), button(w, "deletionRestoreButton"));
        QSignalSpy restore(&w, &DeletionWindow::restoreRequested);
        QSignalSpy del(&w, &DeletionWindow::deleteRequested);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(restore.count(), 1);
        QVERIFY(!button(w, "deletionRestoreButton")->isEnabled());
        QVERIFY(!button(w, "deletionDeleteButton")->isEnabled());
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("deletionStatus"))
                    ->text()
                    .contains(QStringLiteral("Bringing the files back")));
        w.showError(QStringLiteral("The sync service is not running."));
        QVERIFY(button(w, "deletionDeleteButton")->isEnabled());
        QTest::mouseClick(button(w, "deletionDeleteButton"), Qt::LeftButton);
        QCOMPARE(del.count(), 1);
        QCOMPARE(restore.count(), 1);
    }

    void everyControlIsNamedInEveryLanguage() {
        for (const QString &lang :
             {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")}) {
            Translations::setLanguage(lang);
            DeletionWindow w;
            w.showHold(sample());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QString problems = uitest::accessProblems(&w);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            QVERIFY(uitest::screenshot(&w, QStringLiteral("deletion-") + lang));
        }
        Translations::setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUiDeletion)
#include "tst_ui_deletion.moc"
