#pragma once

#include "common/Callback.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <nlohmann/json.hpp>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace figestio {

// --- Value types of the Syncthing 1.19 REST API (only the fields the app uses) ----------------

// Own identity (GET /rest/system/status).
struct SystemStatus {
    QString myId;
    qint64 uptimeS = 0;
};

// A peer device (config). Addresses like "tcp://host:22000"; empty means "dynamic".
struct DeviceConfig {
    QString deviceId;
    QString name;
    QStringList addresses;
    bool paused = false;
};

// A folder's versioning (config "versioning"): what Syncthing keeps of files that other devices
// delete or replace. type "" = none; params are strings, as Syncthing stores them.
struct VersioningConfig {
    QString type;
    QMap<QString, QString> params;
    bool operator==(const VersioningConfig &o) const {
        return type == o.type && params == o.params;
    }
    bool operator!=(const VersioningConfig &o) const { return !(*this == o); }
};

// A folder (config). The app's folder watches the file system with a short delay so a saved
// file leaves within about a second (DESIGN §5).
struct FolderConfig {
    QString id;
    QString label;
    QString path;
    QStringList deviceIds; // devices it is shared with (own ID is added by Syncthing)
    QString type = QStringLiteral("sendreceive");
    bool fsWatcherEnabled = true;
    int fsWatcherDelayS = 1;
    int rescanIntervalS = 3600;
    bool paused = false;
    VersioningConfig versioning;
};

// GET /rest/db/status?folder= (also the "summary" of a FolderSummary event).
// state: idle, scan-waiting, scanning, sync-waiting, sync-preparing, syncing, error, or ""
// for a paused folder (1.19).
struct FolderStatus {
    QString state;
    QString error; // why the folder stopped, when state == "error"
    qint64 needFiles = 0;
    qint64 needDeletes = 0;
    qint64 needBytes = 0;
    qint64 needTotalItems = 0;
    qint64 globalBytes = 0;
    qint64 globalFiles = 0;
    qint64 inSyncBytes = 0;
    qint64 pullErrors = 0;
    qint64 sequence = 0;
    QDateTime stateChanged;
};

// GET /rest/db/completion?folder=&device= (also FolderCompletion events).
struct Completion {
    double completion = 100; // percent
    qint64 needBytes = 0;
    qint64 needItems = 0;
    qint64 needDeletes = 0;
    qint64 globalBytes = 0;
};

// One entry of GET /rest/system/connections.
struct ConnectionInfo {
    QString deviceId;
    bool connected = false;
    bool paused = false;
    QString address; // remote address, e.g. "127.0.0.1:22000"
    QDateTime at;    // when this record was taken / connection started
    QString clientVersion;
};

// One entry of GET /rest/stats/folder.
struct FolderStats {
    QString folderId;
    QDateTime lastFileAt;
    QString lastFileName;
    bool lastFileDeleted = false;
    QDateTime lastScan;
};

// One entry of GET /rest/folder/errors (a file that could not be synced).
struct FolderError {
    QString path;
    QString message;
};

// Who may use the GUI/REST port without the API key (GET /rest/config/gui). The password
// comes back as Syncthing's bcrypt hash; only whether one is set matters here.
struct GuiConfig {
    QString user;
    bool hasPassword = false;
    QString authMode; // "static" (user + password) or "ldap"
    bool insecureAdminAccess = false;
    bool insecureSkipHostcheck = false;
};

// One event of GET /rest/events. Unknown types are passed on untouched (newer Syncthing).
struct SyncthingEvent {
    qint64 id = 0;
    QString type;
    QDateTime time;
    nlohmann::json data;
};

// Typed, asynchronous calls to one Syncthing instance's REST API (X-API-Key only; 1.19 has
// no Bearer and no /rest/noauth/health). Every answer is validated with JsonReader; every
// failure is an Error value with a message in words. Callbacks run only while ctx is alive
// (a null ctx: always). Never logs the API key.
class RestClient : public QObject {
    Q_OBJECT
public:
    RestClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setEndpoint(const QUrl &base, const QByteArray &apiKey);
    QUrl baseUrl() const { return m_base; }

