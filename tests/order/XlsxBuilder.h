// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

#include <utility>

namespace Staging::Test {

/**
 * Writes XLSX workbooks for tests from hand-written XML parts: parts in, zip bytes out. By default
 * a one-sheet workbook (content types, xl/workbook.xml, its relationships, the sheet and, when
 * given, shared strings and styles); setPart() adds or replaces any part verbatim, removePart()
 * drops one, so broken workbooks are as easy to write as good ones.
 */
class XlsxBuilder
{
public:
    /** The first sheet: its XML, the name workbook.xml gives it and its target relative to xl/. */
    XlsxBuilder &setSheet(const QByteArray &worksheetXml, const QString &name = QStringLiteral("Plan"),
        const QString &target = QStringLiteral("worksheets/sheet1.xml"));
    XlsxBuilder &setSharedStrings(
        const QByteArray &sstXml, const QString &target = QStringLiteral("sharedStrings.xml"));
    XlsxBuilder &setStyles(const QByteArray &stylesXml, const QString &target = QStringLiteral("styles.xml"));
    /** Any part, written as given; it wins over the part the builder would generate. */
    XlsxBuilder &setPart(const QString &path, const QByteArray &data);
    XlsxBuilder &removePart(const QString &path);

    QByteArray build() const;

    /** A zip of exactly these entries, in this order. */
    static QByteArray zip(const QList<std::pair<QString, QByteArray>> &parts);

    /** <worksheet><sheetData>rows</sheetData>tail</worksheet> in the SpreadsheetML namespace. */
    static QByteArray worksheet(const QByteArray &rows, const QByteArray &tail = {});
    /** <sst> with one <si> per item; each item is the inner XML of its <si> (e.g. "<t>Site</t>"). */
    static QByteArray sharedStrings(const QByteArrayList &items);
    /** <styleSheet> with these custom formats (id, code) and one cellXfs entry per numFmtId. */
    static QByteArray styles(const QList<std::pair<int, QByteArray>> &numFmts, const QList<int> &cellXfs);

private:
    QByteArray m_sheet;
    QString m_sheetName = QStringLiteral("Plan");
    QString m_sheetTarget = QStringLiteral("worksheets/sheet1.xml");
    QByteArray m_sharedStrings;
    QString m_sharedStringsTarget;
    QByteArray m_styles;
    QString m_stylesTarget;
    QList<std::pair<QString, QByteArray>> m_parts; // setPart(): verbatim, override generated parts
    QList<QString> m_removed;
};

} // namespace Staging::Test
