#include "Icons.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>

// The .qrc lives in the static figestio-app library: its initializer must be referenced, or the
// linker drops it and no icon loads.
static void initResources() {
    Q_INIT_RESOURCE(resources);
}

namespace figestio::Icons {

namespace {
QIcon fromPngs(const QString &name, std::initializer_list<int> sizes) {
    static const bool initialized = (initResources(), true);
    Q_UNUSED(initialized);
    QIcon icon;
    for (int size : sizes) {
        const QString file = QStringLiteral(":/icons/png/%1-%2.png").arg(name).arg(size);
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    return icon;
}
} // namespace

QIcon app() {
    static const QIcon icon = fromPngs(QStringLiteral("app"), {16, 22, 24, 32, 48, 64, 128, 256});
    return icon;
}

QString trayName(Tray icon) {
    switch (icon) {
    case Tray::UpToDate:
        return QStringLiteral("uptodate");
    case Tray::Syncing:
        return QStringLiteral("syncing");
    case Tray::Paused:
        return QStringLiteral("paused");
    case Tray::Error:
        return QStringLiteral("error");
    case Tray::Offline:
        return QStringLiteral("offline");
    case Tray::SignedOut:
        break;
    }
    return QStringLiteral("signedout");
}

QIcon tray(Tray icon) {
    return fromPngs(QStringLiteral("tray-") + trayName(icon), {16, 22, 24, 32, 48, 64});
}

QPixmap statusMark(Mark kind, int size, qreal devicePixelRatio) {
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    const qreal s = size / 16.0; // glyphs are drawn on a 16-unit grid
    QPen white(Qt::white, 1.8 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    if (kind == Mark::Pending) {
        p.setPen(QPen(QColor(0x9C, 0xA3, 0xAF), 1.5 * s));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(s, s, -s, -s));
        return pixmap;
    }
    QColor fill;
    if (kind == Mark::Running)
        fill = QColor(0x25, 0x63, 0xEB);
    else if (kind == Mark::Done)
        fill = QColor(0x16, 0xA3, 0x4A);
    else if (kind == Mark::Warning)
        fill = QColor(0xD9, 0x77, 0x06);
    else
        fill = QColor(0xDC, 0x26, 0x26);
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(r);
    p.setPen(white);
    p.setBrush(Qt::NoBrush);
    if (kind == Mark::Running) {
        // Three dots: "in progress".
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        for (int i = -1; i <= 1; ++i)
            p.drawEllipse(QPointF(8 * s + i * 3.4 * s, 8 * s), 1.2 * s, 1.2 * s);
    } else if (kind == Mark::Done) {
        QPainterPath check;
        check.moveTo(4.6 * s, 8.3 * s);
        check.lineTo(7 * s, 10.6 * s);
        check.lineTo(11.4 * s, 5.8 * s);
        p.drawPath(check);
    } else {
        p.drawLine(QPointF(8 * s, 4.4 * s), QPointF(8 * s, 8.8 * s));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8 * s, 11.4 * s), 1.1 * s, 1.1 * s);
    }
    return pixmap;
}

} // namespace figestio::Icons
