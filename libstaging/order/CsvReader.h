// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Staging {

/**
 * Reads a CSV plan as customers export it: the encoding detected (BOM, then strict UTF-8, then
 * Windows-1252, never Latin-1), the delimiter sniffed among ';' ',' and tab, RFC 4180 quoting
 * with delimiters and line breaks inside quotes, CRLF, LF or CR line ends. rows[i] is record i + 1.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Staging::CsvReader)

public:
    static Expected<SheetTable> read(const QByteArray &bytes, const QString &fileName);
};

} // namespace Staging
