// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/XlsxReader.h"

#include "order/PlanLimits.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Staging {

namespace {

// Merged ranges are filled cell by cell; this bounds that work whatever the ranges claim.
constexpr qint64 MaxMergedCells = 1'000'000;
constexpr int MaxXmlDepth = 64;

/** Reads one workbook in memory; every failure becomes an Error naming the file and the part. */
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(Staging::XlsxReader)

public:
    Workbook(QuaZip &zip, QString fileName)
        : m_zip(zip)
        , m_fileName(std::move(fileName))
    {
    }

    Expected<SheetTable> read();

private:
    Expected<std::pair<QString, QString>> firstSheet();
    Expected<QByteArray> entry(const QString &name);
    Error xmlError(const QString &part, const QXmlStreamReader &xml) const;
    std::optional<Error> checkToken(const QString &part, QXmlStreamReader &xml, int &depth) const;
    Expected<QHash<QString, std::pair<QString, QString>>> relationships(const QString &part);
    std::optional<Error> readSharedStrings(const QString &part);
    std::optional<Error> readStyles(const QString &part);
    std::optional<Error> readSheet(const QString &part, SheetTable &table);
    // A merged range: its top-left and bottom-right (row, column), 1-based.
    using Merge = std::pair<std::pair<int, int>, std::pair<int, int>>;
    struct CellContent
    {
        QString text; // of <is><t>, an inline string
        QString raw; // of <v>: a number, a shared text index, a boolean...
    };
    Expected<std::pair<int, int>> cellPosition(
        const QString &part, const QXmlStreamAttributes &a, int rowNumber, int columnNumber) const;
    Expected<CellContent> readCellContent(const QString &part, QXmlStreamReader &xml) const;
    Expected<QString> readCellValue(const QString &part, QXmlStreamReader &xml, const QXmlStreamAttributes &a) const;
    std::optional<Error> placeCell(SheetTable &table, int row, int column, const QString &value) const;
    std::optional<Error> fillMerges(const QList<Merge> &merges, SheetTable &table) const;
    QString formatNumber(const QString &value, int style) const;

    QuaZip &m_zip;
    QString m_fileName;
    qint64 m_inflated = 0;
    QStringList m_sharedStrings;
    QList<int> m_cellNumFmt; // cellXfs index -> numFmtId
    QHash<int, QString> m_numFmts; // numFmtId -> formatCode
};

Error Workbook::xmlError(const QString &part, const QXmlStreamReader &xml) const
{
    return Error::make(ErrorKind::InvalidInput,
        tr("%1 is not a valid XLSX workbook: %2, line %3: %4")
            .arg(m_fileName, part)
            .arg(xml.lineNumber())
            .arg(xml.errorString()));
}

std::optional<Error> Workbook::checkToken(const QString &part, QXmlStreamReader &xml, int &depth) const
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is not a valid XLSX workbook: %2 declares a DTD, which spreadsheets never do.")
                .arg(m_fileName, part));
    }
    if (xml.isStartElement() && ++depth > MaxXmlDepth) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is not a valid XLSX workbook: %2 nests elements too deeply.").arg(m_fileName, part));
    }
    if (xml.isEndElement()) {
        --depth;
    }
    return std::nullopt;
}

