#include "LoopbackReceiver.h"

#include "common/Logging.h"
#include "common/RandomSecret.h"
#include "common/SafeText.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace figestio {

namespace {
QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// A complete, self-contained page: no scripts, images, fonts or links, so it loads nothing
// from anywhere and leaks no referrer.
QByteArray page(const QString &title, const QString &text) {
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width\">"
                       "<title>%1</title><style>body{font-family:sans-serif;margin:15vh auto;"
                       "max-width:32em;padding:0 1em;text-align:center;color:#222}"
                       "h1{font-size:1.4em}</style></head><body><h1>%1</h1><p>%2</p>"
                       "</body></html>\n")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    return html.toUtf8();
}

// After a callback that ends the attempt without a code (provider error, issuer mismatch).
QByteArray notCompletedPage() {
    return page(QCoreApplication::translate("LoopbackReceiver", "Sign-in not completed"),
                QCoreApplication::translate("LoopbackReceiver",
                                            "You can close this tab and return to Figestió Sync."));
}

// Compares without an early exit, so the answer time says nothing about the expected state.
bool sameSecret(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

Error providerError(const QString &rawCode, const QString &rawDescription) {
    // Shown in the GUI and printed on terminals: RFC 6749's characters only (no escapes).
    const QString code = oauthText(rawCode, 64);
    const QString description = oauthText(rawDescription, 200);
    QString text;
    Error::Kind kind = Error::Kind::Other;
    if (code == QLatin1String("access_denied")) {
        kind = Error::Kind::Cancelled;
        text = QCoreApplication::translate("LoopbackReceiver",
                                           "Sign-in was cancelled or refused in the browser.");
    } else if (code == QLatin1String("login_required") ||
               code == QLatin1String("consent_required") ||
               code == QLatin1String("interaction_required")) {
        text = QCoreApplication::translate(
            "LoopbackReceiver",
            "The sign-in page needs you to log in and approve access. Please try again.");
    } else if (code == QLatin1String("server_error") ||
               code == QLatin1String("temporarily_unavailable")) {
        text = QCoreApplication::translate(
            "LoopbackReceiver",
            "The sign-in service had a problem. Please try again in a few minutes.");
    } else {
        text = QCoreApplication::translate("LoopbackReceiver",
                                           "The sign-in service refused the request (%1).")
                   .arg(code);
    }
    // The provider's description is in its language (English), not the user's: log only.
    if (!description.isEmpty())
        qCInfo(lcAuth) << "the provider's description:" << description;
    return Error::make(kind, text, code);
}
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        finish(Error::make(Error::Kind::Timeout,
                           QCoreApplication::translate(
                               "LoopbackReceiver",
                               "Sign-in took too long: no answer came from the browser. Please "
                               "try again."),
                           QStringLiteral("signin_timeout")));
    });
}

LoopbackReceiver::~LoopbackReceiver() {
    closeServer();
}

QByteArray LoopbackReceiver::successPage() {
    return page(QCoreApplication::translate("LoopbackReceiver", "Signed in to Figestió Sync"),
                QCoreApplication::translate("LoopbackReceiver",
                                            "You can close this tab and return to Figestió Sync."));
}

Result<Done> LoopbackReceiver::start(const QByteArray &expectedState, int timeoutMs,
                                     QObject *context, Callback<QString> callback) {
    closeServer();
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(kMaxConnections);
    for (quint16 port = kPreferredPort; port <= kLastFallbackPort; ++port) {
        // 127.0.0.1 only: never reachable from the network (DESIGN §3).
        if (m_server->listen(QHostAddress::LocalHost, port)) {
            m_port = port;
            break;
        }
        qCDebug(lcAuth) << "loopback port" << port << "busy:" << m_server->errorString();
    }
    if (!m_server->isListening()) {
        delete m_server;
        m_server = nullptr;
        return Error::make(
            Error::Kind::Other,
            QCoreApplication::translate(
                "LoopbackReceiver",
                "Sign-in cannot start: the ports %1–%2 on this computer are all in use by other "
                "programs. Close some programs (or restart the computer) and try again.")
                .arg(kPreferredPort)
                .arg(kLastFallbackPort));
    }
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    m_state = expectedState;
    m_callback = GuardedCallback<QString>(context, std::move(callback));
    m_timeout->start(timeoutMs);
    qCInfo(lcAuth) << "waiting for the browser on 127.0.0.1 port" << m_port;
    return Done{};
}

