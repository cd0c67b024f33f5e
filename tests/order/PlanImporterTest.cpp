// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanImporter.h"

#include "TestSupport.h"
#include "order/PlanValidator.h"

#include <gtest/gtest.h>

using namespace Staging;

namespace {

NumberingPlan importOrFail(const QString &relative)
{
    const auto plan = PlanImporter(ModelCatalog::builtIn()).importFile(Test::dataPath(relative));
    EXPECT_TRUE(plan.hasValue()) << (plan ? std::string() : plan.error().message.toStdString());
    return plan ? *plan : NumberingPlan();
}

void expectBenchStations(const NumberingPlan &plan)
{
    ASSERT_EQ(plan.stations.size(), 6);
    EXPECT_EQ(plan.headerRow, 4);
    EXPECT_EQ(plan.mainNumber, QStringLiteral("0442001000"));
    EXPECT_EQ(plan.unknownColumns, QStringList({ QStringLiteral("Bureau") }));

    const Station &accueil = plan.stations.at(0);
    EXPECT_EQ(accueil.row, 5);
    EXPECT_EQ(accueil.site, QStringLiteral("Aix"));
    EXPECT_EQ(accueil.name, QStringLiteral("Accueil"));
    EXPECT_EQ(accueil.profile, Profile::CustomerRelationship);
    EXPECT_EQ(accueil.modelId, QStringLiteral("yealink-t54w"));
    EXPECT_TRUE(accueil.expansionModule);
    EXPECT_EQ(accueil.dids, QStringList({ QStringLiteral("0442001001") }));
    EXPECT_EQ(accueil.extension, QStringLiteral("8100"));
    EXPECT_EQ(accueil.mac, QStringLiteral("80:5e:c0:20:00:01"));
    EXPECT_EQ(accueil.extra.value(QStringLiteral("Bureau")), QStringLiteral("RDC"));

    const Station &helene = plan.stations.at(1);
    EXPECT_EQ(helene.name, QStringLiteral("Hélène Lemaître"));
    EXPECT_EQ(helene.site, QStringLiteral("Aix")); // merged cell in the XLSX
    EXPECT_EQ(helene.dids, QStringList({ QStringLiteral("0442001002") }));
    EXPECT_EQ(helene.mac, QStringLiteral("80:5e:c0:20:00:02"));
    EXPECT_EQ(helene.email, QStringLiteral("helene@lemaitre.example"));

    const Station &fournil = plan.stations.at(2);
    EXPECT_EQ(fournil.name, QStringLiteral("Cœur de fournil"));
    EXPECT_EQ(fournil.modelId, QStringLiteral("yealink-w60p"));
    EXPECT_TRUE(fournil.newDid);
    EXPECT_TRUE(fournil.dids.isEmpty());
    EXPECT_TRUE(fournil.extension.isEmpty());

    const Station &francois = plan.stations.at(4);
    EXPECT_EQ(francois.name, QStringLiteral("François Œuvray"));
    EXPECT_EQ(francois.profile, Profile::UnifiedCommunication);
    EXPECT_EQ(francois.modelId, QStringLiteral("wazo-softphone"));
    EXPECT_EQ(francois.dids, QStringList({ QStringLiteral("0442001005"), QStringLiteral("0442001006") }));
    EXPECT_EQ(francois.extra.value(QStringLiteral("Bureau")), QStringLiteral("Télétravail"));
}

} // namespace