Expected<QByteArray> Workbook::entry(const QString &name)
{
    if (!m_zip.setCurrentFile(name)) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is not a valid XLSX workbook: the part %2 is missing.").arg(m_fileName, name));
    }
    QuaZipFileInfo64 info;
    if (!m_zip.getCurrentFileInfo(&info) || info.uncompressedSize > quint64(PlanLimits::MaxEntryBytes)) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1: the part %2 would inflate to more than %3 MB; the file is damaged or hostile.")
                .arg(m_fileName, name)
                .arg(PlanLimits::MaxEntryBytes / (1024 * 1024)));
    }
    QuaZipFile file(&m_zip);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            ErrorKind::InvalidInput, tr("%1 is not a valid XLSX workbook: cannot read %2.").arg(m_fileName, name));
    }
    // The declared size can lie: count what inflates, and stop at the limits.
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0) {
            return Error::make(ErrorKind::InvalidInput,
                tr("%1 is not a valid XLSX workbook: %2 is damaged (%3).").arg(m_fileName, name, file.errorString()));
        }
        if (n == 0) {
            break;
        }
        m_inflated += n;
        if (data.size() + n > PlanLimits::MaxEntryBytes || m_inflated > PlanLimits::MaxTotalInflatedBytes) {
            return Error::make(ErrorKind::InvalidInput,
                tr("%1: the part %2 inflates to more than %3 MB; the file is damaged or hostile.")
                    .arg(m_fileName, name)
                    .arg(PlanLimits::MaxEntryBytes / (1024 * 1024)));
        }
        data.append(buffer, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is not a valid XLSX workbook: %2 fails its checksum.").arg(m_fileName, name));
    }
    return data;
}

// Id -> (Type, Target) of a .rels part.
Expected<QHash<QString, std::pair<QString, QString>>> Workbook::relationships(const QString &part)
{
    const auto data = entry(part);
    if (!data) {
        return data.error();
    }
    QHash<QString, std::pair<QString, QString>> rels;
    QXmlStreamReader xml(*data);
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto error = checkToken(part, xml, depth)) {
            return *error;
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto a = xml.attributes();
            rels.insert(a.value(QLatin1String("Id")).toString(),
                { a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString() });
        }
    }
    if (xml.hasError()) {
        return xmlError(part, xml);
    }
    return rels;
}

std::optional<Error> Workbook::readSharedStrings(const QString &part)
{
    const auto data = entry(part);
    if (!data) {
        return data.error();
    }
    QXmlStreamReader xml(*data);
    int depth = 0;
    QString current;
    bool inItem = false;
    int phonetic = 0; // <rPh> runs hold reading hints, not cell text
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto error = checkToken(part, xml, depth)) {
            return error;
        }
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && inItem && phonetic == 0) {
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth; // readElementText consumed the end element
                if (current.size() > PlanLimits::MaxCellChars) {
                    return Error::make(ErrorKind::InvalidInput,
                        tr("%1: a text of the workbook is longer than %2 characters.")
                            .arg(m_fileName)
                            .arg(PlanLimits::MaxCellChars));
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = false;
                m_sharedStrings.append(current);
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    if (xml.hasError()) {
        return xmlError(part, xml);
    }
    return std::nullopt;
}

std::optional<Error> Workbook::readStyles(const QString &part)
{
    const auto data = entry(part);
    if (!data) {
        return data.error();
    }
    QXmlStreamReader xml(*data);
    int depth = 0;
    bool inCellXfs = false;
    bool inNumFmts = false; // <dxf> (conditional formats) has numFmt elements of its own
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto error = checkToken(part, xml, depth)) {
            return error;
        }
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("numFmts")) {
                inNumFmts = true;
            } else if (xml.name() == QLatin1String("numFmt") && inNumFmts) {
                m_numFmts.insert(
                    a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                m_cellNumFmt.append(a.value(QLatin1String("numFmtId")).toInt());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("numFmts")) {
            inNumFmts = false;
        }
    }
    if (xml.hasError()) {
        return xmlError(part, xml);
    }
    return std::nullopt;
}