bool LoopbackReceiver::isListening() const {
    return m_server && m_server->isListening();
}

QUrl LoopbackReceiver::startUrl(const QUrl &authorizeUrl) {
    m_authorizeUrl = authorizeUrl;
    m_startServed = false;
    m_startPath = "/start/" + randomSecret(32);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port) +
                QString::fromLatin1(m_startPath));
}

QUrl LoopbackReceiver::redirectUri() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
}

void LoopbackReceiver::cancel() {
    if (isListening())
        finish(
            Error::make(Error::Kind::Cancelled,
                        QCoreApplication::translate("LoopbackReceiver", "Sign-in was cancelled.")));
}

void LoopbackReceiver::onNewConnection() {
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Too many at once: drop the oldest, so a flood cannot shut out the real browser.
        if (m_order.size() >= kMaxConnections) {
            QTcpSocket *oldest = m_order.first();
            forget(oldest);
            oldest->abort();
            qCDebug(lcAuth) << "request refused: too many connections, the oldest dropped";
        }
        // Ours, not the server's: the answered socket must outlive the closed server.
        socket->setParent(this);
        m_buffers.insert(socket, QByteArray());
        m_order.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            forget(socket);
            socket->deleteLater();
        });
        // Bounded in time: a slow drip gets 408 when its time is up, whatever it has sent.
        QTimer::singleShot(m_requestTimeoutMs, socket, [this, socket] {
            if (m_buffers.contains(socket))
                reject(socket, 408);
        });
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket) {
    if (!m_buffers.contains(socket)) {
        socket->readAll(); // answered already: discard the rest
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    int end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        end = buffer.indexOf("\n\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes)
            reject(socket, 431);
        return;
    }
    const QByteArray head = buffer.left(end);
    forget(socket);
    handleRequest(socket, head);
}

LoopbackReceiver::RequestHead LoopbackReceiver::parseRequestHead(const QByteArray &head) {
    RequestHead r;
    const qsizetype lineEnd = head.indexOf('\n');
    QByteArray requestLine = lineEnd < 0 ? head : head.left(lineEnd);
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/'))
        return r;
    r.valid = true;
    r.method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    // Form encoding: '+' is a space (a literal plus arrives as %2B).
    QByteArray rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
    rawQuery.replace('+', "%20");
    r.query = QUrlQuery(QString::fromLatin1(rawQuery));
    return r;
}

void LoopbackReceiver::handleRequest(QTcpSocket *socket, const QByteArray &head) {
    const RequestHead request = parseRequestHead(head);
    if (!request.valid) {
        reject(socket, 400);
        return;
    }
    const QByteArray &method = request.method;
    const QByteArray &path = request.path;
    const QUrlQuery &query = request.query;
    if (!m_startPath.isEmpty() && sameSecret(path, m_startPath)) {
        if (method != "GET") {
            reject(socket, 405);
            return;
        }
        serveStart(socket);
        return;
    }
    if (path != "/callback") { // exact: "/callbackEVIL" and "/callback/x" are not it
        reject(socket, 404);
        return;
    }
    if (method != "GET") {
        reject(socket, 405);
        return;
    }
    const QByteArray state =
        query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (!sameSecret(state, m_state)) {
        qCInfo(lcAuth) << "callback with a wrong or missing state: ignored";
        reject(socket, 400);
        return;
    }
    const QString iss = query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (!iss.isEmpty() && !m_issuer.isEmpty() && iss != m_issuer) {
        respond(socket, 200, notCompletedPage());
        qCWarning(lcAuth) << "callback from an unexpected issuer: attempt abandoned";
        finish(Error::make(Error::Kind::Other,
                           QCoreApplication::translate(
                               "LoopbackReceiver", "The sign-in service refused the request (%1).")
                               .arg(QStringLiteral("issuer mismatch")),
                           QStringLiteral("issuer_mismatch")),
               socket);
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        respond(socket, 200, notCompletedPage());
        qCInfo(lcAuth) << "the provider answered with an error:" << oauthText(error, 64);
        finish(providerError(error, description), socket);
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        reject(socket, 400);
        return;
    }
    respond(socket, 200, successPage());
    qCInfo(lcAuth) << "authorization code received";
    finish(code, socket);
}

void LoopbackReceiver::serveStart(QTcpSocket *socket) {
    if (m_startServed) {
        // The one-time link was used again: by another browser tab at best, by someone who read
        // it at worst. Either way this attempt is no longer ours alone.
        respond(socket, 400, notCompletedPage());
        qCWarning(lcAuth) << "the sign-in start link was opened twice: attempt abandoned";
        finish(Error::make(Error::Kind::Other,
                           QCoreApplication::translate(
                               "LoopbackReceiver",
                               "The sign-in link was opened twice, so this sign-in was stopped "
                               "for safety. Please start the sign-in again."),
                           QStringLiteral("start_reused")),
               socket);
        return;
    }
    m_startServed = true;
    qCInfo(lcAuth) << "browser arrived: redirecting it to the sign-in page";
    respond(socket, 302, {}, "\r\nLocation: " + m_authorizeUrl.toEncoded());
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &body,
                               const QByteArray &extraHeaders) {
    forget(socket);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                     extraHeaders +
                     "\r\nContent-Type: text/html; charset=utf-8"
                     "\r\nContent-Length: " +
                     QByteArray::number(body.size()) +
                     "\r\nCache-Control: no-store"
                     "\r\nPragma: no-cache"
                     "\r\nReferrer-Policy: no-referrer"
                     "\r\nX-Content-Type-Options: nosniff"
                     "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
                     "\r\nConnection: close\r\n\r\n" +
                     body;
    socket->write(out);
    socket->disconnectFromHost(); // after the write is flushed
}

void LoopbackReceiver::reject(QTcpSocket *socket, int status) {
    respond(socket, status,
            status == 404
                ? page(QCoreApplication::translate("LoopbackReceiver", "Not found"),
                       QCoreApplication::translate("LoopbackReceiver", "This page does not exist."))
                : page(QCoreApplication::translate("LoopbackReceiver", "Request refused"),
                       QCoreApplication::translate(
                           "LoopbackReceiver",
                           "This request does not belong to the sign-in in progress.")));
    qCInfo(lcAuth) << "request refused with HTTP status" << status;
}

void LoopbackReceiver::finish(Result<QString> result, QTcpSocket *keep) {
    if (!m_server)
        return;
    m_timeout->stop();
    m_state.clear(); // forget it: a replayed callback finds nothing to match
    m_startPath.clear();
    m_authorizeUrl.clear();
    closeServer(keep);
    GuardedCallback<QString> callback = m_callback;
    m_callback = {};
    // Delivered from the event loop: the owner may delete this receiver in the callback.
    QTimer::singleShot(0, this, [callback, result] { callback(result); });
}

void LoopbackReceiver::forget(QTcpSocket *socket) {
    m_buffers.remove(socket);
    m_order.removeOne(socket);
}

void LoopbackReceiver::closeServer(QTcpSocket *keep) {
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    // Other connections still open (junk, slow drips) go; the answered one finishes flushing.
    const QList<QTcpSocket *> sockets = m_order;
    m_buffers.clear();
    m_order.clear();
    for (QTcpSocket *s : sockets)
        if (s != keep)
            s->abort();
}

} // namespace figestio
