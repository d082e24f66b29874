#include "FigestioApi.h"

#include "common/JsonReader.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <memory>

namespace figestio {

namespace {
Error malformed(const QString &detail) {
    return Error::make(Error::Kind::Malformed,
                       QCoreApplication::translate(
                           "FigestioApi",
                           "The Figestió server's answer could not be read (%1). Try again later; "
                           "if it keeps happening, contact Figestió support.")
                           .arg(detail));
}
} // namespace

FigestioApi::FigestioApi(const BackendConfig &config, Session *session, QNetworkAccessManager *nam,
                         QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_session(session)
    , m_nam(nam) {
    if (session)
        session->setAgencyLister(this);
}

// --- parsing ----------------------------------------------------------------------------------

Result<QList<Agency>> FigestioApi::parseAgencies(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("agencies"));
    QList<Agency> out;
    if (r.ok() && !r.isArray())
        r.fail(QCoreApplication::translate("FigestioApi", "agencies: expected a list"));
    for (std::size_t i = 0; r.ok() && i < r.size(); ++i) {
        JsonReader item = r.at(i);
        Agency a{item.nonEmptyString("id"), item.string("name")};
        r.merge(item);
        out << a;
    }
    if (!r.ok())
        return malformed(r.error());
    return out;
}

Result<ServerIdentity> FigestioApi::parseServerIdentity(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("server-identity"));
    ServerIdentity id;
    id.deviceId = r.nonEmptyString("device_id");
    id.name = r.string("name");
    id.addresses = r.stringList("addresses");
    if (!r.ok())
        return malformed(r.error());
    return id;
}

Result<Claim> FigestioApi::parseClaim(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("claim"));
    Claim c;
    c.deviceId = r.nonEmptyString("device_id");
    c.agencyId = r.nonEmptyString("agency_id");
    JsonReader folder = r.object("folder");
    c.folderId = folder.nonEmptyString("id");
    c.folderLabel = folder.string("label");
    r.merge(folder);
    const QString claimedAt = r.nonEmptyString("claimed_at");
    if (r.ok()) {
        c.claimedAt = QDateTime::fromString(claimedAt, Qt::ISODateWithMs);
        if (!c.claimedAt.isValid())
            r.fail(QCoreApplication::translate("FigestioApi",
                                               "claim.claimed_at: not a date and time"));
    }
    if (!r.ok())
        return malformed(r.error());
    return c;
}

// --- calls ------------------------------------------------------------------------------------

void FigestioApi::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                       const QString &what, Parsed onSuccess,
                       std::function<void(const Error &)> onError) {
    if (!m_session) {
        onError(Error::make(Error::Kind::Unauthorized,
                            QCoreApplication::translate("FigestioApi", "You are not signed in.")));
        return;
    }
    const QUrl url(m_config.apiUrl.toString() + path);
    // The request, once with the current token and (after a 401) once more after a refresh.
    auto send = std::make_shared<std::function<void(const QString &, bool)>>();
    std::weak_ptr<std::function<void(const QString &, bool)>> weakSend = send;
    *send = [this, url, verb, body, what, onSuccess, onError, weakSend](const QString &token,
                                                                        bool afterRefresh) {
        // Kept alive by the request in flight (no cycle through its own closure).
        auto self = weakSend.lock();
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        HttpCall::send(
            m_nam, HttpCall::Request{request, verb, body, m_timeoutMs, m_retry}, this,
            [this, what, onSuccess, onError, self, afterRefresh](const HttpResponse &response) {
                if (response.ok()) {
                    onSuccess(response);
                    return;
                }
                if (response.status != 401 || !m_session) {
                    onError(HttpCall::toError(response, what));
                    return;
                }
                if (afterRefresh) {
                    // Refused even with a fresh token: the session is not valid any more.
                    qCInfo(lcApi) << what << ": 401 after a refresh; ending the session";
                    const Error e = HttpCall::toError(response, what);
                    m_session->markExpired();
                    onError(e);
                    return;
                }
                qCInfo(lcApi) << "401: refreshing the session and retrying once";
                m_session->refreshNow(this, [this, onError, self](Result<Done> refreshed) {
                    if (!refreshed) {
                        onError(refreshed.error());
                        return;
                    }
                    m_session->withAccessToken(this, [onError, self](Result<QString> fresh) {
                        if (!fresh)
                            onError(fresh.error());
                        else
                            (*self)(fresh.value(), true);
                    });
                });
            });
    };
    m_session->withAccessToken(this, [onError, send](Result<QString> token) {
        if (!token)
            onError(token.error());
        else
            (*send)(token.value(), false);
    });
}

void FigestioApi::agencies(QObject *context, Callback<QList<Agency>> callback) {
    GuardedCallback<QList<Agency>> cb(context, std::move(callback));
    call(
        "GET", QStringLiteral("/agencies"), {},
        QCoreApplication::translate("FigestioApi", "Listing your agencies"),
        [cb](const HttpResponse &r) { cb(parseAgencies(r.body)); },
        [cb](const Error &e) { cb(e); });
}

void FigestioApi::listAgencies(const QString &accessToken, QObject *context,
                               Callback<QList<Agency>> callback) {
    GuardedCallback<QList<Agency>> cb(context, std::move(callback));
    QNetworkRequest request(QUrl(m_config.apiUrl.toString() + QLatin1String("/agencies")));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setRawHeader("Accept", "application/json");
    HttpCall::Request get{request};
    get.retry = RetryPolicy{3, 500, 4000};
    HttpCall::send(m_nam, get, this, [cb](const HttpResponse &response) {
        if (!response.ok())
            cb(HttpCall::toError(
                response, QCoreApplication::translate("FigestioApi", "Listing your agencies")));
        else
            cb(parseAgencies(response.body));
    });
}

void FigestioApi::serverIdentity(QObject *context, Callback<ServerIdentity> callback) {
    GuardedCallback<ServerIdentity> cb(context, std::move(callback));
    call(
        "GET", QStringLiteral("/devices/server-identity"), {},
        QCoreApplication::translate("FigestioApi", "Getting the Figestió server's details"),
        [cb](const HttpResponse &r) { cb(parseServerIdentity(r.body)); },
        [cb](const Error &e) { cb(e); });
}

void FigestioApi::claimDevice(const ClaimRequest &request, QObject *context,
                              Callback<Claim> callback) {
    GuardedCallback<Claim> cb(context, std::move(callback));
    const nlohmann::json body = {
        {"device_id", request.deviceId.toStdString()},
        {"name", request.name.toStdString()},
        {"platform", request.platform.toStdString()},
        {"app_version", request.appVersion.toStdString()},
    };
    const QString what =
        QCoreApplication::translate("FigestioApi", "Linking this computer to your agency");
    call(
        "POST", QStringLiteral("/devices/claim"), QByteArray::fromStdString(body.dump()), what,
        [cb](const HttpResponse &r) { cb(parseClaim(r.body)); },
        [cb, what](const Error &e) {
            Error out = e;
            // The generic sentences are too vague for the two answers a claim is known for.
            if (e.kind == Error::Kind::Conflict)
                out.message =
                    what + QLatin1String(": ") +
                    QCoreApplication::translate(
                        "FigestioApi", "This computer is already linked to another agency. Ask "
                                       "Figestió support to release it, then try again.");
            else if (e.httpStatus == 422)
                out.message =
                    what + QLatin1String(": ") +
                    QCoreApplication::translate(
                        "FigestioApi", "The server did not accept this computer's sync identity. "
                                       "Restart Figestió Sync and try again.");
            cb(out);
        });
}

} // namespace figestio
