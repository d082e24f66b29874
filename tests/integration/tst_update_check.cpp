// UpdateCheck (the once-a-day update notice, core/common/UpdateCheck.h) against the devstack's
// feed (tests/devstack: FIGESTIO_UPDATE_FEED_URL, control update-feed), over real HTTP.
#include "BuildConfig.h"
#include "DevstackControl.h"
#include "common/UpdateCheck.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace figestio;

class TestUpdateCheck : public QObject {
    Q_OBJECT

    DevstackControl m_devstack;

    bool setFeed(const QString &mode, const QString &version = {}) {
        QJsonObject body{{QStringLiteral("mode"), mode}};
        if (!version.isEmpty())
            body.insert(QStringLiteral("version"), version);
        return !m_devstack.request(QStringLiteral("/update-feed"), &body).isNull();
    }

    struct Outcome {
        int available = 0, upToDate = 0, failed = 0;
        UpdateInfo info;
        Error error;
    };
    static Outcome check(UpdateCheck &check) {
        QSignalSpy available(&check, &UpdateCheck::updateAvailable);
        QSignalSpy upToDate(&check, &UpdateCheck::upToDate);
        QSignalSpy failed(&check, &UpdateCheck::checkFailed);
        check.checkNow();
        (void)QTest::qWaitFor(
            [&] { return available.count() + upToDate.count() + failed.count() > 0; }, 15000);
        Outcome o{int(available.count()), int(upToDate.count()), int(failed.count()), {}, {}};
        if (o.available)
            o.info = available.first().first().value<UpdateInfo>();
        if (o.failed)
            o.error = failed.first().first().value<Error>();
        return o;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_devstack.available(), "run with DEVSTACK");
        qRegisterMetaType<UpdateInfo>();
        qRegisterMetaType<Error>();
        QVERIFY(build::kDevOverrides); // the devstack serves http on loopback: dev builds only
        QVERIFY(UpdateCheck::feedUrlFromBuild().isValid());
    }

    void newerVersionIsAnnouncedWithItsLink() {
        QVERIFY(setFeed(QStringLiteral("ok"), QStringLiteral("99.0.1")));
        QNetworkAccessManager nam;
        UpdateCheck updates(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("0.1.0"));
        const Outcome o = check(updates);
        QCOMPARE(o.available, 1);
        QCOMPARE(o.info.version, QStringLiteral("99.0.1"));
        QCOMPARE(o.info.downloadUrl, QUrl(m_devstack.issuerUrl().toString() + "/download"));
        QVERIFY(updates.hasUpdate());
    }

    void sameOrOlderVersionIsUpToDate() {
        QNetworkAccessManager nam;
        UpdateCheck updates(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("2.3.0"));
        for (const char *version : {"2.3.0", "2.2.9", "1"}) {
            QVERIFY(setFeed(QStringLiteral("ok"), QLatin1String(version)));
            const Outcome o = check(updates);
            QCOMPARE(o.upToDate, 1);
            QCOMPARE(o.available, 0);
            QVERIFY(!updates.hasUpdate());
        }
    }

    void malformedFeedIsAnErrorInWords() {
        QVERIFY(setFeed(QStringLiteral("malformed")));
        QNetworkAccessManager nam;
        UpdateCheck updates(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("0.1.0"));
        const Outcome o = check(updates);
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, Error::Kind::Malformed);
        QVERIFY(!o.error.message.isEmpty());
        QVERIFY(!updates.hasUpdate());
    }

    void feedDownOrUnreachableIsAnError() {
        QVERIFY(setFeed(QStringLiteral("down")));
        QNetworkAccessManager nam;
        UpdateCheck down(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("0.1.0"));
        Outcome o = check(down);
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, Error::Kind::Network);
        QCOMPARE(o.error.httpStatus, 503);

        // Nobody listening at all: a port just freed.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/feed.json").arg(probe.serverPort()));
        probe.close();
        UpdateCheck unreachable(&nam, closed, QStringLiteral("0.1.0"));
        o = check(unreachable);
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.kind, Error::Kind::Network);
    }

    void cleanupTestCase() { m_devstack.reset(); }
};

QTEST_GUILESS_MAIN(TestUpdateCheck)
#include "tst_update_check.moc"
