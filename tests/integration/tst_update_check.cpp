// UpdateCheck (the once-a-day update notice, core/common/UpdateCheck.h) against the devstack's
// feed (tests/devstack: FIGESTIO_UPDATE_FEED_URL, control update-feed), over real HTTP.
#include "BuildConfig.h"
#include "CommonTestAccess.h"
#include "DevstackControl.h"
#include "common/UpdateCheck.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

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

    // A check by the app's schedule: what it announced, if anything (a check that finds nothing
    // new announces nothing).
    static std::optional<UpdateInfo> announced(UpdateCheck &check) {
        QSignalSpy available(&check, &UpdateCheck::updateAvailable);
        check.checkNow();
        if (!available.wait(15000))
            return std::nullopt;
        return available.first().first().value<UpdateInfo>();
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_devstack.available(), "run with DEVSTACK");
        qRegisterMetaType<UpdateInfo>();
        QVERIFY(build::kDevOverrides); // the devstack serves http on loopback: dev builds only
        QVERIFY(UpdateCheck::feedUrlFromBuild().isValid());
    }

    void newerVersionIsAnnouncedWithItsLink() {
        QVERIFY(setFeed(QStringLiteral("ok"), QStringLiteral("99.0.1")));
        QNetworkAccessManager nam;
        UpdateCheck updates(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("0.1.0"));
        const std::optional<UpdateInfo> info = announced(updates);
        QVERIFY(info);
        QCOMPARE(info->version, QStringLiteral("99.0.1"));
        QCOMPARE(info->downloadUrl, QUrl(m_devstack.issuerUrl().toString() + "/download"));
        QVERIFY(updates.hasUpdate());
    }

    void sameOrOlderVersionIsUpToDate() {
        QNetworkAccessManager nam;
        UpdateCheck updates(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("2.3.0"));
        for (const char *version : {"2.3.0", "2.2.9", "1"}) {
            // An update announced first, then withdrawn: the app no longer has one.
            QVERIFY(setFeed(QStringLiteral("ok"), QStringLiteral("99.0.1")));
            QVERIFY(announced(updates));
            QVERIFY(updates.hasUpdate());
            QVERIFY(setFeed(QStringLiteral("ok"), QLatin1String(version)));
            QSignalSpy available(&updates, &UpdateCheck::updateAvailable);
            updates.checkNow();
            QTRY_VERIFY_WITH_TIMEOUT(!updates.hasUpdate(), 15000);
            QCOMPARE(available.count(), 0);
            // What the feed said: this version or older.
            const auto feed = UpdateCheckTestAccess::read(updates);
            QVERIFY(feed && feed->ok());
            QCOMPARE(feed->value().version, QLatin1String(version));
        }
    }

    void malformedFeedIsAnErrorInWords() {
        QVERIFY(setFeed(QStringLiteral("malformed")));
        QNetworkAccessManager nam;
        UpdateCheck updates(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("0.1.0"));
        const auto feed = UpdateCheckTestAccess::read(updates);
        QVERIFY(feed && !feed->ok());
        QCOMPARE(feed->error().kind, Error::Kind::Malformed);
        QVERIFY(!feed->error().message.isEmpty());
        QVERIFY(!updates.hasUpdate());
    }

    void feedDownOrUnreachableIsAnError() {
        QVERIFY(setFeed(QStringLiteral("down")));
        QNetworkAccessManager nam;
        UpdateCheck down(&nam, UpdateCheck::feedUrlFromBuild(), QStringLiteral("0.1.0"));
        auto feed = UpdateCheckTestAccess::read(down);
        QVERIFY(feed && !feed->ok());
        QCOMPARE(feed->error().kind, Error::Kind::Network);
        QCOMPARE(feed->error().httpStatus, 503);

        // Nobody listening at all: a port just freed.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/feed.json").arg(probe.serverPort()));
        probe.close();
        UpdateCheck unreachable(&nam, closed, QStringLiteral("0.1.0"));
        feed = UpdateCheckTestAccess::read(unreachable);
        QVERIFY(feed && !feed->ok());
        QCOMPARE(feed->error().kind, Error::Kind::Network);
    }

    void cleanupTestCase() { m_devstack.reset(); }
};

QTEST_GUILESS_MAIN(TestUpdateCheck)
#include "tst_update_check.moc"
