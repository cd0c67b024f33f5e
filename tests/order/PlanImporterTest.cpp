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

TEST(OrderPlanImporter, UnrecognizedHeadersAreReadWithTheMappingTheTechnicianChose)
{
    SheetTable table;
    table.fileName = QStringLiteral("export.csv");
    table.rows = {
        {},
        { QStringLiteral("Who"), QStringLiteral("Handset"), QStringLiteral("Internal no."), QStringLiteral("Note") },
        { QStringLiteral("Alice"), QStringLiteral("Yealink T54W"), QStringLiteral("8001"),
            QStringLiteral("2nd floor") },
        { QStringLiteral("Bob"), QStringLiteral("SOFTPHONE"), QString(), QString() },
    };
    const PlanImporter importer(ModelCatalog::builtIn());
    ASSERT_FALSE(importer.importTable(table));

    PlanColumnMapping mapping = PlanImporter::guessMapping(table);
    // Nothing recognized: the first row with text is offered as the header, every column unmapped.
    EXPECT_EQ(mapping.headerRow, 2);
    EXPECT_EQ(mapping.headers,
        QStringList({ QStringLiteral("Who"), QStringLiteral("Handset"), QStringLiteral("Internal no."),
            QStringLiteral("Note") }));
    EXPECT_EQ(mapping.fieldCount(), 0);
    EXPECT_EQ(mapping.unmappedColumns(), QList<int>({ 0, 1, 2, 3 }));

    mapping.setField(0, QStringLiteral("name"));
    mapping.setField(1, QStringLiteral("hardware"));
    const auto tooFew = importer.importTable(table, mapping);
    ASSERT_FALSE(tooFew);
    EXPECT_TRUE(tooFew.error().message.contains(QStringLiteral("export.csv")));

    mapping.setField(2, QStringLiteral("extension"));
    const auto plan = importer.importTable(table, mapping);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_EQ(plan->stations.size(), 2);
    EXPECT_EQ(plan->headerRow, 2);
    EXPECT_EQ(plan->stations.at(0).row, 3);
    EXPECT_EQ(plan->stations.at(0).name, QStringLiteral("Alice"));
    EXPECT_EQ(plan->stations.at(0).modelId, QStringLiteral("yealink-t54w"));
    EXPECT_EQ(plan->stations.at(0).extension, QStringLiteral("8001"));
    EXPECT_EQ(plan->stations.at(0).extra.value(QStringLiteral("Note")), QStringLiteral("2nd floor"));
    // Softphone without a profile column: unified communication, as for a recognized plan.
    EXPECT_EQ(plan->stations.at(1).profile, Profile::UnifiedCommunication);
    EXPECT_EQ(plan->columns.value(QStringLiteral("extension")), 3);
    ASSERT_EQ(plan->problems.size(), 1);
    EXPECT_EQ(plan->problems.at(0).code, QStringLiteral("unknown-column"));
    EXPECT_EQ(plan->problems.at(0).column, 4);

    // The same field chosen twice: an error on the second column, the first one read.
    mapping.setField(3, QStringLiteral("name"));
    const auto twice = importer.importTable(table, mapping);
    ASSERT_TRUE(twice);
    ASSERT_EQ(twice->problems.size(), 1);
    EXPECT_EQ(twice->problems.at(0).code, QStringLiteral("duplicate-column"));
    EXPECT_EQ(twice->problems.at(0).column, 4);
    EXPECT_EQ(twice->stations.at(0).name, QStringLiteral("Alice"));
}

TEST(OrderPlanImporter, GuessedMappingMatchesTheRecognizedHeaders)
{
    const auto table = PlanImporter::readFile(Staging::Test::dataPath(QStringLiteral("plans/gui-clean.csv")));
    ASSERT_TRUE(table) << table.error().message.toStdString();
    const PlanColumnMapping mapping = PlanImporter::guessMapping(*table);
    EXPECT_EQ(mapping.headerRow, 1);
    EXPECT_EQ(mapping.fields,
        QStringList(
            { QStringLiteral("site"), QStringLiteral("name"), QStringLiteral("profile"), QStringLiteral("hardware"),
                QStringLiteral("dids"), QStringLiteral("extension"), QStringLiteral("email"), QStringLiteral("mac") }));
    EXPECT_TRUE(mapping.unmappedColumns().isEmpty());
    const PlanImporter importer(ModelCatalog::builtIn());
    const auto guessed = importer.importTable(*table);
    const auto chosen = importer.importTable(*table, mapping);
    ASSERT_TRUE(guessed && chosen);
    EXPECT_EQ(guessed->stations, chosen->stations);
}

