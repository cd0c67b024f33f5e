// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelRenderer.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace Staging {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double ShrinkStep = 0.92;

QFont labelFont(bool bold, double pixelHeight)
{
    // DejaVu Sans has every French accent and ships with Debian's fontconfig default.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setBold(bold);
    font.setPixelSize(std::max(1, static_cast<int>(std::floor(pixelHeight))));
    return font;
}

// Greedy word wrap onto at most maxLines lines; empty when the text does not fit that way.
QStringList wrapWords(const QString &text, const QFontMetricsF &metrics, double width, int maxLines)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (line.isEmpty() || metrics.horizontalAdvance(word) > width) {
            return {};
        }
        lines.append(line);
        line = word;
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines.size() <= maxLines ? lines : QStringList();
}

} // namespace

LabelRenderer::FittedText LabelRenderer::fitText(
    const LabelLayout::Text &text, const QPointF &originPx, double dpi, QPaintDevice *device)
{
    const double pxPerMm = dpi / MmPerInch;
    const QRectF box(originPx.x() + text.boxMm.x() * pxPerMm, originPx.y() + text.boxMm.y() * pxPerMm,
        text.boxMm.width() * pxPerMm, text.boxMm.height() * pxPerMm);
    const double minPx = LabelLayout::MinTextHeightMm * pxPerMm;

    // The largest font at which the text fits on 1, then 2... lines; the line height (ascent +
    // descent) counts, so that accents and descenders stay inside the box too.
    QFont bestFont;
    QStringList bestLines;
    double bestHeight = 0;
    for (int lines = 1; lines <= text.maxLines; ++lines) {
        double firstFit = 0;
        for (double size = box.height() / lines; size >= 1; size *= ShrinkStep) {
            const QFont font = labelFont(text.bold, size);
            const QFontMetricsF metrics(font, device);
            if (metrics.height() * lines > box.height()) {
                continue;
            }
            firstFit = firstFit > 0 ? firstFit : size;
            if (size < std::min(minPx, firstFit)) {
                break; // smaller would not be legible
            }
            const QStringList wrapped = wrapWords(text.text, metrics, box.width(), lines);
            if (!wrapped.isEmpty()) {
                if (metrics.height() > bestHeight * LabelLayout::WrapGain) {
                    bestFont = font;
                    bestLines = wrapped;
                    bestHeight = metrics.height();
                }
                break;
            }
        }
    }
    if (bestLines.isEmpty()) {
        // Too long even at the smallest legible size: fill the lines, elide the last one.
        const int lines = text.maxLines;
        bestFont = labelFont(text.bold, std::max(std::min(minPx, box.height() / lines), 1.0));
        QFontMetricsF metrics(bestFont, device);
        while (metrics.height() * lines > box.height() && bestFont.pixelSize() > 1) {
            bestFont.setPixelSize(bestFont.pixelSize() - 1);
            metrics = QFontMetricsF(bestFont, device);
        }
        QStringList words = text.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int line = 0; line < lines - 1 && !words.isEmpty(); ++line) {
            QString current = words.takeFirst();
            while (!words.isEmpty()
                && metrics.horizontalAdvance(current + QLatin1Char(' ') + words.first()) <= box.width()) {
                current += QLatin1Char(' ') + words.takeFirst();
            }
            bestLines.append(metrics.elidedText(current, Qt::ElideRight, box.width()));
        }
        if (!words.isEmpty()) {
            bestLines.append(metrics.elidedText(words.join(QLatin1Char(' ')), Qt::ElideRight, box.width()));
        }
        bestHeight = metrics.height();
    }
    const QFontMetricsF metrics(bestFont, device);
    double width = 0;
    for (const QString &line : std::as_const(bestLines)) {
        width = std::max(width, std::min(metrics.horizontalAdvance(line), box.width()));
    }
    const double height = bestHeight * bestLines.size();
    const double x = text.centered ? box.x() + (box.width() - width) / 2 : box.x();
    const double y = box.y() + (box.height() - height) / 2;
    return FittedText { bestFont, bestLines.join(QLatin1Char('\n')), QRectF(x, y, width, height), text.centered };
}

