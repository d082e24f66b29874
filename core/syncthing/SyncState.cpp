#include "SyncState.h"

#include "common/JsonReader.h"
#include "common/Logging.h"

#include <algorithm>

namespace figestio {

namespace {
const QLatin1String kConflictMarker(".sync-conflict-");

bool isSyncingState(const QString &s) {
    return s == QLatin1String("syncing") || s == QLatin1String("sync-preparing") ||
           s == QLatin1String("sync-waiting");
}

bool isScanningState(const QString &s) {
    return s == QLatin1String("scanning") || s == QLatin1String("scan-waiting");
}

QString eventString(const nlohmann::json &data, const char *key) {
    if (!data.is_object())
        return {};
    const auto it = data.find(key);
    if (it == data.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}
// A malformed event is logged and skipped: the next snapshot or event puts things right.
void ignoreEvent(const QString &why) {
    qCWarning(lcEvents) << "ignored event:" << why;
}
} // namespace

SyncState::SyncState(QObject *parent)
    : QObject(parent) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &SyncState::changed);
}

void SyncState::setTracked(const QString &folderId, const QString &serverDeviceId) {
    if (folderId == m_folderId && serverDeviceId == m_deviceId)
        return;
    m_folderId = folderId;
    m_deviceId = serverDeviceId;
    // The connection facts belong to the previous device.
    m_connected = false;
    m_devicePaused = false;
    m_address.clear();
    m_connectedSince = {};
    m_lastContact = {};
    touch();
    emit trackedChanged();
}

// --- read side -------------------------------------------------------------------------------

QString SyncState::overallText(Overall overall) {
    switch (overall) {
    case Overall::Starting:
        return tr("Starting…");
    case Overall::NotConfigured:
        return tr("Not set up yet");
    case Overall::UpToDate:
        return tr("Up to date");
    case Overall::Syncing:
        return tr("Syncing");
    case Overall::Paused:
        return tr("Paused");
    case Overall::Error:
        return tr("Needs attention");
    case Overall::ServerOffline:
        return tr("Server offline");
    case Overall::Stopped:
        return tr("Stopped");
    }
    return {};
}

QString SyncState::overallText() const {
    if (m_overall == Overall::Syncing)
        return tr("Syncing (%1%)").arg(static_cast<int>(completion()));
    if (m_overall == Overall::Error && m_engine != Engine::Running && !m_engineError.isEmpty())
        return m_engineError;
    if (m_engine == Engine::Updating)
        return tr("Updating the sync engine…");
    return overallText(m_overall);
}

QString SyncState::folderLabel() const {
    const Folder f = m_folders.value(m_folderId);
    return f.label.isEmpty() ? f.id : f.label;
}

QString SyncState::folderPath() const {
    return m_folders.value(m_folderId).path;
}

SyncState::FolderActivity SyncState::activityOf(const Folder &f) {
    if (f.paused)
        return FolderActivity::Paused;
    if (!f.haveStatus && f.rawState.isEmpty())
        return FolderActivity::Unknown;
    if (f.rawState.isEmpty()) // 1.19: a paused folder reports ""
        return FolderActivity::Paused;
    if (f.rawState == QLatin1String("error"))
        return FolderActivity::Error;
    if (isSyncingState(f.rawState))
        return FolderActivity::Syncing;
    if (isScanningState(f.rawState))
        return FolderActivity::Scanning;
    if (!f.errors.isEmpty())
        return FolderActivity::Error;
    if (f.haveStatus && f.status.needTotalItems > 0)
        return FolderActivity::Syncing;
    if (f.haveRemote && f.remote.completion < 100)
        return FolderActivity::Syncing;
    return FolderActivity::UpToDate;
}

SyncState::FolderActivity SyncState::folderActivity() const {
    const auto it = m_folders.constFind(m_folderId);
    return it == m_folders.constEnd() ? FolderActivity::Unknown : activityOf(*it);
}

double SyncState::completion() const {
    const Folder f = m_folders.value(m_folderId);
    double local = 100;
    if (f.haveStatus && f.status.globalBytes > 0)
        local = 100.0 *
                double(f.status.globalBytes - std::min(f.status.needBytes, f.status.globalBytes)) /
                double(f.status.globalBytes);
    if (f.haveStatus && f.status.needTotalItems > 0)
        local = std::min(local, 99.0); // items to do, even when they hold no bytes
    const double remote = f.haveRemote ? f.remote.completion : 100.0;
    return std::clamp(std::min(local, remote), 0.0, 100.0);
}