QString Workbook::formatNumber(const QString &value, int style) const
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number)) {
        return value;
    }
    // Phone numbers and extensions are integers; never let them pass through int32 or show
    // as 3.3612345678E10.
    if (number == std::floor(number) && std::fabs(number) < 1e15) {
        QString text = QString::number(number == 0 ? 0.0 : number, 'f', 0); // never "-0"
        const QString format = m_numFmts.value(m_cellNumFmt.value(style, 0));
        const qsizetype zeros = format.count(QLatin1Char('0'));
        const bool onlyZeros = zeros > 0 && std::all_of(format.cbegin(), format.cend(), [](QChar c) {
            return c == QLatin1Char('0') || c == QLatin1Char(' ');
        });
        if (onlyZeros && number >= 0 && text.size() < zeros) {
            text = text.rightJustified(zeros, QLatin1Char('0'));
        }
        return text;
    }
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// "B12" -> (row 12, column 2), 1-based; nullopt for anything else.
std::optional<std::pair<int, int>> parseReference(QStringView ref)
{
    qsizetype i = 0;
    qint64 column = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128 && i < 4) {
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        ++i;
    }
    bool ok = false;
    const qint64 row = ref.mid(i).toLongLong(&ok);
    if (i == 0 || !ok || row < 1 || row > 1'048'576 || column > 16'384) {
        return std::nullopt;
    }
    return std::pair<int, int> { int(row), int(column) };
}

std::optional<Error> Workbook::readSheet(const QString &part, SheetTable &table)
{
    const auto data = entry(part);
    if (!data) {
        return data.error();
    }
    QXmlStreamReader xml(*data);
    int depth = 0;
    int rowNumber = 0;
    int columnNumber = 0;
    QList<Merge> merges;
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto error = checkToken(part, xml, depth)) {
            return error;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("row")) {
            const int r = a.hasAttribute(QLatin1String("r")) ? a.value(QLatin1String("r")).toInt() : rowNumber + 1;
            if (r <= rowNumber || r > 1'048'576) {
                return Error::make(
                    ErrorKind::InvalidInput, tr("%1: %2 has rows out of order (row %3).").arg(m_fileName, part).arg(r));
            }
            rowNumber = r;
            columnNumber = 0;
        } else if (xml.name() == QLatin1String("c")) {
            const auto position = cellPosition(part, a, rowNumber, columnNumber);
            if (!position) {
                return position.error();
            }
            const auto [row, column] = *position;
            columnNumber = column;
            const auto value = readCellValue(part, xml, a);
            --depth; // the cell's end element was consumed by readCellValue()
            if (!value) {
                return value.error();
            }
            if (value->isEmpty()) {
                continue; // formatted but empty cells, even far away, do not make the sheet larger
            }
            if (auto error = placeCell(table, row, column, *value)) {
                return error;
            }
        } else if (xml.name() == QLatin1String("mergeCell")) {
            const QStringList range = a.value(QLatin1String("ref")).toString().split(QLatin1Char(':'));
            const auto from = parseReference(range.value(0));
            const auto to = parseReference(range.value(1));
            if (range.size() == 2 && from && to && from->first <= to->first && from->second <= to->second) {
                merges.append({ *from, *to });
            }
        }
    }
    if (xml.hasError()) {
        return xmlError(part, xml);
    }
    return fillMerges(merges, table);
}

// (row, column) of a <c>, 1-based: its reference, or the one after the previous cell of its row.
Expected<std::pair<int, int>> Workbook::cellPosition(
    const QString &part, const QXmlStreamAttributes &a, int rowNumber, int columnNumber) const
{
    int row = rowNumber;
    int column = columnNumber + 1;
    if (a.hasAttribute(QLatin1String("r"))) {
        const auto ref = parseReference(a.value(QLatin1String("r")));
        if (!ref) {
            return Error::make(ErrorKind::InvalidInput,
                tr("%1: %2 has an invalid cell reference \"%3\".")
                    .arg(m_fileName, part, a.value(QLatin1String("r")).toString()));
        }
        row = ref->first;
        column = ref->second;
    }
    if (row < 1) {
        // A <c> outside any <row> and without a reference has no position at all.
        return Error::make(ErrorKind::InvalidInput,
            tr("%1: %2 has an invalid cell reference \"%3\".").arg(m_fileName, part, QStringLiteral("<c>")));
    }
    return std::pair<int, int> { row, column };
}

