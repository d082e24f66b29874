#pragma once

#include "auth/Session.h"
#include "common/BackendConfig.h"
#include "common/HttpCall.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace figestio {

struct ServerIdentity {
    QString deviceId;
    QString name;
    QStringList addresses;
};

struct ClaimRequest {
    QString deviceId, name, platform, appVersion;
};

struct Claim {
    QString deviceId, agencyId, folderId, folderLabel;
    QDateTime claimedAt;
};

// The Figestió API (DESIGN §4). Every request gets the access token from Session; a 401 leads
// to one refresh and one retry, then the session ends. 5xx, network errors and timeouts are
// retried with exponential backoff and jitter (bounded); other 4xx are not. Every body is
// validated (JsonReader); errors carry a message for people and the right Error::Kind
// (Conflict for 409, Unauthorized, Forbidden, Network, Timeout, Malformed...).
class FigestioApi : public QObject, public AgencyLister {
    Q_OBJECT
public:
    FigestioApi(const BackendConfig &config, Session *session, QNetworkAccessManager *nam,
                QObject *parent = nullptr);

    void agencies(QObject *context, Callback<QList<Agency>> callback);
    // The same with a given token and no refresh (a sign-in's, before the session exists).
    void listAgencies(const QString &accessToken, QObject *context,
                      Callback<QList<Agency>> callback) override;
    void serverIdentity(QObject *context, Callback<ServerIdentity> callback);
    void claimDevice(const ClaimRequest &request, QObject *context, Callback<Claim> callback);

    // Body parsers (public for the unit tests of malformed answers).
    static Result<QList<Agency>> parseAgencies(const QByteArray &body);
    static Result<ServerIdentity> parseServerIdentity(const QByteArray &body);
    static Result<Claim> parseClaim(const QByteArray &body);

private:
    friend class FigestioApiTestAccess; // the test seam (tests/support/AuthTestAccess.h)

    using Parsed = std::function<void(const HttpResponse &)>;
    // The public methods guard their callbacks with their context.
    void call(const QByteArray &verb, const QString &path, const QByteArray &body,
              const QString &what, Parsed onSuccess, std::function<void(const Error &)> onError);

    BackendConfig m_config;
    QPointer<Session> m_session;
    QNetworkAccessManager *m_nam;
    RetryPolicy m_retry{3, 500, 8000};
    int m_timeoutMs = HttpCall::kDefaultTimeoutMs;
};

} // namespace figestio