qint64 SyncState::needItems() const {
    const Folder f = m_folders.value(m_folderId);
    return (f.haveStatus ? f.status.needTotalItems : 0) + (f.haveRemote ? f.remote.needItems : 0);
}

qint64 SyncState::needBytes() const {
    const Folder f = m_folders.value(m_folderId);
    return (f.haveStatus ? f.status.needBytes : 0) + (f.haveRemote ? f.remote.needBytes : 0);
}

QDateTime SyncState::lastSyncTime() const {
    return m_folders.value(m_folderId).lastSync;
}

QList<RecentFile> SyncState::recentFiles() const {
    return m_folders.value(m_folderId).recent;
}

QList<FolderError> SyncState::folderErrors() const {
    return m_folders.value(m_folderId).errors;
}

QString SyncState::folderError() const {
    const Folder f = m_folders.value(m_folderId);
    if (f.rawState != QLatin1String("error"))
        return {};
    return describeError(f.stateError.isEmpty() ? f.status.error : f.stateError);
}

QString SyncState::problem() const {
    const QString folder = folderError();
    return folder.isEmpty() ? m_engineError : folder;
}

QString SyncState::describeError(const QString &raw) {
    struct Pattern {
        const char *needle;
        const char *words;
    };
    static const Pattern patterns[] = {
        {"permission denied", QT_TR_NOOP("The app has no permission to write or read this file.")},
        {"no space left", QT_TR_NOOP("The disk is full.")},
        {"insufficient space", QT_TR_NOOP("There is not enough free space on the disk.")},
        {"file name too long", QT_TR_NOOP("The file name is too long.")},
        {"folder marker missing", QT_TR_NOOP("The folder was moved, deleted or its disk is not "
                                             "connected.")},
        {"folder path missing", QT_TR_NOOP("The folder was moved, deleted or its disk is not "
                                           "connected.")},
        {"no such file or directory", QT_TR_NOOP("The file or folder no longer exists.")},
        {"read-only file system", QT_TR_NOOP("The disk is read-only.")},
        {"invalid filename", QT_TR_NOOP("The file name has characters the server cannot store.")},
        {"peers who had this file went away", QT_TR_NOOP("The server went offline while the "
                                                         "file was being copied.")},
        {"no connected device has the required version",
         QT_TR_NOOP("The server does not have this file's latest version yet.")},
        {"file modified but not rescanned", QT_TR_NOOP("The file changed while it was being "
                                                       "synced; it will be retried.")},
    };
    const QString lower = raw.toLower();
    for (const Pattern &p : patterns) {
        if (lower.contains(QLatin1String(p.needle)))
            return tr(p.words);
    }
    return raw.isEmpty() ? tr("Unknown error.") : raw;
}

// --- write side ------------------------------------------------------------------------------

SyncState::Folder &SyncState::folderRef(const QString &id) {
    Folder &f = m_folders[id];
    f.id = id;
    return f;
}

void SyncState::setEngine(Engine engine, const QString &error) {
    m_engine = engine;
    m_engineError = error;
    if (engine != Engine::Running) {
        setConnected(false, {}, {});
        m_haveConfig = false; // a restarted Syncthing is read again
    }
    touch();
}

void SyncState::setWatchProblem(const QString &problem) {
    if (problem == m_watchProblem)
        return;
    m_watchProblem = problem;
    touch();
}

void SyncState::setServerPaused(bool paused) {
    if (m_deviceId.isEmpty() || m_devicePaused == paused)
        return;
    m_devicePaused = paused;
    touch();
}

void SyncState::setWaitingConflicts(int count) {
    if (m_conflicts == count)
        return;
    m_conflicts = count;
    touch();
}

void SyncState::applyFolderConfigs(const QList<FolderConfig> &folders) {
    m_haveConfig = true;
    QStringList present;
    for (const FolderConfig &fc : folders) {
        Folder &f = folderRef(fc.id);
        f.label = fc.label;
        f.path = fc.path;
        f.configured = true;
        f.paused = fc.paused;
        present << fc.id;
    }
    for (auto it = m_folders.begin(); it != m_folders.end(); ++it) {
        if (!present.contains(it.key()))
            it->configured = false;
    }
    touch();
}

void SyncState::applyDeviceConfigs(const QList<DeviceConfig> &devices) {
    for (const DeviceConfig &d : devices) {
        if (d.deviceId == m_deviceId && !m_deviceId.isEmpty())
            m_devicePaused = d.paused;
    }
    touch();
}

