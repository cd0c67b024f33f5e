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
    /** How a text goes into its ^FB field block. */
    struct FittedText
    {
        int heightDots = 0; // font height
        int lines = 1; // lines of the block; the printer wraps at spaces
        QString text; // elided with "..." when it does not fit at minHeightDots
    };
    /** The printer does not tell the width of its font: the fit is estimated, on the safe side. */
    static FittedText fitText(
        const QString &text, int boxWidthDots, int boxHeightDots, int minHeightDots, int maxLines);
};

} // namespace Staging