// Reads the cell's children: <v>, <is><t>…</t></is>, <f> (ignored: the cached <v> counts).
Expected<Workbook::CellContent> Workbook::readCellContent(const QString &part, QXmlStreamReader &xml) const
{
    CellContent content;
    int cellDepth = 1;
    int phonetic = 0; // <rPh> runs hold reading hints, not cell text
    while (cellDepth > 0 && !xml.atEnd()) {
        xml.readNext();
        // Both checks below fail the token, so checkToken() always gives an error there.
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            return *checkToken(part, xml, cellDepth);
        }
        if (xml.isStartElement()) {
            ++cellDepth;
            if (cellDepth > MaxXmlDepth) {
                return *checkToken(part, xml, cellDepth);
            }
            if (xml.name() == QLatin1String("v")) {
                content.raw = xml.readElementText();
                --cellDepth;
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                content.text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --cellDepth;
            }
        } else if (xml.isEndElement()) {
            --cellDepth;
            if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    return content;
}

// The cell's text as the sheet shows it, whatever its type (shared text, boolean, number...).
Expected<QString> Workbook::readCellValue(
    const QString &part, QXmlStreamReader &xml, const QXmlStreamAttributes &a) const
{
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    const auto content = readCellContent(part, xml);
    if (!content) {
        return content.error();
    }
    QString value = content->text;
    const QString &raw = content->raw;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = raw.toInt(&ok);
        if (!raw.isEmpty() && (!ok || index < 0 || index >= m_sharedStrings.size())) {
            return Error::make(ErrorKind::InvalidInput,
                tr("%1: cell %2 refers to shared text %3, which the workbook does not have.")
                    .arg(m_fileName, a.value(QLatin1String("r")).toString(), raw));
        }
        value = ok ? m_sharedStrings.at(index) : QString();
    } else if (type == QLatin1String("b")) {
        value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d")) {
        value = raw;
    } else if (type != QLatin1String("inlineStr") && !raw.isEmpty()) {
        value = formatNumber(raw, style);
    }
    if (value.size() > PlanLimits::MaxCellChars) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1: a cell is longer than %2 characters.").arg(m_fileName).arg(PlanLimits::MaxCellChars));
    }
    return value;
}

std::optional<Error> Workbook::placeCell(SheetTable &table, int row, int column, const QString &value) const
{
    if (row > PlanLimits::MaxRows || column > PlanLimits::MaxColumns) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1: row %2, column %3 holds a value beyond what a numbering plan holds (%4 rows, %5 columns).")
                .arg(m_fileName)
                .arg(row)
                .arg(column)
                .arg(PlanLimits::MaxRows)
                .arg(PlanLimits::MaxColumns));
    }
    while (table.rows.size() < row) {
        table.rows.append(QStringList());
    }
    QStringList &cells = table.rows[row - 1];
    while (cells.size() < column) {
        cells.append(QString());
    }
    cells[column - 1] = value;
    return std::nullopt;
}

// Every cell of a merged range shows the range's top-left value.
std::optional<Error> Workbook::fillMerges(const QList<Merge> &merges, SheetTable &table) const
{
    qint64 filled = 0;
    for (const auto &[from, to] : merges) {
        const QString value =
            from.first <= table.rows.size() ? table.rows.at(from.first - 1).value(from.second - 1) : QString();
        if (value.isEmpty() || from.second > PlanLimits::MaxColumns) {
            continue;
        }
        const int lastRow = std::min(to.first, int(table.rows.size()));
        const int lastColumn = std::min(to.second, PlanLimits::MaxColumns);
        filled += qint64(lastRow - from.first + 1) * (lastColumn - from.second + 1);
        if (filled > MaxMergedCells) {
            return Error::make(
                ErrorKind::InvalidInput, tr("%1: the merged cells cover too much of the sheet.").arg(m_fileName));
        }
        for (int r = from.first; r <= lastRow; ++r) {
            QStringList &cells = table.rows[r - 1];
            while (cells.size() < lastColumn) {
                cells.append(QString());
            }
            for (int c = from.second; c <= lastColumn; ++c) {
                cells[c - 1] = value;
            }
        }
    }
    return std::nullopt;
}