TEST(OrderPlanImporter, StationFieldsTypedByHandAreNormalizedLikeTheFile)
{
    const PlanImporter importer(ModelCatalog::builtIn());
    Station s;
    s.extension = QStringLiteral("8004");
    s.extensionAssigned = true;
    EXPECT_TRUE(importer.setStationField(s, QStringLiteral("mac"), QStringLiteral(" 80-5E-C0-30-00-09 ")));
    EXPECT_EQ(s.mac, QStringLiteral("80:5e:c0:30:00:09"));
    EXPECT_TRUE(importer.setStationField(s, QStringLiteral("hardware"), QStringLiteral("YEALINK T57W + extension")));
    EXPECT_EQ(s.modelId, QStringLiteral("yealink-t57w"));
    EXPECT_TRUE(s.expansionModule);
    EXPECT_TRUE(importer.setStationField(s, QStringLiteral("hardware"), QStringLiteral("Cisco 7940")));
    EXPECT_TRUE(s.modelId.isEmpty());
    EXPECT_FALSE(s.expansionModule);
    EXPECT_TRUE(importer.setStationField(s, QStringLiteral("dids"), QStringLiteral("04 42 00 10 01, création")));
    EXPECT_EQ(s.dids, QStringList({ QStringLiteral("0442001001") }));
    EXPECT_TRUE(s.newDid);
    EXPECT_TRUE(importer.setStationField(s, QStringLiteral("extension"), QStringLiteral("8010")));
    EXPECT_EQ(s.extension, QStringLiteral("8010"));
    EXPECT_FALSE(s.extensionAssigned);
    EXPECT_TRUE(importer.setStationField(s, QStringLiteral("profile"), QStringLiteral("STANDARDISTE")));
    EXPECT_EQ(s.profile, Profile::CustomerRelationship);
    // What cannot be taken leaves the station as it was.
    EXPECT_FALSE(importer.setStationField(s, QStringLiteral("profile"), QStringLiteral("DIRECTION")));
    EXPECT_EQ(s.profile, Profile::CustomerRelationship);
    EXPECT_FALSE(importer.setStationField(s, QStringLiteral("colour"), QStringLiteral("blue")));
}

TEST(OrderPlanImporter, TrainingSamplePlanIsReadFromTheResourcesAndIsValid)
{
    const auto plan =
        PlanImporter(ModelCatalog::builtIn()).importFile(QStringLiteral(":/staging/training/sample-plan.csv"));
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    EXPECT_EQ(plan->fileName, QStringLiteral("sample-plan.csv"));
    EXPECT_EQ(plan->stations.size(), 6);
    // The front desk's ring group is a row of the plan but no station.
    EXPECT_EQ(plan->groups.size(), 1);
    Order order;
    order.customerId = QStringLiteral("73282932000074");
    order.stations = plan->stations;
    order.groups = plan->groups;
    PlanValidator::assignExtensions(order);
    const Problems problems = plan->problems + PlanValidator(ModelCatalog::builtIn()).validate(order, plan->columns);
    EXPECT_FALSE(hasErrors(problems)) << problems.value(0).message.toStdString();
}

// The customer's headers are not ones the workbench knows, and the first station's words happen
// to be header words ("Station", "Téléphone"): the row of words above, not the station, is the
// header; a row with an extension, an e-mail or a MAC never is.
TEST(OrderPlanImporter, AFirstDataRowThatLooksLikeAHeaderIsNotTakenForIt)
{
    SheetTable table;
    table.fileName = QStringLiteral("export.csv");
    table.rows = {
        { QStringLiteral("NDI à porter"), QStringLiteral("0442001000") },
        { QStringLiteral("Who"), QStringLiteral("Handset"), QStringLiteral("Internal no."), QStringLiteral("Mailbox") },
        { QStringLiteral("Station"), QStringLiteral("Téléphone"), QStringLiteral("8001"),
            QStringLiteral("station@acme.fr") },
        { QStringLiteral("Bob"), QStringLiteral("Yealink T54W"), QStringLiteral("8002"),
            QStringLiteral("bob@acme.fr") },
    };
    const PlanColumnMapping mapping = PlanImporter::guessMapping(table);
    EXPECT_EQ(mapping.headerRow, 2);
    EXPECT_EQ(mapping.headers.value(0), QStringLiteral("Who"));

    // Recognized headers under a title row with a number: still found, the title row is not it.
    table.rows[1] = { QStringLiteral("Nom"), QStringLiteral("Matériel"), QStringLiteral("Extension"),
        QStringLiteral("Email") };
    EXPECT_EQ(PlanImporter::guessMapping(table).headerRow, 2);
    const auto plan = PlanImporter(ModelCatalog::builtIn()).importTable(table);
    ASSERT_TRUE(plan) << plan.error().message.toStdString();
    ASSERT_EQ(plan->stations.size(), 2);
    EXPECT_EQ(plan->stations.at(0).name, QStringLiteral("Station"));
    EXPECT_EQ(plan->mainNumber, QStringLiteral("0442001000"));
}
