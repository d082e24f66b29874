#include "syncthing/FolderIndex.h"

#include "common/JsonReader.h"
#include "syncthing/RestClient.h"

#include <QCoreApplication>

namespace figestio {

namespace {
using Query = QList<QPair<QString, QString>>;

// A full scan of a big folder on a slow disk takes minutes; the answer waits for it.
constexpr int kScanTimeoutMs = 30 * 60 * 1000;

Error gone() {
    return Error::make(
        Error::Kind::Invalid,
        QCoreApplication::translate("figestio::FolderIndex", "Syncthing is not running."));
}

Error malformed(const QString &what) {
    return Error::make(Error::Kind::Malformed,
                       QCoreApplication::translate("figestio::FolderIndex",
                                                   "Syncthing's answer about %1 could not be read.")
                           .arg(what));
}

// Browse's tree: [{name, type, children?}, …]; files only, with their path.
bool collect(const nlohmann::json &list, const QString &dir, QStringList &out) {
    if (!list.is_array())
        return list.is_null() || (list.is_object() && list.empty()); // empty: null or {}
    for (const nlohmann::json &entry : list) {
        if (!entry.is_object() || !entry.contains("name") || !entry.at("name").is_string())
            return false;
        const QString name = QString::fromStdString(entry.at("name").get<std::string>());
        const QString path = dir.isEmpty() ? name : dir + QLatin1Char('/') + name;
        const std::string type = entry.value("type", std::string());
        if (type == "FILE_INFO_TYPE_DIRECTORY" || entry.contains("children")) {
            if (entry.contains("children") && !collect(entry.at("children"), path, out))
                return false;
        } else {
            out << path;
        }
    }
    return true;
}
} // namespace

FolderIndex::FolderIndex(RestClient *rest, const QString &folderId, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_folderId(folderId) {}

Result<QStringList> FolderIndex::parseTree(const QByteArray &body, const QString &prefix) {
    const nlohmann::json json =
        nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    QStringList out;
    if (json.is_discarded() || !collect(json, prefix, out))
        return malformed(QStringLiteral("db/browse"));
    return out;
}

Result<QStringList> FolderIndex::parseNeed(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("db/need"));
    QStringList out;
    for (const char *key : {"progress", "queued", "rest"}) {
        if (!r.ok() || !r.has(key) || r.json().at(key).is_null())
            continue;
        JsonReader list = r.array(key);
        for (std::size_t i = 0; list.ok() && i < list.size(); ++i) {
            JsonReader f = list.at(i);
            out << f.string("name");
            list.merge(f);
        }
        r.merge(list);
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

Result<FolderIndex::HeldChanges> FolderIndex::parseHeldChanges(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("db/status"));
    HeldChanges h;
    h.deletes = r.optionalInteger("receiveOnlyChangedDeletes").value_or(0);
    h.globalFiles = saturatingInt64(r.number("globalFiles"));
    h.needItems = r.optionalInteger("needTotalItems").value_or(0);
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return h;
}

Result<FolderIndex::LocalChanges> FolderIndex::parseLocalChanges(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("db/localchanged"));
    LocalChanges out;
    if (r.ok() && r.has("files") && !r.json().at("files").is_null()) {
        JsonReader list = r.array("files");
        for (std::size_t i = 0; list.ok() && i < list.size(); ++i) {
            JsonReader f = list.at(i);
            const QString name = f.string("name");
            if (f.optionalString("type").value_or(QString()) !=
                QLatin1String("FILE_INFO_TYPE_DIRECTORY"))
                (f.optionalBoolean("deleted").value_or(false) ? out.deleted : out.changed) << name;
            list.merge(f);
        }
        r.merge(list);
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    return out;
}

void FolderIndex::files(const QString &prefix, QObject *ctx, Callback<QStringList> done) {
    if (!m_rest)
        return done(gone());
    Query q{{QStringLiteral("folder"), m_folderId},
            {QStringLiteral("levels"), QStringLiteral("-1")}};
    if (!prefix.isEmpty())
        q.append({QStringLiteral("prefix"), prefix});
    m_rest->call("GET", QStringLiteral("/rest/db/browse"), q, {}, tr("Reading the folder's index"),
                 ctx, [prefix, done](Result<QByteArray> r) {
                     if (!r.ok())
                         return done(r.error());
                     done(parseTree(r.value(), prefix));
                 });
}

void FolderIndex::needed(QObject *ctx, Callback<QStringList> done) {
    if (!m_rest)
        return done(gone());
    m_rest->call("GET", QStringLiteral("/rest/db/need"),
                 {{QStringLiteral("folder"), m_folderId},
                  {QStringLiteral("perpage"), QStringLiteral("1000000")}},
                 {}, tr("Reading what the folder still needs"), ctx, [done](Result<QByteArray> r) {
                     if (!r.ok())
                         return done(r.error());
                     done(parseNeed(r.value()));
                 });
}

void FolderIndex::scan(const QStringList &subs, QObject *ctx, Callback<Done> done) {
    if (!m_rest)
        return done(gone());
    Query q{{QStringLiteral("folder"), m_folderId}};
    for (const QString &sub : subs)
        if (!sub.isEmpty())
            q.append({QStringLiteral("sub"), sub});
    m_rest->call(
        "POST", QStringLiteral("/rest/db/scan"), q, {}, tr("Looking for changes in the folder"),
        ctx, [done](Result<QByteArray> r) { done(r.ok() ? Result<Done>(Done{}) : r.error()); },
        kScanTimeoutMs);
}

void FolderIndex::revert(QObject *ctx, Callback<Done> done) {
    if (!m_rest)
        return done(gone());
    m_rest->call("POST", QStringLiteral("/rest/db/revert"),
                 {{QStringLiteral("folder"), m_folderId}}, {},
                 tr("Bringing the deleted files back"), ctx,
                 [done](Result<QByteArray> r) { done(r.ok() ? Result<Done>(Done{}) : r.error()); });
}

void FolderIndex::setReceiveOnly(bool receiveOnly, QObject *ctx, Callback<Done> done) {
    if (!m_rest)
        return done(gone());
    const nlohmann::json patch = {
        {"type", receiveOnly ? "receiveonly" : "sendreceive"},
        {"fsWatcherEnabled", false},
        {"rescanIntervalS", 0},
    };
    m_rest->call("PATCH", QStringLiteral("/rest/config/folders/") + m_folderId, {},
                 QByteArray::fromStdString(patch.dump()),
                 receiveOnly ? tr("Holding the deletions") : tr("Syncing the folder again"), ctx,
                 [done](Result<QByteArray> r) { done(r.ok() ? Result<Done>(Done{}) : r.error()); });
}

void FolderIndex::heldChanges(QObject *ctx, Callback<HeldChanges> done) {
    if (!m_rest)
        return done(gone());
    m_rest->call("GET", QStringLiteral("/rest/db/status"), {{QStringLiteral("folder"), m_folderId}},
                 {}, tr("Reading the folder's state"), ctx, [done](Result<QByteArray> r) {
                     if (!r.ok())
                         return done(r.error());
                     done(parseHeldChanges(r.value()));
                 });
}

void FolderIndex::localChanges(int max, QObject *ctx, Callback<LocalChanges> done) {
    if (!m_rest)
        return done(gone());
    m_rest->call(
        "GET", QStringLiteral("/rest/db/localchanged"),
        {{QStringLiteral("folder"), m_folderId}, {QStringLiteral("perpage"), QString::number(max)}},
        {}, tr("Reading the folder's changes"), ctx, [done](Result<QByteArray> r) {
            if (!r.ok())
                return done(r.error());
            done(parseLocalChanges(r.value()));
        });
}

} // namespace figestio
