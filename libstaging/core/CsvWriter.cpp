// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CsvWriter.h"

namespace Staging {

CsvWriter::CsvWriter(QTextStream &out, QChar separator)
    : m_out(out)
    , m_separator(separator)
{
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            m_out << m_separator;
        }
        m_out << escape(cells.at(i), m_separator);
    }
    m_out << QLatin1String("\r\n");
}

QString CsvWriter::escape(const QString &cell, QChar separator)
{
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.at(0))) {
        return quote(QLatin1Char('\'') + cell, separator);
    }
    return quote(cell, separator);
}

QString CsvWriter::quote(const QString &cell, QChar separator)
{
    const bool quoted = cell.contains(separator) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'));
    if (!quoted) {
        return cell;
    }
    QString value = cell;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace Staging
