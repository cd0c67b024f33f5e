// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * A spreadsheet as text cells, whatever file it came from. rows[i] is the row the customer sees
 * as number i + 1 (empty rows are kept so numbers match Excel and LibreOffice); a row may be
 * shorter than others (sparse cells). Numeric XLSX cells are already formatted as the sheet
 * displays them (zero-padding formats applied), never as floating point noise.
 */
struct SheetTable
{
    QList<QStringList> rows;
    QString fileName; // as given by the user, for messages
    QString format; // "csv" or "xlsx"
    QString encoding; // CSV: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "windows-1252"
    QChar delimiter; // CSV only
    QString sheetName; // XLSX only
};

} // namespace Staging