QList<LabelRenderer::FittedText> LabelRenderer::paint(
    QPainter &painter, const LabelLayout &label, const QPointF &originPx, double dpi)
{
    QList<FittedText> drawn;
    painter.save();
    painter.setPen(Qt::black);
    for (const LabelLayout::Text &t : label.texts) {
        if (t.text.isEmpty()) {
            continue;
        }
        FittedText fitted = fitText(t, originPx, dpi, painter.device());
        painter.setFont(fitted.font);
        const QFontMetricsF metrics(fitted.font, painter.device());
        double baseline = fitted.rect.y() + metrics.ascent();
        for (const QString &line : fitted.text.split(QLatin1Char('\n'))) {
            const double indent = fitted.centered ? (fitted.rect.width() - metrics.horizontalAdvance(line)) / 2 : 0;
            painter.drawText(QPointF(fitted.rect.x() + std::max(indent, 0.0), baseline), line);
            baseline += metrics.height();
        }
        drawn.append(fitted);
    }
    // Bars on whole printer dots: on a device at the printer's resolution every edge is a pixel edge.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double pxPerDot = dpi / label.dpi;
    for (const LabelLayout::Barcode &b : label.barcodes) {
        const double moduleHeight = b.symbol.type == BarcodeSymbol::Type::Qr ? b.moduleDots : b.dots.height();
        for (const QRect &bar : b.symbol.bars) {
            painter.fillRect(QRectF(originPx.x() + (b.dots.x() + bar.x() * b.moduleDots) * pxPerDot,
                                 originPx.y() + (b.dots.y() + bar.y() * b.moduleDots) * pxPerDot,
                                 bar.width() * b.moduleDots * pxPerDot, bar.height() * moduleHeight * pxPerDot),
                Qt::black);
        }
    }
    painter.restore();
    return drawn;
}

QImage LabelRenderer::toImage(const LabelLayout &label, int dpi)
{
    const int resolution = dpi > 0 ? dpi : label.dpi;
    const double pxPerMm = resolution / MmPerInch;
    QImage image(static_cast<int>(std::lround(label.sizeMm.width() * pxPerMm)),
        static_cast<int>(std::lround(label.sizeMm.height() * pxPerMm)), QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(pxPerMm * 1000)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(pxPerMm * 1000)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, label, QPointF(0, 0), resolution);
    return image;
}

Status LabelRenderer::paintPages(
    QPagedPaintDevice &device, int resolution, const QList<LabelLayout> &labels, const LabelMedia &media)
{
    if (labels.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("There is no label to print."));
    }
    const auto pageFor = [&media](const LabelLayout &label) {
        const QSizeF size = media.sheet ? media.sheetLayout.pageMm : label.sizeMm;
        return QPageSize(size, QPageSize::Millimeter, media.name, QPageSize::ExactMatch);
    };
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    device.setPageSize(pageFor(labels.first()));
    QPainter painter;
    if (!painter.begin(&device)) {
        return Error::make(ErrorKind::Io, tr("The printer or the file could not be started."));
    }
    const double pxPerMm = resolution / MmPerInch;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const LabelLayout &label = labels.at(i);
        QPointF originMm(0, 0);
        if (media.sheet) {
            const qsizetype slot = i % media.sheetLayout.labelsPerPage();
            if (slot == 0 && i > 0) {
                device.newPage();
            }
            originMm = media.sheetLayout.firstLabelMm
                + QPointF((slot % media.sheetLayout.columns) * media.sheetLayout.pitchMm.width(),
                    static_cast<double>(slot / media.sheetLayout.columns) * media.sheetLayout.pitchMm.height());
        } else if (i > 0) {
            device.setPageSize(pageFor(label));
            device.newPage();
        }
        paint(painter, label, originMm * pxPerMm, resolution);
    }
    painter.end();
    return Done {};
}

Status LabelRenderer::toPdf(const QList<LabelLayout> &labels, const LabelMedia &media, const QString &path)
{
    if (labels.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("There is no label to print."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Staging Workbench"));
        writer.setTitle(tr("Labels"));
        // Device pixels are printer dots: the barcodes' whole-dot geometry survives into the PDF.
        writer.setResolution(labels.first().dpi);
        if (const Status painted = paintPages(writer, writer.resolution(), labels, media); !painted) {
            file.cancelWriting();
            return Error::make(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, painted.error().message));
        }
    }
    if (!file.commit()) {
        return Error::make(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return Done {};
}

} // namespace Staging
