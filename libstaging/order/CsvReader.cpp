// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/CsvReader.h"

#include "order/PlanLimits.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace Staging {

namespace {

struct Decoded
{
    QString text;
    QString encoding;
};

// True when the bytes hold a well-formed multi-byte UTF-8 sequence. In a file that is not valid
// UTF-8 as a whole, that means two encodings were pasted together ("Ã©" in one row, "é" as
// 0xE9 in another): no single decoding is right, so the file is refused rather than half garbled.
bool containsUtf8Sequence(const QByteArray &bytes)
{
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const auto lead = static_cast<unsigned char>(bytes.at(i));
        const int length = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || lead < 0xC2 || i + length > bytes.size()) {
            continue;
        }
        bool continuation = true;
        for (int k = 1; k < length; ++k) {
            continuation = continuation && (static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) == 0x80;
        }
        if (continuation) {
            return true;
        }
    }
    return false;
}

std::optional<Decoded> decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes.mid(3));
        if (utf8.hasError()) {
            return std::nullopt;
        }
        return Decoded { text, QStringLiteral("UTF-8 (BOM)") };
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        QString text = utf16.decode(bytes.mid(2));
        if (utf16.hasError()) {
            return std::nullopt;
        }
        return Decoded { text, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE") };
    }
    // NUL bytes never appear in text an office suite exports without a UTF-16 BOM.
    if (bytes.contains('\0')) {
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return Decoded { text, QStringLiteral("UTF-8") };
    }
    if (containsUtf8Sequence(bytes)) {
        return Decoded { QString(), QStringLiteral("mixed") };
    }
    // French Excel saves "CSV" in the Windows code page: 0x92 is ’ and 0x9C is œ there, which
    // Latin-1 would turn into control characters.
    QStringDecoder cp1252("windows-1252");
    if (!cp1252.isValid()) {
        return std::nullopt;
    }
    return Decoded { cp1252.decode(bytes), QStringLiteral("windows-1252") };
}

// The delimiter giving the same column count (>= 2) on most of the first records wins.
QChar sniffDelimiter(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates = { u';', u',', u'\t' };
    constexpr int SampleRecords = 20;
    QChar best = QLatin1Char(';');
    int bestScore = -1;
    for (const char16_t d : candidates) {
        QList<int> counts;
        int fields = 1;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < SampleRecords; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && c == QChar(d)) {
                ++fields;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                    ++i;
                }
                counts.append(fields);
                fields = 1;
            }
        }
        if (fields > 1 || counts.isEmpty()) {
            counts.append(fields);
        }
        // Score: records agreeing with the most common count, when that count is >= 2.
        QHash<int, int> frequency;
        for (int n : std::as_const(counts)) {
            if (n >= 2) {
                ++frequency[n];
            }
        }
        int score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            score = std::max(score, it.value());
        }
        if (score > bestScore) {
            bestScore = score;
            best = QChar(d);
        }
    }
    return best;
}

// True when the text holds nothing but white space (NBSP included).
bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

// Why a record could not be read; CsvReader::read() says it in the technician's words.
enum class CsvFault
{
    None,
    UnclosedQuote,
    CellTooLong,
    TooManyColumns
};

struct CsvField
{
    QString value;
    CsvFault fault = CsvFault::None;
};

struct CsvRecord
{
    QStringList cells;
    CsvFault fault = CsvFault::None;
};

// Fields are sliced out of the decoded text, never built a character at a time: a 10,000-row
// plan parses in a few milliseconds. A quoted line break stays in its cell.
class RecordParser
{
public:
    RecordParser(QStringView text, char16_t delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    CsvRecord next(qsizetype columnsHint)
    {
        CsvRecord record;
        record.cells.reserve(columnsHint);
        for (;;) {
            CsvField field = readField();
            if (field.fault == CsvFault::None && field.value.size() > PlanLimits::MaxCellChars) {
                field.fault = CsvFault::CellTooLong;
            }
            if (field.fault == CsvFault::None && record.cells.size() >= PlanLimits::MaxColumns) {
                field.fault = CsvFault::TooManyColumns;
            }
            if (field.fault != CsvFault::None) {
                return CsvRecord { QStringList(), field.fault };
            }
            record.cells.append(std::move(field.value));
            if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
                ++m_pos; // a delimiter at the end of the line opens one more, empty, field
                continue;
            }
            break;
        }
        // m_pos is at a line end (CRLF, LF or a lone CR) or at the end of the text.
        if (m_pos < m_text.size()) {
            m_pos += m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n' ? 2 : 1;
        }
        return record;
    }

private:
    CsvField readField()
    {
        qsizetype start = m_pos;
        // Spaces before an opening quote are Excel noise; the quoted text is the value.
        while (start < m_text.size() && m_text[start] == u' ') {
            ++start;
        }
        if (start < m_text.size() && m_text[start] == u'"') {
            return readQuotedField(start);
        }
        const qsizetype end = fieldEnd(m_pos);
        CsvField field { m_text.sliced(m_pos, end - m_pos).toString(), CsvFault::None };
        m_pos = end;
        return field;
    }

