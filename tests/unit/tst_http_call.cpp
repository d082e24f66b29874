// HttpCall: what one HTTP exchange does with redirects and errors (DESIGN §3: requests that
// carry a token never follow redirects).
#include "ScriptedServer.h"
#include "common/HttpCall.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace figestio;

class TestHttpCall : public QObject {
    Q_OBJECT
private slots:
    // Qt's default policy follows an http → http redirect to another host, Authorization
    // header included: the token would reach whoever the server (or a MITM) names.
    void neverFollowsRedirects() {
        ScriptedServer other(QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY2(other.server.isListening(), "127.0.0.2 is not available");
        ScriptedServer server;
        server.script(302, {}, "Location: " + other.url().toLatin1() + "/steal\r\n");
        other.fallback = {200, R"({"stolen":true})", {}};

        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(server.url() + QStringLiteral("/agencies")));
        request.setRawHeader("Authorization", "Bearer secret-token");
        std::optional<HttpResponse> answer;
        HttpCall::send(&nam, HttpCall::Request{request, "GET", {}, 5000}, nullptr,
                       [&answer](const HttpResponse &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QCOMPARE(answer->status, 302);
        QVERIFY(!answer->ok());
        QCOMPARE(server.seen.size(), 1);
        QVERIFY(other.seen.isEmpty());
        const Error e = HttpCall::toError(*answer, QStringLiteral("Listing"));
        QCOMPARE(e.kind, Error::Kind::Http);
    }

    // Finding 5: the server's words are shown and printed; escape sequences and bidi overrides
    // from it are not.
    void serverTextIsMadePrintable() {
        HttpResponse r;
        r.status = 400;
        // JSON escapes for ESC, BEL, ó, RIGHT-TO-LEFT OVERRIDE, CR and LF.
        r.body = "{\"error\":\"bad\\u001b[31m\\u0007code\",\"message\":"
                 "\"Hola\\u001b[2J m\\u00f3n\\u202e\\r\\n!\"}";
        const Error e = HttpCall::toError(r, QStringLiteral("Claiming"));
        QCOMPARE(e.code, QStringLiteral("bad[31mcode"));
        QVERIFY2(e.message.contains(QStringLiteral("Hola[2J m\u00f3n!")), qPrintable(e.message));
        for (const QChar c : e.message)
            QVERIFY2(c.unicode() >= 0x20 && c != QChar(0x202e), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestHttpCall)
#include "tst_http_call.moc"
