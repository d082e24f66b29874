#include "syncthing/VersionsClient.h"

#include "common/JsonReader.h"
#include "syncthing/RestClient.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace figestio {

VersionsClient::VersionsClient(RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest) {}

Result<QList<FileVersion>> VersionsClient::parseVersions(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("folder/versions"));
    // 1.19 answers null for a folder without versions.
    if (r.ok() && r.json().is_null())
        return QList<FileVersion>{};
    if (r.ok() && !r.isObject())
        r.fail(tr("%1: expected an object").arg(QStringLiteral("folder/versions")));
    QList<FileVersion> out;
    if (r.ok()) {
        for (auto it = r.json().begin(); it != r.json().end(); ++it) {
            const QString path = QString::fromStdString(it.key());
            JsonReader list(it.value(), QStringLiteral("folder/versions.") + path);
            if (!list.isArray())
                list.fail(tr("%1: expected a list").arg(QStringLiteral("folder/versions.") + path));
            for (std::size_t i = 0; list.ok() && i < list.size(); ++i) {
                JsonReader v = list.at(i);
                FileVersion fv;
                fv.path = path;
                fv.versionTimeRaw = v.nonEmptyString("versionTime");
                fv.versionTime = RestClient::parseTime(fv.versionTimeRaw);
                fv.modTime = RestClient::parseTime(v.optionalString("modTime").value_or(QString()));
                fv.size = saturatingInt64(v.number("size"));
                list.merge(v);
                out << fv;
            }
            if (!list.ok())
                return Error::make(Error::Kind::Malformed, list.error());
        }
    }
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    std::stable_sort(out.begin(), out.end(), [](const FileVersion &a, const FileVersion &b) {
        return a.versionTime > b.versionTime;
    });
    return out;
}

Result<QHash<QString, QString>> VersionsClient::parseRestoreErrors(const QByteArray &body) {
    JsonReader r = JsonReader::parse(body, QStringLiteral("folder/versions"));
    QHash<QString, QString> errors;
    if (r.ok() && r.json().is_null())
        return errors;
    if (r.ok() && !r.isObject())
        r.fail(tr("%1: expected an object").arg(QStringLiteral("folder/versions")));
    if (!r.ok())
        return Error::make(Error::Kind::Malformed, r.error());
    for (auto it = r.json().begin(); it != r.json().end(); ++it)
        errors.insert(QString::fromStdString(it.key()),
                      it.value().is_string() ? QString::fromStdString(it.value().get<std::string>())
                                             : tr("Unknown error."));
    return errors;
}

void VersionsClient::inspect(QList<FileVersion> &versions, const QString &folderPath) {
    if (folderPath.isEmpty())
        return;
    const QDir dir(folderPath);
    for (FileVersion &v : versions)
        v.currentExists = QFileInfo::exists(dir.filePath(v.path));
}

void VersionsClient::list(const QString &folderId, const QString &folderPath, QObject *ctx,
                          Callback<QList<FileVersion>> done) {
    if (!m_rest)
        return done(Error::make(Error::Kind::Invalid, tr("The sync service is not running.")));
    m_rest->call("GET", QStringLiteral("/rest/folder/versions"),
                 {{QStringLiteral("folder"), folderId}}, {},
                 tr("Reading the previous versions of files"), ctx,
                 [folderPath, done](Result<QByteArray> body) {
                     if (!body.ok())
                         return done(body.error());
                     Result<QList<FileVersion>> versions = parseVersions(body.value());
                     if (versions.ok()) {
                         QList<FileVersion> list = versions.value();
                         inspect(list, folderPath);
                         return done(list);
                     }
                     done(versions);
                 });
}

void VersionsClient::restore(const QString &folderId, const Restore &versions, QObject *ctx,
                             Callback<QHash<QString, QString>> done) {
    if (!m_rest)
        return done(Error::make(Error::Kind::Invalid, tr("The sync service is not running.")));
    nlohmann::json body = nlohmann::json::object();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        body[it.key().toStdString()] = it.value().toStdString();
    m_rest->call("POST", QStringLiteral("/rest/folder/versions"),
                 {{QStringLiteral("folder"), folderId}}, QByteArray::fromStdString(body.dump()),
                 tr("Restoring files"), ctx, [done](Result<QByteArray> answer) {
                     if (!answer.ok())
                         return done(answer.error());
                     done(parseRestoreErrors(answer.value()));
                 });
}

} // namespace figestio
