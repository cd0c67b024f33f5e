// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Staging {

/**
 * A schematic of a Shuttle's rear panel showing where the two port stickers go: "LAN" above the
 * Ethernet port the stack uses, "BACKUP" above the USB port the backup disk goes in. Painted, so
 * that it follows the language and needs no image library.
 */
class PortStickerDiagram : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortStickerDiagram)

public:
    explicit PortStickerDiagram(QWidget *parent = nullptr);
    ~PortStickerDiagram() override;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Staging
