// FigestioApi against the devstack's API: claims, retries, 401 handling, timeouts.
#include "AuthTestAccess.h"
#include "AuthTestUtil.h"
#include "Await.h"
#include "DevstackControl.h"
#include "SignedInSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace figestio;
using namespace authtest;

using figestio::test::await;

class TestApi : public QObject {
    Q_OBJECT

    DevstackControl devstack;
    QString deviceId;

    std::optional<Result<Claim>> claim(SignedInSession &s, const QString &id) {
        ClaimRequest request{id, QStringLiteral("Laptop de prova"), QStringLiteral("linux"),
                             QStringLiteral("0.1.0")};
        return await<Claim>([&](auto cb) { s.api.claimDevice(request, this, cb); });
    }

private slots:
    void initTestCase() {
        QVERIFY2(devstack.available(), "needs the devstack (DEVSTACK)");
        QCoreApplication::setOrganizationName(QStringLiteral("Figestio"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_auth_api"));
        deviceId = newDeviceId();
        QVERIFY2(!deviceId.isEmpty(), "syncthing generate gave no device ID");
    }

    void init() { QVERIFY2(devstack.reset(), qPrintable(devstack.lastError())); }

    void agenciesAndServerIdentity() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("bob"), QStringLiteral("ag_1")), qPrintable(s.error));
        auto agencies = await<QList<Agency>>([&](auto cb) { s.api.agencies(this, cb); });
        QVERIFY(agencies && agencies->ok());
        QCOMPARE(agencies->value().size(), 2);
        QCOMPARE(agencies->value().at(0),
                 (Agency{QStringLiteral("ag_1"), QStringLiteral("Gestoria Puig")}));
        auto id = await<ServerIdentity>([&](auto cb) { s.api.serverIdentity(this, cb); });
        QVERIFY(id);
        QVERIFY2(id->ok(), why(*id).constData());
        QCOMPARE(id->value().deviceId, devstack.serverDeviceId());
        QVERIFY(!id->value().addresses.isEmpty());
        QVERIFY(id->value().addresses.first().startsWith(QStringLiteral("tcp://127.0.0.1:")));
    }

    void claimIsAgencyScopedAndIdempotent() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const auto first = claim(s, deviceId);
        QVERIFY(first);
        QVERIFY2(first->ok(), why(*first).constData());
        QCOMPARE(first->value().deviceId, deviceId);
        QCOMPARE(first->value().agencyId, QStringLiteral("ag_1"));
        QCOMPARE(first->value().folderId, QStringLiteral("figestio-ag_1"));
        QCOMPARE(first->value().folderLabel, QStringLiteral("Gestoria Puig"));
        QVERIFY(first->value().claimedAt.isValid());
        const auto again = claim(s, deviceId);
        QVERIFY(again && again->ok());
        QCOMPARE(again->value().claimedAt, first->value().claimedAt);
        QCOMPARE(again->value().folderId, first->value().folderId);
        QCOMPARE(devstack.claims().size(), 1);
    }

    void claimByAnotherAgencyIsAConflict() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        QVERIFY(claim(s, deviceId)->ok()); // ours (idempotent if already)
        SignedInSession dave;
        QVERIFY2(dave.signIn(QStringLiteral("dave")), qPrintable(dave.error));
        const auto r = claim(dave, deviceId);
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Conflict);
        QCOMPARE(r->error().httpStatus, 409);
        QCOMPARE(r->error().code, QStringLiteral("device_claimed"));
        QVERIFY2(r->error().message.contains(QStringLiteral("another agency")),
                 qPrintable(r->error().message));
    }

    void malformedDeviceIdIsRefusedInWords() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        const auto r = claim(s, QStringLiteral("NOT-A-DEVICE"));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().httpStatus, 422);
        QCOMPARE(r->error().code, QStringLiteral("invalid_device_id"));
        QVERIFY(!r->error().message.isEmpty());
        QCOMPARE(devstack.calls(QStringLiteral("/api/devices/claim")), 1); // 4xx: no retry
    }

    void twoServerErrorsAreRetried() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        FigestioApiTestAccess::setRetryPolicy(s.api, RetryPolicy{3, 50, 200});
        QVERIFY(devstack.reset());
        QVERIFY(devstack.failNext(2, 500));
        const auto r = await<ServerIdentity>([&](auto cb) { s.api.serverIdentity(this, cb); });
        QVERIFY(r);
        QVERIFY2(r->ok(), why(*r).constData());
        QCOMPARE(devstack.calls(QStringLiteral("/api/devices/server-identity")), 3);
        QCOMPARE(devstack.statusCount(QStringLiteral("/api/devices/server-identity"), 500), 2);
    }

    void retriesAreBounded() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        FigestioApiTestAccess::setRetryPolicy(s.api, RetryPolicy{2, 50, 100});
        QVERIFY(devstack.reset());
        QVERIFY(devstack.failNext(10, 503));
        const auto r = await<QList<Agency>>([&](auto cb) { s.api.agencies(this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Http);
        QCOMPARE(r->error().httpStatus, 503);
        QVERIFY2(r->error().message.contains(QStringLiteral("Try again later")),
                 qPrintable(r->error().message));
        QCOMPARE(devstack.calls(QStringLiteral("/api/agencies")), 3);
        QCOMPARE(s.session.state(), Session::State::SignedIn); // 5xx never ends the session
    }

    void hangingRequestTimesOut() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        FigestioApiTestAccess::setRequestTimeout(s.api, 800);
        FigestioApiTestAccess::setRetryPolicy(s.api, RetryPolicy::none());
        QVERIFY(devstack.hangNext(1));
        QElapsedTimer t;
        t.start();
        const auto r = await<QList<Agency>>([&](auto cb) { s.api.agencies(this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Timeout);
        QVERIFY(t.elapsed() < 5000);
        // With retries, one hang is survived.
        FigestioApiTestAccess::setRetryPolicy(s.api, RetryPolicy{2, 50, 100});
        QVERIFY(devstack.hangNext(1));
        const auto ok = await<QList<Agency>>([&](auto cb) { s.api.agencies(this, cb); });
        QVERIFY(ok);
        QVERIFY2(ok->ok(), why(*ok).constData());
    }

    void unauthorizedOnceRefreshesAndRetries() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        QVERIFY(devstack.reset());
        QVERIFY(devstack.failNext(1, 401));
        const auto r = await<ServerIdentity>([&](auto cb) { s.api.serverIdentity(this, cb); });
        QVERIFY(r);
        QVERIFY2(r->ok(), why(*r).constData());
        QCOMPARE(devstack.calls(QStringLiteral("/auth/refresh")), 1);
        QCOMPARE(devstack.calls(QStringLiteral("/api/devices/server-identity")), 2);
        QCOMPARE(s.session.state(), Session::State::SignedIn);
    }

    void unauthorizedTwiceEndsTheSession() {
        SignedInSession s;
        QVERIFY2(s.signIn(QStringLiteral("alice")), qPrintable(s.error));
        QVERIFY(keychainHasSession());
        QVERIFY(devstack.reset());
        QVERIFY(devstack.failNext(2, 401));
        QSignalSpy expired(&s.session, &Session::sessionExpired);
        const auto r = await<ServerIdentity>([&](auto cb) { s.api.serverIdentity(this, cb); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Unauthorized);
        QVERIFY(expired.count() > 0 || expired.wait(10000));
        QCOMPARE(s.session.state(), Session::State::Expired);
        QCOMPARE(devstack.calls(QStringLiteral("/api/devices/server-identity")), 2);
        QVERIFY(!keychainHasSession());
    }
};

QTEST_MAIN(TestApi)
#include "tst_auth_api.moc"
