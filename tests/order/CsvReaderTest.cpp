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
    EXPECT_FALSE(CsvReader::read(QByteArray("Nom;\0Poste\n", 11), QStringLiteral("a.csv")));
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
