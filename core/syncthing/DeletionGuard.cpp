#include "syncthing/DeletionGuard.h"

#include "common/Logging.h"
#include "syncthing/FolderIndex.h"
#include "syncthing/FolderWatcher.h"
#include "syncthing/VersionsClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace figestio {

namespace {
constexpr int kExamples = 10;
constexpr int kRetryMs = 500;
constexpr int kScanAttempts = 40;          // a folder restarting after a config change: ~20 s
constexpr int kRestoreWaitAttempts = 1200; // fetching back from the server: up to 10 min
constexpr int kBatchRetryMs = 5000;
constexpr int kAllChanges = 1000000;
} // namespace

DeletionGuard::DeletionGuard(RestClient *rest, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_watcher(new FolderWatcher(this)) {
    m_worker.setMaxThreadCount(1);
    connect(m_watcher, &FolderWatcher::changed, this, &DeletionGuard::onChanged);
    connect(m_watcher, &FolderWatcher::vanished, this, [this] {
        if (m_state == State::Off)
            return;
        ++m_generation; // whatever was under way is void: the disk is gone
        m_busy = false;
        m_queued.clear();
        m_state = State::Away;
        updateRescanInterval();
    });
    connect(m_watcher, &FolderWatcher::returned, this, [this] {
        if (m_state != State::Away)
            return;
        // Back: scanned at once (through the same count), which also clears Syncthing's
        // "folder path missing".
        m_state = State::Watching;
        updateRescanInterval();
        checkBatch({QString()});
    });
    connect(m_watcher, &FolderWatcher::limitChanged, this, [this] {
        updateRescanInterval();
        emit problemChanged(problem());
    });
    connect(&m_rescan, &QTimer::timeout, this, [this] {
        m_watcher->checkPresence();
        if (m_watcher->limit() == FolderWatcher::Limit::TooManyFolders)
            m_watcher->rewatch(); // watches may be free again
        if (m_state == State::Watching)
            onChanged({QString()});
    });
}

// A disk check under way finishes before the guard goes; its queued answer dies with it.
DeletionGuard::~DeletionGuard() {
    m_worker.waitForDone();
}

QString DeletionGuard::problem() const {
    static_assert(kShortRescanMs >= 2 * 60000, "the words say minutes, plural");
    const QString minutes = QString::number(kShortRescanMs / 60000);
    switch (m_watcher->limit()) {
    case FolderWatcher::Limit::None:
        break;
    case FolderWatcher::Limit::TooManyFolders:
        return tr("Changes in this folder are checked every %1 minutes because the computer "
                  "cannot watch all of its subfolders continuously.")
            .arg(minutes);
    case FolderWatcher::Limit::NetworkDrive:
        return tr("Changes in this folder are checked every %1 minutes because it is on a "
                  "network drive, where changes made by other computers cannot be watched "
                  "continuously.")
            .arg(minutes);
    }
    return {};
}

void DeletionGuard::updateRescanInterval() {
    const bool troubled =
        m_watcher->limit() != FolderWatcher::Limit::None || m_state == State::Away;
    m_rescan.setInterval(troubled ? kShortRescanMs : kRescanMs);
    if (m_state == State::Off)
        m_rescan.stop();
    else if (!m_rescan.isActive())
        m_rescan.start();
}

void DeletionGuard::start(const QString &folderId, const QString &folderPath) {
    ++m_generation;
    m_busy = false;
    m_queued.clear();
    m_folderId = folderId;
    m_path = folderPath;
    delete m_index;
    m_index = new FolderIndex(m_rest, folderId, this);
    m_state = State::Checking;
    updateRescanInterval();
    m_watcher->setPath(folderPath); // away: → Away, and the check waits for the folder
    if (m_state == State::Checking)
        startCheck();
}

void DeletionGuard::stop() {
    ++m_generation;
    m_watcher->setPath({});
    m_busy = false;
    m_queued.clear();
    m_state = State::Off;
    updateRescanInterval();
}

void DeletionGuard::startCheck() {
    const quint64 gen = m_generation;
    m_index->setReceiveOnly(true, this, [this, gen](Result<Done> r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return retryLater({QString()}, r.error().message);
        scanWithRetry({}, kScanAttempts, [this, gen](bool scanned) {
            if (gen != m_generation)
                return;
            if (!scanned)
                return retryLater({QString()}, tr("The folder could not be checked."));
            m_index->heldChanges(this, [this, gen](Result<FolderIndex::HeldChanges> h) {
                if (gen != m_generation)
                    return;
                if (!h.ok())
                    return retryLater({QString()}, h.error().message);
                const FolderIndex::HeldChanges c = h.value();
                qCInfo(lcSidecar) << "start check:" << c.deletes << "deletions of" << c.globalFiles
                                  << "files";
                if (!DeletionPolicy::isMass(c.deletes, c.globalFiles))
                    return release(false);
                m_index->localChanges(
                    kExamples, this, [this, gen, c](Result<FolderIndex::LocalChanges> n) {
                        if (gen != m_generation)
                            return;
                        DeletionHold hold;
                        hold.deleted = c.deletes;
                        hold.total = c.globalFiles;
                        hold.examples =
                            n.ok() ? n.value().deleted.mid(0, kExamples) : QStringList();
                        hold.atStart = true;
                        m_hold = hold;
                        m_state = State::Held;
                        emit held(hold);
                    });
            });
        });
    });
}

void DeletionGuard::onChanged(const QStringList &dirs) {
    if (m_state == State::Held || m_state == State::Restoring || m_state == State::Deleting ||
        m_state == State::Off || m_state == State::Away)
        return; // the decision (or the return) scans the whole folder
    if (m_busy || m_state == State::Checking) {
        for (const QString &d : dirs)
            m_queued.insert(d);
        return;
    }
    checkBatch(dirs);
}

void DeletionGuard::checkBatch(const QStringList &dirs) {
    m_busy = true;
    readIndex(dirs, 0, {});
}

// Syncthing's index under every changed folder, one request after another.
void DeletionGuard::readIndex(const QStringList &dirs, int i, const QStringList &known) {
    if (i == dirs.size())
        return countMissing(dirs, known);
    const quint64 gen = m_generation;
    m_index->files(dirs.at(i), this, [this, gen, dirs, known, i](Result<QStringList> r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return retryLater(dirs, r.error().message);
        readIndex(dirs, i + 1, known + r.value());
    });
}

void DeletionGuard::countMissing(const QStringList &dirs, const QStringList &known) {
    const quint64 gen = m_generation;
    const QString root = m_path;
    m_worker.start([this, gen, dirs, known, root] {
        QStringList missing;
        const QDir base(root);
        for (const QString &f : known)
            if (!QFileInfo::exists(base.filePath(f)))
                missing << f;
        QMetaObject::invokeMethod(
            this,
            [this, gen, dirs, missing] {
                if (gen == m_generation)
                    decide(dirs, missing);
            },
            Qt::QueuedConnection);
    });
}

void DeletionGuard::decide(const QStringList &dirs, QStringList missing) {
    if (!FolderWatcher::folderPresent(m_path)) {
        m_busy = false;
        m_watcher->checkPresence(); // gone meanwhile: nothing is counted or scanned
        return;
    }
    if (missing.size() < DeletionPolicy::kMinFiles)
        return scanBatch(dirs);
    const quint64 gen = m_generation;
    // Not on disk because it has not arrived yet is not a deletion.
    m_index->needed(this, [this, gen, dirs, missing](Result<QStringList> need) mutable {
        if (gen != m_generation)
            return;
        if (!need.ok())
            return retryLater(dirs, need.error().message);
        const QSet<QString> needed(need.value().cbegin(), need.value().cend());
        missing.erase(std::remove_if(missing.begin(), missing.end(),
                                     [&](const QString &f) { return needed.contains(f); }),
                      missing.end());
        m_index->heldChanges(this, [this, gen, dirs, missing](Result<FolderIndex::HeldChanges> h) {
            if (gen != m_generation)
                return;
            if (!h.ok())
                return retryLater(dirs, h.error().message);
            if (!DeletionPolicy::isMass(missing.size(), h.value().globalFiles))
                return scanBatch(dirs);
            DeletionHold hold;
            hold.deleted = missing.size();
            hold.total = h.value().globalFiles;
            hold.examples = missing.mid(0, kExamples);
            holdBatch(hold);
        });
    });
}

void DeletionGuard::holdBatch(const DeletionHold &hold) {
    qCWarning(lcSidecar) << "holding" << hold.deleted << "deletions of" << hold.total
                         << "files until the person decides";
    m_hold = hold;
    m_busy = false;
    m_queued.clear();
    m_state = State::Held;
    // Receive-only: no scan from now on (an engine or folder restart's included) sends them.
    // The person is asked once the engine holds them: an answer given sooner sent its
    // send-receive switch while this one was in flight, and Syncthing applied them in either
    // order (the folder could end receive-only, the deletions never sent).
    const quint64 gen = m_generation;
    m_index->setReceiveOnly(true, this, [this, gen, hold](Result<Done> r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            emit failed(r.error().message);
        emit held(hold);
    });
}

void DeletionGuard::scanBatch(const QStringList &dirs) {
    const quint64 gen = m_generation;
    m_index->scan(dirs, this, [this, gen, dirs](Result<Done> r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return retryLater(dirs, r.error().message);
        batchDone();
    });
}

void DeletionGuard::batchDone() {
    m_busy = false;
    if (m_queued.isEmpty() || m_state != State::Watching)
        return;
    const QStringList dirs = FolderWatcher::minimalCover(m_queued);
    m_queued.clear();
    checkBatch(dirs);
}

void DeletionGuard::retryLater(const QStringList &dirs, const QString &error) {
    qCWarning(lcSidecar) << "folder check:" << error;
    emit failed(error);
    const bool starting = m_state == State::Checking;
    m_busy = true; // nothing else runs before the retry
    const quint64 gen = m_generation;
    QTimer::singleShot(kBatchRetryMs, this, [this, gen, dirs, starting] {
        if (gen != m_generation)
            return;
        m_busy = false;
        if (starting)
            return startCheck();
        for (const QString &d : dirs)
            m_queued.insert(d);
        batchDone();
    });
}

void DeletionGuard::scanWithRetry(const QStringList &subs, int attempts,
                                  std::function<void(bool)> done) {
    const quint64 gen = m_generation;
    m_index->scan(subs, this, [this, gen, subs, attempts, done](Result<Done> r) {
        if (gen != m_generation)
            return;
        if (r.ok())
            return done(true);
        // Right after a config change the folder restarts and refuses scans for a moment.
        if (attempts <= 1)
            return done(false);
        QTimer::singleShot(kRetryMs, this, [this, gen, subs, attempts, done] {
            if (gen == m_generation)
                scanWithRetry(subs, attempts - 1, done);
        });
    });
}

void DeletionGuard::restore() {
    if (m_state != State::Held)
        return;
    qCInfo(lcSidecar) << "restoring the held deletions from the server";
    m_state = State::Restoring;
    const quint64 gen = m_generation;
    // Receive-only already: the scan records the deletions, the revert fetches them back.
    scanWithRetry({}, kScanAttempts, [this, gen](bool scanned) {
        if (gen != m_generation)
            return;
        if (!scanned) {
            m_state = State::Held;
            return emit failed(tr("The folder could not be checked."));
        }
        // What was added or edited while held: the revert archives it (versioning), so it is
        // brought back from the versions afterwards.
        m_index->localChanges(kAllChanges, this, [this, gen](Result<FolderIndex::LocalChanges> c) {
            if (gen != m_generation)
                return;
            if (!c.ok()) {
                m_state = State::Held;
                return emit failed(c.error().message);
            }
            m_ownChanges = c.value().changed;
            m_revertedAt = QDateTime::currentDateTimeUtc();
            m_index->revert(this, [this, gen](Result<Done> r) {
                if (gen != m_generation)
                    return;
                if (!r.ok()) {
                    m_state = State::Held;
                    return emit failed(r.error().message);
                }
                waitUntilRestored(kRestoreWaitAttempts);
            });
        });
    });
}

void DeletionGuard::waitUntilRestored(int attempts) {
    const quint64 gen = m_generation;
    m_index->heldChanges(this, [this, gen, attempts](Result<FolderIndex::HeldChanges> h) {
        if (gen != m_generation)
            return;
        // Back to send-receive only once the files are back: a folder restart mid-download
        // would start the fetch over.
        if ((h.ok() && h.value().needItems == 0 && h.value().deletes == 0) || attempts <= 1)
            return bringBackOwnChanges();
        QTimer::singleShot(kRetryMs, this, [this, gen, attempts] {
            if (gen == m_generation)
                waitUntilRestored(attempts - 1);
        });
    });
}

void DeletionGuard::bringBackOwnChanges() {
    const QStringList own = std::exchange(m_ownChanges, {});
    if (own.isEmpty())
        return release(true);
    const quint64 gen = m_generation;
    auto *versions = new VersionsClient(m_rest, this);
    versions->list(
        m_folderId, m_path, this, [this, gen, own, versions](Result<QList<FileVersion>> l) {
            if (gen != m_generation || !l.ok()) {
                versions->deleteLater();
                if (gen == m_generation) {
                    qCWarning(lcSidecar) << "own changes not brought back:" << l.error().message;
                    release(true);
                }
                return;
            }
            // The newest version of each, archived by the revert (names are to the second).
            VersionsClient::Restore chosen;
            const QDateTime since = m_revertedAt.addSecs(-2);
            for (const FileVersion &v : l.value())
                if (own.contains(v.path) && !chosen.contains(v.path) && v.versionTime >= since)
                    chosen.insert(v.path, v.versionTimeRaw);
            qCInfo(lcSidecar) << "bringing back" << chosen.size() << "files changed while held";
            versions->restore(m_folderId, chosen, this,
                              [this, gen, versions](Result<QHash<QString, QString>> r) {
                                  versions->deleteLater();
                                  if (gen != m_generation)
                                      return;
                                  if (!r.ok() || !r.value().isEmpty())
                                      qCWarning(lcSidecar) << "some changes stay in Recover files";
                                  release(true);
                              });
        });
}

void DeletionGuard::deleteOnServer() {
    if (m_state != State::Held)
        return;
    qCInfo(lcSidecar) << "sending the held deletions to the server, as asked";
    m_state = State::Deleting;
    release(false);
}

void DeletionGuard::release(bool restored) {
    const quint64 gen = m_generation;
    const bool wasHeld = m_state == State::Restoring || m_state == State::Deleting;
    m_index->setReceiveOnly(false, this, [this, gen, restored, wasHeld](Result<Done> r) {
        if (gen != m_generation)
            return;
        if (!r.ok())
            return retryLater({QString()}, r.error().message);
        scanWithRetry({}, kScanAttempts, [this, gen, restored, wasHeld](bool) {
            if (gen != m_generation)
                return;
            m_hold = DeletionHold{};
            m_busy = false;
            m_state = State::Watching;
            updateRescanInterval();
            if (wasHeld) {
                qCInfo(lcSidecar) << (restored ? "deleted files restored" : "deletions sent");
                emit released();
            }
            batchDone();
        });
    });
}

QByteArray DeletionGuard::holdInConfig(QByteArray xml, const QString &folderId) {
    QString text = QString::fromUtf8(xml);
    const QRegularExpression tag(QStringLiteral("<folder\\b[^>]*\\bid=\"%1\"[^>]*>")
                                     .arg(QRegularExpression::escape(folderId)));
    const QRegularExpressionMatch m = tag.match(text);
    if (!m.hasMatch())
        return xml;
    QString element = m.captured(0);
    static const QRegularExpression type(QStringLiteral("\\btype=\"[^\"]*\""));
    if (element.contains(type))
        element.replace(type, QStringLiteral("type=\"receiveonly\""));
    else
        element.insert(QStringLiteral("<folder").size(), QStringLiteral(" type=\"receiveonly\""));
    text.replace(m.capturedStart(0), m.capturedLength(0), element);
    return text.toUtf8();
}

bool DeletionGuard::holdAtNextStart(const QString &syncthingHome, const QString &folderId) {
    const QString path = QDir(syncthingHome).filePath(QStringLiteral("config.xml"));
    QFile in(path);
    if (folderId.isEmpty() || !in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray before = in.readAll();
    in.close();
    const QByteArray after = holdInConfig(before, folderId);
    if (after == before)
        return true;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(after) != after.size())
        return false;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return out.commit();
}

} // namespace figestio