// A relationship target is relative to xl/ unless it starts with '/' (absolute in the package);
// "../" and "./" are folded so that the name matches the zip entry.
QString resolveTarget(const QString &target)
{
    const QString path = target.startsWith(QLatin1Char('/')) ? target : QStringLiteral("xl/") + target;
    QString clean = QDir::cleanPath(path);
    while (clean.startsWith(QLatin1Char('/'))) {
        clean.remove(0, 1);
    }
    return clean;
}

// The name and relationship id of the workbook's first sheet; an empty id when it has none.
Expected<std::pair<QString, QString>> Workbook::firstSheet()
{
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const auto workbook = entry(workbookPart);
    if (!workbook) {
        return workbook.error();
    }
    QString sheetName;
    QString sheetRelId;
    QXmlStreamReader xml(*workbook);
    int depth = 0;
    while (!xml.atEnd() && sheetRelId.isEmpty()) {
        xml.readNext();
        if (auto error = checkToken(workbookPart, xml, depth)) {
            return *error;
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty()) {
                    sheetRelId = attribute.value().toString();
                }
            }
            sheetName = xml.attributes().value(QLatin1String("name")).toString();
        }
    }
    if (xml.hasError()) {
        return xmlError(workbookPart, xml);
    }
    return std::pair<QString, QString> { sheetName, sheetRelId };
}

Expected<SheetTable> Workbook::read()
{
    if (m_zip.getEntriesCount() > PlanLimits::MaxZipEntries) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 has %2 parts; a workbook has a few dozen. The file is damaged or hostile.")
                .arg(m_fileName)
                .arg(m_zip.getEntriesCount()));
    }
    const auto sheet = firstSheet();
    if (!sheet) {
        return sheet.error();
    }
    const auto &[sheetName, sheetRelId] = *sheet;
    if (sheetRelId.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("%1 is an XLSX workbook without any sheet.").arg(m_fileName));
    }
    const auto rels = relationships(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels) {
        return rels.error();
    }
    if (!rels->contains(sheetRelId)) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is not a valid XLSX workbook: sheet \"%2\" has no part.").arg(m_fileName, sheetName));
    }
    QString sharedStringsPart;
    QString stylesPart;
    for (auto it = rels->cbegin(); it != rels->cend(); ++it) {
        if (it.value().first.endsWith(QLatin1String("/sharedStrings"))) {
            sharedStringsPart = resolveTarget(it.value().second);
        } else if (it.value().first.endsWith(QLatin1String("/styles"))) {
            stylesPart = resolveTarget(it.value().second);
        }
    }
    // Some generators write the parts without listing them in the relationships.
    const auto conventional = [this](QString &part, const QString &name) {
        if (part.isEmpty() && m_zip.setCurrentFile(name)) {
            part = name;
        }
    };
    conventional(sharedStringsPart, QStringLiteral("xl/sharedStrings.xml"));
    conventional(stylesPart, QStringLiteral("xl/styles.xml"));
    if (!sharedStringsPart.isEmpty()) {
        if (auto error = readSharedStrings(sharedStringsPart)) {
            return *error;
        }
    }
    if (!stylesPart.isEmpty()) {
        if (auto error = readStyles(stylesPart)) {
            return *error;
        }
    }
    SheetTable table;
    table.fileName = m_fileName;
    table.format = QStringLiteral("xlsx");
    table.sheetName = sheetName;
    if (auto error = readSheet(resolveTarget(rels->value(sheetRelId).second), table)) {
        return *error;
    }
    return table;
}

} // namespace

Expected<SheetTable> XlsxReader::read(const QByteArray &bytes, const QString &fileName)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is not an XLSX workbook: the zip container is damaged or truncated.").arg(fileName));
    }
    return Workbook(zip, fileName).read();
}

} // namespace Staging
