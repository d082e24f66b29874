// FolderCheck::problem: exists, writable, not the home or a system root, not inside or
// containing another synced folder. The "not writable" rule goes through the injectable
// probe (tests run as root, where every access check passes); the real check is exercised too
// when not root.
#include "setup/FolderCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace figestio;

class TestSetupFolder : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_home;
    QString m_folder;

    FolderProbe probe() const {
        FolderProbe p = FolderProbe::system();
        p.homePath = m_home;
        return p;
    }
    QString check(const QString &path, const QStringList &others = {}) const {
        return FolderCheck::problem(path, others, probe());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_home = m_tmp.filePath(QStringLiteral("home"));
        m_folder = m_home + QStringLiteral("/Figestio");
        QVERIFY(QDir().mkpath(m_folder));
    }

    void acceptsAWritableFolderOfTheUser() {
        QCOMPARE(check(m_folder), QString());
        QCOMPARE(FolderCheck::problem(m_folder, {}), QString()); // the system probe
    }

    void refusesEmptyAndRelative() {
        QVERIFY(!check(QString()).isEmpty());
        QVERIFY(!check(QStringLiteral("Figestio")).isEmpty());
    }

    void refusesAMissingFolder() {
        const QString msg = check(m_home + QStringLiteral("/nope"));
        QVERIFY2(msg.contains(QStringLiteral("does not exist")), qPrintable(msg));
    }

    void refusesANotWritableFolderThroughTheProbe() {
        FolderProbe p = probe();
        p.isWritable = [this](const QString &path) { return path != m_folder; };
        const QString msg = FolderCheck::problem(m_folder, {}, p);
        QVERIFY2(msg.contains(QStringLiteral("cannot save files")), qPrintable(msg));
    }

    void refusesANotWritableFolderOnDisk() {
        if (::geteuid() == 0)
            QSKIP("running as root: every access check passes (the rule is tested through the "
                  "probe above)");
        const QString ro = m_tmp.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(ro));
        QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner));
        const QString msg = FolderCheck::problem(ro, {}, probe());
        QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(msg.contains(QStringLiteral("cannot save files")), qPrintable(msg));
    }

    void refusesTheHomeFolder() {
        const QString msg = check(m_home);
        QVERIFY2(msg.contains(QStringLiteral("home folder")), qPrintable(msg));
        QVERIFY(!check(m_home + QStringLiteral("/")).isEmpty());
        // The real home, with the system probe.
        QVERIFY(!FolderCheck::problem(QDir::homePath(), {}).isEmpty());
    }

    void refusesWhatContainsTheHome() {
        const QString msg = check(m_tmp.path());
        QVERIFY2(msg.contains(QStringLiteral("contains your home")), qPrintable(msg));
    }

    void refusesSystemRootsAndTrees_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << QStringLiteral("/");
        QTest::newRow("etc") << QStringLiteral("/etc");
        QTest::newRow("usr") << QStringLiteral("/usr");
        QTest::newRow("inside usr") << QStringLiteral("/usr/share");
        QTest::newRow("var") << QStringLiteral("/var");
        QTest::newRow("tmp") << QStringLiteral("/tmp");
    }
    void refusesSystemRootsAndTrees() {
        QFETCH(QString, path);
        FolderProbe p = probe();
        p.isWritable = [](const QString &) { return true; };
        const QString msg = FolderCheck::problem(path, {}, p);
        QVERIFY2(msg.contains(QStringLiteral("system")),
                 qPrintable(path + QLatin1String(": ") + msg));
    }

    void refusesNestedAndContainingFolders() {
        const QString inner = m_folder + QStringLiteral("/Clients");
        QVERIFY(QDir().mkpath(inner));
        QString msg = check(inner, {m_folder});
        QVERIFY2(msg.contains(QStringLiteral("inside another synced folder")), qPrintable(msg));
        msg = check(m_folder, {inner});
        QVERIFY2(msg.contains(QStringLiteral("contains another synced folder")), qPrintable(msg));
        msg = check(m_folder, {m_folder + QStringLiteral("/")});
        QVERIFY2(msg.contains(QStringLiteral("already being synced")), qPrintable(msg));
        // A sibling whose name starts the same is neither inside nor containing.
        const QString sibling = m_home + QStringLiteral("/Figestio2");
        QVERIFY(QDir().mkpath(sibling));
        QCOMPARE(check(sibling, {m_folder}), QString());
    }

    void resolvesSymlinksBeforeComparing() {
        const QString link = m_tmp.filePath(QStringLiteral("link-to-home"));
        QVERIFY(QFile::link(m_home, link));
        QVERIFY(!check(link).isEmpty()); // the home folder under another name
        QVERIFY(!check(link + QStringLiteral("/Figestio/Clients"), {m_folder}).isEmpty());
    }

    void refusesTheAppsOwnData() {
        FolderProbe p = probe();
        const QString data = m_folder + QStringLiteral("/.local/share/figestio-sync");
        QVERIFY(QDir().mkpath(data));
        p.protectedPaths = {data};
        const QString msg = FolderCheck::problem(m_folder, {}, p);
        QVERIFY2(msg.contains(QStringLiteral("own data")), qPrintable(msg));
    }
};

QTEST_GUILESS_MAIN(TestSetupFolder)
#include "tst_setup_folder.moc"
