// The mass-delete guard's logic without Syncthing (the guard itself runs against the real
// engine in tst_syncthing_guard): when a batch is held, what the answers it reads mean, the
// hold written into config.xml before a start, and the watcher on a real folder.
#include "SyncthingTestAccess.h"
#include "TestFiles.h"

#include "syncthing/DeletionGuard.h"
#include "syncthing/DeletionPolicy.h"
#include "syncthing/FolderIndex.h"
#include "syncthing/FolderWatcher.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;

class TestGuardParts : public QObject {
    Q_OBJECT
private slots:
    void thresholdNeedsBothCountAndShare_data() {
        QTest::addColumn<qint64>("deleted");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("held");
        QTest::newRow("3 of 100") << qint64(3) << qint64(100) << false;
        QTest::newRow("19 of 20: too few files") << qint64(19) << qint64(20) << false;
        QTest::newRow("20 of 100: both at the limit") << qint64(20) << qint64(100) << true;
        QTest::newRow("25 of 100") << qint64(25) << qint64(100) << true;
        QTest::newRow("100 of 120") << qint64(100) << qint64(120) << true;
        QTest::newRow("20 of 101: under 20 %") << qint64(20) << qint64(101) << false;
        QTest::newRow("30 of 10000: a subfolder") << qint64(30) << qint64(10000) << false;
        QTest::newRow("2000 of 10000") << qint64(2000) << qint64(10000) << true;
        QTest::newRow("20 of unknown") << qint64(20) << qint64(0) << true;
        QTest::newRow("0 of 0") << qint64(0) << qint64(0) << false;
    }
    void thresholdNeedsBothCountAndShare() {
        QFETCH(qint64, deleted);
        QFETCH(qint64, total);
        QFETCH(bool, held);
        QCOMPARE(DeletionPolicy::isMass(deleted, total), held);
    }

