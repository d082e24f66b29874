#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

class QFileSystemWatcher;

namespace figestio {

// The app's own change detection for its folder (the engine's watcher is off so that nothing
// reaches the server before DeletionGuard has counted the deletions). Watches every subfolder
// (QFileSystemWatcher: inotify on Linux, ReadDirectoryChangesW on Windows, FSEvents/kqueue on
// macOS), coalesces bursts (a second of quiet, at most kMaxDelayMs) and names the subfolders
// that changed. Listing subfolders runs on a worker thread.
//
// It also notices the folder going away (a USB disk unplugged, a network share dropped: the
// folder or its .stfolder marker missing) and coming back (checked every second while away: the
// parent may be a mount point that vanished too, so there is nothing to watch), and says when
// changes cannot all be followed (limit()): the system's limit of watched folders (inotify's
// max_user_watches on Linux) left some subfolders unwatched, or the folder is on a network drive
// whose other writers no watcher sees. Unwatched subfolders are tried again at every
// rewatch() and whenever their parent changes; the limit ends when none is left.
class FolderWatcher : public QObject {
    Q_OBJECT
public:
    enum class Limit { None, TooManyFolders, NetworkDrive };
    Q_ENUM(Limit)

    static constexpr int kQuietMs = 1000;
    static constexpr int kMaxDelayMs = 10000;
    static constexpr int kReturnPollMs = 1000;

    explicit FolderWatcher(QObject *parent = nullptr);
    ~FolderWatcher() override;

    void setPath(const QString &path); // empty: stop
    QString path() const { return m_path; }
    Limit limit() const { return m_limit; }
    // Looks whether the folder went away or came back now (also polled while it is away).
    void checkPresence();
    // Lists the whole folder again and watches what is not watched yet (the safety rescan's
    // chance to end a TooManyFolders limit once watches are free again).
    void rewatch();

    // The folder is there with its marker.
    static bool folderPresent(const QString &path);
    // The smallest set of relative folders covering all of dirs ("" = the whole folder).
    static QStringList minimalCover(const QSet<QString> &dirs);

signals:
    void changed(const QStringList &relativeDirs); // "" = the folder itself
    void vanished();
    void returned();
    void limitChanged(figestio::FolderWatcher::Limit limit);

private:
    friend class SyncthingTestAccess;
    int watchedCount() const;                                      // folders under watch (tests)
    int unwatchedCount() const { return int(m_unwatched.size()); } // refused (tests)
    void onDirectoryChanged(const QString &dir);
    void flush();
    void watchTree(const QString &dir);
    void updateLimit();
    void start();

    QString m_path;
    QString m_parent; // watched for the folder's own rename or deletion
    QFileSystemWatcher *m_watcher = nullptr;
    QSet<QString> m_pending;
    QTimer m_quiet;
    QElapsedTimer m_firstPending;
    QTimer m_presence;
    bool m_present = false;
    bool m_networkDrive = false;
    QSet<QString> m_unwatched; // subfolders the system refused to watch
    Limit m_limit = Limit::None;
    QThreadPool m_worker;
    quint64 m_generation = 0;
};

} // namespace figestio
