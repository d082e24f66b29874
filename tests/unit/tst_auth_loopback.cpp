#include "AuthTestAccess.h"
#include "SignInPorts.h"
#include "auth/LoopbackReceiver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace figestio;

namespace {
const QByteArray kState = "state-0123456789abcdefghij";

using test::exchange;
using test::statusOf;

QByteArray get(const QByteArray &target) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
}

// Counts the receiver's "request refused" log lines: how a refused request shows outside.
class RefusalLog {
public:
    RefusalLog() {
        s_count = 0;
        s_previous = qInstallMessageHandler(&RefusalLog::handle);
    }
    ~RefusalLog() { qInstallMessageHandler(s_previous); }
    int count() const { return s_count; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text) {
        if (text.startsWith(QLatin1String("request refused")))
            ++s_count;
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline int s_count = 0;
    static inline QtMessageHandler s_previous = nullptr;
};

struct Outcome {
    bool done = false;
    std::optional<Result<QString>> result;
};
} // namespace

class TestLoopback : public QObject {
    Q_OBJECT

    std::shared_ptr<Outcome> start(LoopbackReceiver &r, int timeoutMs = 20000) {
        auto outcome = std::make_shared<Outcome>();
        const Result<Done> started =
            r.start(kState, timeoutMs, this, [outcome](Result<QString> result) {
                outcome->done = true;
                outcome->result = result;
            });
        if (!started.ok())
            qWarning() << started.error().message;
        return started.ok() ? outcome : nullptr;
    }

private slots:
    void servesOnlyExactCallbackAndKeepsWaiting() {
        LoopbackReceiver r;
        auto outcome = start(r);
        QVERIFY(outcome);
        QCOMPARE(r.port(), LoopbackReceiver::kPreferredPort);
        QCOMPARE(r.redirectUri(), QUrl(QStringLiteral("http://127.0.0.1:51789/callback")));
        const quint16 port = r.port();

        QCOMPARE(statusOf(exchange(port, get("/"))), 404);
        QCOMPARE(statusOf(exchange(port, get("/callbackEVIL?code=x&state=" + kState))), 404);
        QCOMPARE(statusOf(exchange(port, get("/callback/x?code=x&state=" + kState))), 404);
        QCOMPARE(statusOf(exchange(port, "POST /callback?code=x&state=" + kState +
                                             " HTTP/1.1\r\nContent-Length: 0\r\n\r\n")),
                 405);
        QCOMPARE(statusOf(exchange(port, get("/callback?code=x&state=wrong"))), 400);
        QCOMPARE(statusOf(exchange(port, get("/callback?code=x"))), 400);
        QCOMPARE(statusOf(exchange(port, get("/callback?state=" + kState))), 400); // no code
        QCOMPARE(statusOf(exchange(port, "garbage\r\n\r\n")), 400);
        QCOMPARE(statusOf(exchange(port, "\x16\x03\x01\x02\x01\x01\x01\r\n\r\n")), 400);
        QVERIFY(!outcome->done);
        QVERIFY(r.isListening());

        const QByteArray ok = exchange(
            port, get("/callback?code=the-code&state=" + kState + "&iss=http%3A%2F%2F127.0.0.1"));
        QCOMPARE(statusOf(ok), 200);
        const QByteArray head = ok.left(ok.indexOf("\r\n\r\n")).toLower();
        QVERIFY(head.contains("referrer-policy: no-referrer"));
        QVERIFY(head.contains("cache-control: no-store"));
        QVERIFY(head.contains("content-type: text/html; charset=utf-8"));
        const QByteArray body = ok.mid(ok.indexOf("\r\n\r\n") + 4);
        QVERIFY(body.contains("You can close this tab"));
        // Self-contained: nothing loaded from anywhere.
        QVERIFY(!body.contains("src="));
        QVERIFY(!body.contains("href="));
        QVERIFY(!body.contains("http"));
        QVERIFY(!body.contains("the-code"));

        QTRY_VERIFY(outcome->done);
        QVERIFY(outcome->result->ok());
        QCOMPARE(outcome->result->value(), QStringLiteral("the-code"));
        // The port is closed and the state forgotten: a replay finds nobody.
        QVERIFY(!r.isListening());
        QCOMPARE(exchange(port, get("/callback?code=x&state=" + kState)),
                 QByteArray("CONNECT FAILED"));
    }

