// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelPrinter.h"

#include "labels/LabelRenderer.h"

#include <QPrinter>

namespace Staging {

Status LabelPrinter::print(QPrinter &printer, const QList<LabelLayout> &labels, const LabelMedia &media)
{
    if (labels.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("There is no label to print."));
    }
    // Ask for the label printer's own resolution so that barcode modules stay whole dots; a
    // driver may round it, so paint at whatever it granted.
    printer.setResolution(labels.first().dpi);
    printer.setFullPage(true);
    printer.setDocName(tr("Labels"));
    if (const Status painted = LabelRenderer::paintPages(printer, printer.resolution(), labels, media); !painted) {
        return Error::make(
            ErrorKind::Io, tr("Cannot print on %1: %2").arg(printer.printerName(), painted.error().message));
    }
    if (printer.printerState() == QPrinter::Error) {
        return Error::make(ErrorKind::Io, tr("The printer %1 reported an error.").arg(printer.printerName()));
    }
    return Done {};
}

} // namespace Staging
