#pragma once

#include <QString>
#include <QStringList>

namespace figestio {

// When a batch of local deletions is held for the person to decide (issue 9 §4): at least
// kMinFiles files AND at least kMinPercent % of the folder's files. Both, so neither a big
// folder losing a subfolder of 30 invoices (0.3 %) nor a tiny folder losing 3 of its 5 files is
// asked about; a folder dragged to the bin, a script emptying it, or ransomware deleting
// originals is. Counted against the folder's files in Syncthing's index (the server's view).
struct DeletionPolicy {
    static constexpr int kMinFiles = 20;
    static constexpr int kMinPercent = 20;

    static bool isMass(qint64 deleted, qint64 total);
};

// A batch that is held: how many files, of how many, and a few of their names (relative,
// '/' separated) for the question.
struct DeletionHold {
    qint64 deleted = 0;
    qint64 total = 0;
    QStringList examples;
    bool atStart = false; // found when the app started (deleted while it was not running)
};

} // namespace figestio