    void bindsLoopbackOnly() {
        LoopbackReceiver r;
        QVERIFY(start(r));
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.isLoopback() || a.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            QTcpSocket s;
            s.connectToHost(a, r.port());
            QVERIFY2(!s.waitForConnected(1000), qPrintable(a.toString()));
        }
        QTcpSocket v6;
        v6.connectToHost(QHostAddress::LocalHostIPv6, r.port());
        QVERIFY(!v6.waitForConnected(1000));
    }

    void providerError() {
        LoopbackReceiver r;
        auto outcome = start(r);
        QVERIFY(outcome);
        QTest::ignoreMessage(
            QtInfoMsg, QRegularExpression(
                           QStringLiteral("provider's description.*End-User aborted interaction")));
        const QByteArray answer =
            exchange(r.port(), get("/callback?error=access_denied&error_description=End-User+"
                                   "aborted+interaction&state=" +
                                   kState));
        QCOMPARE(statusOf(answer), 200);
        QTRY_VERIFY(outcome->done);
        QVERIFY(!outcome->result->ok());
        const Error e = outcome->result->error();
        QCOMPARE(e.kind, Error::Kind::Cancelled);
        QCOMPARE(e.code, QStringLiteral("access_denied"));
        QVERIFY2(e.message.contains(QStringLiteral("cancelled or refused")), qPrintable(e.message));
        // The provider's own (English) words go to the log, not to the user.
        QVERIFY2(!e.message.contains(QStringLiteral("End-User aborted interaction")),
                 qPrintable(e.message));
        QVERIFY(!r.isListening());
    }

    // Finding 10: the browser gets a one-time start page that redirects to the authorize URL;
    // a second fetch ends the attempt; other /start/ paths are 404 and the wait goes on.
    void startPageRedirectsOnce() {
        LoopbackReceiver r;
        auto outcome = start(r);
        QVERIFY(outcome);
        const QUrl authorize(QStringLiteral("https://idp.example/auth?state=s&nonce=n"));
        const QUrl startUrl = r.startUrl(authorize);
        QCOMPARE(startUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(startUrl.port(), int(r.port()));
        QVERIFY(!startUrl.hasQuery());
        const QByteArray path = startUrl.path(QUrl::FullyEncoded).toLatin1();
        QVERIFY2(path.startsWith("/start/") && path.size() >= 7 + 43, path.constData());
        QCOMPARE(statusOf(exchange(r.port(), get("/start/x"))), 404);
        QCOMPARE(statusOf(exchange(r.port(), get(path.left(path.size() - 1)))), 404);
        QCOMPARE(statusOf(exchange(r.port(), "POST " + path + " HTTP/1.1\r\n\r\n")), 405);
        const QByteArray first = exchange(r.port(), get(path));
        QCOMPARE(statusOf(first), 302);
        QVERIFY2(first.contains("\r\nLocation: https://idp.example/auth?state=s&nonce=n\r\n"),
                 first.constData());
        QVERIFY(first.contains("Cache-Control: no-store"));
        QVERIFY(!outcome->done);
        QVERIFY(r.isListening());
        QCOMPARE(statusOf(exchange(r.port(), get(path))), 400);
        QTRY_VERIFY(outcome->done);
        QVERIFY(!outcome->result->ok());
        QCOMPARE(outcome->result->error().code, QStringLiteral("start_reused"));
        QVERIFY(!r.isListening());
    }

    // Finding 5: the provider's words reach a terminal; an escape sequence must not.
    void providerErrorKeepsOnlyOAuthCharacters() {
        LoopbackReceiver r;
        auto outcome = start(r);
        QVERIFY(outcome);
        // The description goes to the log only (issue 13), as cleaned.
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral(
                                            "provider's description.*\\]0;titleredline ok")));
        exchange(r.port(), get("/callback?error=%1B%5B2Jodd%07code&error_description=%1B%5D0%3B"
                               "title%07red%0D%0Aline+%E2%80%AEok%22%5C&state=" +
                               kState));
        QTRY_VERIFY(outcome->done);
        QVERIFY(!outcome->result->ok());
        const Error e = outcome->result->error();
        QCOMPARE(e.code, QStringLiteral("[2Joddcode"));
        QVERIFY2(!e.message.contains(QStringLiteral("titleredline")), qPrintable(e.message));
        for (const QChar c : e.message)
            QVERIFY2(c.unicode() >= 0x20 && c != QChar(0x202e), qPrintable(e.message));
        QVERIFY(!e.message.contains(QLatin1Char('\\')));
    }

    void providerErrorWithWrongStateIsIgnored() {
        LoopbackReceiver r;
        auto outcome = start(r);
        QVERIFY(outcome);
        QCOMPARE(statusOf(exchange(r.port(), get("/callback?error=access_denied&state=nope"))),
                 400);
        QVERIFY(!outcome->done);
        QVERIFY(r.isListening());
    }

    // RFC 9207: a callback naming another issuer ends the attempt (mix-up attack).
    void issuerMismatch() {
        LoopbackReceiver r;
        r.setExpectedIssuer(QStringLiteral("http://127.0.0.1:8788"));
        auto outcome = start(r);
        QVERIFY(outcome);
        QCOMPARE(statusOf(exchange(r.port(), get("/callback?code=c&state=" + kState +
                                                 "&iss=http%3A%2F%2Fevil.example"))),
                 200);
        QTRY_VERIFY(outcome->done);
        QVERIFY(!outcome->result->ok());
        QCOMPARE(outcome->result->error().code, QStringLiteral("issuer_mismatch"));
        // The right issuer is accepted.
        LoopbackReceiver ok;
        ok.setExpectedIssuer(QStringLiteral("http://127.0.0.1:8788"));
        auto good = start(ok);
        QVERIFY(good);
        QCOMPARE(statusOf(exchange(ok.port(), get("/callback?code=c&state=" + kState +
                                                  "&iss=http%3A%2F%2F127.0.0.1%3A8788"))),
                 200);
        QTRY_VERIFY(good->done);
        QCOMPARE(good->result->value(), QStringLiteral("c"));
    }

    void fallbackPort() {
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, LoopbackReceiver::kPreferredPort));
        const quint16 expected = test::firstFreeFallbackPort();
        QVERIFY(expected >= 51790);
        LoopbackReceiver r;
        QVERIFY(start(r));
        QCOMPARE(r.port(), expected);
    }

    void allPortsBusy() {
        std::vector<std::unique_ptr<QTcpServer>> busy;
        QVERIFY(test::holdAllSignInPorts(busy));
        LoopbackReceiver r;
        const Result<Done> started =
            r.start(kState, 1000, this, [](Result<QString>) { QFAIL("no callback expected"); });
        QVERIFY(!started.ok());
        QVERIFY2(started.error().message.contains(QStringLiteral("51789")) &&
                     started.error().message.contains(QStringLiteral("51799")),
                 qPrintable(started.error().message));
        QVERIFY(!r.isListening());
    }

    void timeoutAndCancel() {
        {
            LoopbackReceiver r;
            auto outcome = start(r, 300);
            QVERIFY(outcome);
            QTRY_VERIFY_WITH_TIMEOUT(outcome->done, 5000);
            QCOMPARE(outcome->result->error().kind, Error::Kind::Timeout);
            QVERIFY(!r.isListening());
        }
        {
            LoopbackReceiver r;
            auto outcome = start(r);
            QVERIFY(outcome);
            r.cancel();
            QTRY_VERIFY(outcome->done);
            QCOMPARE(outcome->result->error().kind, Error::Kind::Cancelled);
            QVERIFY(!r.isListening());
        }
    }

    void boundedRequests() {
        LoopbackReceiver r;
        LoopbackReceiverTestAccess::setRequestTimeout(r, 500);
        auto outcome = start(r);
        QVERIFY(outcome);
        const quint16 port = r.port();
        RefusalLog rejected;

        // A 1 MB header: refused once past the bound, without reading it all.
        const QByteArray huge =
            "GET /callback?x=" + QByteArray(1024 * 1024, 'a') + " HTTP/1.1\r\n\r\n";
        const QByteArray answer = exchange(port, huge);
        QVERIFY2(statusOf(answer) == 431 || answer.isEmpty(), answer.left(80).constData());

        // A slow drip: answered 408 when its time is up, not waited for forever.
        QTcpSocket drip;
        drip.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(drip.waitForConnected(2000));
        drip.write("GET /callback?code=x&state=");
        QElapsedTimer t;
        t.start();
        QByteArray dripAnswer;
        while (drip.state() == QAbstractSocket::ConnectedState && t.elapsed() < 5000) {
            drip.write("a");
            drip.waitForReadyRead(50);
            dripAnswer += drip.readAll();
            QCoreApplication::processEvents();
        }
        dripAnswer += drip.readAll();
        QCOMPARE(statusOf(dripAnswer), 408);
        QVERIFY(t.elapsed() < 3000);

        // Many connections at once, idle, then the real callback still gets through.
        std::vector<std::unique_ptr<QTcpSocket>> crowd;
        for (int i = 0; i < 50; ++i) {
            crowd.push_back(std::make_unique<QTcpSocket>());
            crowd.back()->connectToHost(QHostAddress::LocalHost, port);
        }
        for (auto &s : crowd)
            QVERIFY(s->waitForConnected(2000));
        QVERIFY(!outcome->done);
        QCOMPARE(statusOf(exchange(port, get("/callback?code=c2&state=" + kState))), 200);
        QTRY_VERIFY(outcome->done);
        QCOMPARE(outcome->result->value(), QStringLiteral("c2"));
        QVERIFY(rejected.count() >= 2);
    }

    void successPageIsTranslatedAndSelfContained() {
        const QByteArray page = LoopbackReceiver::successPage();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("charset=\"utf-8\""));
        QVERIFY(!page.contains("<script"));
        QVERIFY(!page.contains("<img"));
        QVERIFY(!page.contains("<link"));
    }
};

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_auth_loopback.moc"
