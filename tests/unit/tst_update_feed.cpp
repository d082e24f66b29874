// UpdateCheck's pure rules: what a feed must look like, which version is newer, which URLs a
// check may use (https; loopback http only in dev builds).
#include "BuildConfig.h"
#include "common/UpdateCheck.h"

#include <QTest>

using namespace figestio;

class TestUpdateFeed : public QObject {
    Q_OBJECT
private slots:
    void parsesAFeed() {
        const auto r = UpdateCheck::parseFeed("{\"version\":\"1.4.2\",\"url\":\"https://"
                                              "figestio.example/download\",\"notes\":\"x\"}");
        QVERIFY(r.ok());
        QCOMPARE(r.value().version, QStringLiteral("1.4.2"));
        QCOMPARE(r.value().downloadUrl, QUrl(QStringLiteral("https://figestio.example/download")));
    }

    void refusesWhatIsNotAFeed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("{\"version\": 2, \"url\":");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no version") << QByteArray("{\"url\":\"https://a.example/d\"}");
        QTest::newRow("version not text")
            << QByteArray("{\"version\":2,\"url\":\"https://a.example/d\"}");
        QTest::newRow("version not dotted")
            << QByteArray("{\"version\":\"v2\",\"url\":\"https://a.example/d\"}");
        QTest::newRow("no url") << QByteArray("{\"version\":\"2.0\"}");
        QTest::newRow("plain http")
            << QByteArray("{\"version\":\"2.0\",\"url\":\"http://a.example/d\"}");
        QTest::newRow("javascript")
            << QByteArray("{\"version\":\"2.0\",\"url\":\"javascript:alert(1)\"}");
        QTest::newRow("file") << QByteArray("{\"version\":\"2.0\",\"url\":\"file:///etc/passwd\"}");
    }
    void refusesWhatIsNotAFeed() {
        QFETCH(QByteArray, body);
        const auto r = UpdateCheck::parseFeed(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
        QVERIFY(!r.error().message.isEmpty());
    }

    void comparesVersionsNumerically() {
        QVERIFY(UpdateCheck::isNewer(QStringLiteral("0.1.1"), QStringLiteral("0.1.0")));
        QVERIFY(UpdateCheck::isNewer(QStringLiteral("0.10.0"), QStringLiteral("0.9.9")));
        QVERIFY(UpdateCheck::isNewer(QStringLiteral("1"), QStringLiteral("0.9")));
        QVERIFY(!UpdateCheck::isNewer(QStringLiteral("0.1.0"), QStringLiteral("0.1.0")));
        QVERIFY(!UpdateCheck::isNewer(QStringLiteral("0.1"), QStringLiteral("0.1.0")));
        QVERIFY(!UpdateCheck::isNewer(QStringLiteral("0.0.9"), QStringLiteral("0.1.0")));
    }

    void allowsHttpsAndDevLoopbackOnly() {
        QVERIFY(UpdateCheck::isAllowedUrl(QUrl(QStringLiteral("https://figestio.example/u.json"))));
        QVERIFY(!UpdateCheck::isAllowedUrl(QUrl(QStringLiteral("http://figestio.example/u.json"))));
        QVERIFY(!UpdateCheck::isAllowedUrl(QUrl()));
        QVERIFY(!UpdateCheck::isAllowedUrl(QUrl(QStringLiteral("ftp://figestio.example/u"))));
        QCOMPARE(UpdateCheck::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1:8/u.json"))),
                 build::kDevOverrides);
    }

    void withoutAFeedItNeverChecks() {
        UpdateCheck off(nullptr, QUrl(), QStringLiteral("0.1.0"));
        QVERIFY(!off.enabled());
        off.start(0);
        off.checkNow(); // no network manager is touched
        QVERIFY(!off.hasUpdate());
    }
};

QTEST_GUILESS_MAIN(TestUpdateFeed)
#include "tst_update_feed.moc"
