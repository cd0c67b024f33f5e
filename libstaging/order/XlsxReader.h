// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Staging {

/**
 * Reads the first sheet of an XLSX workbook in memory (QuaZip + QXmlStreamReader): the sheet found
 * through workbook.xml and its relationships, shared strings with rich-text runs, inline strings,
 * sparse rows and cells, merged cells filled with their top-left value, and numbers shown as the
 * sheet shows them (a "0000000000" format gives a DID its leading zero back). Zip bombs, DTDs
 * and oversized sheets are refused with a message naming the file.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(Staging::XlsxReader)

public:
    static Expected<SheetTable> read(const QByteArray &bytes, const QString &fileName);
};

} // namespace Staging
