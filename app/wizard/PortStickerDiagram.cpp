// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PortStickerDiagram.h"

#include <QList>
#include <QPainter>

#include <algorithm>

namespace Staging {

PortStickerDiagram::PortStickerDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("portStickerDiagram"));
    setMinimumSize(320, 150);
    setToolTip(tr("Rear panel: the LAN sticker above the Ethernet port, the BACKUP sticker above the USB port "
                  "for the backup disk."));
}

PortStickerDiagram::~PortStickerDiagram() = default;

QSize PortStickerDiagram::sizeHint() const
{
    return { 420, 180 };
}

void PortStickerDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Drawn in a 420 x 180 frame, scaled to the widget keeping proportions.
    const qreal scale = std::min(width() / 420.0, height() / 180.0);
    p.translate((width() - 420 * scale) / 2, (height() - 180 * scale) / 2);
    p.scale(scale, scale);

    const QColor metal(0xd8, 0xd8, 0xd8);
    const QColor port(0x40, 0x40, 0x40);
    const QColor sticker(0xff, 0xd5, 0x4f);
    const QPen outline(QColor(0x30, 0x30, 0x30), 2);

    // The chassis seen from behind.
    p.setPen(outline);
    p.setBrush(metal);
    p.drawRoundedRect(QRectF(10, 60, 400, 100), 8, 8);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(10, 162, 400, 18), Qt::AlignCenter, tr("Rear panel"));

    // Power jack, HDMI, two USB, the Ethernet port, two more USB.
    p.setPen(outline);
    p.setBrush(port);
    p.drawEllipse(QPointF(40, 120), 10, 10);
    p.drawRect(QRectF(70, 110, 36, 14));
    const QList<qreal> usbX { 125, 155, 285, 315 };
    for (const qreal x : usbX) {
        p.drawRect(QRectF(x, 112, 22, 10));
    }
    const QRectF ethernet(200, 102, 34, 30);
    p.drawRect(ethernet);
    const QRectF backupUsb(285, 112, 22, 10); // the first USB port right of the Ethernet port

    // The stickers just above their ports, with a leader line so that nobody hesitates.
    const auto drawSticker = [&](const QRectF &target, const QString &text, qreal labelX) {
        const QRectF label(labelX, 12, 90, 26);
        p.setPen(outline);
        p.setBrush(sticker);
        p.drawRoundedRect(label, 4, 4);
        p.drawText(label, Qt::AlignCenter, text);
        p.setBrush(Qt::NoBrush);
        QPen dashed(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(label.center().x(), label.bottom()), QPointF(target.center().x(), target.top() - 4));
        p.drawRect(target.adjusted(-4, -4, 4, 4));
    };
    drawSticker(ethernet, tr("LAN", "text printed on the Ethernet port sticker"), 172);
    drawSticker(backupUsb, tr("BACKUP", "text printed on the backup USB port sticker"), 300);
}

} // namespace Staging
