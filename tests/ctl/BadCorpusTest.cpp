// SPDX-License-Identifier: GPL-3.0-or-later
// Every malformed plan gives exit 1 (read, with problems) or exit 2 (unreadable, with a message
// naming the file), never a crash or a hang. Run under ASan/UBSan by the README test command.
#include "CtlRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging::Test;

namespace {

void expectCleanFailure(const QString &path, int expectedExit)
{
    const CtlRun run = runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"), path });
    const std::string name = QFileInfo(path).fileName().toStdString();
    ASSERT_FALSE(run.crashed) << name << ": " << run.err.toStdString();
    EXPECT_EQ(run.exitCode, expectedExit)
        << name << "\nstdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString();
    if (run.exitCode == 2) {
        EXPECT_TRUE(run.err.contains(QFileInfo(path).fileName())) << name << ": " << run.err.toStdString();
    }
}

} // namespace

TEST(CtlBadCorpus, EveryMalformedPlanFailsCleanly)
{
    QFile manifest(dataPath(QStringLiteral("bad/manifest.tsv")));
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    int count = 0;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        ASSERT_GE(fields.size(), 2) << line.toStdString();
        const int expected = fields.at(1) == QLatin1String("unreadable") ? 2 : 1;
        expectCleanFailure(dataPath(QStringLiteral("bad/") + fields.at(0)), expected);
        ++count;
    }
    EXPECT_GE(count, 25);
}

TEST(CtlBadCorpus, FiftyMegabyteFileIsRefusedQuickly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enorme.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray row = "Site;Nom;Type profil;Mat\xc3\xa9riel;Extension\n";
    const QByteArray block = row.repeated(1 << 14);
    while (file.size() < 50 * 1024 * 1024) {
        file.write(block);
    }
    file.close();
    expectCleanFailure(path, 2);
}

TEST(CtlBadCorpus, TooManyRowsIsRefused)
{
    QTemporaryDir dir;
    QByteArray csv = "Nom;Mat\xc3\xa9riel;Extension;Type profil\n";
    for (int i = 0; i < 60000; ++i) {
        csv += "poste " + QByteArray::number(i) + ";T54W;" + QByteArray::number(10000 + i) + ";POSTE FIXE\n";
    }
    expectCleanFailure(writeFile(dir, QStringLiteral("trop.csv"), csv), 2);
}