void SyncState::applyFolderStatus(const QString &folderId, const FolderStatus &status) {
    Folder &f = folderRef(folderId);
    const bool wasSyncing = isSyncingState(f.rawState);
    f.status = status;
    f.haveStatus = true;
    f.rawState = status.state;
    if (!status.error.isEmpty())
        f.stateError = status.error;
    if (wasSyncing && status.state == QLatin1String("idle"))
        f.lastSync = QDateTime::currentDateTimeUtc();
    // Syncthing announces file errors (FolderErrors) but never their end: an idle folder whose
    // summary counts no pull errors is it (e.g. the disk is writable again).
    if (status.state == QLatin1String("idle") && status.pullErrors == 0 && !f.errors.isEmpty()) {
        f.errors.clear();
        if (folderId == m_folderId)
            emit folderErrorsChanged();
    }
    noteChecked(f);
    touch();
}

void SyncState::applyCompletion(const QString &folderId, const QString &deviceId,
                                const Completion &c) {
    if (deviceId != m_deviceId || m_deviceId.isEmpty())
        return;
    Folder &f = folderRef(folderId);
    f.remote = c;
    f.haveRemote = true;
    noteChecked(f);
    touch();
}

// "Last sync" and "checked" mean the last moment the folder was known to be the same on both
// sides: connected, the server has 100 % and this computer needs nothing. Without this a folder
// that is up to date from the start (right after setup, after a restart) read "never".
void SyncState::noteChecked(Folder &f) {
    if (!m_connected || m_devicePaused || !f.haveRemote || !f.haveStatus || f.paused)
        return;
    if (f.remote.needItems > 0 || f.remote.needDeletes > 0 || f.remote.completion < 100)
        return;
    if (f.status.needTotalItems > 0 || f.rawState != QLatin1String("idle"))
        return;
    f.checkedAt = QDateTime::currentDateTimeUtc();
    if (!f.lastSync.isValid() || f.lastSync < f.checkedAt)
        f.lastSync = f.checkedAt;
}

void SyncState::applyDeviceLastSeen(const QHash<QString, QDateTime> &lastSeen) {
    const QDateTime seen = lastSeen.value(m_deviceId);
    if (!m_deviceId.isEmpty() && seen.isValid() &&
        (!m_lastContact.isValid() || seen > m_lastContact))
        m_lastContact = seen;
    touch();
}

QDateTime SyncState::serverLastContact(const QDateTime &now) const {
    return m_connected ? now : m_lastContact;
}

void SyncState::applyConnections(const QList<ConnectionInfo> &connections) {
    for (const ConnectionInfo &c : connections) {
        if (c.deviceId != m_deviceId || m_deviceId.isEmpty())
            continue;
        m_devicePaused = c.paused;
        setConnected(c.connected, c.address,
                     c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc());
    }
    touch();
}

void SyncState::applyFolderStats(const QList<FolderStats> &stats) {
    for (const FolderStats &s : stats) {
        Folder &f = folderRef(s.folderId);
        if (s.lastFileAt.isValid() && (!f.lastSync.isValid() || s.lastFileAt > f.lastSync))
            f.lastSync = s.lastFileAt;
        if (f.recent.isEmpty() && !s.lastFileName.isEmpty())
            f.recent << RecentFile{s.lastFileName,
                                   s.lastFileDeleted ? RecentFile::Action::Deleted
                                                     : RecentFile::Action::Downloaded,
                                   s.lastFileAt,
                                   {}};
    }
    touch();
}

void SyncState::applyFolderErrors(const QString &folderId, const QList<FolderError> &errors) {
    Folder &f = folderRef(folderId);
    QList<FolderError> described;
    for (const FolderError &e : errors)
        described << FolderError{e.path, describeError(e.message)};
    const bool same = std::equal(described.begin(), described.end(), f.errors.begin(),
                                 f.errors.end(), [](const FolderError &a, const FolderError &b) {
                                     return a.path == b.path && a.message == b.message;
                                 });
    f.errors = described;
    if (!same && folderId == m_folderId)
        emit folderErrorsChanged();
    touch();
}

void SyncState::addRecent(const QString &folderId, RecentFile file) {
    Folder &f = folderRef(folderId);
    // One line per path: the newest action wins.
    f.recent.erase(std::remove_if(f.recent.begin(), f.recent.end(),
                                  [&](const RecentFile &r) { return r.path == file.path; }),
                   f.recent.end());
    f.recent.prepend(std::move(file));
    while (f.recent.size() > kRecentFiles)
        f.recent.removeLast();
}

