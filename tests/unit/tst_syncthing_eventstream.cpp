// EventStream's since/restart logic behind a fake transport (no Syncthing, no network).
#include "SyncthingTestAccess.h"
#include "syncthing/EventStream.h"

#include <QSignalSpy>
#include <QTest>

using namespace figestio;

namespace {
class FakeTransport : public EventTransport {
public:
    struct Call {
        qint64 since;
        int limit;
        int timeoutS;
        QStringList mask;
        Callback<QList<SyncthingEvent>> done;
    };
    QList<Call> pending;
    QList<Call> all;
    int cancels = 0;
    int maxInFlight = 0;

    void poll(qint64 since, int limit, int timeoutS, const QStringList &mask,
              Callback<QList<SyncthingEvent>> done) override {
        Call c{since, limit, timeoutS, mask, std::move(done)};
        pending << c;
        all << c;
        maxInFlight = std::max(maxInFlight, int(pending.size()));
    }
    void cancel() override {
        ++cancels;
        pending.clear();
    }
    Call take() { return pending.takeFirst(); }
    void answer(const QList<qint64> &ids) {
        QList<SyncthingEvent> events;
        for (qint64 id : ids)
            events << SyncthingEvent{
                id, QStringLiteral("StateChanged"), {}, nlohmann::json::object()};
        take().done(events);
    }
    void fail() {
        take().done(Error::make(Error::Kind::Network, QStringLiteral("connection refused")));
    }
};

QList<qint64> idsOf(const QVariant &v) {
    QList<qint64> out;
    for (const SyncthingEvent &e : v.value<QList<SyncthingEvent>>())
        out << e.id;
    return out;
}
} // namespace

class TestEventStream : public QObject {
    Q_OBJECT
    FakeTransport *t = nullptr;
    EventStream *s = nullptr;

private slots:
    void init() {
        qRegisterMetaType<QList<SyncthingEvent>>();
        t = new FakeTransport;
        s = new EventStream(t);
        EngineTiming fast;
        fast.eventRetryInitialMs = 5;
        fast.eventRetryMaxMs = 20;
        SyncthingTestAccess::setTiming(*s, fast);
    }
    void cleanup() {
        delete s;
        delete t;
    }

    void firstContactProbesThenFollowsFromNewest() {
        QSignalSpy synced(s, &EventStream::synced);
        s->start();
        QCOMPARE(t->pending.size(), 1);
        const auto probe = t->pending.first();
        QCOMPARE(probe.since, qint64(0));
        QCOMPARE(probe.limit, 1);
        QCOMPARE(probe.timeoutS, 0);
        QCOMPARE(probe.mask, EventStream::defaultMask());
        t->answer({41});
        QCOMPARE(synced.size(), 1);
        QCOMPARE(synced.first().first().toBool(), false);
        QVERIFY(SyncthingTestAccess::isConnected(*s));
        QCOMPARE(t->pending.size(), 1);
        QCOMPARE(t->pending.first().since, qint64(41)); // the past is covered by the snapshot
        QCOMPARE(t->pending.first().limit, 0);
        QCOMPARE(t->pending.first().timeoutS, 60);
    }

    void deliversInOrderWithoutRepeats() {
        QSignalSpy events(s, &EventStream::eventsReceived);
        s->start();
        t->answer({});
        QCOMPARE(t->pending.first().since, qint64(0));
        t->answer({1, 2, 3});
        QCOMPARE(idsOf(events.takeFirst().first()), (QList<qint64>{1, 2, 3}));
        QCOMPARE(t->pending.first().since, qint64(3));
        t->answer({}); // long-poll timeout
        QCOMPARE(events.size(), 0);
        QCOMPARE(t->pending.first().since, qint64(3));
        t->answer({4});
        QCOMPARE(idsOf(events.takeFirst().first()), (QList<qint64>{4}));
        QCOMPARE(t->pending.first().since, qint64(4));
        QCOMPARE(t->maxInFlight, 1); // one pending long-poll, never two
    }

    void reconnectsToSameInstanceWithoutLoss() {
        QSignalSpy synced(s, &EventStream::synced);
        QSignalSpy down(s, &EventStream::disconnected);
        s->start();
        t->answer({7});
        t->answer({8, 9});
        t->fail();
        QCOMPARE(down.size(), 1);
        QVERIFY(!SyncthingTestAccess::isConnected(*s));
        QTRY_COMPARE(t->pending.size(), 1);    // after the backoff
        QCOMPARE(t->pending.first().limit, 1); // probing again
        t->fail();                             // still down: no second "disconnected"
        QCOMPARE(down.size(), 1);
        QTRY_COMPARE(t->pending.size(), 1);
        t->answer({12}); // same Syncthing, it moved on to 12 meanwhile
        QCOMPARE(synced.size(), 2);
        QCOMPARE(synced.last().first().toBool(), false);
        QCOMPARE(t->pending.first().since, qint64(9)); // resumes where it was: 10..12 not lost
        QVERIFY(SyncthingTestAccess::isConnected(*s));
    }

