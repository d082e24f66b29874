#include "api/FigestioApi.h"
#include "common/HttpCall.h"

#include <QTest>
#include <QTimeZone>

using namespace figestio;

// JSON below writes "//" as "\/\/" (a valid JSON escape): moc reads "//" in a raw string
// literal as a comment and then misses the test class.
class TestApiParsing : public QObject {
    Q_OBJECT
private slots:
    void agencies() {
        const auto r = FigestioApi::parseAgencies(
            R"([{"id":"ag_1","name":"Gestoria Puig"},{"id":"ag_2","name":"Assessoria Vidal"}])");
        QVERIFY(r.ok());
        QCOMPARE(r.value().size(), 2);
        QCOMPARE(r.value().at(1).id, QStringLiteral("ag_2"));
        QCOMPARE(r.value().at(1).name, QStringLiteral("Assessoria Vidal"));
        const auto none = FigestioApi::parseAgencies("[]");
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
    }

    void agenciesMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << QByteArray("<html>502</html>") << "not valid JSON";
        QTest::newRow("object") << QByteArray(R"({"agencies":[]})") << "expected a list";
        QTest::newRow("missing id") << QByteArray(R"([{"name":"x"}])") << "agencies[0].id";
        QTest::newRow("id number") << QByteArray(R"([{"id":1,"name":"x"}])") << "agencies[0].id";
        QTest::newRow("empty id") << QByteArray(R"([{"id":"","name":"x"}])") << "must not be empty";
        QTest::newRow("name null") << QByteArray(R"([{"id":"a","name":null}])") << "name";
        QTest::newRow("second bad") << QByteArray(R"([{"id":"a","name":"x"},5])") << "agencies[1]";
    }
    void agenciesMalformed() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto r = FigestioApi::parseAgencies(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void serverIdentity() {
        const auto r = FigestioApi::parseServerIdentity(
            R"({"device_id":"ABC-DEF","name":"Figestió","addresses":["tcp:\/\/127.0.0.1:22000"]})");
        QVERIFY(r.ok());
        QCOMPARE(r.value().deviceId, QStringLiteral("ABC-DEF"));
        QCOMPARE(r.value().name, QStringLiteral("Figestió"));
        QCOMPARE(r.value().addresses, QStringList{QStringLiteral("tcp://127.0.0.1:22000")});
    }

    void serverIdentityMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("no device") << QByteArray(R"({"name":"x","addresses":[]})") << "device_id";
        QTest::newRow("addresses string")
            << QByteArray(R"({"device_id":"A","name":"x","addresses":"tcp:\/\/a"})") << "addresses";
        QTest::newRow("addresses of numbers")
            << QByteArray(R"({"device_id":"A","name":"x","addresses":[1]})") << "addresses";
        QTest::newRow("array") << QByteArray("[]") << "expected an object";
    }
    void serverIdentityMalformed() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto r = FigestioApi::parseServerIdentity(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void claim() {
        const auto r = FigestioApi::parseClaim(
            R"({"device_id":"D","agency_id":"ag_1","folder":{"id":"figestio-ag_1","label":"Gestoria Puig"},"claimed_at":"2026-11-23T09:00:00.123Z"})");
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value().agencyId, QStringLiteral("ag_1"));
        QCOMPARE(r.value().folderId, QStringLiteral("figestio-ag_1"));
        QCOMPARE(r.value().folderLabel, QStringLiteral("Gestoria Puig"));
        QCOMPARE(r.value().claimedAt.toUTC(),
                 QDateTime(QDate(2026, 11, 23), QTime(9, 0, 0, 123), QTimeZone::utc()));
    }

    void claimMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no folder")
            << QByteArray(
                   R"({"device_id":"D","agency_id":"a","claimed_at":"2026-01-01T00:00:00Z"})")
            << "claim.folder";
        QTest::newRow("folder string")
            << QByteArray(
                   R"({"device_id":"D","agency_id":"a","folder":"f","claimed_at":"2026-01-01T00:00:00Z"})")
            << "claim.folder";
        QTest::newRow("folder id missing")
            << QByteArray(
                   R"({"device_id":"D","agency_id":"a","folder":{"label":"x"},"claimed_at":"2026-01-01T00:00:00Z"})")
            << "claim.folder.id";
        QTest::newRow("bad date")
            << QByteArray(
                   R"({"device_id":"D","agency_id":"a","folder":{"id":"f","label":"x"},"claimed_at":"yesterday"})")
            << "claimed_at";
        QTest::newRow("truncated") << QByteArray(R"({"device_id":"D",)") << "not valid JSON";
    }
    void claimMalformed() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto r = FigestioApi::parseClaim(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Malformed);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void errorKinds_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<int>("kind");
        QTest::newRow("none") << 0 << false << int(Error::Kind::Network);
        QTest::newRow("timeout") << 0 << true << int(Error::Kind::Timeout);
        QTest::newRow("401") << 401 << false << int(Error::Kind::Unauthorized);
        QTest::newRow("403") << 403 << false << int(Error::Kind::Forbidden);
        QTest::newRow("404") << 404 << false << int(Error::Kind::NotFound);
        QTest::newRow("409") << 409 << false << int(Error::Kind::Conflict);
        QTest::newRow("422") << 422 << false << int(Error::Kind::Http);
        QTest::newRow("500") << 500 << false << int(Error::Kind::Http);
    }
    void errorKinds() {
        QFETCH(int, status);
        QFETCH(bool, timedOut);
        QFETCH(int, kind);
        HttpResponse r;
        r.status = status;
        r.timedOut = timedOut;
        r.body = R"({"error":"device_claimed","message":"Claimed by another agency"})";
        const Error e = HttpCall::toError(r, QStringLiteral("Doing it"));
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(e.message.startsWith(QStringLiteral("Doing it: ")));
        if (status)
            QCOMPARE(e.code, QStringLiteral("device_claimed"));
        if (status == 0 && !timedOut)
            QVERIFY(e.message.contains(QStringLiteral("could not be reached")));
    }

    void transient() {
        HttpResponse r;
        QVERIFY(HttpCall::isTransient(r)); // no answer
        r.status = 502;
        QVERIFY(HttpCall::isTransient(r));
        r.status = 409;
        QVERIFY(!HttpCall::isTransient(r));
        r.status = 401;
        QVERIFY(!HttpCall::isTransient(r));
        r.status = 200;
        QVERIFY(!HttpCall::isTransient(r));
    }
};

QTEST_GUILESS_MAIN(TestApiParsing)
#include "tst_api_parsing.moc"
