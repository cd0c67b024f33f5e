// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "labels/LabelLayout.h"
#include "labels/LabelMedia.h"

#include <QCoreApplication>
#include <QList>

class QPrinter;

namespace Staging {

/**
 * Labels to a printer the print dialog chose: a CUPS queue (Brother QL, office printer with A4
 * sheets) or a PDF file. Lives in the GUI library because QtPrintSupport brings QtWidgets, which
 * stagingctl must not load; the pages themselves are LabelRenderer's, as for PDF files.
 */
class LabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Staging::LabelPrinter)

public:
    static Status print(QPrinter &printer, const QList<LabelLayout> &labels, const LabelMedia &media);
};

} // namespace Staging
