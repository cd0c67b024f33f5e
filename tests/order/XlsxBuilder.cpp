// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxBuilder.h"

#include <QBuffer>
#include <QDateTime>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>

namespace Staging::Test {

namespace {

const QByteArray MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A relationship target names a part relative to xl/, or from the package root with a leading '/'.
QString partPath(const QString &target)
{
    return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
}

} // namespace

XlsxBuilder &XlsxBuilder::setSheet(const QByteArray &worksheetXml, const QString &name, const QString &target)
{
    m_sheet = worksheetXml;
    m_sheetName = name;
    m_sheetTarget = target;
    return *this;
}

XlsxBuilder &XlsxBuilder::setSharedStrings(const QByteArray &sstXml, const QString &target)
{
    m_sharedStrings = sstXml;
    m_sharedStringsTarget = target;
    return *this;
}

XlsxBuilder &XlsxBuilder::setStyles(const QByteArray &stylesXml, const QString &target)
{
    m_styles = stylesXml;
    m_stylesTarget = target;
    return *this;
}

XlsxBuilder &XlsxBuilder::setPart(const QString &path, const QByteArray &data)
{
    m_removed.removeAll(path);
    for (auto &part : m_parts) {
        if (part.first == path) {
            part.second = data;
            return *this;
        }
    }
    m_parts.append({ path, data });
    return *this;
}

XlsxBuilder &XlsxBuilder::removePart(const QString &path)
{
    m_removed.append(path);
    return *this;
}

QByteArray XlsxBuilder::build() const
{
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\""
        + RelNs + "/worksheet\" Target=\"" + m_sheetTarget.toUtf8() + "\"/>";
    if (!m_sharedStringsTarget.isEmpty()) {
        rels += "<Relationship Id=\"rId2\" Type=\"" + RelNs + "/sharedStrings\" Target=\""
            + m_sharedStringsTarget.toUtf8() + "\"/>";
    }
    if (!m_stylesTarget.isEmpty()) {
        rels += "<Relationship Id=\"rId3\" Type=\"" + RelNs + "/styles\" Target=\"" + m_stylesTarget.toUtf8() + "\"/>";
    }
    rels += "</Relationships>";
    const QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\""
        + MainNs + "\" xmlns:r=\"" + RelNs + "\"><sheets><sheet name=\"" + m_sheetName.toHtmlEscaped().toUtf8()
        + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    QList<std::pair<QString, QByteArray>> parts = {
        { QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { QStringLiteral("xl/workbook.xml"), workbook },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), rels },
    };
    if (!m_sheet.isNull()) {
        parts.append({ partPath(m_sheetTarget), m_sheet });
    }
    if (!m_sharedStringsTarget.isEmpty()) {
        parts.append({ partPath(m_sharedStringsTarget), m_sharedStrings });
    }
    if (!m_stylesTarget.isEmpty()) {
        parts.append({ partPath(m_stylesTarget), m_styles });
    }
    for (const auto &part : m_parts) {
        const auto same = [&part](const auto &p) { return p.first == part.first; };
        const auto it = std::find_if(parts.begin(), parts.end(), same);
        if (it != parts.end()) {
            it->second = part.second;
        } else {
            parts.append(part);
        }
    }
    parts.removeIf([this](const auto &p) { return m_removed.contains(p.first); });
    return zip(parts);
}

QByteArray XlsxBuilder::zip(const QList<std::pair<QString, QByteArray>> &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        return {};
    }
    // A fixed date keeps the bytes identical from run to run.
    const QDateTime when(QDate(2026, 11, 26), QTime(0, 0));
    for (const auto &[name, data] : parts) {
        QuaZipNewInfo info(name);
        info.dateTime = when;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info) || file.write(data) != data.size()) {
            return {};
        }
        file.close();
    }
    zip.close();
    return bytes;
}

QByteArray XlsxBuilder::worksheet(const QByteArray &rows, const QByteArray &tail)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MainNs
        + "\" xmlns:r=\"" + RelNs + "\"><sheetData>" + rows + "</sheetData>" + tail + "</worksheet>";
}

QByteArray XlsxBuilder::sharedStrings(const QByteArrayList &items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MainNs
        + "\" count=\"" + QByteArray::number(items.size()) + "\" uniqueCount=\"" + QByteArray::number(items.size())
        + "\">";
    for (const QByteArray &item : items) {
        xml += "<si>" + item + "</si>";
    }
    return xml + "</sst>";
}

QByteArray XlsxBuilder::styles(const QList<std::pair<int, QByteArray>> &numFmts, const QList<int> &cellXfs)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"" + MainNs
        + "\"><numFmts count=\"" + QByteArray::number(numFmts.size()) + "\">";
    for (const auto &[id, code] : numFmts) {
        xml += "<numFmt numFmtId=\"" + QByteArray::number(id) + "\" formatCode=\"" + code + "\"/>";
    }
    xml += "</numFmts><cellXfs count=\"" + QByteArray::number(cellXfs.size()) + "\">";
    for (const int id : cellXfs) {
        xml += "<xf numFmtId=\"" + QByteArray::number(id) + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>";
    }
    return xml + "</cellXfs></styleSheet>";
}

} // namespace Staging::Test
