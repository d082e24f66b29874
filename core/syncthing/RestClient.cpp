#include "RestClient.h"

#include "common/JsonReader.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace figestio {

namespace {
using Query = QList<QPair<QString, QString>>;

// Per-request transfer timeout (the events long-poll adds its own timeout on top).
constexpr int kTimeoutMs = 10000;

QByteArray toBody(const nlohmann::json &json) {
    return QByteArray::fromStdString(json.dump());
}

nlohmann::json parseJson(const QByteArray &body) {
    return nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

// Numbers that newer Syncthing versions might send as floats: accept any number.
qint64 intOf(JsonReader &r, const char *key) {
    return saturatingInt64(r.number(key));
}

qint64 optionalIntOf(const JsonReader &r, const char *key) {
    if (!r.has(key) || !r.json().at(key).is_number())
        return 0;
    return saturatingInt64(r.json().at(key).get<double>());
}

Completion completionFrom(JsonReader &r) {
    Completion c;
    c.completion = r.number("completion");
    c.needBytes = intOf(r, "needBytes");
    c.needItems = optionalIntOf(r, "needItems");
    c.needDeletes = optionalIntOf(r, "needDeletes");
    c.globalBytes = optionalIntOf(r, "globalBytes");
    return c;
}
} // namespace

RestClient::RestClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam) {}

void RestClient::setEndpoint(const QUrl &base, const QByteArray &apiKey) {
    m_base = base;
    m_apiKey = apiKey;
}

QDateTime RestClient::parseTime(const QString &text) {
    // Syncthing writes RFC 3339 with nanoseconds; Qt reads up to milliseconds.
    QString t = text;
    const int dot = t.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        int end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        const QString frac = t.mid(dot + 1, end - dot - 1).left(3);
        t = t.left(dot) + QLatin1Char('.') + frac.leftJustified(3, QLatin1Char('0')) + t.mid(end);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    // Go's zero time means "never".
    if (!dt.isValid() || dt.date().year() <= 1)
        return {};
    return dt;
}

QNetworkReply *RestClient::send(const QByteArray &verb, const QString &path, const Query &query,
                                const QByteArray &body, int timeoutMs, QObject *ctx,
                                std::function<void(const Raw &)> done) {
    QUrl url = m_base;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_apiKey);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);

    ++m_requestCount;
    ++m_pending;
    ++m_requestLog[path];

    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard = ContextGuard(ctx), done = std::move(done)] {
                reply->deleteLater();
                --m_pending;
                if (reply->error() == QNetworkReply::NoError ||
                    reply->error() > QNetworkReply::UnknownProxyError)
                    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 0)
                        emit answered();
                if (!guard.alive())
                    return;
                Raw raw;
                raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->isOpen())
                    raw.body = reply->readAll();
                // A transport failure also after a 200: Syncthing sends the long-poll's headers
                // at once, so a timeout or a closed connection ends a 200 with a cut body (not
                // an answer to parse).
                const QNetworkReply::NetworkError error = reply->error();
                if (raw.status == 0 || (error > QNetworkReply::NoError &&
                                        error < QNetworkReply::ProxyConnectionRefusedError)) {
                    raw.status = 0;
                    raw.body.clear();
                    // OperationCanceled: the transfer timeout (an abort of ours drops the
                    // callback with its context).
                    raw.timedOut = error == QNetworkReply::OperationCanceledError ||
                                   error == QNetworkReply::TimeoutError;
                    raw.networkError = reply->errorString();
                }
                done(raw);
            });
    return reply;
}

RestClient::Raw RestClient::cutShort(const Raw &raw) {
    // An empty 200 to a GET: the connection ended before any of the answer (a long-poll's
    // headers go out at once; an engine that dies then closes a body Qt sees as complete).
    if (raw.status != 200 || !raw.body.isEmpty())
        return raw;
    Raw cut;
    cut.networkError = tr("the connection closed before the answer");
    return cut;
}

