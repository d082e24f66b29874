#include "syncthing/FolderWatcher.h"

#include "common/Logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QStorageInfo>

#include <algorithm>

namespace figestio {

namespace {
constexpr int kFailuresInARow = 3;

// Syncthing's own folders: versions and temporary files change as it works, never the user.
bool ownFolder(const QString &name) {
    return name == QLatin1String(".stversions") || name == QLatin1String(".stfolder") ||
           name == QLatin1String(".stfolder.removed-");
}

// File systems whose changes by other computers no local watcher reports.
bool isNetworkFileSystem(const QByteArray &type) {
    static const char *const kTypes[] = {"nfs",   "nfs4",   "cifs",       "smb", "smb2",
                                         "smb3",  "smbfs",  "fuse.sshfs", "9p",  "afs",
                                         "ncpfs", "webdav", "davfs"};
    for (const char *t : kTypes)
        if (type == t)
            return true;
    return false;
}

QStringList subfolders(const QString &root) {
    QStringList out{root};
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        const QString rel = QDir(root).relativeFilePath(dir);
        if (ownFolder(rel.section(QLatin1Char('/'), 0, 0)) || it.fileInfo().isSymLink())
            continue;
        out << dir;
    }
    return out;
}
} // namespace

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent) {
    m_worker.setMaxThreadCount(1);
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, &FolderWatcher::flush);
    m_presence.setInterval(kReturnPollMs);
    connect(&m_presence, &QTimer::timeout, this, &FolderWatcher::checkPresence);
}

// A listing under way finishes before the watcher goes; its queued answer dies with it.
FolderWatcher::~FolderWatcher() {
    m_worker.waitForDone();
}

bool FolderWatcher::folderPresent(const QString &path) {
    return !path.isEmpty() && QFileInfo(path).isDir() &&
           QFileInfo::exists(QDir(path).filePath(QStringLiteral(".stfolder")));
}

