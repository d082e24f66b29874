#include "SafeText.h"

#include <QList>

namespace figestio {

QString oauthText(const QString &text, int maxChars) {
    QString out;
    for (const QChar c : text) {
        if (out.size() >= maxChars)
            break;
        const char16_t u = c.unicode();
        if (u >= 0x20 && u <= 0x7e && u != '"' && u != '\\')
            out += c;
    }
    return out;
}

QString printableText(const QString &text, int maxChars) {
    QString out;
    for (const char32_t u : text.toUcs4()) {
        if (out.size() >= maxChars)
            break;
        switch (QChar::category(u)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            out += QString::fromUcs4(&u, 1);
        }
    }
    return out;
}

} // namespace figestio
