#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace figestio {

// Receives the OAuth redirect on http://127.0.0.1:{port}/callback (RFC 8252 §7.3).
//
// Own code on QTcpServer rather than QOAuthHttpServerReplyHandler (Qt 6.4), because that one
// listens on all interfaces by default, accepts any path with the callback as a prefix
// ("/callbackEVIL"), drops state mismatches without a signal, cannot set response headers
// (Referrer-Policy, Cache-Control), keeps listening after success, and has no bound on request
// size or time (STACK.md).
//
// Behaviour: binds 127.0.0.1 only, port 51789, else the first free of 51790–51799. Only
// `GET /start/<random>` (once, see startUrl()) and `GET /callback` (exact path) are served; other
// paths get 404 and the wait goes on; a wrong or missing state gets 400 and the wait goes on;
// `error=` ends the attempt with that error; a valid callback gets a small self-contained page,
// then the port closes and the state is forgotten. Each connection is bounded in header size and
// time; the number of connections at once is bounded too.
class LoopbackReceiver : public QObject {
    Q_OBJECT
public:
    static constexpr quint16 kPreferredPort = 51789;
    static constexpr quint16 kLastFallbackPort = 51799;
    static constexpr int kMaxRequestBytes = 16 * 1024;
    static constexpr int kRequestTimeoutMs = 5000;
    static constexpr int kMaxConnections = 64;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Binds a port and starts waiting. `callback` gets the authorization code, or an error
    // (provider error, timeout, cancel). Bind failure is returned at once (and the callback is
    // not called).
    Result<Done> start(const QByteArray &expectedState, int timeoutMs, QObject *context,
                       Callback<QString> callback);
    void cancel(); // ends the wait with a Cancelled error
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl redirectUri() const;

    // The URL to give the browser: http://127.0.0.1:{port}/start/<random>, which answers one
    // GET with a redirect to `authorizeUrl`. The state, nonce and challenge thus never appear
    // on a command line (xdg-open's, the browser's), which other local users can read. A
    // second fetch of it ends the attempt (someone else has the link). Call after start().
    QUrl startUrl(const QUrl &authorizeUrl);

    // RFC 9207: when the callback carries `iss`, it must be this issuer (mix-up defence).
    void setExpectedIssuer(const QString &issuer) { m_issuer = issuer; }

    // The request line of an HTTP/1.x request head, as the receiver reads it (also the entry
    // point of its fuzz target). Invalid: not "METHOD /target HTTP/1.x".
    struct RequestHead {
        bool valid = false;
        QByteArray method;
        QByteArray path;
        QUrlQuery query; // '+' already read as a space
    };
    static RequestHead parseRequestHead(const QByteArray &head);

    // The page shown after a valid callback (translated, self-contained).
    static QByteArray successPage();

private:
    friend class LoopbackReceiverTestAccess; // the test seam (tests/support/AuthTestAccess.h)

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, const QByteArray &head);
    void serveStart(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &body,
                 const QByteArray &extraHeaders = {});
    void reject(QTcpSocket *socket, int status);
    void finish(Result<QString> result, QTcpSocket *keep = nullptr);
    void closeServer(QTcpSocket *keep = nullptr);
    void forget(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QTimer *m_timeout;
    quint16 m_port = 0;
    QByteArray m_state;
    QByteArray m_startPath; // "/start/<random>"
    QUrl m_authorizeUrl;
    bool m_startServed = false;
    QString m_issuer;
    int m_requestTimeoutMs = kRequestTimeoutMs;
    GuardedCallback<QString> m_callback;
    QHash<QTcpSocket *, QByteArray> m_buffers; // connections still sending their request
    QList<QTcpSocket *> m_order;               // the same, oldest first
};

} // namespace figestio
