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

// Ring groups with their members, each station's label and supervision keys; the voicemail code
// planted in the plan comes out of neither format, only whether one is set.
TEST(CtlPlanCheck, GroupsKeysAndLabelsButNeverTheVoicemailCode)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("groups.csv"),
        "Site;Nom;Type profil;Mat\xC3\xA9riel;Extension;Groupe;Sonnerie;Code messagerie;\xC3\x89tiquette\n"
        "Lyon;Accueil;STANDARDISTE;YEALINK T54W + extension;;Accueil;;739154;\n"
        "Lyon;Camille Martin;POSTE FIXE;YEALINK T46U;;Accueil;;;Camille\n"
        "Paris;Louis Bernard;POSTE FIXE;YEALINK T46U;;;;;\n"
        "Lyon;Accueil;GROUPE;;8010;;lin\xC3\xA9\x61ire;;\n");
    const CtlRun run = runStagingctl(
        { QStringLiteral("plan"), QStringLiteral("check"), path, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("739154")));
    EXPECT_FALSE(run.err.contains(QStringLiteral("739154")));
    const QJsonObject root = parseJson(run);

    const QJsonArray groups = root.value(QLatin1String("groups")).toArray();
    ASSERT_EQ(groups.size(), 1);
    const QJsonObject group = groups.first().toObject();
    EXPECT_EQ(group.value(QLatin1String("name")).toString(), QStringLiteral("Accueil"));
    EXPECT_EQ(group.value(QLatin1String("row")).toInt(), 5);
    EXPECT_EQ(group.value(QLatin1String("extension")).toString(), QStringLiteral("8010"));
    EXPECT_EQ(group.value(QLatin1String("strategy")).toString(), QStringLiteral("linear"));
    EXPECT_TRUE(group.value(QLatin1String("dids")).isArray());
    EXPECT_FALSE(group.value(QLatin1String("new_did")).toBool());
    EXPECT_EQ(group.value(QLatin1String("members")).toArray(),
        QJsonArray({ QStringLiteral("Accueil"), QStringLiteral("Camille Martin") }));

    const QJsonArray stations = root.value(QLatin1String("stations")).toArray();
    ASSERT_EQ(stations.size(), 3);
    const QJsonObject accueil = stations.at(0).toObject();
    EXPECT_EQ(accueil.value(QLatin1String("groups")).toArray(), QJsonArray({ QStringLiteral("Accueil") }));
    EXPECT_EQ(accueil.value(QLatin1String("label")).toString(), QStringLiteral("Accueil")); // empty: the name
    EXPECT_TRUE(accueil.value(QLatin1String("voicemail_pin_set")).toBool());
    EXPECT_FALSE(accueil.contains(QLatin1String("voicemail_pin")));
    // Its one colleague of Lyon, on the line key after its own line; Paris is another site.
    const QJsonArray keys = accueil.value(QLatin1String("keys")).toArray();
    ASSERT_EQ(keys.size(), 1);
    EXPECT_EQ(keys.first().toObject().value(QLatin1String("position")).toInt(), 2);
    EXPECT_EQ(keys.first().toObject().value(QLatin1String("label")).toString(), QStringLiteral("Camille Martin"));
    EXPECT_FALSE(keys.first().toObject().value(QLatin1String("on_module")).toBool());
    const QJsonObject camille = stations.at(1).toObject();
    EXPECT_EQ(camille.value(QLatin1String("label")).toString(), QStringLiteral("Camille"));
    EXPECT_FALSE(camille.value(QLatin1String("voicemail_pin_set")).toBool());
    EXPECT_TRUE(camille.value(QLatin1String("keys")).toArray().isEmpty());

    const CtlRun text = runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"), path });
    ASSERT_FALSE(text.crashed) << text.err.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("739154")));
    EXPECT_FALSE(text.err.contains(QStringLiteral("739154")));
}

// A code that is not 4 to 8 digits is refused at its row and column, without being repeated.
TEST(CtlPlanCheck, AnInvalidVoicemailCodeIsNotEchoed)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("pin.csv"),
        "Nom;Mat\xC3\xA9riel;Extension;Code messagerie\n"
        "Alice;YEALINK T46U;8001;73915x\n");
    const CtlRun run = runStagingctl({ QStringLiteral("plan"), QStringLiteral("check"), path });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("invalid-voicemail-pin"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("row 2, column D"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("73915x")));
}
