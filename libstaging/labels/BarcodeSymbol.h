// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>

namespace Staging {

/**
 * A barcode as a grid of modules: the dark rectangles, in whole modules, quiet zones included.
 * Drawing it is a matter of choosing how many printer dots one module takes.
 */
struct BarcodeSymbol
{
    enum class Type
    {
        Code128,
        Qr,
    };
    Type type = Type::Code128;
    int widthModules = 0;
    int heightModules = 0; // 1 for Code 128: its bars are stretched to the height of their box
    QList<QRect> bars;
};

} // namespace Staging
