// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging::Test;

namespace {

QJsonObject parseJson(const CtlRun &run)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_TRUE(doc.isObject()) << error.errorString().toStdString() << "\n" << run.out.toStdString();
    return doc.object();
}

QStringList problemCodes(const QJsonObject &root)
{
    QStringList codes;
    for (const QJsonValue &p : root.value(QLatin1String("problems")).toArray()) {
        codes.append(p.toObject().value(QLatin1String("code")).toString());
    }
    return codes;
}

} // namespace

TEST(CtlPlanCheck, ValidPlanExitsZeroWithTheContractJson)
{
    const CtlRun run = runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"),
        dataPath(QStringLiteral("plans/bench.xlsx")), QStringLiteral("--range"), QStringLiteral("8100-8119"),
        QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const QJsonObject root = parseJson(run);
    const QJsonArray stations = root.value(QLatin1String("stations")).toArray();
    ASSERT_EQ(stations.size(), 6);
    const QJsonObject first = stations.first().toObject();
    for (const char *key : { "row", "site", "name", "profile", "model", "extension", "dids", "email", "mac" }) {
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    }
    EXPECT_EQ(first.value(QLatin1String("row")).toInt(), 5);
    EXPECT_EQ(first.value(QLatin1String("profile")).toString(), QStringLiteral("customer-relationship"));
    EXPECT_EQ(first.value(QLatin1String("model")).toString(), QStringLiteral("yealink-t54w"));
    EXPECT_EQ(first.value(QLatin1String("dids")).toArray().first().toString(), QStringLiteral("0442001001"));
    EXPECT_EQ(first.value(QLatin1String("mac")).toString(), QStringLiteral("80:5e:c0:20:00:01"));
    EXPECT_EQ(stations.at(2).toObject().value(QLatin1String("extension")).toString(), QStringLiteral("8102"));
    // The unknown "Bureau" column is a warning, not a reason to fail.
    EXPECT_EQ(problemCodes(root), QStringList({ QStringLiteral("unknown-column") }));
}

TEST(CtlPlanCheck, ProblemsExitOneWithRowAndColumn)
{
    const CtlRun run = runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"),
        dataPath(QStringLiteral("plans/problems.csv")), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1);
    const QJsonObject root = parseJson(run);
    const QStringList codes = problemCodes(root);
    for (const char *code :
        { "duplicate-extension", "duplicate-did", "duplicate-mac", "invalid-mac", "invalid-did", "unknown-model",
            "missing-name", "missing-email", "extension-out-of-range", "unknown-profile", "invalid-email" }) {
        EXPECT_TRUE(codes.contains(QLatin1String(code)))
            << code << " in " << codes.join(QLatin1Char(' ')).toStdString();
    }
    for (const QJsonValue &value : root.value(QLatin1String("problems")).toArray()) {
        const QJsonObject p = value.toObject();
        EXPECT_GT(p.value(QLatin1String("row")).toInt(), 0);
        EXPECT_GT(p.value(QLatin1String("column")).toInt(), 0);
        EXPECT_FALSE(p.value(QLatin1String("message")).toString().isEmpty());
    }
}

TEST(CtlPlanCheck, TextFormNamesRowColumnLetterAndField)
{
    const CtlRun run = runStagingctl(
        { QStringLiteral("plan"), QStringLiteral("check"), dataPath(QStringLiteral("plans/problems.csv")) });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("error: row 3, column F (Extension): Extension 8000 is already used on row 2.")))
        << run.out.toStdString();
}

TEST(CtlPlanCheck, CustomerIdIsCheckedWhenGiven)
{
    const CtlRun run =
        runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"), dataPath(QStringLiteral("plans/bench.xlsx")),
            QStringLiteral("--range"), QStringLiteral("8100-8119"), QStringLiteral("--customer-id"),
            QStringLiteral("73282932000075"), QStringLiteral("--format"), QStringLiteral("json") });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(problemCodes(parseJson(run)).contains(QStringLiteral("invalid-customer-id")));
}

TEST(CtlPlanCheck, UnreadableFileExitsTwoWithItsName)
{
    QTemporaryDir dir;
    const QString empty = writeFile(dir, QStringLiteral("vide.csv"), QByteArray());
    const CtlRun run = runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"), empty });
    ASSERT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("vide.csv"))) << run.err.toStdString();

    const CtlRun missing =
        runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"), dir.filePath(QStringLiteral("absent.xlsx")) });
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("absent.xlsx")));
}

TEST(CtlPlanCheck, UsageErrorsExitTwo)
{
    const QString plan = dataPath(QStringLiteral("plans/bench.xlsx"));
    for (const QStringList &args : {
             QStringList { QStringLiteral("plan"), QStringLiteral("check") },
             QStringList { QStringLiteral("plan"), QStringLiteral("check"), plan, QStringLiteral("--format"),
                 QStringLiteral("xml") },
             QStringList { QStringLiteral("plan"), QStringLiteral("check"), plan, QStringLiteral("--range"),
                 QStringLiteral("9000-8000") },
             QStringList { QStringLiteral("plan"), QStringLiteral("check"), plan, QStringLiteral("--bogus") },
             QStringList { QStringLiteral("frobnicate") },
         }) {
        const CtlRun run = runStagingctl(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(run.err.isEmpty());
    }
}

TEST(CtlPlanCheck, VersionAndHelp)
{
    const CtlRun version = runStagingctl({ QStringLiteral("--version") });
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("stagingctl " STAGING_VERSION)));
    const CtlRun help = runStagingctl({ QStringLiteral("--help") });
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("plan check")));
}
