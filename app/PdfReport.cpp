// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextDocument>

namespace Staging {

PdfReport::PdfReport(const QString &title)
    : m_title(title)
{
    m_html = QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
}

void PdfReport::addHeading(const QString &text)
{
    m_html += QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

void PdfReport::addParagraph(const QString &text)
{
    m_html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

void PdfReport::addTable(const QStringList &headers, const QList<QStringList> &rows)
{
    m_html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='2'><tr>");
    for (const QString &header : headers) {
        m_html += QStringLiteral("<th>%1</th>").arg(header.toHtmlEscaped());
    }
    m_html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        m_html += QStringLiteral("<tr>");
        for (const QString &text : row) {
            m_html += QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
        }
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</table>");
}

void PdfReport::addTable(const QAbstractItemModel &model)
{
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column) {
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    }
    QList<QStringList> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column) {
            cells.append(model.index(row, column).data().toString());
        }
        rows.append(cells);
    }
    addTable(headers, rows);
}

Status PdfReport::write(const QString &path, QPageLayout::Orientation orientation) const
{
    {
        QPdfWriter writer(path);
        writer.setTitle(m_title);
        writer.setPageOrientation(orientation);
        QTextDocument document;
        document.setHtml(m_html);
        document.print(&writer);
    }
    // QPdfWriter says nothing when it cannot open its file: the file itself tells.
    if (QFileInfo(path).size() <= 0) {
        return Error::make(ErrorKind::Io, tr("Could not write %1.").arg(path));
    }
    return Done {};
}

} // namespace Staging
