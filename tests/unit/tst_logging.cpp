// The app's log file (DESIGN §7): rotated at its size limit, a bounded number of old files
// kept, every file private to the user.
#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace figestio;

class TestLogging : public QObject {
    Q_OBJECT
private slots:
    void rotatesKeepsAFewAndStaysPrivate() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(LogFile::install(dir.path(), QStringLiteral("app"), 4096, 2));
        const QString path = dir.filePath(QStringLiteral("app.log"));
        QCOMPARE(LogFile::currentPath(), path);
        const QString filler(100, QLatin1Char('x'));
        for (int i = 0; i < 200; ++i) // ~25 KiB: several rotations
            qCInfo(lcApp).noquote() << "line" << i << filler;
        qCInfo(lcApp).noquote() << "the last line";
        LogFile::uninstall();

        QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("app.log"), QStringLiteral("app.log.1"),
                                     QStringLiteral("app.log.2")}));
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY2(f.size() <= 4096, qPrintable(name));
            QCOMPARE(f.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        QFile current(path);
        QVERIFY(current.open(QIODevice::ReadOnly));
        const QByteArray text = current.readAll();
        QVERIFY2(text.trimmed().endsWith("the last line"), text.right(200).constData());
    }

    // The sidecar's log and "Open logs folder" go where the app's log is, else the default.
    void directoryFollowsTheLogInUse() {
        QCOMPARE(LogFile::directory(), LogFile::defaultDirectory());
        QCOMPARE(LogFile::defaultDirectory(),
                 QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                     QStringLiteral("/logs"));
        QTemporaryDir dir;
        QVERIFY(LogFile::install(dir.path()));
        QCOMPARE(LogFile::directory(), QFileInfo(LogFile::currentPath()).absolutePath());
        LogFile::uninstall();
        QCOMPARE(LogFile::directory(), LogFile::defaultDirectory());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