QStringList FolderWatcher::minimalCover(const QSet<QString> &dirs) {
    QStringList sorted(dirs.cbegin(), dirs.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (const QString &d : sorted) {
        if (d.isEmpty())
            return {QString()};
        if (!out.isEmpty() && (d == out.last() || d.startsWith(out.last() + QLatin1Char('/'))))
            continue;
        out << d;
    }
    return out;
}

int FolderWatcher::watchedCount() const {
    return m_watcher ? int(m_watcher->directories().size()) - (m_parent.isEmpty() ? 0 : 1) : 0;
}

void FolderWatcher::setPath(const QString &path) {
    if (path == m_path && m_watcher)
        return;
    ++m_generation;
    delete m_watcher;
    m_watcher = nullptr;
    m_pending.clear();
    m_quiet.stop();
    m_presence.stop();
    m_path = QDir::cleanPath(path);
    m_networkDrive = false;
    m_unwatched.clear();
    updateLimit();
    if (path.isEmpty()) {
        m_path.clear();
        return;
    }
    start();
}

void FolderWatcher::start() {
    m_present = folderPresent(m_path);
    if (!m_present) {
        qCInfo(lcSidecar) << "the synced folder is not there; waiting for it to come back";
        m_presence.start();
        emit vanished();
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &FolderWatcher::onDirectoryChanged);
    m_networkDrive = isNetworkFileSystem(QStorageInfo(m_path).fileSystemType());
    // The folder's parent too: a folder renamed or deleted as a whole is seen there (Qt's
    // watch on the folder itself does not report its own move).
    m_parent = QFileInfo(m_path).absolutePath();
    if (m_parent == m_path || !m_watcher->addPath(m_parent))
        m_parent.clear();
    watchTree(m_path);
}

void FolderWatcher::watchTree(const QString &dir) {
    const quint64 generation = m_generation;
    m_worker.start([this, dir, generation] {
        const QStringList dirs = subfolders(dir);
        QMetaObject::invokeMethod(
            this,
            [this, dirs, generation] {
                if (generation != m_generation || !m_watcher)
                    return;
                const QStringList watched = m_watcher->directories();
                const QSet<QString> known(watched.cbegin(), watched.cend()); // big trees: no O(n²)
                QStringList fresh;
                for (const QString &d : dirs)
                    if (!known.contains(d))
                        fresh << d;
                // One by one: out of watches (the system's limit) every further one fails too,
                // each with a warning of Qt's in the log, so a few failures in a row end it
                // (the rest count as unwatched and are tried again later).
                QStringList failed;
                int inARow = 0;
                for (int i = 0; i < fresh.size(); ++i) {
                    if (m_watcher->addPath(fresh.at(i))) {
                        inARow = 0;
                        continue;
                    }
                    failed << fresh.at(i);
                    if (++inARow == kFailuresInARow) {
                        failed += fresh.mid(i + 1);
                        break;
                    }
                }
                // What this listing covers is decided anew: watched now, refused, or gone.
                const QString under = dirs.value(0) + QLatin1Char('/');
                for (auto it = m_unwatched.begin(); it != m_unwatched.end();)
                    it = (*it == dirs.value(0) || it->startsWith(under)) ? m_unwatched.erase(it)
                                                                         : std::next(it);
                for (const QString &d : failed)
                    m_unwatched.insert(d);
                if (!failed.isEmpty())
                    qCWarning(lcSidecar)
                        << failed.size() << "subfolders cannot be watched (system limit?)";
                updateLimit();
            },
            Qt::QueuedConnection);
    });
}

void FolderWatcher::onDirectoryChanged(const QString &dir) {
    if (!m_present)
        return;
    if (dir == m_parent || !folderPresent(m_path)) {
        checkPresence();
        return;
    }
    QString rel = QDir(m_path).relativeFilePath(dir);
    if (rel == QLatin1String("."))
        rel.clear();
    if (ownFolder(rel.section(QLatin1Char('/'), 0, 0)))
        return;
    if (m_pending.isEmpty())
        m_firstPending.start();
    m_pending.insert(rel);
    // A steady stream of changes (a big copy) is still reported every kMaxDelayMs.
    if (m_firstPending.elapsed() < kMaxDelayMs)
        m_quiet.start();
    else if (!m_quiet.isActive())
        m_quiet.start(0);
}

void FolderWatcher::flush() {
    if (m_pending.isEmpty())
        return;
    const QStringList dirs = minimalCover(m_pending);
    m_pending.clear();
    // New subfolders get watched too (a deleted one drops out of the watcher by itself).
    for (const QString &d : dirs) {
        const QString abs = d.isEmpty() ? m_path : QDir(m_path).filePath(d);
        if (QFileInfo(abs).isDir())
            watchTree(abs);
    }
    emit changed(dirs);
}

void FolderWatcher::checkPresence() {
    const bool present = folderPresent(m_path);
    if (present == m_present)
        return;
    if (!present) {
        qCInfo(lcSidecar) << "the synced folder went away";
        delete m_watcher;
        m_watcher = nullptr;
        m_pending.clear();
        m_quiet.stop();
        m_present = false;
        m_presence.start();
        emit vanished();
        return;
    }
    qCInfo(lcSidecar) << "the synced folder is back";
    m_presence.stop();
    start();
    if (m_present)
        emit returned();
}

void FolderWatcher::rewatch() {
    if (m_watcher && m_present)
        watchTree(m_path);
}

void FolderWatcher::updateLimit() {
    const Limit limit = !m_unwatched.isEmpty() ? Limit::TooManyFolders
                        : m_networkDrive       ? Limit::NetworkDrive
                                               : Limit::None;
    if (limit == m_limit)
        return;
    if (limit == Limit::None)
        qCInfo(lcSidecar) << "every subfolder is watched again";
    m_limit = limit;
    emit limitChanged(limit);
}

} // namespace figestio
