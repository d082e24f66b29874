// FolderProtection's pure parts: the managed .stignore block keeps a person's own lines, is
// idempotent, repairs a damaged block; the versioning keeps files at least 30 days; the folder
// config round-trips the versioning through RestClient's JSON.
#include "setup/FolderProtection.h"
#include "setup/IgnoreBlock.h"
#include "syncthing/RestClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;

namespace {
QString block() {
    return (QStringList{IgnoreBlock::beginMarker()} + IgnoreBlock::patterns() +
            QStringList{IgnoreBlock::endMarker()})
        .join(QLatin1Char('\n'));
}
} // namespace

class TestSetupProtection : public QObject {
    Q_OBJECT
private slots:
    void emptyFileGetsOnlyTheBlock() {
        QCOMPARE(IgnoreBlock::merge(QString()), block() + QLatin1Char('\n'));
    }

    void userLinesAreKeptInOrderAfterTheBlock() {
        const QString user =
            QStringLiteral("// meus\nprivat/\n!privat/important.txt\n#include extra\n");
        const QString merged = IgnoreBlock::merge(user);
        QCOMPARE(merged, block() + QLatin1Char('\n') + user);
    }

    void mergeIsIdempotent() {
        const QString once = IgnoreBlock::merge(QStringLiteral("a.txt\n"));
        QCOMPARE(IgnoreBlock::merge(once), once);
    }

    void anOldBlockIsReplacedWherever_itStood() {
        const QString old = QStringLiteral("mine1\n") + IgnoreBlock::beginMarker() +
                            QStringLiteral("\n(?d)old-pattern\n") + IgnoreBlock::endMarker() +
                            QStringLiteral("\nmine2\r\n");
        const QString merged = IgnoreBlock::merge(old);
        QCOMPARE(merged, block() + QStringLiteral("\nmine1\nmine2\n"));
        QVERIFY(!merged.contains(QStringLiteral("old-pattern")));
    }

    void aBlockWithoutItsEndKeepsTheUsersLines() {
        const QString damaged = IgnoreBlock::beginMarker() + QLatin1Char('\n') +
                                IgnoreBlock::patterns().first() + QStringLiteral("\nmine\n");
        QCOMPARE(IgnoreBlock::merge(damaged), block() + QStringLiteral("\nmine\n"));
    }

    void theBlockCoversLockAndSystemFiles() {
        const QStringList p = IgnoreBlock::patterns();
        for (const char *pattern : {"(?d)~$*", "(?d).~lock.*#", "(?d)(?i)Thumbs.db",
                                    "(?d)(?i)desktop.ini", "(?d).DS_Store", "(?d)*.crdownload"})
            QVERIFY2(p.contains(QLatin1String(pattern)), pattern);
        for (const QString &line : p)
            QVERIFY2(line.startsWith(QLatin1String("(?d)")), qPrintable(line));
    }

    void applyToWritesOnlyWhenItChanges() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral(".stignore")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine\n");
        f.close();
        Result<bool> first = IgnoreBlock::applyTo(dir.path());
        QVERIFY(first.ok());
        QVERIFY(first.value());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), block() + QStringLiteral("\nmine\n"));
        f.close();
        Result<bool> second = IgnoreBlock::applyTo(dir.path());
        QVERIFY(second.ok());
        QVERIFY(!second.value());
    }

    void applyToAMissingFolderIsAnErrorInWords() {
        const Result<bool> r = IgnoreBlock::applyTo(QStringLiteral("/nonexistent/figestio/x"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral(".stignore")));
    }

    void versioningKeepsAtLeastThirtyDays() {
        const VersioningConfig v = FolderProtection::versioning();
        QCOMPARE(v.type, QStringLiteral("staggered"));
        QVERIFY(v.params.value(QStringLiteral("maxAge")).toLongLong() >= 30LL * 24 * 3600);
    }

    void folderJsonCarriesTheVersioning() {
        FolderConfig f;
        f.id = QStringLiteral("f");
        f.path = QStringLiteral("/tmp/f");
        f.versioning = FolderProtection::versioning();
        const nlohmann::json j = nlohmann::json::array({RestClient::folderToJson(f)});
        QCOMPARE(j[0]["versioning"]["type"].get<std::string>(), std::string("staggered"));
        QCOMPARE(j[0]["versioning"]["params"]["maxAge"].get<std::string>(), std::string("2592000"));
    }
};

QTEST_GUILESS_MAIN(TestSetupProtection)
#include "tst_setup_protection.moc"