void SyncState::setConnected(bool connected, const QString &address, const QDateTime &since) {
    const bool changedState = connected != m_connected;
    m_connected = connected;
    if (connected) {
        if (!address.isEmpty())
            m_address = address;
        if (changedState || !m_connectedSince.isValid())
            m_connectedSince = since.isValid() ? since : QDateTime::currentDateTimeUtc();
    } else if (changedState) {
        m_connectedSince = since.isValid() ? since : QDateTime::currentDateTimeUtc();
        m_lastContact = m_connectedSince;
    }
    if (connected && m_folders.contains(m_folderId))
        noteChecked(m_folders[m_folderId]);
}

void SyncState::applyEvents(const QList<SyncthingEvent> &events) {
    for (const SyncthingEvent &e : events)
        applyEvent(e);
}

void SyncState::applyEvent(const SyncthingEvent &event) {
    const QString &type = event.type;
    const nlohmann::json &data = event.data;
    const QDateTime when = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    JsonReader r(data, QStringLiteral("event ") + type);

    if (type == QLatin1String("StateChanged")) {
        const QString folder = r.string("folder");
        const QString to = r.string("to");
        if (!r.ok())
            return ignoreEvent(r.error());
        Folder &f = folderRef(folder);
        if (isSyncingState(f.rawState) && to == QLatin1String("idle"))
            f.lastSync = when;
        f.rawState = to;
        if (to == QLatin1String("error"))
            f.stateError = eventString(data, "error");
        else
            f.stateError.clear();
    } else if (type == QLatin1String("FolderSummary")) {
        const QString folder = r.string("folder");
        JsonReader summary = r.object("summary");
        if (!r.ok())
            return ignoreEvent(r.error());
        const Result<FolderStatus> status = RestClient::parseFolderStatus(summary.json());
        if (!status.ok())
            return ignoreEvent(status.error().message);
        applyFolderStatus(folder, status.value());
        return;
    } else if (type == QLatin1String("FolderCompletion")) {
        const QString folder = r.string("folder");
        const QString device = r.string("device");
        if (!r.ok())
            return ignoreEvent(r.error());
        const Result<Completion> c = RestClient::parseCompletion(data);
        if (!c.ok())
            return ignoreEvent(c.error().message);
        applyCompletion(folder, device, c.value());
        return;
    } else if (type == QLatin1String("FolderErrors")) {
        const QString folder = r.string("folder");
        if (!r.ok())
            return ignoreEvent(r.error());
        const Result<QList<FolderError>> errors = RestClient::parseFolderErrorsJson(data);
        if (!errors.ok())
            return ignoreEvent(errors.error().message);
        applyFolderErrors(folder, errors.value());
        return;
    } else if (type == QLatin1String("ItemFinished")) {
        const QString folder = r.string("folder");
        const QString item = r.string("item");
        const QString action = r.optionalString("action").value_or(QString());
        if (!r.ok())
            return ignoreEvent(r.error());
        const QString error = eventString(data, "error");
        RecentFile file{item, RecentFile::Action::Downloaded, when, {}};
        if (!error.isEmpty()) {
            file.action = RecentFile::Action::Failed;
            file.error = describeError(error);
        } else {
            file.action = action == QLatin1String("delete") ? RecentFile::Action::Deleted
                                                            : RecentFile::Action::Downloaded;
            folderRef(folder).lastSync = when;
            // Recent files list files: a folder that arrived is shown through its files.
            if (eventString(data, "type") == QLatin1String("dir"))
                return;
        }
        addRecent(folder, file);
        if (folder == m_folderId && error.isEmpty() && item.contains(kConflictMarker) &&
            action != QLatin1String("delete"))
            emit conflictDetected(item);
    } else if (type == QLatin1String("LocalChangeDetected")) {
        const QString folder = r.string("folder");
        const QString path = r.string("path");
        const QString action = r.optionalString("action").value_or(QString());
        if (!r.ok())
            return ignoreEvent(r.error());
        const bool deleted = action == QLatin1String("deleted");
        folderRef(folder).lastSync = when;
        if (eventString(data, "type") == QLatin1String("dir"))
            return;
        addRecent(
            folder,
            RecentFile{
                path, deleted ? RecentFile::Action::Deleted : RecentFile::Action::Sent, when, {}});
        if (folder == m_folderId && !deleted && path.contains(kConflictMarker))
            emit conflictDetected(path);
    } else if (type == QLatin1String("DeviceConnected")) {
        const QString id = r.string("id");
        if (!r.ok())
            return ignoreEvent(r.error());
        if (id == m_deviceId && !id.isEmpty())
            setConnected(true, eventString(data, "addr"), when);
    } else if (type == QLatin1String("DeviceDisconnected")) {
        const QString id = r.string("id");
        if (!r.ok())
            return ignoreEvent(r.error());
        if (id == m_deviceId && !id.isEmpty())
            setConnected(false, {}, when);
    } else if (type == QLatin1String("DevicePaused") || type == QLatin1String("DeviceResumed")) {
        const QString id = r.string("device");
        if (!r.ok())
            return ignoreEvent(r.error());
        if (id == m_deviceId && !id.isEmpty()) {
            m_devicePaused = type == QLatin1String("DevicePaused");
            if (m_devicePaused)
                setConnected(false, {}, when);
        }
    } else if (type == QLatin1String("FolderPaused") || type == QLatin1String("FolderResumed")) {
        const QString id = r.string("id");
        if (!r.ok())
            return ignoreEvent(r.error());
        Folder &f = folderRef(id);
        f.paused = type == QLatin1String("FolderPaused");
        if (f.paused)
            f.rawState.clear();
    } else if (type == QLatin1String("ConfigSaved")) {
        QList<FolderConfig> folders;
        QList<DeviceConfig> devices;
        if (r.has("folders")) {
            JsonReader list = r.array("folders");
            for (std::size_t i = 0; list.ok() && i < list.size(); ++i) {
                JsonReader f = list.at(i);
                FolderConfig fc;
                fc.id = f.string("id");
                fc.label = f.optionalString("label").value_or(QString());
                fc.path = f.optionalString("path").value_or(QString());
                fc.paused = f.optionalBoolean("paused").value_or(false);
                list.merge(f);
                folders << fc;
            }
            r.merge(list);
        }
        if (r.has("devices")) {
            JsonReader list = r.array("devices");
            for (std::size_t i = 0; list.ok() && i < list.size(); ++i) {
                JsonReader d = list.at(i);
                DeviceConfig dc;
                dc.deviceId = d.string("deviceID");
                dc.paused = d.optionalBoolean("paused").value_or(false);
                list.merge(d);
                devices << dc;
            }
            r.merge(list);
        }
        if (!r.ok())
            return ignoreEvent(r.error());
        if (r.has("folders"))
            applyFolderConfigs(folders);
        if (r.has("devices"))
            applyDeviceConfigs(devices);
        return;
    } else {
        return; // StartupComplete and anything a newer Syncthing sends: nothing to do
    }
    touch();
}

