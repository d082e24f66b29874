#include "RandomSecret.h"

#include <QRandomGenerator>

#include <vector>

namespace figestio {

QByteArray randomSecret(int bytes) {
    std::vector<quint32> words((static_cast<std::size_t>(bytes) + 3) / 4);
    QRandomGenerator::system()->generate(words.begin(), words.end());
    return QByteArray(reinterpret_cast<const char *>(words.data()), bytes)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace figestio
