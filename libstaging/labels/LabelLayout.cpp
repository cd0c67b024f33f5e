// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelLayout.h"

#include "labels/BarcodeEncoder.h"

#include <QRegularExpression>

#include <cmath>

namespace Staging {

namespace {

QString fieldLabel(const QString &field)
{
    const char *context = "Staging::LabelLayout";
    if (field == QLatin1String("mac")) {
        return QCoreApplication::translate(context, "the phone's MAC address (scan it first)");
    }
    if (field == QLatin1String("serial")) {
        return QCoreApplication::translate(context, "the Shuttle's serial number (scan it in the hardware step)");
    }
    if (field == QLatin1String("order")) {
        return QCoreApplication::translate(context, "the order id");
    }
    return QCoreApplication::translate(context, "the field {%1}").arg(field);
}

QString kindLabel(LabelKind kind)
{
    const char *context = "Staging::LabelLayout";
    switch (kind) {
    case LabelKind::Handset:
        return QCoreApplication::translate(context, "handset");
    case LabelKind::Box:
        return QCoreApplication::translate(context, "box");
    case LabelKind::ShuttlePorts:
        return QCoreApplication::translate(context, "Shuttle port");
    case LabelKind::ShuttleBox:
        return QCoreApplication::translate(context, "Shuttle box");
    case LabelKind::KeySheet:
        return QCoreApplication::translate(context, "key sheet");
    }
    Q_UNREACHABLE();
}

} // namespace

Expected<LabelLayout> LabelLayout::build(
    const LabelTemplate &labelTemplate, const LabelMedia &media, const LabelData &data)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z0-9_]*)\\}")); // {key_1} too
    LabelLayout layout;
    layout.kind = data.kind;
    layout.subject = data.subject;
    layout.sizeMm = media.labelSizeMm(labelTemplate.continuousLengthMm);
    layout.dpi = media.dpi;
    const QRectF printable(media.marginMm, media.marginMm, layout.sizeMm.width() - 2 * media.marginMm,
        layout.sizeMm.height() - 2 * media.marginMm);
    const double dotsPerMm = media.dotsPerMm();

    for (const LabelTemplate::Element &e : labelTemplate.elements) {
        QString missing;
        QString value;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(e.content); it.hasNext();) {
            const auto match = it.next();
            value += QStringView(e.content).mid(last, match.capturedStart() - last);
            const QString field = match.captured(1);
            const auto found = data.fields.constFind(field);
            if (found == data.fields.cend() || found->isEmpty()) {
                if (e.required.contains(field) && missing.isEmpty()) {
                    missing = field;
                }
            } else {
                value += *found;
            }
            last = match.capturedEnd();
        }
        value += QStringView(e.content).mid(last);
        if (!missing.isEmpty()) {
            return Error::make(ErrorKind::InvalidInput,
                tr("Cannot print the %1 label for %2: %3 is not known.")
                    .arg(kindLabel(data.kind), data.subject, fieldLabel(missing)));
        }
        const QRectF boxMm(printable.x() + e.box.x() * printable.width(),
            printable.y() + e.box.y() * printable.height(), e.box.width() * printable.width(),
            e.box.height() * printable.height());
        if (!e.isBarcode()) {
            layout.texts.append(Text { boxMm, value.trimmed(), e.bold, e.centered, e.maxLines });
            continue;
        }
        if (value.isEmpty()) {
            continue; // a barcode whose fields are all unknown and not required is left out
        }
        const auto type =
            e.type == LabelTemplate::Element::Type::Qr ? BarcodeSymbol::Type::Qr : BarcodeSymbol::Type::Code128;
        auto symbol = BarcodeEncoder::encode(
            type, value, media.zpl ? BarcodeEncoder::Use::PrinterEncodes : BarcodeEncoder::Use::Draw);
        if (!symbol) {
            return Error::make(symbol.error().kind,
                tr("Cannot print the %1 label for %2: %3")
                    .arg(kindLabel(data.kind), data.subject, symbol.error().message));
        }
        // The box in whole dots, inside the element's box.
        const int left = static_cast<int>(std::ceil(boxMm.left() * dotsPerMm));
        const int top = static_cast<int>(std::ceil(boxMm.top() * dotsPerMm));
        const int width = static_cast<int>(std::floor(boxMm.right() * dotsPerMm)) - left;
        const int height = static_cast<int>(std::floor(boxMm.bottom() * dotsPerMm)) - top;
        int moduleDots = width / symbol->widthModules;
        if (type == BarcodeSymbol::Type::Qr) {
            moduleDots = std::min(moduleDots, height / symbol->heightModules);
        }
        if (moduleDots < 1) {
            return Error::make(ErrorKind::InvalidInput,
                tr("The %1 label for %2 does not fit on %3: the barcode of \"%4\" needs %5 dots and the box has %6.")
                    .arg(kindLabel(data.kind), data.subject, media.name, value)
                    .arg(symbol->widthModules)
                    .arg(width));
        }
        const int symbolWidth = symbol->widthModules * moduleDots;
        const int symbolHeight = type == BarcodeSymbol::Type::Qr ? symbol->heightModules * moduleDots : height;
        const QRect dots(
            left + (width - symbolWidth) / 2, top + (height - symbolHeight) / 2, symbolWidth, symbolHeight);
        layout.barcodes.append(Barcode { value, std::move(symbol).value(), moduleDots, dots });
    }
    return layout;
}

QRectF LabelLayout::barcodeMm(const Barcode &barcode) const
{
    const double mmPerDot = 25.4 / dpi;
    return QRectF(barcode.dots.x() * mmPerDot, barcode.dots.y() * mmPerDot, barcode.dots.width() * mmPerDot,
        barcode.dots.height() * mmPerDot);
}

} // namespace Staging
