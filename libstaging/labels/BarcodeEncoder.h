// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "labels/BarcodeSymbol.h"

#include <QCoreApplication>
#include <QString>

namespace Staging {

/**
 * Encodes with libzint, which knows the symbologies' rules (Code 128 subsets, QR versions and
 * masks); its module grid is plain data, so this stays headless.
 */
class BarcodeEncoder
{
    Q_DECLARE_TR_FUNCTIONS(Staging::BarcodeEncoder)

public:
    enum class Use
    {
        Draw, // we draw every module: the QR mask is chosen by the standard's penalty rules
        PrinterEncodes, // a Zebra encodes the symbol from ^BQ itself: only the size matters
    };

    /** Text is encoded as UTF-8; a QR code with non-ASCII text says so with ECI 26. */
    static Expected<BarcodeSymbol> encode(BarcodeSymbol::Type type, const QString &text, Use use = Use::Draw);
};

} // namespace Staging
