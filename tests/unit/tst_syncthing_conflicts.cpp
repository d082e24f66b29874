// ConflictList on a real temporary folder: which file is a conflict copy and whose; the
// readable "keep both" name; Keep mine / Keep the agency's / Keep both leave the right bytes
// under the right names; a conflict resolved twice says so.
#include "syncthing/ConflictList.h"

#include "ConflictSamples.h"
#include "TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace figestio;
using figestio::test::readFile;
using figestio::test::writeFile;

namespace {
const QString &kMe = figestio::test::kConflictMe;
const QString &kMyCopy = figestio::test::kMyConflictCopy;
const QString &kTheirCopy = figestio::test::kTheirConflictCopy;
} // namespace

class TestSyncthingConflicts : public QObject {
    Q_OBJECT
private slots:
    void parsesSyncthingsNames() {
        const auto mine = ConflictList::parse(kMyCopy, kMe);
        QVERIFY(mine);
        QCOMPARE(mine->originalPath, QStringLiteral("factures/factura.xlsx"));
        QCOMPARE(mine->copyDevice, QStringLiteral("SRVSRV2"));
        QVERIFY(mine->copyIsMine);
        QCOMPARE(mine->foundAt, QDateTime(QDate(2026, 11, 27), QTime(9, 30)));
        const auto theirs = ConflictList::parse(kTheirCopy, kMe);
        QVERIFY(theirs);
        QVERIFY(!theirs->copyIsMine);
        const auto noExt = ConflictList::parse(
            QStringLiteral("LLEGEIX.sync-conflict-20261127-093000-ABCDEFG"), kMe);
        QVERIFY(noExt);
        QCOMPARE(noExt->originalPath, QStringLiteral("LLEGEIX"));
        QVERIFY(!ConflictList::parse(QStringLiteral("factura.xlsx"), kMe));
        QVERIFY(!ConflictList::isConflictCopy(QStringLiteral("sync-conflict.txt")));
    }

    void keepBothNameIsReadableAndFree() {
        QStringList taken;
        auto exists = [&](const QString &p) { return taken.contains(p); };
        const QString label = QStringLiteral("còpia de l'ordinador");
        QCOMPARE(ConflictList::keepBothPath(QStringLiteral("f/factura.xlsx"), label, exists),
                 QStringLiteral("f/factura (còpia de l'ordinador).xlsx"));
        taken << QStringLiteral("f/factura (còpia de l'ordinador).xlsx");
        QCOMPARE(ConflictList::keepBothPath(QStringLiteral("f/factura.xlsx"), label, exists),
                 QStringLiteral("f/factura (còpia de l'ordinador 2).xlsx"));
        QCOMPARE(ConflictList::keepBothPath(QStringLiteral("LLEGEIX"), label, exists),
                 QStringLiteral("LLEGEIX (còpia de l'ordinador)"));
    }

    void theThreeChoicesOnDisk() {
        for (const auto choice : {ConflictList::Choice::KeepMine, ConflictList::Choice::KeepAgencys,
                                  ConflictList::Choice::KeepBoth}) {
            QTemporaryDir dir;
            QVERIFY(writeFile(dir.filePath(QStringLiteral("factures/factura.xlsx")), "agency"));
            QVERIFY(writeFile(dir.filePath(kMyCopy), "mine"));
            // A previous version of a copy is not a conflict.
            QVERIFY(writeFile(dir.filePath(QStringLiteral(".stversions/") + kTheirCopy), "old"));
            const QList<Conflict> found = ConflictList::scan(dir.path(), kMe);
            QCOMPARE(found.size(), 1);
            QVERIFY(found.first().mineModified.isValid());
            const Result<QString> r = ConflictList::resolve(dir.path(), found.first(), choice);
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QVERIFY(!QFile::exists(dir.filePath(kMyCopy)));
            const QByteArray original =
                readFile(dir.filePath(QStringLiteral("factures/factura.xlsx")));
            if (choice == ConflictList::Choice::KeepMine)
                QCOMPARE(original, QByteArray("mine"));
            else
                QCOMPARE(original, QByteArray("agency"));
            if (choice == ConflictList::Choice::KeepBoth)
                QCOMPARE(readFile(dir.filePath(r.value())), QByteArray("mine"));
            QVERIFY(ConflictList::scan(dir.path(), kMe).isEmpty());
            // Twice: the copy is gone, said in words.
            const Result<QString> again = ConflictList::resolve(dir.path(), found.first(), choice);
            QVERIFY(!again.ok());
            QVERIFY(again.error().message.contains(QStringLiteral("already resolved")));
        }
    }

    void theAgencysCopyKeptOverMine() {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("factura.xlsx")), "mine"));
        QVERIFY(writeFile(dir.filePath(kTheirCopy), "agency"));
        const QList<Conflict> found = ConflictList::scan(dir.path(), kMe);
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().copyIsMine);
        QVERIFY(ConflictList::resolve(dir.path(), found.first(), ConflictList::Choice::KeepAgencys)
                    .ok());
        QCOMPARE(readFile(dir.filePath(QStringLiteral("factura.xlsx"))), QByteArray("agency"));
    }
};

QTEST_GUILESS_MAIN(TestSyncthingConflicts)
#include "tst_syncthing_conflicts.moc"
