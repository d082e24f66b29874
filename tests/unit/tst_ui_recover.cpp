// The Recover files window without Syncthing (the versions API is tested against the real
// engine in tst_setup_devstack): rows newest first with what happened, search, a restore of
// several asks for the newest chosen version of each path, every control is named, and the
// window is photographed in the three languages.
#include "UiTestAccess.h"
#include "ui_support.h"

#include "RecoverWindow.h"
#include "Translations.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace figestio;

class TestUiRecover : public QObject {
    Q_OBJECT
private:
    static QList<FileVersion> sample() {
        auto v = [](const char *path, const char *raw, qint64 size, bool exists) {
            FileVersion f;
            f.path = QString::fromUtf8(path);
            f.versionTimeRaw = QString::fromLatin1(raw);
            f.versionTime = QDateTime::fromString(f.versionTimeRaw, Qt::ISODate);
            f.size = size;
            f.currentExists = exists;
            return f;
        };
        // Newest first, as VersionsClient answers.
        return {v("factures/gener.xlsx", "2026-11-26T10:00:00+01:00", 24000, true),
                v("resposta.txt", "2026-11-25T09:00:00+01:00", 6, false),
                v("factures/gener.xlsx", "2026-11-20T08:00:00+01:00", 23000, true),
                v("nòmines/octubre.pdf", "2026-11-02T17:30:00+01:00", 150000, false)};
    }

private slots:
    void initTestCase() { uitest::initApp(QStringLiteral("tst_ui_recover")); }
    // A case that fails half-way leaves its language behind: the next starts in English anyway.
    void cleanup() { Translations::setLanguage(QStringLiteral("en")); }

    void listsNewestFirstWithWhatHappened() {
        RecoverWindow w;
        w.showVersions(sample());
        QCOMPARE(RecoverWindowTestAccess::visiblePaths(w),
                 (QStringList{"factures/gener.xlsx", "resposta.txt", "factures/gener.xlsx",
                              QStringLiteral("nòmines/octubre.pdf")}));
        QVERIFY(
            RecoverWindowTestAccess::statusText(w).contains(QStringLiteral("4 previous versions")));
        QVERIFY(!RecoverWindowTestAccess::restoreEnabled(w)); // nothing chosen yet
    }

    void searchNarrowsTheList() {
        RecoverWindow w;
        w.showVersions(sample());
        RecoverWindowTestAccess::setSearch(w, QStringLiteral("GENER"));
        QCOMPARE(RecoverWindowTestAccess::visiblePaths(w),
                 (QStringList{"factures/gener.xlsx", "factures/gener.xlsx"}));
        RecoverWindowTestAccess::setSearch(w, QStringLiteral("nòm"));
        QCOMPARE(RecoverWindowTestAccess::visiblePaths(w),
                 QStringList{QStringLiteral("nòmines/octubre.pdf")});
        RecoverWindowTestAccess::setSearch(w, {});
        QCOMPARE(RecoverWindowTestAccess::visiblePaths(w).size(), 4);
    }

    // While searching, how many rows are left ("2 of 4 shown", plural-aware) is shown next to
    // the search box and is the box's accessible description (what a screen reader hears as it
    // changes); nothing left says so.
    void searchSaysHowManyAreShown() {
        RecoverWindow w;
        w.showVersions(sample());
        auto *search = w.findChild<QLineEdit *>(QStringLiteral("recoverSearch"));
        QCOMPARE(RecoverWindowTestAccess::shownText(w), QString());
        RecoverWindowTestAccess::setSearch(w, QStringLiteral("gener"));
        QCOMPARE(RecoverWindowTestAccess::shownText(w), QStringLiteral("2 of 4 shown"));
        QVERIFY2(search->accessibleDescription().startsWith(QStringLiteral("2 of 4 shown")),
                 qPrintable(search->accessibleDescription()));
        RecoverWindowTestAccess::setSearch(w, QStringLiteral("resposta"));
        QCOMPARE(RecoverWindowTestAccess::shownText(w), QStringLiteral("1 of 4 shown"));
        RecoverWindowTestAccess::setSearch(w, QStringLiteral("zzz"));
        QCOMPARE(RecoverWindowTestAccess::shownText(w),
                 QStringLiteral("No file name contains “zzz”."));
        QVERIFY(search->accessibleDescription().startsWith(QStringLiteral("No file name")));
        Translations::setLanguage(QStringLiteral("ca"));
        RecoverWindowTestAccess::setSearch(w, QStringLiteral("gener"));
        QCOMPARE(RecoverWindowTestAccess::shownText(w), QStringLiteral("2 de 4 visibles"));
        Translations::setLanguage(QStringLiteral("es"));
        RecoverWindowTestAccess::setSearch(w, QStringLiteral("resposta"));
        QCOMPARE(RecoverWindowTestAccess::shownText(w), QStringLiteral("1 de 4 visible"));
        Translations::setLanguage(QStringLiteral("en"));
        RecoverWindowTestAccess::setSearch(w, {});
        QCOMPARE(RecoverWindowTestAccess::shownText(w), QString());
        QCOMPARE(search->accessibleDescription(),
                 QStringLiteral("Shows only the files whose name contains this text"));
    }