    // --- system ---
    void ping(QObject *ctx, Callback<Done> cb);
    // GET /rest/noauth/health ({"status":"OK"}): 1.22.1 and later only (hasHealthCheck()).
    void health(QObject *ctx, Callback<Done> cb);
    void systemStatus(QObject *ctx, Callback<SystemStatus> cb);
    void connections(QObject *ctx, Callback<QList<ConnectionInfo>> cb);
    // Pause/resume always with a device: without one Syncthing pauses itself too (STACK.md).
    void pauseDevice(const QString &deviceId, QObject *ctx, Callback<Done> cb);
    void resumeDevice(const QString &deviceId, QObject *ctx, Callback<Done> cb);
    void shutdown(QObject *ctx, Callback<Done> cb);

    // --- config ---
    void devices(QObject *ctx, Callback<QList<DeviceConfig>> cb);
    // POST /rest/config/devices: the same ID again replaces it (keeps nothing else).
    void addOrUpdateDevice(const DeviceConfig &device, QObject *ctx, Callback<Done> cb);
    // PATCH /rest/config/devices/{id} {"addresses": …}: makes Syncthing dial at once.
    void setDeviceAddresses(const QString &deviceId, const QStringList &addresses, QObject *ctx,
                            Callback<Done> cb);
    void removeDevice(const QString &deviceId, QObject *ctx, Callback<Done> cb);
    void folders(QObject *ctx, Callback<QList<FolderConfig>> cb);
    void addOrUpdateFolder(const FolderConfig &folder, QObject *ctx, Callback<Done> cb);
    void removeFolder(const QString &folderId, QObject *ctx, Callback<Done> cb);
    // PATCH /rest/config/folders/{id} {"paused": …} → FolderPaused/FolderResumed events.
    void setFolderPaused(const QString &folderId, bool paused, QObject *ctx, Callback<Done> cb);
    // PATCH /rest/config/folders/{id} {"versioning": …}.
    void setFolderVersioning(const QString &folderId, const VersioningConfig &versioning,
                             QObject *ctx, Callback<Done> cb);
    // PATCH /rest/config/options with a JSON object (merge).
    void patchOptions(const nlohmann::json &options, QObject *ctx, Callback<Done> cb);
    void options(QObject *ctx, Callback<nlohmann::json> cb);
    void guiConfig(QObject *ctx, Callback<GuiConfig> cb);
    // PATCH /rest/config/gui (merge). A "password" is hashed by Syncthing (bcrypt); the body is
    // never logged. Syncthing restarts its GUI listener afterwards (about 100 ms unreachable).
    void patchGui(const nlohmann::json &gui, QObject *ctx, Callback<Done> cb);

    // --- db / stats ---
    void folderStatus(const QString &folderId, QObject *ctx, Callback<FolderStatus> cb);
    void completion(const QString &folderId, const QString &deviceId, QObject *ctx,
                    Callback<Completion> cb);
    void folderStats(QObject *ctx, Callback<QList<FolderStats>> cb);
    void folderErrors(const QString &folderId, QObject *ctx, Callback<QList<FolderError>> cb);
    // GET /rest/stats/device: when each device was last seen (invalid: never).
    void deviceLastSeen(QObject *ctx, Callback<QHash<QString, QDateTime>> cb);

    // Any other call (e.g. VersionsClient's): the body of a 2xx answer, else an Error naming
    // `what`. query: name/value pairs. timeoutMs 0: the usual 10 s (a scan can take longer).
    void call(const QByteArray &verb, const QString &path,
              const QList<QPair<QString, QString>> &query, const QByteArray &body,
              const QString &what, QObject *ctx, Callback<QByteArray> cb, int timeoutMs = 0);

