#include "syncthing/EngineIdentity.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace figestio {

namespace {
constexpr const char *kFiles[] = {"cert.pem", "key.pem"};
constexpr const char *kPreviousSuffix = ".previous";

Error fileError(const QString &what) {
    return Error::make(Error::Kind::Other,
                       QCoreApplication::translate("figestio::SetupFlow",
                                                   "The sync engine's identity could not be "
                                                   "changed (%1).")
                           .arg(what));
}
} // namespace

EngineIdentity::EngineIdentity(QString home)
    : m_home(std::move(home)) {}

QString EngineIdentity::path(const char *name) const {
    return QDir(m_home).filePath(QString::fromLatin1(name));
}

bool EngineIdentity::hasPrevious() const {
    for (const char *name : kFiles)
        if (!QFile::exists(path(name) + QLatin1String(kPreviousSuffix)))
            return false;
    return true;
}

Result<Done> EngineIdentity::setAside() const {
    // A previous identity already aside belongs to a switch that never finished: it is the one
    // the server knows, so it is never overwritten.
    if (hasPrevious())
        return fileError(QStringLiteral("a previous identity is already kept aside"));
    for (const char *name : kFiles) {
        const QString from = path(name);
        const QString to = from + QLatin1String(kPreviousSuffix);
        // The private key is a secret, and so the pair is kept like one.
        if (!QFile::rename(from, to) ||
            !QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            restore(); // the half that moved goes back
            return fileError(QString::fromLatin1(name));
        }
    }
    qCInfo(lcSidecar) << "engine identity set aside; the next start makes a new one";
    return Done{};
}

Result<Done> EngineIdentity::restore() const {
    for (const char *name : kFiles) {
        const QString current = path(name);
        const QString previous = current + QLatin1String(kPreviousSuffix);
        if (!QFile::exists(previous))
            continue;
        if ((QFile::exists(current) && !QFile::remove(current)) ||
            !QFile::rename(previous, current))
            return fileError(QString::fromLatin1(name));
    }
    qCInfo(lcSidecar) << "previous engine identity restored";
    return Done{};
}

void EngineIdentity::discardPrevious() const {
    for (const char *name : kFiles)
        QFile::remove(path(name) + QLatin1String(kPreviousSuffix));
    qCInfo(lcSidecar) << "previous engine identity discarded";
}

} // namespace figestio
