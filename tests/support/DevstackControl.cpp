#include "DevstackControl.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

DevstackControl::DevstackControl() = default;

QString DevstackControl::env(const char *name) {
    return qEnvironmentVariable(name);
}

bool DevstackControl::available() const {
    return !env("DEVSTACK_CONTROL_URL").isEmpty() && !env("FIGESTIO_OIDC_ISSUER_URL").isEmpty();
}

QUrl DevstackControl::issuerUrl() const {
    return QUrl(env("FIGESTIO_OIDC_ISSUER_URL"));
}
QUrl DevstackControl::controlUrl() const {
    return QUrl(env("DEVSTACK_CONTROL_URL"));
}
QString DevstackControl::serverDir() const {
    return env("DEVSTACK_SERVER_DIR");
}
QString DevstackControl::serverDeviceId() const {
    return env("DEVSTACK_SERVER_DEVICE_ID");
}

QJsonDocument DevstackControl::request(const QString &path, const QJsonObject *body,
                                       int timeoutMs) {
    m_lastError.clear();
    if (!available()) {
        m_lastError = QStringLiteral("no devstack (DEVSTACK_CONTROL_URL unset)");
        return {};
    }
    QString base = controlUrl().toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(base + path));
    req.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nullptr;
    if (body) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = nam.post(req, QJsonDocument(*body).toJson(QJsonDocument::Compact));
    } else {
        reply = nam.get(req);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->isFinished() ? reply->readAll() : QByteArray();
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
    if (status != 200) {
        m_lastError = QStringLiteral("%1 → %2 %3")
                          .arg(path)
                          .arg(status)
                          .arg(QString::fromUtf8(bytes.left(300)));
        return {};
    }
    return QJsonDocument::fromJson(bytes);
}

bool DevstackControl::setAccessTokenTtl(int seconds) {
    const QJsonObject body{{QStringLiteral("seconds"), seconds}};
    return !request(QStringLiteral("/access-token-ttl"), &body).isNull();
}

bool DevstackControl::revoke(const QString &user) {
    const QJsonObject body{{QStringLiteral("user"), user}};
    return !request(QStringLiteral("/revoke"), &body).isNull();
}

bool DevstackControl::failNext(int count, int status, const QString &path) {
    QJsonObject body{{QStringLiteral("count"), count}, {QStringLiteral("status"), status}};
    if (!path.isEmpty())
        body.insert(QStringLiteral("path"), path);
    return !request(QStringLiteral("/fail"), &body).isNull();
}

bool DevstackControl::hangNext(int count) {
    const QJsonObject body{{QStringLiteral("count"), count},
                           {QStringLiteral("mode"), QStringLiteral("hang")}};
    return !request(QStringLiteral("/fail"), &body).isNull();
}

bool DevstackControl::reset(bool forgetClaims) {
    const QJsonObject body{{QStringLiteral("claims"), forgetClaims}};
    return !request(QStringLiteral("/reset"), &body).isNull();
}

QJsonObject DevstackControl::stats() {
    return request(QStringLiteral("/stats")).object();
}

int DevstackControl::calls(const QString &path) {
    return stats().value(QStringLiteral("calls")).toObject().value(path).toInt();
}

int DevstackControl::unauthorized(const QString &path) {
    return stats().value(QStringLiteral("unauthorized")).toObject().value(path).toInt();
}

int DevstackControl::statusCount(const QString &path, int status) {
    return stats()
        .value(QStringLiteral("status"))
        .toObject()
        .value(path)
        .toObject()
        .value(QString::number(status))
        .toInt();
}

QJsonArray DevstackControl::claims() {
    return request(QStringLiteral("/claims")).array();
}

QJsonObject DevstackControl::serverFolder(const QString &agency) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("agency"), agency);
    return request(QStringLiteral("/server-folder?") + q.toString(QUrl::FullyEncoded)).object();
}

bool DevstackControl::serverHasFile(const QString &agency, const QString &name) {
    const QJsonArray files = serverFolder(agency).value(QStringLiteral("files")).toArray();
    return std::any_of(files.begin(), files.end(), [&name](const QJsonValue &f) {
        return f.toObject().value(QStringLiteral("name")).toString() == name;
    });
}
