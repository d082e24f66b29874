#pragma once

#include <QDateTime>
#include <QString>

namespace figestio {

class SyncState;

// The accountant's real question, "are my files safe on the Figestió server?", as facts (the
// words are the UI's: app/SafetyText). Taken from the server device's completion of the folder
// (FolderCompletion events), this computer's need (FolderSummary) and the connection; nothing
// here polls.
struct Safety {
    enum class Level {
        Unknown, // not set up, starting, or no answer from the server about the folder yet
        Safe,    // connected, and the server has every file
        Sending, // connected, files still on their way to the server
        Paused,  // the person paused syncing
        Offline, // the server is not connected (see lastContact)
        Problem, // the folder or the engine stopped with an error (see problem)
    };
    Level level = Level::Unknown;
    qint64 files = 0;        // files in the folder
    qint64 sendingItems = 0; // files (and deletions) the server still needs from here
    qint64 sendingBytes = 0;
    qint64 receivingItems = 0; // files this computer still needs from the server
    int conflicts = 0;         // files waiting for the person's choice (both versions kept)
    QDateTime checkedAt;       // when the server last confirmed it has everything
    QDateTime lastContact;     // when the server was last connected (invalid: never)
    QString problem;           // in words, for Problem

    static Safety of(const SyncState &state,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Stable keys for --status JSON.
    static QString levelKey(Level level);
};

} // namespace figestio
