// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks are written by XlsxBuilder from hand-written XML parts, so that every case shows the
// exact markup Excel or LibreOffice produce and the reader is checked against it.
#include "order/XlsxReader.h"

#include "TestSupport.h"
#include "XlsxBuilder.h"
#include "order/PlanLimits.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Staging;
using Staging::Test::XlsxBuilder;

namespace {

// One cell as Excel writes it: <c r="ref" [t=type] [s=style]>inner</c>.
QByteArray cell(const QByteArray &ref, const QByteArray &inner, const QByteArray &type = {}, int style = -1)
{
    QByteArray xml = "<c r=\"" + ref + "\"";
    if (!type.isEmpty()) {
        xml += " t=\"" + type + "\"";
    }
    if (style >= 0) {
        xml += " s=\"" + QByteArray::number(style) + "\"";
    }
    return xml + ">" + inner + "</c>";
}

QByteArray value(const QByteArray &v)
{
    return "<v>" + v + "</v>";
}

QByteArray row(int r, const QByteArray &cells)
{
    return "<row r=\"" + QByteArray::number(r) + "\">" + cells + "</row>";
}

Expected<SheetTable> readSheet(const QByteArray &rows, const QByteArray &tail = {})
{
    return XlsxReader::read(
        XlsxBuilder().setSheet(XlsxBuilder::worksheet(rows, tail)).build(), QStringLiteral("plan.xlsx"));
}

::testing::AssertionResult failsNaming(const Expected<SheetTable> &table, const QStringList &words)
{
    if (table) {
        return ::testing::AssertionFailure() << "read a table of " << table->rows.size() << " rows";
    }
    if (table.error().kind != ErrorKind::InvalidInput) {
        return ::testing::AssertionFailure() << "error kind " << int(table.error().kind);
    }
    for (const QString &word : words) {
        if (!table.error().message.contains(word)) {
            return ::testing::AssertionFailure()
                << "\"" << table.error().message.toStdString() << "\" does not name " << word.toStdString();
        }
    }
    return ::testing::AssertionSuccess() << table.error().message.toStdString();
}

} // namespace

TEST(OrderXlsxReader, SharedStringsPlainRichAndPhonetic)
{
    const QByteArray sst = XlsxBuilder::sharedStrings({
        "<t>Site</t>",
        // Rich text: runs are concatenated, spaces kept as written.
        "<r><rPr><b/></rPr><t>Jean </t></r><r><t xml:space=\"preserve\"> DUPONT </t></r>",
        // Phonetic hints (Japanese furigana) are not part of the text.
        "<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/>",
        "<t/>",
    });
    const QByteArray sheet = XlsxBuilder::worksheet(row(1,
        cell("A1", value("0"), "s") + cell("B1", value("1"), "s") + cell("C1", value("2"), "s")
            + cell("D1", value("3"), "s")));
    const auto table =
        XlsxReader::read(XlsxBuilder().setSheet(sheet).setSharedStrings(sst).build(), QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->format, QStringLiteral("xlsx"));
    EXPECT_EQ(table->sheetName, QStringLiteral("Plan"));
    ASSERT_EQ(table->rows.size(), 1);
    EXPECT_EQ(table->rows.at(0),
        QStringList({ QStringLiteral("Site"), QStringLiteral("Jean  DUPONT "), QStringLiteral("東京") }));
}

TEST(OrderXlsxReader, InlineStringsAndAccents)
{
    const auto table = readSheet(row(1,
        cell("A1", "<is><t>Hélène Œuvre l’été</t></is>", "inlineStr")
            + cell("B1", "<is><r><t>Poste </t></r><r><rPr><i/></rPr><t>8000</t></r></is>", "inlineStr")
            + cell("C1", "<is><t xml:space=\"preserve\">  accueil  </t></is>", "inlineStr")));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->rows.at(0),
        QStringList(
            { QStringLiteral("Hélène Œuvre l’été"), QStringLiteral("Poste 8000"), QStringLiteral("  accueil  ") }));
}

