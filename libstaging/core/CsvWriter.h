// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Staging {

/**
 * Writes RFC 4180 CSV (comma, CRLF, quotes doubled) for exports a supervisor opens in a
 * spreadsheet; a semicolon instead of the comma for a French spreadsheet, which splits on it. A cell starting with = +
 * - @ or a tab is prefixed with an apostrophe so that a spreadsheet never runs it as a formula (CSV injection): job log
 * details come from customers' files.
 */
class CsvWriter
{
public:
    explicit CsvWriter(QTextStream &out, QChar separator = QLatin1Char(','));
    void writeRow(const QStringList &cells);

    static QString escape(const QString &cell, QChar separator = QLatin1Char(','));
    /** RFC 4180 quoting only, for CSV a program reads (the cell is sent as it is, formula or not). */
    static QString quote(const QString &cell, QChar separator = QLatin1Char(','));

private:
    QTextStream &m_out;
    QChar m_separator;
};

} // namespace Staging