TEST(OrderPlanImporter, WindowsCsvFromFrenchExcel)
{
    const NumberingPlan plan = importOrFail(QStringLiteral("plans/bench-cp1252.csv"));
    EXPECT_EQ(plan.format, QStringLiteral("csv"));
    EXPECT_EQ(plan.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(plan.delimiter, QLatin1Char(';'));
    expectBenchStations(plan);
}

TEST(OrderPlanImporter, Utf8CsvWithBomAndCommas)
{
    const NumberingPlan plan = importOrFail(QStringLiteral("plans/bench-utf8-bom.csv"));
    EXPECT_EQ(plan.delimiter, QLatin1Char(','));
    expectBenchStations(plan);
}

TEST(OrderPlanImporter, XlsxGivesTheSameStationsAsItsCsv)
{
    const NumberingPlan xlsx = importOrFail(QStringLiteral("plans/bench.xlsx"));
    EXPECT_EQ(xlsx.format, QStringLiteral("xlsx"));
    EXPECT_EQ(xlsx.sheetName, QStringLiteral("Plan de numérotation"));
    expectBenchStations(xlsx);
    const NumberingPlan csv = importOrFail(QStringLiteral("plans/bench-cp1252.csv"));
    EXPECT_EQ(xlsx.stations, csv.stations);
}

TEST(OrderPlanImporter, BenchPlanIsValidOnceExtensionsAreAssigned)
{
    const NumberingPlan plan = importOrFail(QStringLiteral("plans/bench.xlsx"));
    Order order;
    order.range = { 8100, 8119 };
    order.stations = plan.stations;
    PlanValidator::assignExtensions(order);
    EXPECT_EQ(order.stations.at(2).extension, QStringLiteral("8102"));
    EXPECT_EQ(order.stations.at(3).extension, QStringLiteral("8103"));
    EXPECT_EQ(order.stations.at(5).extension, QStringLiteral("8104"));
    const Problems problems = PlanValidator(ModelCatalog::builtIn()).validate(order, plan.columns);
    EXPECT_TRUE(problems.isEmpty()) << problems.value(0).message.toStdString();
}

TEST(OrderPlanImporter, HeadersInAnyOrderAndLanguage)
{
    SheetTable table;
    table.fileName = QStringLiteral("english.csv");
    table.rows = {
        { QStringLiteral("MAC address"), QStringLiteral("E-mail"), QStringLiteral("EXTENSION"),
            QStringLiteral("Phone model"), QStringLiteral("Name"), QStringLiteral("Profile") },
        { QStringLiteral("80:5e:c0:00:00:09"), QStringLiteral("a@b.example"), QStringLiteral("8001"),
            QStringLiteral("Yealink T53W"), QStringLiteral("Alice"), QStringLiteral("customer-relationship") },
    };
    const auto plan = PlanImporter(ModelCatalog::builtIn()).importTable(table);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->stations.size(), 1);
    EXPECT_EQ(plan->stations.first().name, QStringLiteral("Alice"));
    EXPECT_EQ(plan->stations.first().modelId, QStringLiteral("yealink-t53w"));
    EXPECT_EQ(plan->stations.first().profile, Profile::CustomerRelationship);
    EXPECT_EQ(plan->columns.value(QStringLiteral("mac")), 1);
    EXPECT_EQ(plan->columns.value(QStringLiteral("name")), 5);
}

TEST(OrderPlanImporter, DuplicateAndUnknownColumnsAreReported)
{
    SheetTable table;
    table.fileName = QStringLiteral("dup.csv");
    table.rows = {
        { QStringLiteral("Nom"), QStringLiteral("Matériel"), QStringLiteral("Extension"), QStringLiteral("Poste"),
            QStringLiteral("Couleur") },
        { QStringLiteral("a"), QStringLiteral("T54W"), QStringLiteral("8000"), QStringLiteral("8001"),
            QStringLiteral("bleu") },
    };
    const auto plan = PlanImporter(ModelCatalog::builtIn()).importTable(table);
    ASSERT_TRUE(plan);
    ASSERT_EQ(plan->problems.size(), 2);
    EXPECT_EQ(plan->problems.at(0).code, QStringLiteral("duplicate-column"));
    EXPECT_EQ(plan->problems.at(0).column, 4);
    EXPECT_TRUE(plan->problems.at(0).isError());
    EXPECT_EQ(plan->problems.at(1).code, QStringLiteral("unknown-column"));
    EXPECT_FALSE(plan->problems.at(1).isError());
    EXPECT_EQ(plan->stations.first().extension, QStringLiteral("8000")); // the first column wins
    EXPECT_EQ(plan->stations.first().extra.value(QStringLiteral("Couleur")), QStringLiteral("bleu"));
}

TEST(OrderPlanImporter, UnknownProfileIsAnErrorWithItsCell)
{
    const NumberingPlan plan = importOrFail(QStringLiteral("plans/problems.csv"));
    const auto it = std::find_if(plan.problems.cbegin(), plan.problems.cend(),
        [](const Problem &p) { return p.code == QLatin1String("unknown-profile"); });
    ASSERT_NE(it, plan.problems.cend());
    EXPECT_EQ(it->row, 6);
    EXPECT_EQ(it->column, 3);
    EXPECT_TRUE(it->message.contains(QStringLiteral("DIRECTION")));
}

TEST(OrderPlanImporter, NoHeaderIsAClearError)
{
    SheetTable table;
    table.fileName = QStringLiteral("numbers.csv");
    table.rows = { { QStringLiteral("1"), QStringLiteral("2") }, { QStringLiteral("3"), QStringLiteral("4") } };
    const auto plan = PlanImporter(ModelCatalog::builtIn()).importTable(table);
    ASSERT_FALSE(plan);
    EXPECT_EQ(plan.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("numbers.csv")));
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("header")));
}

TEST(OrderPlanImporter, MissingFileNamesThePath)
{
    const auto plan = PlanImporter(ModelCatalog::builtIn()).importFile(QStringLiteral("/nonexistent/plan.csv"));
    ASSERT_FALSE(plan);
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("/nonexistent/plan.csv")));
}
