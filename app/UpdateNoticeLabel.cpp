#include "UpdateNoticeLabel.h"

#include "BuildConfig.h"

#include <QEvent>

namespace figestio {

UpdateNoticeLabel::UpdateNoticeLabel(QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("updateNoticeLabel"));
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(true);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    retranslate();
}

void UpdateNoticeLabel::setUpdate(const UpdateInfo &info) {
    m_update = info;
    retranslate();
}

void UpdateNoticeLabel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void UpdateNoticeLabel::retranslate() {
    const auto link = [](const QString &url, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(url.toHtmlEscaped(), text.toHtmlEscaped());
    };
    QString html = tr("Figestió Sync %1").arg(QString::fromUtf8(build::kVersion)).toHtmlEscaped() +
                   QStringLiteral(" · ") +
                   link(QString::fromUtf8(build::kSupportUrl), tr("Help and support"));
    if (!m_update.version.isEmpty())
        html += QStringLiteral("<br><b>") +
                tr("Version %1 is available.").arg(m_update.version).toHtmlEscaped() +
                QStringLiteral("</b> ") +
                link(m_update.downloadUrl.toString(QUrl::FullyEncoded), tr("Download it"));
    setText(html);
    setAccessibleName(tr("Version and updates"));
    setAccessibleDescription(m_update.version.isEmpty()
                                 ? tr("This version of Figestió Sync and where to get help.")
                                 : tr("A newer version is available, with its download link."));
}

} // namespace figestio
