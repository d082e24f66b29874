#include "SecureFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace figestio {

QString writeSecretFile(const QString &path, const QByteArray &contents) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return QCoreApplication::translate("SecureFile", "Cannot create the folder %1")
            .arg(info.absolutePath());
#ifdef Q_OS_UNIX
    // QSaveFile creates its temporary file with the umask: tighten the umask around it.
    const mode_t oldMask = ::umask(0077);
#endif
    QSaveFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly);
#ifdef Q_OS_UNIX
    ::umask(oldMask);
#endif
    if (!opened)
        return QCoreApplication::translate("SecureFile", "Cannot write %1: %2")
            .arg(path, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(contents) != contents.size() || !file.commit())
        return QCoreApplication::translate("SecureFile", "Cannot write %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace figestio
