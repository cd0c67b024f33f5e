// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/CsvReader.h"

#include "TestSupport.h"
#include "order/PlanImporter.h"
#include "order/PlanLimits.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Staging;

TEST(OrderCsvReader, Windows1252IsNotLatin1)
{
    // 0x80 0x92 0x9C are € ’ œ in Windows-1252 and control characters in Latin-1.
    const auto table = CsvReader::read("Nom;Note\r\nC\x9Cur;l\x92\x80uro\r\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(table);
    EXPECT_EQ(table->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(table->rows.at(1).at(0), QStringLiteral("Cœur"));
    EXPECT_EQ(table->rows.at(1).at(1), QStringLiteral("l’€uro"));

    const auto accents = CsvReader::read("Nom;Poste\r\nH\xE9l\xE8ne;8000\r\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(accents);
    EXPECT_EQ(accents->encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(accents->rows.at(1).at(0), QStringLiteral("Hélène"));
}

TEST(OrderCsvReader, StrictUtf8WithoutBom)
{
    const auto table = CsvReader::read("Nom;Poste\nC\xC5\x93ur \xE2\x82\xAC;8000\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(table);
    EXPECT_EQ(table->encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(table->rows.at(1).at(0), QStringLiteral("Cœur €"));
}

TEST(OrderCsvReader, ByteOrderMarks)
{
    const auto utf8 = CsvReader::read("\xEF\xBB\xBFNom,Poste\nH\xC3\xA9l\xC3\xA8ne,8000\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(utf8);
    EXPECT_EQ(utf8->encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_EQ(utf8->rows.at(0).at(0), QStringLiteral("Nom")); // the BOM is not part of the first header
    EXPECT_EQ(utf8->rows.at(1).at(0), QStringLiteral("Hélène"));

    const QString text = QStringLiteral("Nom\tPoste\r\nZoé\t8000\r\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto wide = CsvReader::read(utf16, QStringLiteral("b.csv"));
    ASSERT_TRUE(wide);
    EXPECT_EQ(wide->encoding, QStringLiteral("UTF-16LE"));
    EXPECT_EQ(wide->delimiter, QLatin1Char('\t'));
    EXPECT_EQ(wide->rows.at(1).at(0), QStringLiteral("Zoé"));

    QByteArray big("\xFE\xFF");
    for (const QChar c : text) {
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    const auto bigEndian = CsvReader::read(big, QStringLiteral("c.csv"));
    ASSERT_TRUE(bigEndian);
    EXPECT_EQ(bigEndian->encoding, QStringLiteral("UTF-16BE"));
    EXPECT_EQ(bigEndian->rows.at(1), QStringList({ QStringLiteral("Zoé"), QStringLiteral("8000") }));
}

TEST(OrderCsvReader, SniffsTheDelimiterThatGivesConsistentColumns)
{
    // Commas inside the names must not win over the semicolons that separate the columns.
    const auto table =
        CsvReader::read("Nom;Poste;Mail\nDupont, Jean;8000;a@b.fr\nMartin, Léa;8001;c@d.fr\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(table);
    EXPECT_EQ(table->delimiter, QLatin1Char(';'));
    EXPECT_EQ(table->rows.at(1),
        QStringList({ QStringLiteral("Dupont, Jean"), QStringLiteral("8000"), QStringLiteral("a@b.fr") }));
}

TEST(OrderCsvReader, SniffsCommaTabAndOneColumn)
{
    const auto comma = CsvReader::read("Nom,Poste\n\"Martin; L\xC3\xA9"
                                       "a\",8001\n",
        QStringLiteral("a.csv"));
    ASSERT_TRUE(comma);
    EXPECT_EQ(comma->delimiter, QLatin1Char(','));
    EXPECT_EQ(comma->rows.at(1), QStringList({ QStringLiteral("Martin; Léa"), QStringLiteral("8001") }));

    const auto tab = CsvReader::read("Nom\tPoste\tNote\nA, B\t8000\tx;y\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(tab);
    EXPECT_EQ(tab->delimiter, QLatin1Char('\t'));
    EXPECT_EQ(tab->rows.at(1), QStringList({ QStringLiteral("A, B"), QStringLiteral("8000"), QStringLiteral("x;y") }));

    // A single column of data: one cell per row, whatever delimiter is recorded.
    const auto single = CsvReader::read("Extension\n8000\n8001\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(single);
    EXPECT_EQ(single->rows,
        QList<QStringList>(
            { { QStringLiteral("Extension") }, { QStringLiteral("8000") }, { QStringLiteral("8001") } }));
}

TEST(OrderCsvReader, ValuesKeptAsWritten)
{
    // Unquoted spaces and NBSPs stay (the importer trims); trailing empty fields count.
    const auto table = CsvReader::read(
        "Nom;Poste;;\n  Jean\xC2\xA0 ;8000 ;;\n \"  quoted  \";\"a\"b;\"\";\n", QStringLiteral("a.csv"));
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rows.size(), 3);
    EXPECT_EQ(table->rows.at(0).size(), 4);
    EXPECT_EQ(table->rows.at(1),
        QStringList({ QStringLiteral("  Jean\u00A0 "), QStringLiteral("8000 "), QString(), QString() }));
    // Spaces before an opening quote are dropped, the quoted text is kept whole, text after the
    // closing quote is kept, and "" is an empty cell.
    EXPECT_EQ(
        table->rows.at(2), QStringList({ QStringLiteral("  quoted  "), QStringLiteral("ab"), QString(), QString() }));
}

TEST(OrderCsvReader, BlankLinesKeepRecordNumbers)
{
    const auto table = CsvReader::read("Site;Nom\r\n\r\n;\r\nAvr;\"a\r\nb\"\r\nAvr;c", QStringLiteral("a.csv"));
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rows.size(), 5);
    EXPECT_EQ(table->rows.at(1), QStringList({ QString() }));
    EXPECT_EQ(table->rows.at(2), QStringList({ QString(), QString() }));
    EXPECT_EQ(table->rows.at(3), QStringList({ QStringLiteral("Avr"), QStringLiteral("a\r\nb") }));
    EXPECT_EQ(table->rows.at(4), QStringList({ QStringLiteral("Avr"), QStringLiteral("c") }));
}

TEST(OrderCsvReader, Limits)
{
    const auto messageOf = [](const Expected<SheetTable> &t) { return t ? QString() : t.error().message; };

    QByteArray columns = "a";
    for (int i = 1; i < PlanLimits::MaxColumns; ++i) {
        columns += ";c" + QByteArray::number(i);
    }
    ASSERT_TRUE(CsvReader::read(columns + "\n", QStringLiteral("a.csv")));
    const auto wide = CsvReader::read("Nom;Poste\n" + columns + ";one more\n", QStringLiteral("wide.csv"));
    ASSERT_FALSE(wide);
    EXPECT_TRUE(messageOf(wide).contains(QStringLiteral("wide.csv, row 2"))) << messageOf(wide).toStdString();

    const QByteArray longCell(PlanLimits::MaxCellChars + 1, 'x');
    for (const QByteArray &line : QByteArrayList { "Nom;" + longCell + "\n", "Nom;\"" + longCell + "\"\n" }) {
        const auto table = CsvReader::read("Nom;Poste\n" + line, QStringLiteral("long.csv"));
        ASSERT_FALSE(table);
        EXPECT_TRUE(messageOf(table).contains(QStringLiteral("long.csv, row 2"))) << messageOf(table).toStdString();
    }
    ASSERT_TRUE(CsvReader::read("Nom;" + longCell.left(PlanLimits::MaxCellChars) + "\n", QStringLiteral("a.csv")));

    QByteArray rows = "Nom;Poste\n";
    for (int i = 1; i < PlanLimits::MaxRows; ++i) {
        rows += "n;" + QByteArray::number(i) + "\n";
    }
    const auto full = CsvReader::read(rows, QStringLiteral("a.csv"));
    ASSERT_TRUE(full);
    EXPECT_EQ(full->rows.size(), PlanLimits::MaxRows);
    const auto tooMany = CsvReader::read(rows + "n;x\n", QStringLiteral("many.csv"));
    ASSERT_FALSE(tooMany);
    EXPECT_TRUE(messageOf(tooMany).contains(QStringLiteral("many.csv"))) << messageOf(tooMany).toStdString();

    // In memory too: the bytes are refused on their size, before any decoding.
    const QByteArray huge(PlanLimits::MaxFileBytes + 1, 'a');
    const auto tooBig = CsvReader::read(huge, QStringLiteral("huge.csv"));
    ASSERT_FALSE(tooBig);
    EXPECT_TRUE(messageOf(tooBig).contains(QStringLiteral("huge.csv")));
}

TEST(OrderCsvReader, TenThousandRows)
{
    // Correctness at plan scale; the timing is the import benchmark's job (BENCHMARKS.md).
    QByteArray csv = "Site;Nom;Type profil;Mat\xC3\xA9riel;Num\xC3\xA9ro;Extension;Email;MAC\r\n";
    for (int i = 0; i < 10000; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Si\xC3\xA8ge;\"Dupont, " + n + "\";POSTE FIXE;T54W;0491" + n + ";" + QByteArray::number(10000 + i)
            + ";e" + n + "@example.fr;80:5e:c0:00:00:01\r\n";
    }
    const auto table = CsvReader::read(csv, QStringLiteral("a.csv"));
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rows.size(), 10001);
    EXPECT_EQ(table->rows.at(10000).size(), 8);
    EXPECT_EQ(table->rows.at(10000).at(0), QStringLiteral("Siège"));
    EXPECT_EQ(table->rows.at(10000).at(1), QStringLiteral("Dupont, 9999"));
    EXPECT_EQ(table->rows.at(10000).at(5), QStringLiteral("19999"));
}

TEST(OrderCsvReader, QuotingLineEndsAndRecords)
{
    const auto table =
        CsvReader::read("Nom,Note\r\n\"Jean \"\"JD\"\" Dupont\",\"deux\r\nlignes, une virgule\"\rLéa,\n\"\",fin",
            QStringLiteral("a.csv"));
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rows.size(), 4);
    EXPECT_EQ(table->rows.at(1).at(0), QStringLiteral("Jean \"JD\" Dupont"));
    EXPECT_EQ(table->rows.at(1).at(1), QStringLiteral("deux\r\nlignes, une virgule"));
    EXPECT_EQ(table->rows.at(2), QStringList({ QStringLiteral("Léa"), QString() })); // a lone CR ends a record
    EXPECT_EQ(table->rows.at(3), QStringList({ QString(), QStringLiteral("fin") })); // no final newline
}

TEST(OrderCsvReader, UnterminatedQuoteNamesItsRow)
{
    const auto table = CsvReader::read("Nom;Poste\nA;1\n\"B;2\nC;3\n", QStringLiteral("plan.csv"));
    ASSERT_FALSE(table);
    EXPECT_TRUE(table.error().message.contains(QStringLiteral("plan.csv, row 3")))
        << table.error().message.toStdString();
}

TEST(OrderCsvReader, RefusesWhatIsNotAPlan)
{
    EXPECT_FALSE(CsvReader::read(QByteArray(), QStringLiteral("a.csv")));
    for (const QByteArray &blank : { QByteArray(" \r\n\t\n"), QByteArray("\xEF\xBB\xBF"),
             QByteArray("\xEF\xBB\xBF \xC2\xA0\n"), QByteArray("\xFF\xFE\x20\x00", 4) }) {
        const auto table = CsvReader::read(blank, QStringLiteral("blank.csv"));
        ASSERT_FALSE(table) << blank.toHex().toStdString();
        EXPECT_TRUE(table.error().message.contains(QStringLiteral("blank.csv is empty")));
    }
    const auto nul = CsvReader::read(QByteArray("Nom;\0Poste\n", 11), QStringLiteral("nul.csv"));
    ASSERT_FALSE(nul);
    EXPECT_EQ(nul.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(nul.error().message.contains(QStringLiteral("nul.csv is not a spreadsheet")));
    // UTF-16 without its byte order mark is full of NULs as well.
    const QString text = QStringLiteral("Nom;Poste\r\n");
    EXPECT_FALSE(CsvReader::read(
        QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2), QStringLiteral("a.csv")));
    const auto mixed = CsvReader::read("Nom;Note\nH\xC3\xA9l\xC3\xA8ne;1\nZo\xE9;2\n", QStringLiteral("m.csv"));
    ASSERT_FALSE(mixed);
    EXPECT_TRUE(mixed.error().message.contains(QStringLiteral("m.csv")));

    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(PlanLimits::MaxFileBytes + 1));
    file.close();
    const auto tooBig = PlanImporter(ModelCatalog::builtIn()).importFile(big);
    ASSERT_FALSE(tooBig);
    EXPECT_TRUE(tooBig.error().message.contains(QStringLiteral("big.csv")));
}
