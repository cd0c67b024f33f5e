// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CsvWriter.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace Staging;

TEST(CoreCsvWriter, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
}

TEST(CoreCsvWriter, NeutralizesFormulas)
{
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("+33 4 91")), QStringLiteral("'+33 4 91"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("-2,3")), QStringLiteral("\"'-2,3\""));
}

TEST(CoreCsvWriter, RowsEndWithCrLf)
{
    QString out;
    QTextStream stream(&out);
    CsvWriter writer(stream);
    writer.writeRow({ QStringLiteral("a"), QString(), QStringLiteral("c") });
    writer.writeRow({ QStringLiteral("d") });
    stream.flush();
    EXPECT_EQ(out, QStringLiteral("a,,c\r\nd\r\n"));
}

// A French spreadsheet splits on ";": a cell holding one is quoted, a comma is left alone.
TEST(CoreCsvWriter, ASemicolonSeparatorQuotesCellsThatHoldOne)
{
    QString out;
    QTextStream stream(&out);
    CsvWriter writer(stream, QLatin1Char(';'));
    writer.writeRow({ QStringLiteral("a;b"), QStringLiteral("1,5"), QStringLiteral("=cmd") });
    stream.flush();
    EXPECT_EQ(out, QStringLiteral("\"a;b\";1,5;'=cmd\r\n"));
}

// For CSV a program reads (confd's import): quoted as RFC 4180 says, nothing added to the data.
TEST(CoreCsvWriter, QuoteLeavesTheDataAsItIs)
{
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("-Marc")), QStringLiteral("-Marc"));
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("=1,2")), QStringLiteral("\"=1,2\""));
    EXPECT_EQ(CsvWriter::quote(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
}