TEST(OrderXlsxReader, SparseRowsAndCellsKeepExcelNumbers)
{
    // LibreOffice leaves out empty rows and cells; rows[i] must stay Excel's row i + 1.
    const auto table = readSheet(row(1, cell("A1", "<is><t>Site</t></is>", "inlineStr"))
        + row(4, cell("B4", value("12")) + cell("E4", value("15")))
        + row(5, cell("A5", "", "s")) // an empty shared-string cell: styled, no value
        + row(6, cell("C6", value("36"))));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    ASSERT_EQ(table->rows.size(), 6);
    EXPECT_EQ(table->rows.at(0), QStringList({ QStringLiteral("Site") }));
    EXPECT_TRUE(table->rows.at(1).isEmpty());
    EXPECT_TRUE(table->rows.at(2).isEmpty());
    EXPECT_EQ(table->rows.at(3),
        QStringList({ QString(), QStringLiteral("12"), QString(), QString(), QStringLiteral("15") }));
    EXPECT_TRUE(table->rows.at(4).isEmpty());
    EXPECT_EQ(table->rows.at(5), QStringList({ QString(), QString(), QStringLiteral("36") }));
}

TEST(OrderXlsxReader, MissingReferencesFallBackToPosition)
{
    // Some generators write neither <row r> nor <c r>; a cell with r resets the position.
    const auto table = readSheet("<row><c t=\"inlineStr\"><is><t>Site</t></is></c><c><v>2</v></c></row>"
                                 "<row><c><v>1</v></c><c r=\"D2\"><v>4</v></c><c><v>5</v></c></row>"
                                 "<row r=\"5\"><c><v>1</v></c></row><row><c><v>1</v></c></row>");
    ASSERT_TRUE(table) << table.error().message.toStdString();
    ASSERT_EQ(table->rows.size(), 6);
    EXPECT_EQ(table->rows.at(0), QStringList({ QStringLiteral("Site"), QStringLiteral("2") }));
    EXPECT_EQ(table->rows.at(1),
        QStringList({ QStringLiteral("1"), QString(), QString(), QStringLiteral("4"), QStringLiteral("5") }));
    EXPECT_EQ(table->rows.at(4), QStringList({ QStringLiteral("1") }));
    EXPECT_EQ(table->rows.at(5), QStringList({ QStringLiteral("1") }));
}

TEST(OrderXlsxReader, NumbersAsTheSheetShowsThem)
{
    // cellXfs: 0 General, 1 "0000000000", 2 "00 00 00 00 00", 3 built-in "0.00", 4 a date.
    const QByteArray styles = XlsxBuilder::styles(
        { { 164, "0000000000" }, { 165, "00 00 00 00 00" }, { 166, "dd/mm/yyyy" } }, { 0, 164, 165, 2, 166 });
    const QByteArray sheet = XlsxBuilder::worksheet(row(1,
        cell("A1", value("491000002"), {}, 1) // DID typed as a number, shown with its leading 0
            + cell("B1", value("491000002"), {}, 2) + cell("C1", value("491000002")) // General: no padding
            + cell("D1", value("3.3612345678E10")) // scientific notation of an integer
            + cell("E1", value("8000"), "n") + cell("F1", value("0.1")) + cell("G1", value("2.5E-3"))
            + cell("H1", value("12.5"), {}, 3) + cell("I1", value("46352"), {}, 4) // a date stays its serial
            + cell("J1", value("-0")) + cell("K1", value("1234567890123"), {}, 1)
            + cell("L1", value("12345678901"), {}, 1))); // wider than the format: unchanged
    const auto table =
        XlsxReader::read(XlsxBuilder().setSheet(sheet).setStyles(styles).build(), QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->rows.at(0),
        QStringList({ QStringLiteral("0491000002"), QStringLiteral("0491000002"), QStringLiteral("491000002"),
            QStringLiteral("33612345678"), QStringLiteral("8000"), QStringLiteral("0.1"), QStringLiteral("0.0025"),
            QStringLiteral("12.5"), QStringLiteral("46352"), QStringLiteral("0"), QStringLiteral("1234567890123"),
            QStringLiteral("12345678901") }));
}

