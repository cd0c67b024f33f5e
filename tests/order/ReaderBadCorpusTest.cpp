// SPDX-License-Identifier: GPL-3.0-or-later
// The malformed plans of tests/data/bad through the readers alone (tests/ctl/BadCorpusTest.cpp runs
// the same files through stagingctl). Dispatch is by extension here: sniffing the content is the
// importer's job, and a file whose extension lies must still end in a table or a clear error.
#include "TestSupport.h"
#include "order/CsvReader.h"
#include "order/ModelCatalog.h"
#include "order/PlanImporter.h"
#include "order/PlanLimits.h"
#include "order/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using Staging::Test::dataPath;

namespace {

struct Entry
{
    QString file;
    QString expected; // "unreadable" or "readable"
    QString description;
};

QList<Entry> readManifest()
{
    QList<Entry> entries;
    QFile manifest(dataPath(QStringLiteral("bad/manifest.tsv")));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return entries;
    }
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        entries.append({ fields.value(0), fields.value(1), fields.value(2) });
    }
    return entries;
}

// The reader the file name asks for, or with otherReader the other one.
Expected<SheetTable> readByExtension(const QString &path, bool otherReader = false)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Io, file.errorString());
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const bool xlsx = name.endsWith(QLatin1String(".xlsx")) != otherReader;
    return xlsx ? XlsxReader::read(bytes, name) : CsvReader::read(bytes, name);
}

} // namespace

TEST(OrderBadCorpus, EveryFileGivesTableOrClearError)
{
    // "unreadable" tables that the readers do read: well-formed sheets without a header row or
    // without a station. Refusing them is the importer's part; the list keeps a reader regression
    // (a file it used to refuse now read) from hiding behind the importer.
    const QSet<QString> refusedByImporter = { QStringLiteral("only-headers.csv"), QStringLiteral("no-headers.csv"),
        QStringLiteral("title-and-headers.xlsx"), QStringLiteral("title-and-headers.csv") };
    // "readable" files whose extension lies (a CSV export renamed .xlsx): the reader their name
    // picks refuses them, naming the file, and the other reader, which the importer's content
    // sniffing would pick, reads them.
    const QSet<QString> extensionLies = { QStringLiteral("csv-named.xlsx") };

    const QList<Entry> entries = readManifest();
    ASSERT_GE(entries.size(), 25);
    QSet<QString> listed;
    QSet<QString> seenRefusedByImporter;
    QSet<QString> seenExtensionLies;
    for (const Entry &entry : entries) {
        SCOPED_TRACE(entry.file.toStdString() + ": " + entry.description.toStdString());
        ASSERT_TRUE(entry.expected == QLatin1String("unreadable") || entry.expected == QLatin1String("readable"))
            << entry.expected.toStdString();
        EXPECT_FALSE(listed.contains(entry.file)) << "listed twice";
        listed.insert(entry.file);
        const QString path = dataPath(QStringLiteral("bad/") + entry.file);
        ASSERT_TRUE(QFileInfo(path).isFile());
        EXPECT_LT(QFileInfo(path).size(), 300 * 1024) << "keep the corpus small";

        const auto table = readByExtension(path);
        if (entry.expected == QLatin1String("readable") && extensionLies.contains(entry.file)) {
            ASSERT_FALSE(table);
            EXPECT_TRUE(table.error().message.contains(entry.file)) << table.error().message.toStdString();
            const auto byContent = readByExtension(path, /*otherReader=*/true);
            EXPECT_TRUE(byContent) << byContent.error().message.toStdString();
            seenExtensionLies.insert(entry.file);
            continue;
        }
        if (entry.expected == QLatin1String("readable")) {
            EXPECT_TRUE(table) << table.error().message.toStdString();
            continue;
        }
        if (refusedByImporter.contains(entry.file)) {
            ASSERT_TRUE(table) << table.error().message.toStdString();
            const auto plan = PlanImporter(ModelCatalog::builtIn()).importTable(*table);
            ASSERT_FALSE(plan);
            EXPECT_TRUE(plan.error().message.contains(entry.file)) << plan.error().message.toStdString();
            seenRefusedByImporter.insert(entry.file);
            continue;
        }
        ASSERT_FALSE(table) << "read " << table->rows.size() << " rows";
        EXPECT_EQ(table.error().kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(table.error().message.contains(entry.file)) << table.error().message.toStdString();
    }
    EXPECT_EQ(seenRefusedByImporter, refusedByImporter);
    EXPECT_EQ(seenExtensionLies, extensionLies);

    // Every file of the folder is in the manifest (the generator and the manifest are not plans).
    const QDir dir(dataPath(QStringLiteral("bad")));
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (name == QLatin1String("manifest.tsv") || name == QLatin1String("make-corpus.py")) {
            continue;
        }
        EXPECT_TRUE(listed.contains(name)) << name.toStdString() << " is not in manifest.tsv";
    }
}

TEST(OrderBadCorpus, SixtyThousandRowsAreRefused)
{
    // Generated, not committed: 60,000 stations, far beyond any plan and beyond the row limit.
    QByteArray csv = "Nom;Mat\xc3\xa9riel;Extension;Type profil\n";
    for (int i = 0; i < 60000; ++i) {
        csv += "poste " + QByteArray::number(i) + ";T54W;" + QByteArray::number(10000 + i) + ";POSTE FIXE\n";
    }
    QTemporaryDir dir;
    const QString path = Staging::Test::writeFile(dir, QStringLiteral("trop.csv"), csv);
    ASSERT_FALSE(path.isEmpty());
    const auto table = readByExtension(path);
    ASSERT_FALSE(table);
    EXPECT_TRUE(table.error().message.contains(QStringLiteral("trop.csv, row %1").arg(PlanLimits::MaxRows + 1)))
        << table.error().message.toStdString();
}