Error RestClient::toError(const Raw &raw, const QString &what) {
    if (raw.status == 0) {
        if (raw.timedOut)
            return Error::make(Error::Kind::Timeout,
                               tr("%1: Syncthing did not answer in time.").arg(what));
        return Error::make(Error::Kind::Network,
                           tr("%1: Syncthing cannot be reached (%2).").arg(what, raw.networkError));
    }
    const QString text = QString::fromUtf8(raw.body).trimmed().left(200);
    Error::Kind kind = Error::Kind::Http;
    QString message;
    switch (raw.status) {
    case 403:
        kind = Error::Kind::Forbidden;
        message = tr("%1: Syncthing refused the app's key.").arg(what);
        break;
    case 404:
        kind = Error::Kind::NotFound;
        message = tr("%1: not found (%2).").arg(what, text);
        break;
    case 400:
        kind = Error::Kind::Invalid;
        message = tr("%1: Syncthing rejected the request (%2).").arg(what, text);
        break;
    default:
        message = tr("%1: Syncthing answered with error %2 (%3).")
                      .arg(what, QString::number(raw.status), text);
    }
    return Error::make(kind, message, {}, raw.status);
}

void RestClient::sendExpectOk(const QByteArray &verb, const QString &path, const Query &query,
                              const QByteArray &body, const QString &what, QObject *ctx,
                              Callback<Done> cb) {
    send(verb, path, query, body, kTimeoutMs, ctx, [what, cb = std::move(cb)](const Raw &raw) {
        if (raw.status >= 200 && raw.status < 300)
            cb(Done{});
        else
            cb(toError(raw, what));
    });
}

void RestClient::call(const QByteArray &verb, const QString &path, const Query &query,
                      const QByteArray &body, const QString &what, QObject *ctx,
                      Callback<QByteArray> cb, int timeoutMs) {
    send(verb, path, query, body, timeoutMs > 0 ? timeoutMs : kTimeoutMs, ctx,
         [what, cb = std::move(cb)](const Raw &raw) {
             if (raw.status >= 200 && raw.status < 300)
                 cb(raw.body);
             else
                 cb(toError(raw, what));
         });
}

template <class T>
QNetworkReply *RestClient::getParsed(const QString &path, const Query &query, const QString &what,
                                     int timeoutMs, Result<T> (*parse)(const QByteArray &),
                                     QObject *ctx, Callback<T> cb) {
    return send("GET", path, query, {}, timeoutMs, ctx,
                [what, parse, cb = std::move(cb)](const Raw &raw) {
                    if (raw.status != 200 || raw.body.isEmpty())
                        return cb(toError(cutShort(raw), what));
                    cb(parse(raw.body));
                });
}

template <class T>
QNetworkReply *RestClient::getParsed(const QString &path, const Query &query, const QString &what,
                                     int timeoutMs, Result<T> (*parse)(const nlohmann::json &),
                                     QObject *ctx, Callback<T> cb) {
    return send(
        "GET", path, query, {}, timeoutMs, ctx, [what, parse, cb = std::move(cb)](const Raw &raw) {
            if (raw.status != 200 || raw.body.isEmpty())
                return cb(toError(cutShort(raw), what));
            const nlohmann::json j = parseJson(raw.body);
            if (j.is_discarded() || !j.is_object())
                return cb(
                    Error::make(Error::Kind::Malformed,
                                // In a template lupdate cannot tell the class: name it.
                                QCoreApplication::translate("figestio::RestClient",
                                                            "%1: the answer is not valid JSON")
                                    .arg(what)));
            cb(parse(j));
        });
}

Result<Done> RestClient::parsePing(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("ping"));
    if (r.string("ping") != QLatin1String("pong") && r.ok())
        r.fail(tr("%1: unexpected answer.").arg(tr("Checking Syncthing")));
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return Done{};
}

void RestClient::ping(QObject *ctx, Callback<Done> cb) {
    getParsed(QStringLiteral("/rest/system/ping"), {}, tr("Checking Syncthing"), kTimeoutMs,
              &RestClient::parsePing, ctx, std::move(cb));
}

