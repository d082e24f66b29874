#include "setup/IgnoreBlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace figestio {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("IgnoreBlock", text);
}
} // namespace

QString IgnoreBlock::beginMarker() {
    return QStringLiteral("// BEGIN Figestió Sync: managed by the app, your own lines go below");
}

QString IgnoreBlock::endMarker() {
    return QStringLiteral("// END Figestió Sync");
}

QStringList IgnoreBlock::patterns() {
    return {
        // Microsoft Office owner files and temporary saves (~$factura.xlsx, ~WRL0001.tmp).
        QStringLiteral("(?d)~$*"),
        QStringLiteral("(?d)~*.tmp"),
        // LibreOffice locks (.~lock.factura.ods#).
        QStringLiteral("(?d).~lock.*#"),
        // Windows thumbnails and folder settings.
        QStringLiteral("(?d)(?i)Thumbs.db"),
        QStringLiteral("(?d)(?i)ehthumbs.db"),
        QStringLiteral("(?d)(?i)desktop.ini"),
        // macOS metadata.
        QStringLiteral("(?d).DS_Store"),
        QStringLiteral("(?d)._*"),
        QStringLiteral("(?d).Spotlight-V100"),
        QStringLiteral("(?d).Trashes"),
        QStringLiteral("(?d).fseventsd"),
        // Linux desktops' trash inside a folder.
        QStringLiteral("(?d).Trash-*"),
        // Partial downloads of browsers.
        QStringLiteral("(?d)*.crdownload"),
        QStringLiteral("(?d)*.part"),
        QStringLiteral("(?d)*.partial"),
    };
}

QString IgnoreBlock::merge(const QString &existing) {
    QString text = existing;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the final newline

    const QStringList ours = patterns();
    QStringList kept;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed == endMarker())
            continue; // a stray end marker
        if (trimmed != beginMarker()) {
            kept << lines.at(i);
            continue;
        }
        qsizetype end = i + 1;
        while (end < lines.size() && lines.at(end).trimmed() != endMarker())
            ++end;
        if (end < lines.size()) {
            i = end; // the whole block, through its end marker
            continue;
        }
        // A block whose end marker was lost: only the app's own patterns belong to it.
        while (i + 1 < lines.size() &&
               (ours.contains(lines.at(i + 1).trimmed()) || lines.at(i + 1).trimmed().isEmpty()))
            ++i;
    }
    while (!kept.isEmpty() && kept.first().trimmed().isEmpty())
        kept.removeFirst();

    QStringList out;
    out << beginMarker() << ours << endMarker();
    if (!kept.isEmpty())
        out << kept;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<bool> IgnoreBlock::applyTo(const QString &folderPath) {
    const QString path = QDir(folderPath).filePath(QStringLiteral(".stignore"));
    QString existing;
    QFile in(path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Invalid,
                               tr("The list of files not to sync (%1) cannot be read: %2")
                                   .arg(path, in.errorString()));
        existing = QString::fromUtf8(in.readAll());
        in.close();
    }
    const QString merged = merge(existing);
    if (merged == existing)
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(merged.toUtf8()) < 0 || !out.commit())
        return Error::make(Error::Kind::Invalid,
                           tr("The list of files not to sync (%1) cannot be written: %2")
                               .arg(path, out.errorString()));
    return true;
}

} // namespace figestio