TEST(OrderXlsxReader, ConditionalFormatsDoNotShadowCellFormats)
{
    // <dxf> entries carry numFmt elements too; their ids must not replace the cell format 164.
    const QByteArray styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                              "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0000000000\"/></numFmts>"
                              "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>"
                              "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"164\" formatCode=\"General\"/></dxf></dxfs>"
                              "</styleSheet>";
    const auto table =
        XlsxReader::read(XlsxBuilder()
                             .setSheet(XlsxBuilder::worksheet(row(1, cell("A1", value("491000002"), {}, 1))))
                             .setStyles(styles)
                             .build(),
            QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->rows.at(0).at(0), QStringLiteral("0491000002"));
}

TEST(OrderXlsxReader, FormulasBooleansErrorsAndDates)
{
    const auto table = readSheet(row(1,
        cell("A1", "<f>CONCATENATE(\"Jean\",\" \",\"Dupont\")</f>" + value("Jean Dupont"), "str")
            + cell("B1", "<f>CONCATENATE(X1,Y1)</f>", "str") // saved without its value
            + cell("C1", "<f>8000+1</f>" + value("8001")) + cell("D1", "<f>8000+2</f>") + cell("E1", value("1"), "b")
            + cell("F1", value("0"), "b") + cell("G1", value("#REF!"), "e")
            + cell("H1", value("2026-11-26T00:00:00"), "d")
            + cell("I1", "<f t=\"shared\" ref=\"I1:I2\" si=\"0\">A1</f>" + value("Jean Dupont"), "str")));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->rows.at(0),
        QStringList({ QStringLiteral("Jean Dupont"), QString(), QStringLiteral("8001"), QString(),
            QStringLiteral("TRUE"), QStringLiteral("FALSE"), QStringLiteral("#REF!"),
            QStringLiteral("2026-11-26T00:00:00"), QStringLiteral("Jean Dupont") }));
}

TEST(OrderXlsxReader, MergedCellsRepeatTheTopLeftValue)
{
    // Customers merge the Site column over the rows of one site.
    QByteArray rows =
        row(1, cell("A1", "<is><t>Site</t></is>", "inlineStr") + cell("B1", "<is><t>Nom</t></is>", "inlineStr"));
    rows +=
        row(2, cell("A2", "<is><t>Siège</t></is>", "inlineStr") + cell("B2", "<is><t>accueil</t></is>", "inlineStr"));
    rows += row(3, cell("B3", "<is><t>compta</t></is>", "inlineStr"));
    rows += row(4, cell("A4", "<is><t>Marseille</t></is>", "inlineStr") + cell("B4", "<is><t>a</t></is>", "inlineStr"));
    for (int r = 5; r <= 9; ++r) {
        rows += row(r, cell("B" + QByteArray::number(r), "<is><t>b</t></is>", "inlineStr"));
    }
    const auto table = readSheet(rows,
        "<mergeCells count=\"3\"><mergeCell ref=\"A2:A3\"/><mergeCell ref=\"A4:A9\"/>"
        "<mergeCell ref=\"C1:E1\"/></mergeCells>"); // an empty merged range stays empty
    ASSERT_TRUE(table) << table.error().message.toStdString();
    ASSERT_EQ(table->rows.size(), 9);
    EXPECT_EQ(table->rows.at(2), QStringList({ QStringLiteral("Siège"), QStringLiteral("compta") }));
    for (int r = 4; r <= 9; ++r) {
        EXPECT_EQ(table->rows.at(r - 1).value(0), QStringLiteral("Marseille")) << "row " << r;
    }
    EXPECT_EQ(table->rows.at(0).size(), 2);
}

