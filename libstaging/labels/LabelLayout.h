// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "labels/BarcodeSymbol.h"
#include "labels/LabelData.h"
#include "labels/LabelMedia.h"
#include "labels/LabelTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Staging {

/**
 * One label placed on one medium, in device-independent units: text boxes in millimetres,
 * barcodes in whole dots of the printer so that every module is a whole number of dots wide (a
 * module of 2.5 dots prints as 2 or 3 and scanners misread it). The PDF/image renderer and the
 * ZPL writer both draw from this.
 */
struct LabelLayout
{
    Q_DECLARE_TR_FUNCTIONS(Staging::LabelLayout)

public:
    struct Text
    {
        QRectF boxMm; // the text must stay inside: shrunk, then elided
        QString text;
        bool bold = false;
        bool centered = false;
        int maxLines = 1;
    };
    struct Barcode
    {
        QString data;
        BarcodeSymbol symbol;
        int moduleDots = 0; // printer dots per module
        QRect dots; // where the symbol goes, quiet zones included, in printer dots from the label's corner
    };

    /** Text shrinks to fit down to this height (about 5 pt, legible at 203 dpi), then is elided. */
    static constexpr double MinTextHeightMm = 1.8;
    /** A text wraps onto one more line only when that makes its font this much larger: one line reads best. */
    static constexpr double WrapGain = 1.25;

    LabelKind kind = LabelKind::Handset;
    QString subject;
    QSizeF sizeMm;
    int dpi = 300;
    QList<Text> texts;
    QList<Barcode> barcodes;

    /** Fails when a required field is unknown or a barcode does not fit its box at one dot per module. */
    static Expected<LabelLayout> build(
        const LabelTemplate &labelTemplate, const LabelMedia &media, const LabelData &data);
    /** The barcode's rectangle in millimetres, for checks against text boxes. */
    QRectF barcodeMm(const Barcode &barcode) const;
};

} // namespace Staging
