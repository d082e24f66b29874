#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace figestio {

// An append-only, size-rotated file (path, path.1 … path.N), private to the user (0600: logs
// can name the user's files). Not thread-safe: the caller serialises writes.
class RotatingFile {
public:
    RotatingFile() = default;
    RotatingFile(const RotatingFile &) = delete;
    RotatingFile &operator=(const RotatingFile &) = delete;

    bool open(const QString &path, qint64 maxBytes, int keep);
    void close() { m_file.close(); }
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_path; }
    // Rotates first when `bytes` would push the file past maxBytes; flushes.
    void write(const QByteArray &bytes);

private:
    bool openPrivately();
    void rotate();

    QFile m_file;
    QString m_path;
    qint64 m_maxBytes = 0;
    int m_keep = 0;
};

} // namespace figestio