    void detectsRestartOnReconnect() {
        QSignalSpy synced(s, &EventStream::synced);
        s->start();
        t->answer({50});
        t->answer({51, 52});
        t->fail();
        QTRY_COMPARE(t->pending.size(), 1);
        t->answer({3}); // IDs started again: a new Syncthing
        QCOMPARE(synced.last().first().toBool(), true);
        QCOMPARE(t->pending.first().since, qint64(0)); // everything the new one has
    }

    // Issue 8 §5: after an engine (re)start the owner calls start(): the cursor goes back to 0
    // (Syncthing answers [] for a cursor beyond its newest event, so a stale one is never
    // noticed) and the answers of the old engine's poll are dropped.
    void startAfterEngineRestartGoesBackToZero() {
        QSignalSpy synced(s, &EventStream::synced);
        QSignalSpy events(s, &EventStream::eventsReceived);
        s->start();
        t->answer({30});
        t->answer({31, 32});
        const auto old = t->pending.first();
        s->start(); // the engine was restarted
        QCOMPARE(t->pending.size(), 1);
        QCOMPARE(t->pending.first().since, qint64(0));
        QCOMPARE(t->pending.first().limit, 1);
        old.done(QList<SyncthingEvent>{SyncthingEvent{33, QStringLiteral("X"), {}, {}}});
        QCOMPARE(events.size(), 1); // only 31, 32
        t->answer({2});             // the new engine stands at 2
        QCOMPARE(synced.size(), 2);
        QCOMPARE(t->pending.first().since, qint64(2));
        t->answer({3});
        QCOMPARE(idsOf(events.last().first()), (QList<qint64>{3}));
        QCOMPARE(synced.size(), 2); // no gap
    }

    void gapFromZeroAsksForSnapshot() {
        QSignalSpy synced(s, &EventStream::synced);
        QSignalSpy events(s, &EventStream::eventsReceived);
        s->start();
        t->answer({}); // a fresh engine with no event yet
        QCOMPARE(synced.size(), 1);
        t->answer({1, 2}); // from the first on: nothing lost
        QCOMPARE(synced.size(), 1);
        s->start();
        t->answer({});
        QCOMPARE(synced.size(), 2);
        t->answer({4, 5}); // 1..3 dropped by Syncthing's buffer
        QCOMPARE(synced.size(), 3);
        QCOMPARE(synced.last().first().toBool(), false);
        QCOMPARE(idsOf(events.last().first()), (QList<qint64>{4, 5}));
        QCOMPARE(t->pending.first().since, qint64(5));
    }

    void gapAsksForSnapshot() {
        QSignalSpy synced(s, &EventStream::synced);
        s->start();
        t->answer({5});
        t->answer({9, 10}); // 6..8 were dropped by Syncthing's buffer
        QCOMPARE(synced.size(), 2);
        QCOMPARE(synced.last().first().toBool(), false);
        QCOMPARE(t->pending.first().since, qint64(10));
    }

    void oneMaskForTheWholeStream() {
        s->start();
        t->answer({1});
        t->answer({2});
        t->fail();
        QTRY_COMPARE(t->pending.size(), 1);
        t->answer({2});
        for (const auto &c : t->all)
            QCOMPARE(c.mask, EventStream::defaultMask());
    }

    void stopDropsLateAnswers() {
        QSignalSpy events(s, &EventStream::eventsReceived);
        s->start();
        t->answer({1});
        const auto inFlight = t->pending.first();
        s->stop();
        QVERIFY(t->cancels >= 1);
        inFlight.done(QList<SyncthingEvent>{SyncthingEvent{2, QStringLiteral("X"), {}, {}}});
        QCOMPARE(events.size(), 0);
        QTest::qWait(50);
        QCOMPARE(t->pending.size(), 0); // no retry after stop
    }

    void malformedAnswerIsAnOutage() {
        QSignalSpy down(s, &EventStream::disconnected);
        s->start();
        t->answer({1});
        t->take().done(
            Error::make(Error::Kind::Malformed, QStringLiteral("events: expected a list")));
        QCOMPARE(down.size(), 1);
        QTRY_COMPARE(t->pending.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_syncthing_eventstream.moc"
