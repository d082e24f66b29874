#include "HttpCall.h"

#include "common/JsonReader.h"
#include "common/Logging.h"
#include "common/SafeText.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <memory>

namespace figestio {

namespace {
// One request with its retries; lives until the final answer is delivered.
struct Exchange : std::enable_shared_from_this<Exchange> {
    QNetworkAccessManager *nam = nullptr;
    QNetworkRequest request;
    QByteArray verb;
    QByteArray body;
    int timeoutMs = 0;
    RetryPolicy retry;
    Backoff backoff{1, 1};
    ContextGuard context;
    std::function<void(const HttpResponse &)> callback;
    HttpCall::Category category = lcApi;

    bool alive() const { return context.alive(); }

    void attempt() {
        if (!alive())
            return;
        request.setTransferTimeout(timeoutMs);
        // Never follow a redirect: Qt's default would resend the Authorization header to
        // whatever host the answer names (RestClient does the same).
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = body.isEmpty() && verb == "GET"
                                   ? nam->get(request)
                                   : nam->sendCustomRequest(request, verb, body);
        auto self = shared_from_this();
        QObject::connect(reply, &QNetworkReply::finished, reply, [self, reply] {
            reply->deleteLater();
            self->onFinished(reply);
        });
    }

    void onFinished(QNetworkReply *reply) {
        HttpResponse r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.networkError = reply->error();
        // setTransferTimeout aborts with OperationCanceledError.
        r.timedOut = r.status == 0 && (reply->error() == QNetworkReply::OperationCanceledError ||
                                       reply->error() == QNetworkReply::TimeoutError);
        // Bodies of error answers are small; cap what we keep anyway.
        if (reply->isOpen())
            r.body = reply->read(4 * 1024 * 1024);
        const QString where = redactedUrl(request.url().toString(QUrl::RemoveUserInfo));
        if (HttpCall::isTransient(r) && backoff.attempts() < retry.maxRetries && alive()) {
            const int delay = backoff.nextDelayMs();
            qCInfo(category).nospace()
                << verb.constData() << " " << where << " failed ("
                << (r.status ? QString::number(r.status)
                             : (r.timedOut ? QStringLiteral("timeout") : reply->errorString()))
                << "), retry " << backoff.attempts() << "/" << retry.maxRetries << " in " << delay
                << " ms";
            auto self = shared_from_this();
            QTimer::singleShot(delay, nam, [self] { self->attempt(); });
            return;
        }
        qCDebug(category).nospace() << verb.constData() << " " << where << " → " << r.status;
        if (alive() && callback)
            callback(r);
    }
};
} // namespace

void HttpCall::send(QNetworkAccessManager *nam, Request request, QObject *context,
                    std::function<void(const HttpResponse &)> callback) {
    auto e = std::make_shared<Exchange>();
    e->nam = nam;
    e->request = std::move(request.request);
    e->verb = request.verb;
    e->body = request.body;
    e->timeoutMs = request.timeoutMs;
    e->retry = request.retry;
    e->backoff = request.retry.backoff();
    e->context = ContextGuard(context);
    e->callback = std::move(callback);
    e->category = request.category;
    e->attempt();
}

bool HttpCall::isTransient(const HttpResponse &response) {
    if (response.status >= 500)
        return true;
    return response.status == 0; // network error or timeout: no HTTP answer
}

QString HttpCall::unreachableMessage() {
    return QCoreApplication::translate(
        "HttpCall",
        "The Figestió server could not be reached. Check your internet connection and try "
        "again.");
}

QString HttpCall::timeoutMessage() {
    return QCoreApplication::translate(
        "HttpCall", "The Figestió server did not answer in time. Try again in a moment.");
}

Error HttpCall::toError(const HttpResponse &response, const QString &what) {
    if (response.status == 0) {
        if (response.timedOut)
            return Error::make(Error::Kind::Timeout, what + QLatin1String(": ") + timeoutMessage());
        return Error::make(Error::Kind::Network, what + QLatin1String(": ") + unreachableMessage());
    }
    // The server's {"error": code, "message": text} when it sent one; never required.
    QString code;
    QString serverMessage;
    JsonReader r = JsonReader::parse(response.body, QStringLiteral("error"));
    if (r.ok() && r.isObject()) {
        // Printed on terminals and shown in the GUI: no escape sequences from the server.
        code = oauthText(r.optionalString("error").value_or(QString()), 64);
        serverMessage = printableText(r.optionalString("message").value_or(QString()), 300);
    }
    Error::Kind kind = Error::Kind::Http;
    QString text;
    switch (response.status) {
    case 401:
        kind = Error::Kind::Unauthorized;
        text = QCoreApplication::translate("HttpCall",
                                           "Your session has expired. Please sign in again.");
        break;
    case 403:
        kind = Error::Kind::Forbidden;
        text = QCoreApplication::translate("HttpCall", "Your account is not allowed to do this.");
        break;
    case 404:
        kind = Error::Kind::NotFound;
        text = QCoreApplication::translate(
            "HttpCall", "The server does not know this request. The app may need an update.");
        break;
    case 409:
        kind = Error::Kind::Conflict;
        text = QCoreApplication::translate("HttpCall",
                                           "This conflicts with what the server already has.");
        break;
    default:
        if (response.status >= 500)
            text = QCoreApplication::translate(
                       "HttpCall",
                       "The Figestió server has a problem right now (error %1). Try again later.")
                       .arg(response.status);
        else
            text = QCoreApplication::translate(
                       "HttpCall", "The Figestió server refused the request (error %1).")
                       .arg(response.status);
    }
    if (!serverMessage.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("HttpCall", "The server said: “%1”").arg(serverMessage);
    return Error::make(kind, what + QLatin1String(": ") + text, code, response.status);
}

} // namespace figestio
