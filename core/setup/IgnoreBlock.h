#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace figestio {

// The app's own block in a synced folder's .stignore (DESIGN §6): Office and LibreOffice lock
// and owner files, OS thumbnails and metadata, browsers' partial downloads never travel to the
// agency. The block sits between two marker lines at the top of the file; a person's own lines
// outside it are kept as they are, in their order. Every pattern carries (?d) so such a file
// never keeps Syncthing from deleting the folder it lies in.
class IgnoreBlock {
public:
    static QString beginMarker();
    static QString endMarker();
    static QStringList patterns();

    // The new content of a .stignore that had `existing` (empty: none): the current block first,
    // then every line that was outside an old block. A block without its end marker (a hand edit)
    // ends at the first line that is not one of the app's patterns.
    static QString merge(const QString &existing);

    // Writes the merged .stignore into folderPath (atomically, only when it changes). Answers
    // whether it changed; a folder that cannot be written is an Error in words.
    static Result<bool> applyTo(const QString &folderPath);
};

} // namespace figestio