TEST(OrderXlsxReader, FirstSheetFoundThroughTheWorkbookRelationships)
{
    // French Excel: the first sheet is feuil1.xml, named "Plan de numérotation"; a second sheet
    // (sheet1.xml!) comes after it, and the parts are named with absolute targets.
    const QByteArray workbook = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                "<sheets><sheet name=\"Plan de numérotation\" sheetId=\"3\" r:id=\"rId7\"/>"
                                "<sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId7\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"/xl/worksheets/feuil1.xml\"/>"
        "<Relationship Id=\"rId9\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
        "Target=\"/xl/chaines.xml\"/></Relationships>";
    const QByteArray bytes = XlsxBuilder()
                                 .setPart(QStringLiteral("xl/workbook.xml"), workbook)
                                 .setPart(QStringLiteral("xl/_rels/workbook.xml.rels"), rels)
                                 .setPart(QStringLiteral("xl/worksheets/sheet1.xml"),
                                     XlsxBuilder::worksheet(row(1, cell("A1", value("0"), "s"))))
                                 .setPart(QStringLiteral("xl/worksheets/feuil1.xml"),
                                     XlsxBuilder::worksheet(row(1, cell("A1", value("1"), "s"))))
                                 .setPart(QStringLiteral("xl/chaines.xml"),
                                     XlsxBuilder::sharedStrings({ "<t>Notes</t>", "<t>Numéro de ligne</t>" }))
                                 .build();
    const auto table = XlsxReader::read(bytes, QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->sheetName, QStringLiteral("Plan de numérotation"));
    EXPECT_EQ(table->rows.at(0), QStringList({ QStringLiteral("Numéro de ligne") }));
}

