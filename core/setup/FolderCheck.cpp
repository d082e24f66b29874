#include "setup/FolderCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace figestio {

namespace {
bool isSameOrInside(const QString &path, const QString &parent) {
    if (path == parent)
        return true;
    const QString prefix = parent.endsWith(QLatin1Char('/')) ? parent : parent + QLatin1Char('/');
    return path.startsWith(prefix, Qt::CaseSensitive);
}

// Top-level places that must never be synced themselves.
QStringList systemRoots() {
#if defined(Q_OS_WIN)
    QStringList roots;
    for (const QFileInfo &drive : QDir::drives())
        roots << QDir::cleanPath(drive.absoluteFilePath());
    return roots;
#else
    return {QStringLiteral("/"),    QStringLiteral("/home"),    QStringLiteral("/Users"),
            QStringLiteral("/tmp"), QStringLiteral("/var"),     QStringLiteral("/root"),
            QStringLiteral("/mnt"), QStringLiteral("/media"),   QStringLiteral("/srv"),
            QStringLiteral("/opt"), QStringLiteral("/Volumes"), QStringLiteral("/private")};
#endif
}

// System folders that must not be synced, nor anything inside them.
QStringList systemTrees() {
#if defined(Q_OS_WIN)
    const QString windows = QDir::cleanPath(QString::fromLocal8Bit(qgetenv("SystemRoot")));
    QStringList trees;
    if (!windows.isEmpty())
        trees << windows;
    for (const char *env : {"ProgramFiles", "ProgramFiles(x86)", "ProgramData"}) {
        const QString p = QDir::cleanPath(QString::fromLocal8Bit(qgetenv(env)));
        if (!p.isEmpty() && p != QLatin1String("."))
            trees << p;
    }
    return trees;
#else
    return {QStringLiteral("/etc"),    QStringLiteral("/usr"),     QStringLiteral("/bin"),
            QStringLiteral("/sbin"),   QStringLiteral("/lib"),     QStringLiteral("/lib32"),
            QStringLiteral("/lib64"),  QStringLiteral("/boot"),    QStringLiteral("/dev"),
            QStringLiteral("/proc"),   QStringLiteral("/sys"),     QStringLiteral("/run"),
            QStringLiteral("/System"), QStringLiteral("/Library"), QStringLiteral("/Applications")};
#endif
}
} // namespace

QString FolderCheck::normalizedPath(const QString &path) {
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

FolderProbe FolderProbe::system() {
    FolderProbe probe;
    probe.isDirectory = [](const QString &p) { return QFileInfo(p).isDir(); };
    probe.isWritable = [](const QString &p) { return QFileInfo(p).isWritable(); };
    probe.homePath = QDir::homePath();
    // The app's own data (Syncthing's home and database) must stay out of any synced folder.
    probe.protectedPaths << QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                         << QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return probe;
}

QString FolderCheck::formProblem(const QString &path) {
    if (path.trimmed().isEmpty())
        return tr("Choose the folder to keep in sync.");
    if (QDir::isRelativePath(path))
        return tr("Write the full location of the folder, or use Browse… to pick it.");
    return {};
}

QString FolderCheck::problem(const QString &path, const QStringList &otherSyncedFolders) {
    return problem(path, otherSyncedFolders, FolderProbe::system());
}

QString FolderCheck::problem(const QString &path, const QStringList &otherSyncedFolders,
                             const FolderProbe &probe) {
    if (const QString form = formProblem(path); !form.isEmpty())
        return form;
    const QString p = normalizedPath(path);
    if (!probe.isDirectory(p))
        return tr("The folder \"%1\" does not exist. Create it or choose another one.")
            .arg(QDir::toNativeSeparators(path));
    if (!probe.isWritable(p))
        return tr("You cannot save files in \"%1\". Choose a folder of your own, for example "
                  "one inside your Documents.")
            .arg(QDir::toNativeSeparators(path));

    const QString home = normalizedPath(probe.homePath);
    if (!home.isEmpty() && p == home)
        return tr("Your whole home folder cannot be synced. Create a folder inside it (for "
                  "example \"Figestió\") and choose that one.");
    for (const QString &root : systemRoots())
        if (p == normalizedPath(root))
            return tr("\"%1\" is a system folder and cannot be synced. Choose a folder inside "
                      "your home folder.")
                .arg(QDir::toNativeSeparators(path));
    for (const QString &tree : systemTrees())
        if (isSameOrInside(p, normalizedPath(tree)))
            return tr("\"%1\" belongs to the system and cannot be synced. Choose a folder "
                      "inside your home folder.")
                .arg(QDir::toNativeSeparators(path));
    if (!home.isEmpty() && isSameOrInside(home, p))
        return tr("\"%1\" contains your home folder and cannot be synced. Choose a folder "
                  "inside your home folder.")
            .arg(QDir::toNativeSeparators(path));
    for (const QString &own : probe.protectedPaths) {
        const QString o = normalizedPath(own);
        if (!o.isEmpty() && (isSameOrInside(o, p) || isSameOrInside(p, o)))
            return tr("\"%1\" holds this app's own data and cannot be synced. Choose another "
                      "folder.")
                .arg(QDir::toNativeSeparators(path));
    }
    for (const QString &other : otherSyncedFolders) {
        const QString o = normalizedPath(other);
        if (o.isEmpty())
            continue;
        if (p == o)
            return tr("\"%1\" is already being synced. Choose another folder.")
                .arg(QDir::toNativeSeparators(path));
        if (isSameOrInside(p, o))
            return tr("\"%1\" is inside another synced folder (\"%2\"). Choose a folder "
                      "outside it.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(other));
        if (isSameOrInside(o, p))
            return tr("\"%1\" contains another synced folder (\"%2\"). Choose a folder that "
                      "does not.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(other));
    }
    return {};
}

QString FolderCheck::problemIfCreated(const QString &path) {
    // The rules want an existing folder: a missing one is checked as if it existed, through
    // the nearest parent that does.
    if (QFileInfo(path).exists())
        return problem(path, {});
    QString parent = QFileInfo(path).absolutePath();
    while (!QFileInfo(parent).exists() && parent != QDir::rootPath())
        parent = QFileInfo(parent).absolutePath();
    FolderProbe probe = FolderProbe::system();
    const auto realIsDir = probe.isDirectory;
    const auto realWritable = probe.isWritable;
    const QString cleanPath = QDir::cleanPath(path);
    probe.isDirectory = [=](const QString &p) {
        return QDir::cleanPath(p) == cleanPath ? realIsDir(parent) : realIsDir(p);
    };
    probe.isWritable = [=](const QString &p) {
        return QDir::cleanPath(p) == cleanPath ? realWritable(parent) : realWritable(p);
    };
    return problem(path, {}, probe);
}

} // namespace figestio
