#include "BuildConfig.h"
#include "common/BackendConfig.h"
#include "common/Backoff.h"
#include "common/JsonReader.h"
#include "common/Logging.h"
#include "common/SecureFile.h"
#include "common/SerialJobQueue.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace figestio;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    void saturatingInt64OfHostileNumbers() {
        QCOMPARE(saturatingInt64(42.9), qint64(42));
        QCOMPARE(saturatingInt64(-3.5), qint64(-3));
        QCOMPARE(saturatingInt64(1e300), std::numeric_limits<qint64>::max());
        QCOMPARE(saturatingInt64(-1e300), std::numeric_limits<qint64>::min());
        QCOMPARE(saturatingInt64(std::numeric_limits<double>::infinity()),
                 std::numeric_limits<qint64>::max());
        QCOMPARE(saturatingInt64(std::numeric_limits<double>::quiet_NaN()), qint64(0));
    }

    void jsonReaderAcceptsWellFormed() {
        JsonReader r =
            JsonReader::parse(R"({"id":"ag_1","n":3,"ok":true,"list":["a","b"],"o":{"x":"y"}})",
                              QStringLiteral("test"));
        QCOMPARE(r.string("id"), QStringLiteral("ag_1"));
        QCOMPARE(r.integer("n"), 3);
        QCOMPARE(r.boolean("ok"), true);
        QCOMPARE(r.stringList("list"), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(r.object("o").string("x"), QStringLiteral("y"));
        QVERIFY(r.ok());
    }

    void jsonReaderRejectsMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("not valid JSON");
        QTest::newRow("array not object")
            << QByteArray("[1]") << QStringLiteral("expected an object");
        QTest::newRow("missing") << QByteArray(R"({"n":1})")
                                 << QStringLiteral("test.id: missing field");
        QTest::newRow("null") << QByteArray(R"({"id":null})")
                              << QStringLiteral("test.id: missing field");
        QTest::newRow("wrong type")
            << QByteArray(R"({"id":5})") << QStringLiteral("test.id: expected a string");
    }
    void jsonReaderRejectsMalformed() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        JsonReader r = JsonReader::parse(body, QStringLiteral("test"));
        r.string("id");
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    }

    void jsonReaderFirstErrorWinsAndNestedMerges() {
        JsonReader r = JsonReader::parse(R"({"o":{"x":1},"y":2})", QStringLiteral("t"));
        r.object("o").string("x"); // nested error is on the nested reader only...
        QVERIFY(r.ok());
        JsonReader o = r.object("o");
        o.string("x");
        r.merge(o); // ...until merged
        r.string("y");
        QCOMPARE(r.error(), QStringLiteral("t.o.x: expected a string"));
    }

    void backoffStaysWithinBounds() {
        Backoff b(100, 5000, 2.0, 0.2);
        for (int i = 0; i < 20; ++i) {
            const int d = b.nextDelayMs();
            QVERIFY2(d >= b.minDelayMs(i) && d <= b.maxDelayMs(i), qPrintable(QString::number(d)));
        }
        QCOMPARE(b.maxDelayMs(19), 6000); // capped at max + 20 %
        QCOMPARE(b.minDelayMs(0), 80);
        b.reset();
        QCOMPARE(b.attempts(), 0);
    }

    void backendConfigRefusesPlainHttpToRemoteHosts() {
        BackendConfig c;
        c.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api"));
        c.issuerUrl = QUrl(QStringLiteral("https://id.figestio.example"));
        QVERIFY(c.validate().isEmpty());
        c.apiUrl = QUrl(QStringLiteral("http://api.figestio.example"));
        QVERIFY(!c.validate().isEmpty());
    }

    // Finding 7: the check is case-insensitive and user info never passes for a host.
    void backendConfigValidation_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://api.figestio.example" << true;
        QTest::newRow("HTTPS upper") << "HTTPS://API.FIGESTIO.EXAMPLE" << true;
        QTest::newRow("HTTP loopback upper") << "HTTP://LOCALHOST:8788" << true;
        QTest::newRow("HTTP remote upper") << "HTTP://api.figestio.example" << false;
        QTest::newRow("userinfo trick") << "http://localhost:80@evil.example" << false;
        QTest::newRow("userinfo on loopback") << "http://user:pw@127.0.0.1:8788" << false;
        QTest::newRow("userinfo https") << "https://user@api.figestio.example" << false;
        QTest::newRow("ftp") << "ftp://api.figestio.example" << false;
        QTest::newRow("no host") << "https://" << false;
    }
    void backendConfigValidation() {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        BackendConfig c;
        c.apiUrl = QUrl(url);
        c.issuerUrl = QUrl(QStringLiteral("https://id.figestio.example"));
        QCOMPARE(c.validate().isEmpty(), valid);
        std::swap(c.apiUrl, c.issuerUrl);
        QCOMPARE(c.validate().isEmpty(), valid);
    }

    // Dev builds (the test build is one) may store their tokens apart, e.g. for the demo.
    void keychainServiceDefaultsAndDevOverride() {
        qunsetenv("FIGESTIO_KEYCHAIN_SERVICE");
        QCOMPARE(BackendConfig::keychainService(), QStringLiteral("com.figestio.sync"));
        qputenv("FIGESTIO_KEYCHAIN_SERVICE", "com.figestio.sync.demo");
        QCOMPARE(BackendConfig::keychainService(), build::kDevOverrides
                                                       ? QStringLiteral("com.figestio.sync.demo")
                                                       : QStringLiteral("com.figestio.sync"));
        qunsetenv("FIGESTIO_KEYCHAIN_SERVICE");
    }

    void redactsSecretsInUrls() {
        const QString url =
            QStringLiteral("http://127.0.0.1:51789/callback?code=SECRET1&state=SECRET2&iss=x");
        const QString r = redactedUrl(url);
        QVERIFY(!r.contains(QStringLiteral("SECRET")));
        QVERIFY(r.contains(QStringLiteral("iss=x")));
    }

    void secretFileIsPrivateAndAtomic() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/secret.json"));
        QVERIFY(writeSecretFile(path, "one").isEmpty());
        QVERIFY(writeSecretFile(path, "two").isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("two"));
        QCOMPARE(f.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Jobs run one at a time, in order.
    void serialJobQueueKeepsOrder() {
        SerialJobQueue queue(5000);
        QStringList log;
        QList<std::function<void()>> enders;
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            queue.add({[&, name](std::function<void()> ended) {
                           log << name;
                           enders << ended;
                       },
                       [&, name] { log << name + QStringLiteral(" expired"); }});
        QCOMPARE(log, QStringList{QStringLiteral("a")});
        enders.takeFirst()();
        QCOMPARE(log, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        enders.takeFirst()();
        enders.takeFirst()();
        QCOMPARE(log.size(), 3);
        QVERIFY(queue.isIdle());
    }

    // Finding 8: a job past its deadline answers its caller, but the next job starts only when
    // it has really ended; one that expires while waiting never starts.
    void serialJobQueueHoldsBackLateJobs() {
        SerialJobQueue queue(100);
        QStringList log;
        std::function<void()> endLate;
        queue.add({[&](std::function<void()> ended) {
                       log << QStringLiteral("write started");
                       endLate = ended;
                   },
                   [&] { log << QStringLiteral("write expired"); }});
        QTRY_VERIFY(log.contains(QStringLiteral("write expired")));
        queue.add({[&](std::function<void()>) { log << QStringLiteral("delete started"); },
                   [&] { log << QStringLiteral("delete expired"); }});
        QTRY_VERIFY(log.contains(QStringLiteral("delete expired")));
        QVERIFY(!log.contains(QStringLiteral("delete started")));
        bool thirdStarted = false;
        queue.add({[&](std::function<void()> ended) {
                       thirdStarted = true;
                       ended();
                   },
                   [] {}});
        QVERIFY(!thirdStarted);
        QVERIFY(!queue.isIdle());
        endLate(); // the late write ends at last
        QVERIFY(thirdStarted);
        QVERIFY(queue.isIdle());
        QCOMPARE(log.count(QStringLiteral("write expired")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
