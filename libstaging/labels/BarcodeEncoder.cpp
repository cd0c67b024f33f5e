// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/BarcodeEncoder.h"

#include <cmath>
#include <memory>
#include <zint.h>

namespace Staging {

namespace {

struct ZintDeleter
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};

constexpr int QrEccMedium = 2; // 15 % of the symbol can be lost: a scratched box still scans

} // namespace

Expected<BarcodeSymbol> BarcodeEncoder::encode(BarcodeSymbol::Type type, const QString &text, Use use)
{
    const std::unique_ptr<zint_symbol, ZintDeleter> symbol(ZBarcode_Create());
    if (!symbol) {
        return Error::make(ErrorKind::Io, tr("Out of memory while encoding a barcode."));
    }
    symbol->symbology = type == BarcodeSymbol::Type::Qr ? BARCODE_QRCODE : BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->output_options |= BARCODE_QUIET_ZONES;
    symbol->show_hrt = 0; // the template prints the text itself, where it wants it
    symbol->warn_level = WARN_FAIL_ALL; // a warning (e.g. data changed to fit) would print a wrong code
    // zint's vector units are two per module at scale 1; at 0.5 one unit is one module.
    symbol->scale = 0.5f;
    const QByteArray utf8 = text.toUtf8();
    if (type == BarcodeSymbol::Type::Qr) {
        symbol->option_1 = QrEccMedium;
        bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        symbol->eci = ascii ? 0 : 26; // 26 = UTF-8; plain ASCII needs no ECI and every reader takes it
        if (use == Use::PrinterEncodes) {
            // Trying the eight masks is most of zint's time (about 0.2 ms a symbol). The version, and
            // so the size, does not depend on the mask, and the printer picks its own: take mask 0.
            symbol->option_3 = (0 + 1) << 8;
        }
    }
    const int status = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()), static_cast<int>(utf8.size()), 0);
    if (status != 0 || !symbol->vector) {
        return Error::make(ErrorKind::InvalidInput,
            tr("\"%1\" cannot be encoded as a %2: %3")
                .arg(text, type == BarcodeSymbol::Type::Qr ? tr("QR code") : tr("Code 128"),
                    QString::fromLatin1(symbol->errtxt)));
    }
    BarcodeSymbol result;
    result.type = type;
    result.widthModules = static_cast<int>(std::lround(symbol->vector->width));
    result.heightModules = type == BarcodeSymbol::Type::Qr ? static_cast<int>(std::lround(symbol->vector->height)) : 1;
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next) {
        const int x = static_cast<int>(std::lround(r->x));
        const int width = static_cast<int>(std::lround(r->width));
        if (type == BarcodeSymbol::Type::Qr) {
            result.bars.append(
                QRect(x, static_cast<int>(std::lround(r->y)), width, static_cast<int>(std::lround(r->height))));
        } else {
            result.bars.append(QRect(x, 0, width, 1));
        }
    }
    return result;
}

} // namespace Staging
