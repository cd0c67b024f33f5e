// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels/LabelLayout.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Staging {

/**
 * ZPL II for Zebra printers: one ^XA...^XZ format per label, UTF-8 field data (^CI28), every
 * field hex-escaped with ^FH so that a "^" or "~" in a customer's name cannot become a command.
 * The output is plain ASCII.
 */
class ZplWriter
{
public:
    static QByteArray write(const QList<LabelLayout> &labels);
    static QByteArray writeLabel(const LabelLayout &label);
    /** The field data to put after ^FH^FD: "_", "^", "~", control and non-ASCII bytes as _XX. */
    static QByteArray escapeField(const QString &text);
    /** The font height in dots and the text (elided with "..." below minHeightDots) that fit a box. */
    static std::pair<int, QString> fitText(const QString &text, int boxWidthDots, int boxHeightDots, int minHeightDots);
};

} // namespace Staging
