#include "syncthing/ConflictList.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <filesystem>

namespace figestio {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("ConflictList", text);
}

const QRegularExpression &conflictPattern() {
    // name.sync-conflict-20261127-093000-ABCDEFG[.ext]
    static const QRegularExpression re(
        QStringLiteral(R"(^(.*)\.sync-conflict-(\d{8})-(\d{6})-([A-Z2-7]{7})(\.[^./]*)?$)"));
    return re;
}

QDateTime modified(const QString &path) {
    return QFileInfo(path).lastModified();
}
} // namespace

bool ConflictList::isConflictCopy(const QString &path) {
    return conflictPattern().match(path).hasMatch();
}

std::optional<Conflict> ConflictList::parse(const QString &relativePath,
                                            const QString &myDeviceId) {
    const QRegularExpressionMatch m = conflictPattern().match(relativePath);
    if (!m.hasMatch())
        return std::nullopt;
    Conflict c;
    c.copyPath = relativePath;
    c.originalPath = m.captured(1) + m.captured(5);
    c.foundAt =
        QDateTime::fromString(m.captured(2) + m.captured(3), QStringLiteral("yyyyMMddHHmmss"));
    c.copyDevice = m.captured(4);
    // The name carries the winner: named after this computer, the copy is the agency's.
    c.copyIsMine = !myDeviceId.isEmpty() && !myDeviceId.startsWith(c.copyDevice);
    return c;
}

QList<Conflict> ConflictList::scan(const QString &folderPath, const QString &myDeviceId) {
    QList<Conflict> out;
    const QDir root(folderPath);
    QDirIterator it(folderPath, {QStringLiteral("*.sync-conflict-*")},
                    QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString rel = root.relativeFilePath(abs);
        if (rel.startsWith(QLatin1String(".stversions/")))
            continue; // previous versions of conflict copies are not conflicts
        std::optional<Conflict> c = parse(rel, myDeviceId);
        if (!c)
            continue;
        const QDateTime copy = modified(abs);
        const QDateTime original = modified(root.filePath(c->originalPath));
        c->mineModified = c->copyIsMine ? copy : original;
        c->agencyModified = c->copyIsMine ? original : copy;
        out << *c;
    }
    std::sort(out.begin(), out.end(),
              [](const Conflict &a, const Conflict &b) { return a.foundAt > b.foundAt; });
    return out;
}

QString ConflictList::keepBothPath(const QString &originalPath, const QString &label,
                                   const std::function<bool(const QString &)> &exists) {
    const int slash = originalPath.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : originalPath.left(slash + 1);
    const QString name = originalPath.mid(slash + 1);
    int dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        dot = int(name.size());
    const QString base = name.left(dot);
    const QString ext = name.mid(dot);
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? label : label + QLatin1Char(' ') + QString::number(n);
        const QString candidate =
            dir + base + QStringLiteral(" (") + suffix + QLatin1Char(')') + ext;
        if (!exists(candidate))
            return candidate;
    }
}

Result<QString> ConflictList::resolve(const QString &folderPath, const Conflict &c, Choice choice) {
    const QDir root(folderPath);
    const QString copy = root.filePath(c.copyPath);
    const QString original = root.filePath(c.originalPath);
    if (!QFile::exists(copy))
        return Error::make(
            Error::Kind::NotFound,
            tr("“%1” is no longer there: the conflict was already resolved.").arg(c.copyPath));
    const bool keepCopy = (choice == Choice::KeepMine) == c.copyIsMine;
    if (choice == Choice::KeepBoth) {
        const QString label = c.copyIsMine ? tr("copy of this computer") : tr("copy of the agency");
        const QString target = keepBothPath(c.originalPath, label, [&](const QString &p) {
            return QFile::exists(root.filePath(p));
        });
        if (!QFile::rename(copy, root.filePath(target)))
            return Error::make(Error::Kind::Invalid,
                               tr("“%1” could not be renamed.").arg(c.copyPath));
        return target;
    }
    if (keepCopy) {
        // The copy's version wins: it takes the file's name in one step (replacing it), so the
        // watcher never sees the file missing.
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(copy.toStdU16String()),
                                std::filesystem::path(original.toStdU16String()), ec);
        if (ec)
            return Error::make(Error::Kind::Invalid,
                               tr("“%1” could not be replaced.").arg(c.originalPath));
    } else if (!QFile::remove(copy)) {
        return Error::make(Error::Kind::Invalid, tr("“%1” could not be deleted.").arg(c.copyPath));
    }
    return c.originalPath;
}

} // namespace figestio