TEST(OrderXlsxReader, ConventionalPartsWhenTheRelationshipsOmitThem)
{
    // The relationships list only the sheet; xl/sharedStrings.xml is there all the same.
    const QByteArray bytes =
        XlsxBuilder()
            .setSheet(XlsxBuilder::worksheet(row(1, cell("A1", value("0"), "s"))))
            .setPart(QStringLiteral("xl/sharedStrings.xml"), XlsxBuilder::sharedStrings({ "<t>Site</t>" }))
            .build();
    const auto table = XlsxReader::read(bytes, QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    EXPECT_EQ(table->rows.at(0), QStringList({ QStringLiteral("Site") }));
}

TEST(OrderXlsxReader, SharedStringIndexOutOfRange)
{
    const QByteArray sheet = XlsxBuilder::worksheet(row(1, cell("A1", value("0"), "s") + cell("B1", value("5"), "s")));
    const auto table = XlsxReader::read(
        XlsxBuilder().setSheet(sheet).setSharedStrings(XlsxBuilder::sharedStrings({ "<t>Site</t>" })).build(),
        QStringLiteral("plan.xlsx"));
    EXPECT_TRUE(failsNaming(table, { QStringLiteral("plan.xlsx"), QStringLiteral("B1"), QStringLiteral("5") }));
    EXPECT_TRUE(failsNaming(readSheet(row(1, cell("A1", value("-1"), "s"))), { QStringLiteral("A1") }));
    EXPECT_TRUE(failsNaming(readSheet(row(1, cell("A1", value("x"), "s"))), { QStringLiteral("A1") }));
}

TEST(OrderXlsxReader, CellReferencesAreValidatedAndBounded)
{
    EXPECT_TRUE(failsNaming(
        readSheet(row(1, cell("A1B", value("1")))), { QStringLiteral("plan.xlsx"), QStringLiteral("A1B") }));
    EXPECT_TRUE(failsNaming(readSheet(row(1, cell("1", value("1")))), { QStringLiteral("\"1\"") }));
    EXPECT_TRUE(failsNaming(readSheet(row(1, cell("AAAAA1", value("1")))), { QStringLiteral("AAAAA1") }));
    // Beyond the plan limits: the row and the column are named.
    EXPECT_TRUE(failsNaming(readSheet(row(50001, cell("A50001", value("1")))), { QStringLiteral("50001") }));
    EXPECT_TRUE(failsNaming(readSheet(row(1, cell("GT1", value("1")))), { QStringLiteral("202") }));
    // At the limits, and styled empty cells far away (Excel writes them), are fine.
    const auto edge = readSheet(
        row(1, cell("GR1", value("1")) + cell("XFD1", {}, {}, 0)) + row(1048576, cell("A1048576", {}, {}, 0)));
    ASSERT_TRUE(edge) << edge.error().message.toStdString();
    EXPECT_EQ(edge->rows.size(), 1);
    EXPECT_EQ(edge->rows.at(0).size(), PlanLimits::MaxColumns);
    // Rows going backwards, and a cell with no row and no reference, have no position.
    EXPECT_TRUE(failsNaming(readSheet(row(3, {}) + row(2, {})), { QStringLiteral("plan.xlsx") }));
    EXPECT_TRUE(failsNaming(readSheet("<c><v>1</v></c>"), { QStringLiteral("plan.xlsx") }));
}

TEST(OrderXlsxReader, BrokenXmlNamesThePartAndLine)
{
    const auto table = XlsxReader::read(
        XlsxBuilder().setSheet("<worksheet>\n<sheetData>\n<row><c>unclosed").build(), QStringLiteral("plan.xlsx"));
    EXPECT_TRUE(failsNaming(
        table, { QStringLiteral("plan.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("line 3") }));
}

TEST(OrderXlsxReader, DtdAndDeepNestingAreRefused)
{
    const QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                              "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                              "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is>"
                              "</c></row></sheetData></worksheet>";
    EXPECT_TRUE(failsNaming(XlsxReader::read(XlsxBuilder().setSheet(laughs).build(), QStringLiteral("plan.xlsx")),
        { QStringLiteral("plan.xlsx"), QStringLiteral("DTD") }));
    // In the workbook part too.
    const QByteArray workbook = "<?xml version=\"1.0\"?><!DOCTYPE workbook SYSTEM \"http://example.invalid/x.dtd\">"
                                "<workbook/>";
    EXPECT_TRUE(failsNaming(XlsxReader::read(XlsxBuilder()
                                                 .setSheet(XlsxBuilder::worksheet({}))
                                                 .setPart(QStringLiteral("xl/workbook.xml"), workbook)
                                                 .build(),
                                QStringLiteral("plan.xlsx")),
        { QStringLiteral("xl/workbook.xml"), QStringLiteral("DTD") }));

    QByteArray deep = "<is>";
    for (int i = 0; i < 200; ++i) {
        deep += "<r>";
    }
    EXPECT_TRUE(failsNaming(readSheet(row(1, cell("A1", deep, "inlineStr"))), { QStringLiteral("plan.xlsx") }));
}

TEST(OrderXlsxReader, WhatIsNotAWorkbook)
{
    const QString name = QStringLiteral("plan.xlsx");
    EXPECT_TRUE(failsNaming(XlsxReader::read(QByteArray(), name), { name, QStringLiteral("not an XLSX workbook") }));
    EXPECT_TRUE(failsNaming(XlsxReader::read("Site;Nom\nAvr;accueil\n", name), { name }));
    EXPECT_TRUE(failsNaming(XlsxReader::read("%PDF-1.4\n%%EOF\n", name), { name }));
    const QByteArray good = XlsxBuilder().setSheet(XlsxBuilder::worksheet(row(1, cell("A1", value("1"))))).build();
    ASSERT_TRUE(XlsxReader::read(good, name));
    EXPECT_TRUE(failsNaming(XlsxReader::read(good.left(good.size() / 2), name), { name }));
    EXPECT_TRUE(failsNaming(XlsxReader::read(good.left(good.size() - 10), name), { name }));

    // A zip that is not a workbook, a workbook without a sheet, a sheet whose part is missing.
    EXPECT_TRUE(failsNaming(XlsxReader::read(XlsxBuilder::zip({ { QStringLiteral("a.txt"), "a" } }), name),
        { name, QStringLiteral("xl/workbook.xml") }));
    EXPECT_TRUE(failsNaming(XlsxReader::read(XlsxBuilder()
                                                 .setPart(QStringLiteral("xl/workbook.xml"),
                                                     "<workbook xmlns=\"http://schemas.openxmlformats.org/"
                                                     "spreadsheetml/2006/main\"><sheets/></workbook>")
                                                 .build(),
                                name),
        { name }));
    EXPECT_TRUE(failsNaming(XlsxReader::read(XlsxBuilder()
                                                 .setSheet(XlsxBuilder::worksheet({}), QStringLiteral("Plan"),
                                                     QStringLiteral("worksheets/absent.xml"))
                                                 .removePart(QStringLiteral("xl/worksheets/absent.xml"))
                                                 .build(),
                                name),
        { name, QStringLiteral("xl/worksheets/absent.xml") }));
}

TEST(OrderXlsxReader, ZipBombsAndPartCountsAreRefused)
{
    const QString name = QStringLiteral("plan.xlsx");
    // More parts than a workbook ever has.
    QList<std::pair<QString, QByteArray>> parts;
    for (int i = 0; i <= PlanLimits::MaxZipEntries; ++i) {
        parts.append({ QStringLiteral("xl/media/image%1.png").arg(i), QByteArray() });
    }
    EXPECT_TRUE(failsNaming(XlsxReader::read(XlsxBuilder::zip(parts), name), { name }));

    // The corpus bomb: 200 MB of spaces in a 200 KB sheet part. Refused on its declared size,
    // before anything is inflated; a generous bound, the point is "not seconds of inflating".
    QFile bomb(Staging::Test::dataPath(QStringLiteral("bad/bomb.xlsx")));
    ASSERT_TRUE(bomb.open(QIODevice::ReadOnly));
    const QByteArray bytes = bomb.readAll();
    // Refused on the declared size, before inflating anything; a hang would hit the ctest timeout.
    EXPECT_TRUE(failsNaming(XlsxReader::read(bytes, QStringLiteral("bomb.xlsx")),
        { QStringLiteral("bomb.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml") }));
}

TEST(OrderXlsxReader, TenThousandRowsWithSharedStrings)
{
    // Correctness at plan scale (timing is a benchmark's job, see BENCHMARKS.md).
    QByteArrayList strings;
    QByteArray rows;
    for (int r = 1; r <= 10000; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<row r=\"" + n + "\">";
        for (int c = 0; c < 8; ++c) {
            const QByteArray ref = QByteArray(1, char('A' + c)) + n;
            if (c == 4) {
                rows += cell(ref, value(QByteArray::number(491000000 + r)), {}, 1);
            } else {
                rows += cell(ref, value(QByteArray::number(strings.size())), "s");
                strings.append("<t>Employé " + n + "/" + QByteArray::number(c) + "</t>");
            }
        }
        rows += "</row>";
    }
    const QByteArray bytes = XlsxBuilder()
                                 .setSheet(XlsxBuilder::worksheet(rows))
                                 .setSharedStrings(XlsxBuilder::sharedStrings(strings))
                                 .setStyles(XlsxBuilder::styles({ { 164, "0000000000" } }, { 0, 164 }))
                                 .build();
    const auto table = XlsxReader::read(bytes, QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    ASSERT_EQ(table->rows.size(), 10000);
    EXPECT_EQ(table->rows.at(9999).size(), 8);
    EXPECT_EQ(table->rows.at(9999).at(0), QStringLiteral("Employé 10000/0"));
    EXPECT_EQ(table->rows.at(9999).at(4), QStringLiteral("0491010000"));
}
