#pragma once

#include "common/Backoff.h"
#include "common/Callback.h"
#include "common/Logging.h"
#include "common/Result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

#include <algorithm>
#include <functional>

class QNetworkAccessManager;

namespace figestio {

// How often and how patiently a request is retried after a network error, a timeout or a 5xx
// (never after another 4xx). Delays grow exponentially with jitter (common/Backoff).
struct RetryPolicy {
    int maxRetries = 3;       // attempts = 1 + maxRetries
    int initialDelayMs = 500; // before the first retry
    int maxDelayMs = 8000;    // cap of one delay
    static RetryPolicy none() { return RetryPolicy{0, 0, 0}; }
    // The delays between retries (a zero delay counts as 1 ms).
    Backoff backoff() const {
        return Backoff(std::max(1, initialDelayMs), std::max(1, maxDelayMs));
    }
};

// What came back from one HTTP exchange (after any retries).
struct HttpResponse {
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    bool ok() const { return status >= 200 && status < 300; }
};

// One HTTP exchange with a transfer timeout and bounded retries. Never logs bodies, headers
// or query values (they may carry tokens or codes).
class HttpCall {
public:
    static constexpr int kDefaultTimeoutMs = 15000;

    using Category = const QLoggingCategory &(*)();

    // What to send, how patiently, and where to log it.
    struct Request {
        QNetworkRequest request{};         // URL and headers
        QByteArray verb = "GET";           // "GET", "POST"...
        QByteArray body{};                 // may be empty
        int timeoutMs = kDefaultTimeoutMs; // per attempt
        RetryPolicy retry = RetryPolicy::none();
        Category category = lcApi; // retries and outcomes: method, redacted URL, status
    };

    // The callback gets the final response, while context lives (a null context: always).
    static void send(QNetworkAccessManager *nam, Request request, QObject *context,
                     std::function<void(const HttpResponse &)> callback);

    // Whether a response is worth retrying (network error, timeout, 5xx).
    static bool isTransient(const HttpResponse &response);

    // The response as an Error for people: kind from the status (401 Unauthorized, 403
    // Forbidden, 404 NotFound, 409 Conflict, other 4xx/5xx Http, none Network/Timeout), the
    // server's {"error","message"} when present, and what was being done ("what": e.g.
    // "Listing your agencies") in the message.
    static Error toError(const HttpResponse &response, const QString &what);

    // The standard sentences (translated).
    static QString unreachableMessage();
    static QString timeoutMessage();
};

} // namespace figestio
