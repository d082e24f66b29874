// The status window's "Needs your attention" over a real temporary folder holding a conflict
// copy: it lists the file with both dates, "Keep both" gives the copy a readable, translated
// name and the panel empties; every control is named; screenshots in the three languages.
#include "UiTestAccess.h"
#include "ui_support.h"

#include "ConflictPanel.h"
#include "StatusWindow.h"
#include "Translations.h"
#include "syncthing/ConflictMonitor.h"
#include "syncthing/SyncState.h"

#include "ConflictSamples.h"
#include "TestFiles.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;
using figestio::test::readFile;
using figestio::test::writeFile;

namespace {
const QString &kMe = figestio::test::kConflictMe;
// The server's edit won: the copy holds this computer's version (at the top of the folder).
const QString kCopy = figestio::test::kMyConflictCopy.section(QLatin1Char('/'), 1);
} // namespace

class TestUiConflicts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::initApp(QStringLiteral("tst_ui_conflicts")); }

    void keepBothInTheStatusWindow() {
        for (const QString &lang :
             {QStringLiteral("en"), QStringLiteral("ca"), QStringLiteral("es")}) {
            Translations::setLanguage(lang);
            QTemporaryDir dir;
            QVERIFY(writeFile(dir.filePath(QStringLiteral("factura.xlsx")), "agency"));
            QVERIFY(writeFile(dir.filePath(kCopy), "mine"));
            ConflictMonitor monitor;
            SyncState state;
            uitest::makeUpToDate(state, dir.path());
            StatusWindow w;
            w.bind(nullptr, &state);
            w.conflictPanel()->bind(&monitor);
            monitor.setFolder(dir.path(), kMe);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_COMPARE(ConflictPanelTestAccess::itemTexts(*w.conflictPanel()).size(), 1);
            QVERIFY(w.conflictPanel()->isVisible());
            QVERIFY(ConflictPanelTestAccess::itemTexts(*w.conflictPanel())
                        .first()
                        .startsWith(QStringLiteral("factura.xlsx\n")));
            QVERIFY2(uitest::unnamedControls(&w).isEmpty(),
                     qPrintable(uitest::unnamedControls(&w).join(QLatin1Char(','))));
            QVERIFY2(uitest::mnemonicClashes(&w).isEmpty(),
                     qPrintable(uitest::mnemonicClashes(&w).join(QLatin1Char(','))));
            QVERIFY(uitest::screenshot(&w, QStringLiteral("status-conflict-") + lang));

            QVERIFY(QTest::qWaitForWindowActive(&w));
            auto *keepBoth = w.findChild<QPushButton *>(QStringLiteral("keepBothButton"));
            keepBoth->setFocus();
            QTest::keyClick(keepBoth, Qt::Key_Space);
            QTRY_VERIFY(ConflictPanelTestAccess::itemTexts(*w.conflictPanel()).isEmpty());
            QVERIFY(!QFile::exists(dir.filePath(kCopy)));
            const QString kept = lang == QLatin1String("ca")
                                     ? QStringLiteral("factura (còpia de l'ordinador).xlsx")
                                 : lang == QLatin1String("es")
                                     ? QStringLiteral("factura (copia del ordenador).xlsx")
                                     : QStringLiteral("factura (copy of this computer).xlsx");
            // Issue 13: only the result stays, focused, and is read there (its description).
            auto *message = w.findChild<QLabel *>(QStringLiteral("conflictMessage"));
            QTRY_VERIFY(!w.findChild<QWidget *>(QStringLiteral("conflictList"))->isVisible());
            QVERIFY(!keepBoth->isVisible());
            QVERIFY(message->isVisible());
            QCOMPARE(QApplication::focusWidget(), message);
            QVERIFY2(message->accessibleDescription().contains(kept),
                     qPrintable(message->accessibleDescription()));
            QCOMPARE(readFile(dir.filePath(kept)), QByteArray("mine"));
            QCOMPARE(readFile(dir.filePath(QStringLiteral("factura.xlsx"))), QByteArray("agency"));
        }
        Translations::setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestUiConflicts)
#include "tst_ui_conflicts.moc"
