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
// parent may be a mount point that vanished too, so there is nothing to watch), and says in
// words when changes cannot all be followed (the system's limit of watched folders, a network
// drive whose other writers no watcher sees).
class FolderWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kQuietMs = 1000;
    static constexpr int kMaxDelayMs = 10000;
    static constexpr int kReturnPollMs = 1000;

    explicit FolderWatcher(QObject *parent = nullptr);
    ~FolderWatcher() override;

    void setPath(const QString &path); // empty: stop
    QString path() const { return m_path; }
    QString problem() const { return m_problem; } // in words; empty when all is followed
    // Looks whether the folder went away or came back now (also polled while it is away).
    void checkPresence();

    // The folder is there with its marker.
    static bool folderPresent(const QString &path);
    // The smallest set of relative folders covering all of dirs ("" = the whole folder).
    static QStringList minimalCover(const QSet<QString> &dirs);

signals:
    void changed(const QStringList &relativeDirs); // "" = the folder itself
    void vanished();
    void returned();
    void problemChanged(const QString &problem);

private:
    friend class SyncthingTestAccess;
    int watchedCount() const; // folders under watch (tests)
    void onDirectoryChanged(const QString &dir);
    void flush();
    void watchTree(const QString &dir);
    void setProblem(const QString &problem);
    void start();

    QString m_path;
    QString m_parent; // watched for the folder's own rename or deletion
    QFileSystemWatcher *m_watcher = nullptr;
    QSet<QString> m_pending;
    QTimer m_quiet;
    QElapsedTimer m_firstPending;
    QTimer m_presence;
    bool m_present = false;
    QString m_problem;
    QString m_limitProblem;
    QThreadPool m_worker;
    quint64 m_generation = 0;
};

} // namespace figestio