    // At the default size every column but the name shows its whole text (no "(main fol…"),
    // the name keeps room, and nothing scrolls sideways, in the three languages.
    void columnsFitAtTheDefaultSize() {
        for (const QString &lang :
             {QStringLiteral("ca"), QStringLiteral("es"), QStringLiteral("en")}) {
            Translations::setLanguage(lang);
            RecoverWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showVersions(sample());
            auto *list = w.findChild<QTreeWidget *>(QStringLiteral("recoverList"));
            QHeaderView *header = list->header();
            // Public in QAbstractItemView (QTreeView makes its override protected).
            const QAbstractItemView *view = list;
            for (int column = 0; column < list->columnCount(); ++column)
                QVERIFY2(header->sectionSize(column) >= view->sizeHintForColumn(column),
                         qPrintable(QStringLiteral("%1: column %2 is %3 px, needs %4")
                                        .arg(lang)
                                        .arg(column)
                                        .arg(header->sectionSize(column))
                                        .arg(view->sizeHintForColumn(column))));
            QTRY_VERIFY(!list->horizontalScrollBar()->isVisible());
        }
        Translations::setLanguage(QStringLiteral("en"));
    }

    void restoringSeveralAsksForTheNewestOfEach() {
        RecoverWindow w;
        w.showVersions(sample());
        QSignalSpy asked(&w, &RecoverWindow::restoreRequested);
        RecoverWindowTestAccess::selectPaths(
            w, {QStringLiteral("factures/gener.xlsx"), QStringLiteral("resposta.txt")});
        QVERIFY(RecoverWindowTestAccess::restoreEnabled(w));
        QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("recoverRestoreButton")),
                          Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        const auto chosen = asked.first().first().value<VersionsClient::Restore>();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.value(QStringLiteral("factures/gener.xlsx")),
                 QStringLiteral("2026-11-26T10:00:00+01:00"));
        QCOMPARE(chosen.value(QStringLiteral("resposta.txt")),
                 QStringLiteral("2026-11-25T09:00:00+01:00"));

        QSignalSpy refresh(&w, &RecoverWindow::refreshRequested);
        // Two asked for, one failed: one came back.
        w.showRestored({{QStringLiteral("resposta.txt"), QStringLiteral("permission denied")}});
        QVERIFY(RecoverWindowTestAccess::statusText(w).contains(QStringLiteral("1 file restored")));
        QVERIFY(
            RecoverWindowTestAccess::statusText(w).contains(QStringLiteral("permission denied")));
        QCOMPARE(refresh.count(), 1); // the list is read again
        // Issue 13: the outcome stays while the list is read again, first, and is the status's
        // accessible description (what a screen reader with the focus there hears).
        w.showLoading();
        w.showVersions(sample());
        const QString text = RecoverWindowTestAccess::statusText(w);
        QVERIFY(text.startsWith(QStringLiteral("1 file restored")));
        QVERIFY(text.contains(QStringLiteral("4 previous versions")));
        auto *status = w.findChild<QLabel *>(QStringLiteral("recoverStatus"));
        QCOMPARE(status->accessibleDescription(), text);
    }

    // Issue 13: Restore is disabled while it works; the focus goes to the status, not lost.
    void restoringMovesTheFocusToTheStatus() {
        RecoverWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showVersions(sample());
        RecoverWindowTestAccess::selectPaths(w, {QStringLiteral("resposta.txt")});
        auto *restore = w.findChild<QPushButton *>(QStringLiteral("recoverRestoreButton"));
        restore->setFocus();
        QTest::keyClick(restore, Qt::Key_Space);
        QVERIFY(!restore->isEnabled());
        QCOMPARE(QApplication::focusWidget(),
                 w.findChild<QLabel *>(QStringLiteral("recoverStatus")));
    }

    void emptyAndErrorSayWhy() {
        RecoverWindow w;
        w.showVersions({});
        QVERIFY(RecoverWindowTestAccess::statusText(w).startsWith(
            QStringLiteral("Nothing to recover")));
        w.showError(QStringLiteral("The sync service is not running."));
        QVERIFY(RecoverWindowTestAccess::statusText(w).contains(QStringLiteral("not running")));
    }

    void everyControlIsNamedInEveryLanguage() {
        for (const QString &lang :
             {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")}) {
            Translations::setLanguage(lang);
            RecoverWindow w;
            w.showVersions(sample());
            RecoverWindowTestAccess::selectPaths(w, {QStringLiteral("resposta.txt")});
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QString problems = uitest::accessProblems(&w);
            QVERIFY2(problems.isEmpty(), qPrintable(problems));
            QVERIFY(uitest::screenshot(&w, QStringLiteral("recover-") + lang));
        }
        Translations::setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUiRecover)
#include "tst_ui_recover.moc"