    CsvField readQuotedField(qsizetype openingQuote)
    {
        QString value;
        qsizetype segment = openingQuote + 1;
        for (;;) {
            const qsizetype quote = m_text.indexOf(u'"', segment);
            if (quote < 0) {
                return CsvField { QString(), CsvFault::UnclosedQuote };
            }
            if (value.size() + (quote - segment) > PlanLimits::MaxCellChars) {
                return CsvField { QString(), CsvFault::CellTooLong };
            }
            if (quote + 1 < m_text.size() && m_text[quote + 1] == u'"') {
                value.append(m_text.sliced(segment, quote + 1 - segment)); // "" is one quote
                segment = quote + 2;
                continue;
            }
            value.append(m_text.sliced(segment, quote - segment));
            m_pos = quote + 1;
            break;
        }
        // Text after the closing quote is kept as written, as spreadsheets do.
        const qsizetype end = fieldEnd(m_pos);
        if (end > m_pos) {
            value.append(m_text.sliced(m_pos, end - m_pos));
        }
        m_pos = end;
        return CsvField { std::move(value), CsvFault::None };
    }

    // Index of the first delimiter or line end at or after from (the text's size when there is none).
    qsizetype fieldEnd(qsizetype from) const
    {
        while (from < m_text.size()) {
            const char16_t c = m_text[from].unicode();
            if (c == m_delimiter || c == u'\n' || c == u'\r') {
                break;
            }
            ++from;
        }
        return from;
    }

    QStringView m_text;
    char16_t m_delimiter;
    qsizetype m_pos = 0;
};

} // namespace

Expected<SheetTable> CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > PlanLimits::MaxFileBytes) {
        return Error::make(ErrorKind::InvalidInput, tr("%1 is too large for a numbering plan.").arg(fileName));
    }
    const auto decoded = decode(bytes);
    if (!decoded) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is not a spreadsheet: it is neither text (CSV) nor an XLSX workbook.").arg(fileName));
    }
    if (decoded->encoding == QLatin1String("mixed")) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 mixes two text encodings (UTF-8 and Windows-1252), so accented names would come out garbled. "
               "Open it in the spreadsheet and save it again as \"CSV UTF-8\".")
                .arg(fileName));
    }
    const QStringView text(decoded->text);
    // Blanks only, or a byte order mark followed by blanks, is as empty as an empty file.
    if (isBlank(text)) {
        return Error::make(ErrorKind::InvalidInput, tr("%1 is empty.").arg(fileName));
    }

    SheetTable table;
    table.fileName = fileName;
    table.format = QStringLiteral("csv");
    table.encoding = decoded->encoding;
    table.delimiter = sniffDelimiter(text);

    const auto tooMuch = [&](const QString &what) {
        return Error::make(
            ErrorKind::InvalidInput, tr("%1, row %2: %3").arg(fileName).arg(table.rows.size() + 1).arg(what));
    };
    const auto recordError = [&](CsvFault fault) {
        switch (fault) {
        case CsvFault::UnclosedQuote:
            return Error::make(ErrorKind::InvalidInput,
                tr("%1, row %2: a quote opens a cell and is never closed.").arg(fileName).arg(table.rows.size() + 1));
        case CsvFault::CellTooLong:
            return tooMuch(tr("a cell longer than %1 characters.").arg(PlanLimits::MaxCellChars));
        case CsvFault::TooManyColumns:
        case CsvFault::None:
            break;
        }
        return tooMuch(tr("more than %1 columns.").arg(PlanLimits::MaxColumns));
    };

    // rows[i] is record i + 1.
    RecordParser parser(text, table.delimiter.unicode());
    qsizetype columnsHint = 0;
    while (!parser.atEnd()) {
        CsvRecord record = parser.next(columnsHint);
        if (record.fault != CsvFault::None) {
            return recordError(record.fault);
        }
        if (table.rows.size() >= PlanLimits::MaxRows) {
            return tooMuch(tr("more than %1 rows; a numbering plan is far smaller.").arg(PlanLimits::MaxRows));
        }
        columnsHint = std::max(columnsHint, record.cells.size());
        table.rows.append(std::move(record.cells));
    }
    return table;
}

} // namespace Staging
