// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "labels/LabelLayout.h"
#include "labels/LabelMedia.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace Staging {

/**
 * Paints laid-out labels with QPainter on any paint device: QPdfWriter for files and CUPS, QImage
 * for previews. Barcodes are drawn module by module on whole printer dots; text is shrunk to fit
 * its box, then elided, so it never runs into a barcode.
 */
class LabelRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Staging::LabelRenderer)

public:
    /** A text as it will be drawn: the font, its lines (maybe elided) and their rectangle in device pixels. */
    struct FittedText
    {
        QFont font;
        QString text; // lines separated by '\n'
        QRectF rect;
        bool centered = false;
    };

    /** Fits a text of the layout into its box on a device of dpi dots per inch; origin is the label's corner. */
    static FittedText fitText(const LabelLayout::Text &text, const QPointF &originPx, double dpi, QPaintDevice *device);
    /** Paints one label with its top-left corner at originPx; returns the text as drawn. */
    static QList<FittedText> paint(QPainter &painter, const LabelLayout &label, const QPointF &originPx, double dpi);
    /** A preview for the GUI: the label on white at the given resolution (its printer's when 0). */
    static QImage toImage(const LabelLayout &label, int dpi = 0);
    /**
     * One page per label, or sheets of labels for office media, on a paged device already set to
     * `resolution` dots per inch: a QPdfWriter (toPdf) or the GUI's QPrinter for CUPS queues.
     */
    static Status paintPages(
        QPagedPaintDevice &device, int resolution, const QList<LabelLayout> &labels, const LabelMedia &media);
    /** One PDF page per label, or sheets of labels for office media; the file is complete or untouched. */
    static Status toPdf(const QList<LabelLayout> &labels, const LabelMedia &media, const QString &path);
};

} // namespace Staging
