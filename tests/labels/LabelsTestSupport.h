// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Order.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Staging::Test {

/** The longest name the bench has met; it must fit every label without touching a barcode. */
inline const QString LongName = QStringLiteral("Jean-Baptiste de La Rochefoucauld-Liancourt");

/** An order with accents, a long name, a softphone and phones with MACs, as the GUI saves it. */
Order labelsOrder();

/** What an external tool printed on stdout and how it ended. */
struct ToolRun
{
    int exitCode = -1;
    QString out;
};

/** Runs a program to the end (pdftoppm, zbarimg, pdftotext, stagingctl) with extra environment. */
ToolRun runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &extra = {});

/**
 * Rasterizes a PDF at dpi (a printer's resolution) as the printer would and decodes every barcode of every page with
 * zbarimg; returns "CODE-128:..." / "QR-Code:..." lines, page by page in reading order.
 */
QStringList decodePdf(const QString &pdfPath, int dpi = 300);
/** The text of a PDF, as pdftotext extracts it. */
QString pdfText(const QString &pdfPath);

} // namespace Staging::Test
