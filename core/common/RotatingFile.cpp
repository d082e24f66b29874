#include "RotatingFile.h"

#include <algorithm>

namespace figestio {

bool RotatingFile::open(const QString &path, qint64 maxBytes, int keep) {
    m_file.close();
    m_path = path;
    m_file.setFileName(path);
    m_maxBytes = std::max<qint64>(4096, maxBytes);
    m_keep = std::max(0, keep);
    return openPrivately();
}

bool RotatingFile::openPrivately() {
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void RotatingFile::rotate() {
    m_file.close();
    QFile::remove(m_path + QLatin1Char('.') + QString::number(m_keep));
    for (int i = m_keep - 1; i >= 1; --i)
        QFile::rename(m_path + QLatin1Char('.') + QString::number(i),
                      m_path + QLatin1Char('.') + QString::number(i + 1));
    if (m_keep > 0)
        QFile::rename(m_path, m_path + QLatin1String(".1"));
    else
        QFile::remove(m_path);
    openPrivately();
}

void RotatingFile::write(const QByteArray &bytes) {
    if (!m_file.isOpen())
        return;
    if (m_file.size() + bytes.size() > m_maxBytes)
        rotate();
    m_file.write(bytes);
    m_file.flush();
}

} // namespace figestio