    void browseTreeListsFilesWithTheirPaths() {
        const QByteArray body = R"([
          {"name":"a.txt","type":"FILE_INFO_TYPE_FILE","size":2},
          {"name":"sub","type":"FILE_INFO_TYPE_DIRECTORY","children":[
            {"name":"b.txt","type":"FILE_INFO_TYPE_FILE"},
            {"name":"empty","type":"FILE_INFO_TYPE_DIRECTORY","children":[]}]}])";
        const auto all = FolderIndex::parseTree(body, {});
        QVERIFY(all.ok());
        QCOMPARE(all.value(), (QStringList{"a.txt", "sub/b.txt"}));
        const auto under = FolderIndex::parseTree(R"([{"name":"b.txt"}])", QStringLiteral("sub"));
        QCOMPARE(under.value(), QStringList{"sub/b.txt"});
        QVERIFY(FolderIndex::parseTree("null", {}).ok());
        QVERIFY(FolderIndex::parseTree("{}", {}).ok()); // a prefix not in the index
        QVERIFY(!FolderIndex::parseTree("[{\"size\":1}]", {}).ok());
        QVERIFY(!FolderIndex::parseTree("not json", {}).ok());
    }

    void needAndHeldChangesAreRead() {
        const auto need = FolderIndex::parseNeed(
            R"({"progress":[{"name":"p.txt"}],"queued":[],"rest":[{"name":"r/x.txt"}],"page":1})");
        QVERIFY(need.ok());
        QCOMPARE(need.value(), (QStringList{"p.txt", "r/x.txt"}));
        QVERIFY(!FolderIndex::parseNeed(R"({"rest":[{"nom":1}]})").ok());

        const auto held = FolderIndex::parseHeldChanges(
            R"({"globalFiles":10,"receiveOnlyChangedDeletes":3,"needTotalItems":1,"state":"idle"})");
        QVERIFY(held.ok());
        QCOMPARE(held.value().deletes, qint64(3));
        QCOMPARE(held.value().globalFiles, qint64(10));
        QCOMPARE(held.value().needItems, qint64(1));
        QVERIFY(!FolderIndex::parseHeldChanges(R"({"state":"idle"})").ok());

        // Recorded from Syncthing 1.19's /rest/db/localchanged (trimmed).
        const auto local = FolderIndex::parseLocalChanges(R"({"files":[
            {"deleted":true,"name":"f1.txt","type":"FILE_INFO_TYPE_FILE","localFlags":8},
            {"deleted":false,"name":"nou.txt","type":"FILE_INFO_TYPE_FILE"},
            {"deleted":true,"name":"dir","type":"FILE_INFO_TYPE_DIRECTORY"}],"page":1})");
        QVERIFY(local.ok());
        QCOMPARE(local.value().deleted, QStringList{"f1.txt"});
        QCOMPARE(local.value().changed, QStringList{"nou.txt"});
    }

    void holdIsWrittenIntoTheFolderOfConfigXml() {
        const QByteArray xml = R"(<configuration version="35">
    <folder id="other" label="o" path="/x" type="sendreceive" rescanIntervalS="3600">
    </folder>
    <folder id="figestio-ag_1" label="Agency" path="/home/a/F" type="sendreceive" rescanIntervalS="0">
        <device id="AAA"></device>
    </folder>
</configuration>)";
        const QByteArray held = DeletionGuard::holdInConfig(xml, QStringLiteral("figestio-ag_1"));
        QVERIFY(held.contains(
            R"(<folder id="figestio-ag_1" label="Agency" path="/home/a/F" type="receiveonly")"));
        QVERIFY(held.contains(R"(<folder id="other" label="o" path="/x" type="sendreceive")"));
        QCOMPARE(DeletionGuard::holdInConfig(xml, QStringLiteral("missing")), xml);
        QCOMPARE(DeletionGuard::holdInConfig(held, QStringLiteral("figestio-ag_1")), held);

        QTemporaryDir home;
        QVERIFY(test::writeFile(home.filePath(QStringLiteral("config.xml")), xml));
        QVERIFY(DeletionGuard::holdAtNextStart(home.path(), QStringLiteral("figestio-ag_1")));
        QCOMPARE(test::readFile(home.filePath(QStringLiteral("config.xml"))), held);
        QVERIFY(!DeletionGuard::holdAtNextStart(home.filePath(QStringLiteral("none")),
                                                QStringLiteral("figestio-ag_1")));
    }

    void coverKeepsTheOutermostFolders() {
        QCOMPARE(FolderWatcher::minimalCover({"a/b", "a", "c/d", "c/e"}),
                 (QStringList{"a", "c/d", "c/e"}));
        QCOMPARE(FolderWatcher::minimalCover({"a", "", "b"}), QStringList{QString()});
        QCOMPARE(FolderWatcher::minimalCover({"ab", "a"}), (QStringList{"a", "ab"}));
    }

    void watcherNamesChangedFoldersAndNoticesTheFolderGoing() {
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("F"));
        QVERIFY(test::writeFile(root + QStringLiteral("/.stfolder/x"), {}));
        QVERIFY(test::writeFile(root + QStringLiteral("/sub/deep/a.txt"), "a"));
        FolderWatcher w;
        QSignalSpy changed(&w, &FolderWatcher::changed);
        QSignalSpy vanished(&w, &FolderWatcher::vanished);
        QSignalSpy returned(&w, &FolderWatcher::returned);
        w.setPath(root);
        QVERIFY(SyncthingTestAccess::isPresent(w));
        QTRY_COMPARE(SyncthingTestAccess::watchedCount(w),
                     3); // root, sub, sub/deep (not .stfolder)
        QVERIFY(QFile::remove(root + QStringLiteral("/sub/deep/a.txt")));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().first().toStringList(), QStringList{"sub/deep"});
        // A new subfolder is watched too.
        QVERIFY(QDir().mkpath(root + QStringLiteral("/sub/new")));
        QVERIFY(changed.wait(5000));
        QTRY_COMPARE(SyncthingTestAccess::watchedCount(w), 4);
        QVERIFY(test::writeFile(root + QStringLiteral("/sub/new/b.txt"), "b"));
        QTRY_VERIFY(!changed.isEmpty() &&
                    changed.last().first().toStringList() == QStringList{"sub/new"});

        QVERIFY(QDir().rename(root, root + QStringLiteral(".away")));
        QVERIFY(vanished.wait(5000));
        QVERIFY(!SyncthingTestAccess::isPresent(w));
        QVERIFY(QDir().rename(root + QStringLiteral(".away"), root));
        QVERIFY(returned.wait(5000));
        QTRY_COMPARE(SyncthingTestAccess::watchedCount(w), 4);
        QCOMPARE(w.limit(), FolderWatcher::Limit::None);
    }
};

QTEST_GUILESS_MAIN(TestGuardParts)
#include "tst_syncthing_guardparts.moc"
