// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/ZplWriter.h"

#include <cmath>

namespace Staging {

namespace {

// Font 0 (scalable, condensed) averages about 0.55 of its height per character; the printer does
// not tell us the width, so the fit is estimated from this and kept on the safe side.
constexpr double CharWidthPerHeight = 0.55;

QByteArray number(int n)
{
    return QByteArray::number(n);
}

} // namespace

QByteArray ZplWriter::escapeField(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x7f || c == '_' || c == '^' || c == '~') {
            out += '_';
            out += QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
        } else {
            out += c;
        }
    }
    return out;
}

ZplWriter::FittedText ZplWriter::fitText(
    const QString &text, int boxWidthDots, int boxHeightDots, int minHeightDots, int maxLines)
{
    const auto length = static_cast<double>(std::max<qsizetype>(text.size(), 1));
    // Wrapping at spaces leaves the ends of lines empty: count on 85 % of the block.
    const auto capacity = [boxWidthDots](int lines) { return boxWidthDots * lines * (lines == 1 ? 1.0 : 0.85); };
    FittedText best;
    for (int lines = 1; lines <= maxLines; ++lines) {
        const int lineHeight = boxHeightDots / lines;
        const int height =
            std::min(lineHeight, static_cast<int>(std::floor(capacity(lines) / (length * CharWidthPerHeight))));
        if (height >= std::min(minHeightDots, lineHeight) && height > best.heightDots * LabelLayout::WrapGain) {
            best = FittedText { height, lines, text };
        }
    }
    if (best.heightDots > 0) {
        return best;
    }
    const int lines = maxLines;
    const int height = std::min(minHeightDots, boxHeightDots / lines);
    const auto fits = static_cast<qsizetype>(std::floor(capacity(lines) / (height * CharWidthPerHeight)));
    return FittedText { height, lines, text.left(std::max<qsizetype>(fits - 3, 0)) + QStringLiteral("...") };
}

QByteArray ZplWriter::writeLabel(const LabelLayout &label)
{
    const double dotsPerMm = label.dpi / 25.4;
    const auto dots = [dotsPerMm](double mm) { return static_cast<int>(std::lround(mm * dotsPerMm)); };
    QByteArray zpl;
    zpl += "^XA\n^CI28\n^PW" + number(dots(label.sizeMm.width())) + "\n^LL" + number(dots(label.sizeMm.height()))
        + "\n^LH0,0\n";
    for (const LabelLayout::Text &t : label.texts) {
        if (t.text.isEmpty()) {
            continue;
        }
        const int width = dots(t.boxMm.width());
        const int boxHeight = dots(t.boxMm.height());
        const FittedText fitted = fitText(t.text, width, boxHeight, dots(LabelLayout::MinTextHeightMm), t.maxLines);
        // ^FB wraps onto its lines, aligns them and clips the rest; the block is centred in its box.
        const int top = dots(t.boxMm.y()) + (boxHeight - fitted.lines * fitted.heightDots) / 2;
        zpl += "^FO" + number(dots(t.boxMm.x())) + ',' + number(top) + "^A0N," + number(fitted.heightDots) + ','
            + number(fitted.heightDots) + "^FB" + number(width) + ',' + number(fitted.lines) + ",0,"
            + (t.centered ? 'C' : 'L') + ",0^FH^FD" + escapeField(fitted.text) + "^FS\n";
    }
    for (const LabelLayout::Barcode &b : label.barcodes) {
        // ^FO is where the first dark module goes: the quiet zone stays blank around it.
        const int firstX = b.symbol.bars.isEmpty() ? 0 : b.symbol.bars.first().x();
        if (b.symbol.type == BarcodeSymbol::Type::Code128) {
            zpl += "^FO" + number(b.dots.x() + firstX * b.moduleDots) + ',' + number(b.dots.y()) + "^BY"
                + number(b.moduleDots) + "^BCN," + number(b.dots.height()) + ",N,N,N,A^FH^FD" + escapeField(b.data)
                + "^FS\n";
        } else {
            // QR needs its mode prefix: M = error correction 15 %, A = automatic input.
            const int quiet = b.symbol.bars.isEmpty() ? 0 : b.symbol.bars.first().y();
            zpl += "^FO" + number(b.dots.x() + quiet * b.moduleDots) + ',' + number(b.dots.y() + quiet * b.moduleDots)
                + "^BQN,2," + number(std::clamp(b.moduleDots, 1, 10)) + "^FH^FDMA," + escapeField(b.data) + "^FS\n";
        }
    }
    zpl += "^XZ\n";
    return zpl;
}

QByteArray ZplWriter::write(const QList<LabelLayout> &labels)
{
    QByteArray zpl;
    for (const LabelLayout &label : labels) {
        zpl += writeLabel(label);
    }
    return zpl;
}

} // namespace Staging