    // --- events ---
    // GET /rest/events?since=&limit=&timeout=&events=: the long-poll. Returns the events
    // (possibly none after the timeout); limit > 0: only the last `limit` of them. The returned
    // reply can be aborted to cancel the poll.
    QNetworkReply *events(qint64 since, int limit, int timeoutS, const QStringList &mask,
                          QObject *ctx, Callback<QList<SyncthingEvent>> cb);

    // Parsers (public for unit tests with recorded JSON).
    static Result<FolderStatus> parseFolderStatus(const nlohmann::json &json);
    static Result<Completion> parseCompletion(const nlohmann::json &json);
    static Result<QList<SyncthingEvent>> parseEvents(const QByteArray &body);
    static Result<QList<ConnectionInfo>> parseConnections(const QByteArray &body);
    static Result<QList<FolderStats>> parseFolderStats(const QByteArray &body);
    static Result<QHash<QString, QDateTime>> parseDeviceLastSeen(const QByteArray &body);
    static Result<QList<FolderError>> parseFolderErrors(const QByteArray &body);
    // The same from parsed JSON: also the data of a FolderErrors event (the same shape).
    static Result<QList<FolderError>> parseFolderErrorsJson(const nlohmann::json &json);
    static nlohmann::json folderToJson(const FolderConfig &folder);
    static nlohmann::json versioningToJson(const VersioningConfig &versioning);
    static nlohmann::json deviceToJson(const DeviceConfig &device);
    static QDateTime parseTime(const QString &text);

signals:
    // The engine answered a request (any HTTP status): it is alive. The watchdog counts it, so
    // the event long-poll's answers spare an idle app every other request.
    void answered();

private:
    friend class SyncthingTestAccess; // reads the request accounting (tests, idle benchmark)
    struct Raw {
        int status = 0;
        QByteArray body;
        QString networkError; // empty when an HTTP answer came back
        bool timedOut = false;
    };
    static Raw cutShort(const Raw &raw); // an empty 200 is a connection that ended early
    QNetworkReply *send(const QByteArray &verb, const QString &path,
                        const QList<QPair<QString, QString>> &query, const QByteArray &body,
                        int timeoutMs, QObject *ctx, std::function<void(const Raw &)> done);
    void sendExpectOk(const QByteArray &verb, const QString &path,
                      const QList<QPair<QString, QString>> &query, const QByteArray &body,
                      const QString &what, QObject *ctx, Callback<Done> cb);
    static Error toError(const Raw &raw, const QString &what);
    // A GET whose 200 body goes through parse; anything else is an Error naming `what`.
    template <class T>
    QNetworkReply *getParsed(const QString &path, const QList<QPair<QString, QString>> &query,
                             const QString &what, int timeoutMs,
                             Result<T> (*parse)(const QByteArray &), QObject *ctx, Callback<T> cb);
    // The same for parsers of a JSON object (shared with the events): a body that is not one is
    // an Error naming `what`.
    template <class T>
    QNetworkReply *getParsed(const QString &path, const QList<QPair<QString, QString>> &query,
                             const QString &what, int timeoutMs,
                             Result<T> (*parse)(const nlohmann::json &), QObject *ctx,
                             Callback<T> cb);
    static Result<Done> parsePing(const QByteArray &body);
    static Result<Done> parseHealth(const QByteArray &body);
    static Result<SystemStatus> parseSystemStatus(const QByteArray &body);
    static Result<QList<DeviceConfig>> parseDevices(const QByteArray &body);
    static Result<QList<FolderConfig>> parseFolders(const QByteArray &body);
    static Result<nlohmann::json> parseOptions(const QByteArray &body);
    static Result<GuiConfig> parseGuiConfig(const QByteArray &body);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QByteArray m_apiKey;
    // Request accounting, read through the test seam (the idle benchmark): sent since
    // construction or the last reset, total and per path; sent and not yet answered.
    int m_requestCount = 0;
    int m_pending = 0;
    QHash<QString, int> m_requestLog;
};

} // namespace figestio
