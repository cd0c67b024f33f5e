// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/BarcodeEncoder.h"

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
    const bool qr = type == BarcodeSymbol::Type::Qr;
    symbol->symbology = qr ? BARCODE_QRCODE : BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->warn_level = WARN_FAIL_ALL; // a warning (e.g. data changed to fit) would print a wrong code
    const QByteArray utf8 = text.toUtf8();
    if (qr) {
        symbol->option_1 = QrEccMedium;
        bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        symbol->eci = ascii ? 0 : 26; // 26 = UTF-8; plain ASCII needs no ECI and every reader takes it
        if (use == Use::PrinterEncodes) {
            // Trying the eight masks is most of zint's time (about 0.2 ms a symbol). The version, and
            // so the size, does not depend on the mask, and the printer picks its own: take mask 0.
            symbol->option_3 = (0 + 1) << 8;
        }
    }
    // Only the module grid is needed, not zint's raster or vector output (which allocates per bar).
    const int status = ZBarcode_Encode(
        symbol.get(), reinterpret_cast<const unsigned char *>(utf8.constData()), static_cast<int>(utf8.size()));
    if (status != 0 || symbol->rows < 1 || symbol->width < 1) {
        return Error::make(ErrorKind::InvalidInput,
            tr("\"%1\" cannot be encoded as a %2: %3")
                .arg(text, qr ? tr("QR code") : tr("Code 128"), QString::fromLatin1(symbol->errtxt)));
    }
    // The standards' quiet zones: 10 modules on each side of Code 128, 4 all around a QR code.
    const int quiet = qr ? 4 : 10;
    BarcodeSymbol result;
    result.type = type;
    result.widthModules = symbol->width + 2 * quiet;
    result.heightModules = qr ? symbol->rows + 2 * quiet : 1;
    // encoded_data holds one bit per module, eight modules a byte, lowest bit first; runs of dark
    // modules of a row become one bar.
    const auto dark = [&symbol](
                          int row, int column) { return (symbol->encoded_data[row][column >> 3] >> (column & 7)) & 1; };
    for (int row = 0; row < symbol->rows; ++row) {
        for (int column = 0; column < symbol->width;) {
            if (!dark(row, column)) {
                ++column;
                continue;
            }
            const int first = column;
            while (column < symbol->width && dark(row, column)) {
                ++column;
            }
            result.bars.append(QRect(quiet + first, qr ? quiet + row : 0, column - first, 1));
        }
    }
    return result;
}

} // namespace Staging