void SyncState::clear() {
    m_folders.clear();
    m_haveConfig = false;
    setConnected(false, {}, {});
    m_devicePaused = false;
    m_address.clear();
    touch();
}

SyncState::Overall SyncState::computeOverall() const {
    switch (m_engine) {
    case Engine::Stopped:
        return Overall::Stopped;
    case Engine::Starting:
    case Engine::Updating:
        return Overall::Starting;
    case Engine::NotResponding:
    case Engine::Failed:
        return Overall::Error;
    case Engine::Running:
        break;
    }
    // Until Syncthing's folder list is known, "not set up" would be a guess (and could send the
    // user to the wizard for nothing).
    if (!m_haveConfig)
        return Overall::Starting;
    const auto it = m_folders.constFind(m_folderId);
    if (m_folderId.isEmpty() || it == m_folders.constEnd() || !it->configured)
        return Overall::NotConfigured;
    if (it->paused || m_devicePaused)
        return Overall::Paused;
    const FolderActivity activity = activityOf(*it);
    if (activity == FolderActivity::Paused)
        return Overall::Paused;
    if (activity == FolderActivity::Error)
        return Overall::Error;
    if (!m_deviceId.isEmpty() && !m_connected)
        return Overall::ServerOffline;
    if (activity == FolderActivity::Syncing)
        return Overall::Syncing;
    if (activity == FolderActivity::Unknown)
        return Overall::Starting; // the first snapshot is on its way
    return Overall::UpToDate;
}

void SyncState::touch() {
    const Overall now = computeOverall();
    if (now != m_overall) {
        m_overall = now;
        emit overallChanged(now);
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace figestio
