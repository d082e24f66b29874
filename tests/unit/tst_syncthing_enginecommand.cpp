// The command lines and environment per Syncthing version (1.19 Debian 12, 1.29 Debian 13, 2.x
// upstream): nothing 2.x refuses reaches a 2.x engine, the key is never on argv.
#include "syncthing/EngineCommand.h"

#include <QTest>

using namespace figestio;

Q_DECLARE_METATYPE(SyncthingVersion)

class TestEngineCommand : public QObject {
    Q_OBJECT
private slots:
    void parsesVersionOutput_data() {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("1.19 Debian 12")
            << QByteArray("syncthing v1.19.2-ds1 \"Fermium Flea\" (go1.19.8 linux-amd64) "
                          "debian@debian 2023-04-09 10:47:16 UTC [stnoupgrade]\n")
            << QStringLiteral("1.19.2");
        QTest::newRow("1.29 Debian 13")
            << QByteArray("syncthing v1.29.5-ds1 \"Gold Grasshopper\" (go1.24.4 linux-amd64) "
                          "debian@debian 2025-05-11 00:00:00 UTC\n")
            << QStringLiteral("1.29.5");
        QTest::newRow("2.x upstream")
            << QByteArray("syncthing v2.0.10 \"Hafnium Hornet\" (go1.25.1 windows-amd64) "
                          "builder@github.syncthing.net 2025-10-01 08:00:00 UTC\n")
            << QStringLiteral("2.0.10");
        QTest::newRow("garbage") << QByteArray("panic: nothing here") << QString();
    }
    void parsesVersionOutput() {
        QFETCH(QByteArray, output);
        QFETCH(QString, version);
        const auto v = SyncthingVersion::parse(output);
        QCOMPARE(v.has_value(), !version.isEmpty());
        if (v)
            QCOMPARE(v->toString(), version);
    }

    // /rest/noauth/health from 1.22.1 on (1.19.2 answers it with a CSRF error; 1.29.5 with
    // {"status":"OK"}, checked against both real binaries); else ping.
    void healthCheckPerVersion() {
        QVERIFY(!(SyncthingVersion{1, 19, 2}.hasHealthCheck()));
        QVERIFY(!(SyncthingVersion{1, 22, 0}.hasHealthCheck()));
        QVERIFY((SyncthingVersion{1, 22, 1}.hasHealthCheck()));
        QVERIFY((SyncthingVersion{1, 29, 5}.hasHealthCheck()));
        QVERIFY((SyncthingVersion{2, 0, 0}.hasHealthCheck()));
    }

    void argumentsPerVersion_data() {
        QTest::addColumn<SyncthingVersion>("version");
        QTest::addColumn<bool>("oneDotX");
        QTest::newRow("1.19") << SyncthingVersion{1, 19, 2} << true;
        QTest::newRow("1.29") << SyncthingVersion{1, 29, 5} << true;
        QTest::newRow("2.0") << SyncthingVersion{2, 0, 10} << false;
    }
    void argumentsPerVersion() {
        QFETCH(SyncthingVersion, version);
        QFETCH(bool, oneDotX);
        const QString home = QStringLiteral("/home/a/.local/share/Figestio/syncthing");
        const QStringList gen = EngineCommand::generateArguments(version, home, "figestio");
        const QStringList serve = EngineCommand::serveArguments(version, home);
        QCOMPARE(gen.first(), QStringLiteral("generate"));
        QCOMPARE(serve.first(), QStringLiteral("serve"));
        for (const QStringList &args : {gen, serve}) {
            QVERIFY(args.contains(QStringLiteral("--home=") + home));
            for (const QString &a : args) // 2.x dropped single-dash long options
                QVERIFY2(!a.startsWith(QLatin1Char('-')) || a.startsWith(QLatin1String("--")),
                         qPrintable(a));
            QCOMPARE(args.contains(QStringLiteral("--no-default-folder")), oneDotX);
        }
        QCOMPARE(gen.contains(QStringLiteral("--skip-port-probing")), oneDotX);
        QVERIFY(gen.contains(QStringLiteral("--gui-user=figestio")));
        QVERIFY(gen.contains(QStringLiteral("--gui-password=-"))); // the password on stdin

        const QByteArray key(43, 'k');
        QProcessEnvironment base;
        base.insert(QStringLiteral("HOME"), QStringLiteral("/home/a"));
        const QProcessEnvironment env = EngineCommand::environment(version, base, 41234, key);
        QCOMPARE(env.value(QStringLiteral("STGUIADDRESS")), QStringLiteral("127.0.0.1:41234"));
        QCOMPARE(env.value(QStringLiteral("STGUIAPIKEY")).toUtf8(), key);
        QCOMPARE(env.value(QStringLiteral("STMONITORED")), QStringLiteral("1"));
        QCOMPARE(env.value(QStringLiteral("STNOUPGRADE")), QStringLiteral("1"));
        QCOMPARE(env.value(QStringLiteral("STNORESTART")), QStringLiteral("1"));
        QCOMPARE(env.value(QStringLiteral("GOGC")), QStringLiteral("50"));
        QCOMPARE(env.value(QStringLiteral("HOME")), QStringLiteral("/home/a"));
        for (const QString &a : gen + serve)
            QVERIFY(!a.contains(QString::fromLatin1(key)));
    }

    void userGogcWins() {
        QProcessEnvironment base;
        base.insert(QStringLiteral("GOGC"), QStringLiteral("200"));
        QCOMPARE(EngineCommand::environment({1, 19, 2}, base, 1, "k").value(QStringLiteral("GOGC")),
                 QStringLiteral("200"));
    }
};

QTEST_GUILESS_MAIN(TestEngineCommand)
#include "tst_syncthing_enginecommand.moc"