Result<Done> RestClient::parseHealth(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("health"));
    if (r.string("status") != QLatin1String("OK") && r.ok())
        r.fail(tr("%1: unexpected answer.").arg(tr("Checking Syncthing")));
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return Done{};
}

void RestClient::health(QObject *ctx, Callback<Done> cb) {
    getParsed(QStringLiteral("/rest/noauth/health"), {}, tr("Checking Syncthing"), kTimeoutMs,
              &RestClient::parseHealth, ctx, std::move(cb));
}

Result<SystemStatus> RestClient::parseSystemStatus(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("system/status"));
    SystemStatus s;
    s.myId = r.nonEmptyString("myID");
    s.uptimeS = optionalIntOf(r, "uptime");
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return s;
}

void RestClient::systemStatus(QObject *ctx, Callback<SystemStatus> cb) {
    getParsed(QStringLiteral("/rest/system/status"), {}, tr("Reading Syncthing's status"),
              kTimeoutMs, &RestClient::parseSystemStatus, ctx, std::move(cb));
}

Result<QList<ConnectionInfo>> RestClient::parseConnections(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("system/connections"));
    JsonReader conns = r.object("connections");
    QList<ConnectionInfo> out;
    if (r.ok()) {
        for (auto it = conns.json().begin(); it != conns.json().end(); ++it) {
            JsonReader c(it.value(),
                         QStringLiteral("connections.") + QString::fromStdString(it.key()));
            ConnectionInfo info;
            info.deviceId = QString::fromStdString(it.key());
            info.connected = c.boolean("connected");
            info.paused = c.boolean("paused");
            info.address = c.optionalString("address").value_or(QString());
            info.clientVersion = c.optionalString("clientVersion").value_or(QString());
            const auto started = c.optionalString("startedAt");
            info.at = parseTime(started.value_or(c.optionalString("at").value_or(QString())));
            if (!c.ok())
                return Error::make(Error::Kind::Malformed, c.error());
            out << info;
        }
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

void RestClient::connections(QObject *ctx, Callback<QList<ConnectionInfo>> cb) {
    getParsed(QStringLiteral("/rest/system/connections"), {}, tr("Reading Syncthing's connections"),
              kTimeoutMs, &RestClient::parseConnections, ctx, std::move(cb));
}

void RestClient::pauseDevice(const QString &deviceId, QObject *ctx, Callback<Done> cb) {
    if (deviceId.isEmpty()) // without a device Syncthing pauses everything, itself included
        return cb(Error::make(Error::Kind::Invalid, tr("No server device to pause.")));
    sendExpectOk("POST", QStringLiteral("/rest/system/pause"),
                 {{QStringLiteral("device"), deviceId}}, {},
                 tr("Pausing the connection to the server"), ctx, std::move(cb));
}

void RestClient::resumeDevice(const QString &deviceId, QObject *ctx, Callback<Done> cb) {
    if (deviceId.isEmpty())
        return cb(Error::make(Error::Kind::Invalid, tr("No server device to resume.")));
    sendExpectOk("POST", QStringLiteral("/rest/system/resume"),
                 {{QStringLiteral("device"), deviceId}}, {},
                 tr("Resuming the connection to the server"), ctx, std::move(cb));
}

void RestClient::shutdown(QObject *ctx, Callback<Done> cb) {
    sendExpectOk("POST", QStringLiteral("/rest/system/shutdown"), {}, {}, tr("Stopping Syncthing"),
                 ctx, std::move(cb));
}

nlohmann::json RestClient::deviceToJson(const DeviceConfig &device) {
    nlohmann::json addresses = nlohmann::json::array();
    for (const QString &a : device.addresses)
        addresses.push_back(a.toStdString());
    if (addresses.empty())
        addresses.push_back("dynamic");
    return {{"deviceID", device.deviceId.toStdString()},
            {"name", device.name.toStdString()},
            {"addresses", addresses},
            {"paused", device.paused}};
}

nlohmann::json RestClient::folderToJson(const FolderConfig &folder) {
    nlohmann::json devices = nlohmann::json::array();
    for (const QString &d : folder.deviceIds)
        devices.push_back({{"deviceID", d.toStdString()}});
    return {{"id", folder.id.toStdString()},
            {"label", folder.label.toStdString()},
            {"path", folder.path.toStdString()},
            {"type", folder.type.toStdString()},
            {"devices", devices},
            {"fsWatcherEnabled", folder.fsWatcherEnabled},
            {"fsWatcherDelayS", folder.fsWatcherDelayS},
            {"rescanIntervalS", folder.rescanIntervalS},
            {"paused", folder.paused},
            {"versioning", versioningToJson(folder.versioning)}};
}

nlohmann::json RestClient::versioningToJson(const VersioningConfig &versioning) {
    nlohmann::json params = nlohmann::json::object();
    for (auto it = versioning.params.cbegin(); it != versioning.params.cend(); ++it)
        params[it.key().toStdString()] = it.value().toStdString();
    return {{"type", versioning.type.toStdString()}, {"params", params}};
}

Result<QList<DeviceConfig>> RestClient::parseDevices(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("config/devices"));
    if (r.ok() && !r.isArray())
        r.fail(tr("%1: expected a list").arg(QStringLiteral("config/devices")));
    QList<DeviceConfig> out;
    for (std::size_t i = 0; r.ok() && i < r.size(); ++i) {
        JsonReader d = r.at(i);
        DeviceConfig dc;
        dc.deviceId = d.nonEmptyString("deviceID");
        dc.name = d.optionalString("name").value_or(QString());
        dc.addresses = d.has("addresses") ? d.stringList("addresses") : QStringList();
        dc.paused = d.optionalBoolean("paused").value_or(false);
        r.merge(d);
        out << dc;
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

void RestClient::devices(QObject *ctx, Callback<QList<DeviceConfig>> cb) {
    getParsed(QStringLiteral("/rest/config/devices"), {}, tr("Reading Syncthing's devices"),
              kTimeoutMs, &RestClient::parseDevices, ctx, std::move(cb));
}

void RestClient::addOrUpdateDevice(const DeviceConfig &device, QObject *ctx, Callback<Done> cb) {
    sendExpectOk("POST", QStringLiteral("/rest/config/devices"), {}, toBody(deviceToJson(device)),
                 tr("Adding the server to Syncthing"), ctx, std::move(cb));
}

void RestClient::setDeviceAddresses(const QString &deviceId, const QStringList &addresses,
                                    QObject *ctx, Callback<Done> cb) {
    nlohmann::json a = nlohmann::json::array();
    for (const QString &s : addresses)
        a.push_back(s.toStdString());
    sendExpectOk("PATCH", QStringLiteral("/rest/config/devices/") + deviceId, {},
                 toBody({{"addresses", a}}), tr("Setting the server's addresses"), ctx,
                 std::move(cb));
}

void RestClient::removeDevice(const QString &deviceId, QObject *ctx, Callback<Done> cb) {
    sendExpectOk("DELETE", QStringLiteral("/rest/config/devices/") + deviceId, {}, {},
                 tr("Removing a device from Syncthing"), ctx, std::move(cb));
}

Result<QList<FolderConfig>> RestClient::parseFolders(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("config/folders"));
    if (r.ok() && !r.isArray())
        r.fail(tr("%1: expected a list").arg(QStringLiteral("config/folders")));
    QList<FolderConfig> out;
    for (std::size_t i = 0; r.ok() && i < r.size(); ++i) {
        JsonReader f = r.at(i);
        FolderConfig fc;
        fc.id = f.nonEmptyString("id");
        fc.label = f.optionalString("label").value_or(QString());
        fc.path = f.string("path");
        fc.type = f.optionalString("type").value_or(fc.type);
        fc.paused = f.optionalBoolean("paused").value_or(false);
        fc.fsWatcherEnabled = f.optionalBoolean("fsWatcherEnabled").value_or(true);
        fc.fsWatcherDelayS = static_cast<int>(optionalIntOf(f, "fsWatcherDelayS"));
        fc.rescanIntervalS = static_cast<int>(optionalIntOf(f, "rescanIntervalS"));
        if (f.has("devices")) {
            JsonReader devs = f.array("devices");
            for (std::size_t j = 0; devs.ok() && j < devs.size(); ++j) {
                JsonReader d = devs.at(j);
                fc.deviceIds << d.string("deviceID");
                devs.merge(d);
            }
            f.merge(devs);
        }
        if (f.has("versioning")) {
            JsonReader v = f.object("versioning");
            fc.versioning.type = v.optionalString("type").value_or(QString());
            if (v.ok() && v.has("params") && v.json().at("params").is_object())
                for (const auto &[key, value] : v.json().at("params").items())
                    if (value.is_string())
                        fc.versioning.params.insert(
                            QString::fromStdString(key),
                            QString::fromStdString(value.get<std::string>()));
            f.merge(v);
        }
        r.merge(f);
        out << fc;
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

void RestClient::folders(QObject *ctx, Callback<QList<FolderConfig>> cb) {
    getParsed(QStringLiteral("/rest/config/folders"), {}, tr("Reading Syncthing's folders"),
              kTimeoutMs, &RestClient::parseFolders, ctx, std::move(cb));
}

void RestClient::addOrUpdateFolder(const FolderConfig &folder, QObject *ctx, Callback<Done> cb) {
    sendExpectOk("POST", QStringLiteral("/rest/config/folders"), {}, toBody(folderToJson(folder)),
                 tr("Setting up the synced folder"), ctx, std::move(cb));
}

void RestClient::removeFolder(const QString &folderId, QObject *ctx, Callback<Done> cb) {
    sendExpectOk("DELETE", QStringLiteral("/rest/config/folders/") + folderId, {}, {},
                 tr("Removing the synced folder"), ctx, std::move(cb));
}

void RestClient::setFolderPaused(const QString &folderId, bool paused, QObject *ctx,
                                 Callback<Done> cb) {
    sendExpectOk("PATCH", QStringLiteral("/rest/config/folders/") + folderId, {},
                 toBody({{"paused", paused}}),
                 paused ? tr("Pausing the folder") : tr("Resuming the folder"), ctx, std::move(cb));
}

void RestClient::setFolderVersioning(const QString &folderId, const VersioningConfig &versioning,
                                     QObject *ctx, Callback<Done> cb) {
    sendExpectOk("PATCH", QStringLiteral("/rest/config/folders/") + folderId, {},
                 toBody({{"versioning", versioningToJson(versioning)}}),
                 tr("Keeping previous versions of files"), ctx, std::move(cb));
}

void RestClient::patchOptions(const nlohmann::json &options, QObject *ctx, Callback<Done> cb) {
    sendExpectOk("PATCH", QStringLiteral("/rest/config/options"), {}, toBody(options),
                 tr("Configuring Syncthing"), ctx, std::move(cb));
}

Result<nlohmann::json> RestClient::parseOptions(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("config/options"));
    if (r.ok() && !r.isObject())
        r.fail(tr("%1: expected an object").arg(QStringLiteral("config/options")));
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return r.json();
}

void RestClient::options(QObject *ctx, Callback<nlohmann::json> cb) {
    getParsed(QStringLiteral("/rest/config/options"), {}, tr("Reading Syncthing's options"),
              kTimeoutMs, &RestClient::parseOptions, ctx, std::move(cb));
}

Result<GuiConfig> RestClient::parseGuiConfig(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("config/gui"));
    GuiConfig g;
    g.user = r.string("user");
    g.hasPassword = !r.string("password").isEmpty();
    g.authMode = r.optionalString("authMode").value_or(QStringLiteral("static"));
    g.insecureAdminAccess = r.boolean("insecureAdminAccess");
    g.insecureSkipHostcheck = r.boolean("insecureSkipHostcheck");
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return g;
}

void RestClient::guiConfig(QObject *ctx, Callback<GuiConfig> cb) {
    getParsed(QStringLiteral("/rest/config/gui"), {}, tr("Reading Syncthing's access settings"),
              kTimeoutMs, &RestClient::parseGuiConfig, ctx, std::move(cb));
}

void RestClient::patchGui(const nlohmann::json &gui, QObject *ctx, Callback<Done> cb) {
    sendExpectOk("PATCH", QStringLiteral("/rest/config/gui"), {}, toBody(gui),
                 tr("Locking Syncthing's access"), ctx, std::move(cb));
}

Result<FolderStatus> RestClient::parseFolderStatus(const nlohmann::json &json) {
    JsonReader r(json, QStringLiteral("db/status"));
    FolderStatus s;
    s.state = r.string("state");
    s.error = r.optionalString("error").value_or(QString());
    if (s.error.isEmpty())
        s.error = r.optionalString("invalid").value_or(QString());
    s.needFiles = intOf(r, "needFiles");
    s.needBytes = intOf(r, "needBytes");
    s.needDeletes = optionalIntOf(r, "needDeletes");
    s.needTotalItems =
        r.has("needTotalItems") ? intOf(r, "needTotalItems") : s.needFiles + s.needDeletes;
    s.globalBytes = intOf(r, "globalBytes");
    s.globalFiles = optionalIntOf(r, "globalFiles");
    s.inSyncBytes = optionalIntOf(r, "inSyncBytes");
    s.pullErrors = optionalIntOf(r, "pullErrors");
    s.sequence = optionalIntOf(r, "sequence");
    s.stateChanged = parseTime(r.optionalString("stateChanged").value_or(QString()));
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return s;
}

void RestClient::folderStatus(const QString &folderId, QObject *ctx, Callback<FolderStatus> cb) {
    getParsed(QStringLiteral("/rest/db/status"), {{QStringLiteral("folder"), folderId}},
              tr("Reading the folder's state"), kTimeoutMs, &RestClient::parseFolderStatus, ctx,
              std::move(cb));
}

Result<Completion> RestClient::parseCompletion(const nlohmann::json &json) {
    JsonReader r(json, QStringLiteral("completion"));
    const Completion c = completionFrom(r);
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return c;
}

void RestClient::completion(const QString &folderId, const QString &deviceId, QObject *ctx,
                            Callback<Completion> cb) {
    getParsed(QStringLiteral("/rest/db/completion"),
              {{QStringLiteral("folder"), folderId}, {QStringLiteral("device"), deviceId}},
              tr("Reading the server's progress"), kTimeoutMs, &RestClient::parseCompletion, ctx,
              std::move(cb));
}

Result<QList<FolderStats>> RestClient::parseFolderStats(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("stats/folder"));
    if (r.ok() && !r.isObject())
        r.fail(tr("%1: expected an object").arg(QStringLiteral("stats/folder")));
    QList<FolderStats> out;
    if (r.ok()) {
        for (auto it = r.json().begin(); it != r.json().end(); ++it) {
            JsonReader f(it.value(),
                         QStringLiteral("stats/folder.") + QString::fromStdString(it.key()));
            FolderStats s;
            s.folderId = QString::fromStdString(it.key());
            if (f.has("lastFile")) {
                JsonReader last = f.object("lastFile");
                s.lastFileAt = parseTime(last.optionalString("at").value_or(QString()));
                s.lastFileName = last.optionalString("filename").value_or(QString());
                s.lastFileDeleted = last.optionalBoolean("deleted").value_or(false);
                f.merge(last);
            }
            s.lastScan = parseTime(f.optionalString("lastScan").value_or(QString()));
            if (!f.ok())
                return Error::make(Error::Kind::Malformed, f.error());
            out << s;
        }
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

void RestClient::folderStats(QObject *ctx, Callback<QList<FolderStats>> cb) {
    getParsed(QStringLiteral("/rest/stats/folder"), {}, tr("Reading the folder's history"),
              kTimeoutMs, &RestClient::parseFolderStats, ctx, std::move(cb));
}

Result<QHash<QString, QDateTime>> RestClient::parseDeviceLastSeen(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("stats/device"));
    if (r.ok() && !r.isObject())
        r.fail(tr("%1: expected an object").arg(QStringLiteral("stats/device")));
    QHash<QString, QDateTime> out;
    if (r.ok()) {
        for (auto it = r.json().begin(); it != r.json().end(); ++it) {
            JsonReader d(it.value(),
                         QStringLiteral("stats/device.") + QString::fromStdString(it.key()));
            const QDateTime seen = parseTime(d.optionalString("lastSeen").value_or(QString()));
            if (!d.ok())
                return Error::make(Error::Kind::Malformed, d.error());
            out.insert(QString::fromStdString(it.key()), seen);
        }
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

void RestClient::deviceLastSeen(QObject *ctx, Callback<QHash<QString, QDateTime>> cb) {
    getParsed(QStringLiteral("/rest/stats/device"), {}, tr("Reading when the server was last seen"),
              kTimeoutMs, &RestClient::parseDeviceLastSeen, ctx, std::move(cb));
}

Result<QList<FolderError>> RestClient::parseFolderErrors(const QByteArray &body) {
    const JsonReader r = JsonReader::parse(body, QStringLiteral("folder/errors"));
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return parseFolderErrorsJson(r.json());
}

Result<QList<FolderError>> RestClient::parseFolderErrorsJson(const nlohmann::json &json) {
    JsonReader r(json, QStringLiteral("folder/errors"));
    QList<FolderError> out;
    if (r.ok() && r.has("errors")) { // null when there are none
        JsonReader list = r.array("errors");
        for (std::size_t i = 0; list.ok() && i < list.size(); ++i) {
            JsonReader e = list.at(i);
            FolderError fe;
            fe.path = e.string("path");
            fe.message = e.string("error");
            list.merge(e);
            out << fe;
        }
        r.merge(list);
    } else if (r.ok() && !r.isObject()) {
        r.fail(tr("%1: expected an object").arg(QStringLiteral("folder/errors")));
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

void RestClient::folderErrors(const QString &folderId, QObject *ctx,
                              Callback<QList<FolderError>> cb) {
    getParsed(QStringLiteral("/rest/folder/errors"), {{QStringLiteral("folder"), folderId}},
              tr("Reading the folder's errors"), kTimeoutMs, &RestClient::parseFolderErrors, ctx,
              std::move(cb));
}

Result<QList<SyncthingEvent>> RestClient::parseEvents(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("events"));
    if (r.ok() && !r.isArray())
        r.fail(tr("%1: expected a list").arg(QStringLiteral("events")));
    QList<SyncthingEvent> out;
    for (std::size_t i = 0; r.ok() && i < r.size(); ++i) {
        JsonReader e = r.at(i);
        SyncthingEvent ev;
        ev.id = e.integer("id");
        ev.type = e.nonEmptyString("type");
        ev.time = parseTime(e.optionalString("time").value_or(QString()));
        if (e.ok() && e.json().contains("data"))
            ev.data = e.json().at("data");
        r.merge(e);
        out << ev;
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

QNetworkReply *RestClient::events(qint64 since, int limit, int timeoutS, const QStringList &mask,
                                  QObject *ctx, Callback<QList<SyncthingEvent>> cb) {
    Query query{{QStringLiteral("since"), QString::number(since)},
                {QStringLiteral("timeout"), QString::number(timeoutS)}};
    if (limit > 0)
        query.append({QStringLiteral("limit"), QString::number(limit)});
    if (!mask.isEmpty())
        query.append({QStringLiteral("events"), mask.join(QLatin1Char(','))});
    // The transfer timeout must outlast Syncthing's own long-poll timeout.
    return getParsed(QStringLiteral("/rest/events"), query, tr("Following Syncthing's events"),
                     timeoutS * 1000 + kTimeoutMs, &RestClient::parseEvents, ctx, std::move(cb));
}

} // namespace figestio
