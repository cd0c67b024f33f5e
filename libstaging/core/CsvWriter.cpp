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
    QString value = cell;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.at(0))) {
        value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(separator) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote) {
        return value;
    }
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace Staging
