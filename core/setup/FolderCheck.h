#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace figestio {

// How FolderCheck looks at the disk. Injectable so the unit tests can check the
// "not writable" rule even when they run as root (where every access check passes).
struct FolderProbe {
    std::function<bool(const QString &)> isDirectory;
    std::function<bool(const QString &)> isWritable;
    QString homePath;           // the user's home folder
    QStringList protectedPaths; // never to be synced or contained (the app's own data)
    static FolderProbe system();
};

// Which folder may be synced (DESIGN §6), in one place: an existing, writable folder of the
// user's own; not the home folder, a system folder or one that contains either; not the app's
// own data; not inside, around or equal to another synced folder. The setup flow checks before
// anything is claimed and again against Syncthing's folders; the wizard as the user types.
// Every answer is empty when the folder can be used, else the problem in words (and what to do).
class FolderCheck {
    Q_DECLARE_TR_FUNCTIONS(FolderCheck)
public:
    // A path for comparisons: absolute, clean, symlinks resolved when it exists.
    static QString normalizedPath(const QString &path);
    // Only the form: something written, and a full location.
    static QString formProblem(const QString &path);
    static QString problem(const QString &path, const QStringList &otherSyncedFolders);
    static QString problem(const QString &path, const QStringList &otherSyncedFolders,
                           const FolderProbe &probe);
    // The wizard's check: a missing folder is fine when it could be created (the wizard
    // creates it when chosen).
    static QString problemIfCreated(const QString &path);
};

} // namespace figestio
