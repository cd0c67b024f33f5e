// SPDX-License-Identifier: GPL-3.0-or-later
// Ring groups, phone labels and voicemail codes: read from a plan in French or English, checked
// with row and column, and the voicemail code never shown anywhere.
#include "TestSupport.h"
#include "order/PlanColumns.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

// Planted in the plans below: it must never come out of anything but Station::voicemailPin.
const QString PlantedPin = QStringLiteral("739154");

NumberingPlan importText(const QByteArray &csv, const QString &name)
{
    QTemporaryDir dir;
    const auto plan = PlanImporter(ModelCatalog::builtIn()).importFile(Test::writeFile(dir, name, csv));
    EXPECT_TRUE(plan.hasValue()) << (plan ? std::string() : plan.error().message.toStdString());
    return plan ? *plan : NumberingPlan();
}

Order orderOf(const NumberingPlan &plan)
{
    Order order;
    order.orderId = QStringLiteral("CMD-18");
    order.range = { 8000, 8020 };
    order.stations = plan.stations;
    order.groups = plan.groups;
    PlanValidator::assignExtensions(order);
    return order;
}

QStringList codes(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems) {
        out.append(p.code);
    }
    return out;
}

const Problem *find(const Problems &problems, const char *code)
{
    for (const Problem &p : problems) {
        if (p.code == QLatin1String(code)) {
            return &p;
        }
    }
    return nullptr;
}

void expectNoPin(const Problems &problems)
{
    for (const Problem &p : problems) {
        EXPECT_FALSE(p.message.contains(PlantedPin)) << p.code.toStdString();
        EXPECT_FALSE(QJsonDocument(p.toJson()).toJson().contains(PlantedPin.toUtf8())) << p.code.toStdString();
    }
}

const QByteArray FrenchPlan = "Site;Nom;Type profil;Mat\xC3\xA9riel;Num\xC3\xA9ro de ligne;Extension;Email;MAC;"
                              "Groupe d'appel;Sonnerie;Code messagerie;\xC3\x89tiquette\n"
                              "Lyon;Accueil;STANDARDISTE;YEALINK T54W + extension;0472000001;;accueil@x.example;;"
                              "Accueil , Direction;;739154;Accueil RDC\n"
                              "Lyon;Camille Martin;POSTE FIXE;YEALINK T54W;0472000002;;camille@x.example;;accueil;;;\n"
                              "Lyon;Accueil;GROUPE;;0472000010;8010;;;;Lin\xC3\xA9\x61ire;;\n"
                              "Lyon;Direction;Groupe d'appel;;cr\xC3\xA9\x61tion;;;;;;;\n";

} // namespace

TEST(OrderRingGroups, FrenchHeadersGiveGroupsMembersStrategyPinAndLabel)
{
    const NumberingPlan plan = importText(FrenchPlan, QStringLiteral("plan-fr.csv"));
    ASSERT_EQ(plan.stations.size(), 2); // group rows are no stations
    ASSERT_EQ(plan.groups.size(), 2);
    EXPECT_EQ(plan.columns.value(QStringLiteral("groups")), 9);
    EXPECT_EQ(plan.columns.value(QStringLiteral("ring_strategy")), 10);
    EXPECT_EQ(plan.columns.value(QStringLiteral("voicemail_pin")), 11);
    EXPECT_EQ(plan.columns.value(QStringLiteral("phone_label")), 12);

    const Station &accueil = plan.stations.at(0);
    EXPECT_EQ(accueil.groups, QStringList({ QStringLiteral("Accueil"), QStringLiteral("Direction") }));
    EXPECT_EQ(accueil.voicemailPin, PlantedPin);
    EXPECT_EQ(accueil.phoneLabel, QStringLiteral("Accueil RDC"));
    EXPECT_TRUE(accueil.extra.isEmpty());
    EXPECT_EQ(plan.stations.at(1).groups, QStringList({ QStringLiteral("accueil") }));
    EXPECT_TRUE(plan.stations.at(1).phoneLabel.isEmpty());

    const RingGroup &group = plan.groups.at(0);
    EXPECT_EQ(group.row, 4);
    EXPECT_EQ(group.name, QStringLiteral("Accueil"));
    EXPECT_EQ(group.extension, QStringLiteral("8010"));
    EXPECT_EQ(group.dids, QStringList({ QStringLiteral("0472000010") }));
    EXPECT_EQ(group.strategy, RingGroup::Strategy::Linear);
    const RingGroup &direction = plan.groups.at(1);
    EXPECT_EQ(direction.row, 5);
    EXPECT_TRUE(direction.newDid);
    EXPECT_TRUE(direction.extension.isEmpty());
    EXPECT_EQ(direction.strategy, RingGroup::Strategy::AllAtOnce);

    // The stations get the start of the range, then the group without an extension the next one.
    const Order order = orderOf(plan);
    EXPECT_EQ(order.stations.at(0).extension, QStringLiteral("8000"));
    EXPECT_EQ(order.stations.at(1).extension, QStringLiteral("8001"));
    EXPECT_EQ(order.groups.at(1).extension, QStringLiteral("8002"));
    EXPECT_TRUE(order.groups.at(1).extensionAssigned);
    const Problems problems = plan.problems + PlanValidator(ModelCatalog::builtIn()).validate(order, plan.columns);
    EXPECT_TRUE(problems.isEmpty()) << codes(problems).join(QLatin1Char(' ')).toStdString();
}

TEST(OrderRingGroups, EnglishHeadersInAnotherOrder)
{
    const NumberingPlan plan =
        importText("Name,Profile,Hardware,Extension,Email,Phone number,Group,Ring strategy,"
                   "Voicemail PIN,Phone label,Site\n"
                   "Front desk,GROUP,,8005,,,,all,,,HQ\n"
                   "Alice Smith,voice,Yealink T46U,,alice@x.example,,Front desk,,12345678,Alice,HQ\n"
                   "Bob Jones,voice,Yealink T46U,,bob@x.example,,front desk; ,,,,HQ\n",
            QStringLiteral("plan-en.csv"));
    ASSERT_EQ(plan.stations.size(), 2);
    ASSERT_EQ(plan.groups.size(), 1);
    EXPECT_EQ(plan.groups.at(0).row, 2);
    EXPECT_EQ(plan.groups.at(0).name, QStringLiteral("Front desk"));
    EXPECT_EQ(plan.groups.at(0).extension, QStringLiteral("8005"));
    EXPECT_EQ(plan.groups.at(0).strategy, RingGroup::Strategy::AllAtOnce);
    EXPECT_EQ(plan.stations.at(0).voicemailPin, QStringLiteral("12345678"));
    EXPECT_EQ(plan.stations.at(0).phoneLabel, QStringLiteral("Alice"));
    EXPECT_EQ(plan.stations.at(0).groups, QStringList({ QStringLiteral("Front desk") }));
    EXPECT_EQ(plan.stations.at(1).groups, QStringList({ QStringLiteral("front desk") }));
    const Order order = orderOf(plan);
    const Problems problems = plan.problems + PlanValidator(ModelCatalog::builtIn()).validate(order, plan.columns);
    EXPECT_TRUE(problems.isEmpty()) << codes(problems).join(QLatin1Char(' ')).toStdString();
}

TEST(OrderRingGroups, ImporterProblemsOfGroupRowsWithRowAndColumn)
{
    const NumberingPlan plan = importText("Nom;Type profil;Mat\xC3\xA9riel;Email;MAC;Sonnerie;Code messagerie\n"
                                          "Alice;POSTE FIXE;YEALINK T46U;;;lineaire;\n"
                                          "Ventes;GROUPE;YEALINK T46U;ventes@x.example;;au hasard;\n"
                                          "Compta;groupe;;;;;739154\n",
        QStringLiteral("plan-bad.csv"));
    ASSERT_EQ(plan.stations.size(), 1);
    ASSERT_EQ(plan.groups.size(), 2);
    const Problem *onStation = find(plan.problems, "ring-strategy-on-station");
    ASSERT_NE(onStation, nullptr);
    EXPECT_EQ(onStation->row, 2);
    EXPECT_EQ(onStation->column, 6);
    const Problem *strategy = find(plan.problems, "invalid-ring-strategy");
    ASSERT_NE(strategy, nullptr);
    EXPECT_EQ(strategy->row, 3);
    EXPECT_EQ(strategy->column, 6);
    EXPECT_EQ(strategy->field, QStringLiteral("ring_strategy"));
    QList<std::pair<int, int>> cells;
    for (const Problem &p : plan.problems) {
        if (p.code == QLatin1String("group-with-station-field")) {
            EXPECT_TRUE(p.isError());
            cells.append({ p.row, p.column });
        }
    }
    // Hardware and e-mail of the group on row 3, the voicemail code of the group on row 4.
    EXPECT_EQ(cells, (QList<std::pair<int, int>> { { 3, 3 }, { 3, 4 }, { 4, 7 } }));
    expectNoPin(plan.problems);
}

TEST(OrderRingGroups, EveryValidationCodeWithRowAndColumn)
{
    const QHash<QString, int> columns { { QStringLiteral("name"), 2 }, { QStringLiteral("dids"), 5 },
        { QStringLiteral("extension"), 6 }, { QStringLiteral("groups"), 9 }, { QStringLiteral("voicemail_pin"), 11 },
        { QStringLiteral("phone_label"), 12 } };
    Order order;
    order.range = { 8000, 8020 };
    const auto station = [](int row, const char *name, const char *extension) {
        Station s;
        s.row = row;
        s.site = QStringLiteral("Lyon");
        s.name = QString::fromLatin1(name);
        s.extension = QString::fromLatin1(extension);
        s.modelId = QStringLiteral("yealink-t46u");
        return s;
    };
    const auto group = [](int row, const char *name, const char *extension) {
        RingGroup g;
        g.row = row;
        g.name = QString::fromLatin1(name);
        g.extension = QString::fromLatin1(extension);
        return g;
    };
    order.stations = { station(2, "a", "8000"), station(3, "b", "8001"), station(4, "c", "8002"),
        station(5, "d", "8003") };
    order.stations[0].groups = { QStringLiteral("Nowhere"), QStringLiteral("Sales") };
    order.stations[0].dids = { QStringLiteral("0472000001") };
    order.stations[1].voicemailPin = QStringLiteral("73a154");
    order.stations[1].phoneLabel = QStringLiteral("Le \"Boss\""); // would end the quoted caller id
    order.stations[2].voicemailPin = QStringLiteral("739");
    order.stations[3].phoneLabel = QStringLiteral("123456789012345678901");
    order.stations[3].voicemailPin = PlantedPin;
    order.groups = { group(10, "Sales", "8010"), group(11, "Lonely", "8011"), group(12, " lonely", "8012"),
        group(13, "Far", "9000"), group(14, "Twin", "8000"), group(15, "Numbered", "8015") };
    order.groups[5].dids = { QStringLiteral("0472000001") };
    const Problems problems = PlanValidator(ModelCatalog::builtIn()).validate(order, columns);

    const auto expectAt = [&problems](const char *code, int row, int column, Problem::Severity severity) {
        const auto it = std::find_if(problems.cbegin(), problems.cend(),
            [&](const Problem &p) { return p.code == QLatin1String(code) && p.row == row; });
        ASSERT_NE(it, problems.cend()) << code << " row " << row;
        EXPECT_EQ(it->column, column) << code;
        EXPECT_EQ(it->severity, severity) << code;
    };
    const auto error = Problem::Severity::Error;
    expectAt("unknown-group", 2, 9, error);
    expectAt("invalid-voicemail-pin", 3, 11, error);
    expectAt("invalid-voicemail-pin", 4, 11, error);
    expectAt("label-too-long", 5, 12, error);
    expectAt("invalid-phone-label", 3, 12, error);
    expectAt("empty-group", 11, 2, Problem::Severity::Warning);
    expectAt("duplicate-group", 12, 2, error);
    expectAt("group-extension-out-of-range", 13, 6, error);
    expectAt("duplicate-extension", 14, 6, error); // a group's extension a station has
    expectAt("duplicate-did", 15, 5, error); // a group's number a station has
    EXPECT_EQ(codes(problems).count(QStringLiteral("unknown-group")), 1);
    EXPECT_EQ(codes(problems).count(QStringLiteral("invalid-voicemail-pin")), 2); // not row 5's valid code
    EXPECT_FALSE(find(problems, "empty-group") && find(problems, "empty-group")->row == 10); // Sales is joined
    for (const Problem &p : problems) {
        EXPECT_FALSE(p.message.contains(QStringLiteral("73a154"))) << p.code.toStdString();
        EXPECT_FALSE(p.message.contains(QStringLiteral("739 ")) || p.message.endsWith(QStringLiteral("739")))
            << p.code.toStdString();
    }
    expectNoPin(problems);

    // A station's extension equal to a group's, the other way round.
    Order reversed;
    reversed.range = { 8000, 8020 };
    reversed.stations = { station(2, "a", "8000") };
    reversed.stations[0].groups = { QStringLiteral("Sales") };
    reversed.groups = { group(1, "Sales", "8000") };
    const Problems both = PlanValidator(ModelCatalog::builtIn()).validate(reversed, columns);
    EXPECT_EQ(codes(both), QStringList({ QStringLiteral("duplicate-extension") }));
}

TEST(OrderRingGroups, TheVoicemailCodeIsInNoOutput)
{
    const NumberingPlan plan = importText(FrenchPlan, QStringLiteral("plan-fr.csv"));
    ASSERT_EQ(plan.stations.value(0).voicemailPin, PlantedPin);
    const Order order = orderOf(plan);
    const QByteArray saved = QJsonDocument(order.toJson()).toJson();
    EXPECT_FALSE(saved.contains(PlantedPin.toUtf8()));
    for (const Station &s : plan.stations) {
        EXPECT_FALSE(s.extra.values().contains(PlantedPin));
    }
    expectNoPin(plan.problems + PlanValidator(ModelCatalog::builtIn()).validate(order, plan.columns));
    // Read back from the job log's JSON, the order has no code: the keychain holds it.
    const auto loaded = Order::fromJson(order.toJson());
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(loaded->stations.at(0).voicemailPin.isEmpty());
    EXPECT_EQ(loaded->groups, order.groups);
}

TEST(OrderRingGroups, GroupProfilesAndRingStrategiesAsCustomersWriteThem)
{
    for (const char *text : { "GROUPE", "groupe", "Groupe d'appel", "GROUPE D\xE2\x80\x99\x41PPEL", "Group" }) {
        EXPECT_TRUE(isRingGroupProfileText(QString::fromUtf8(text))) << text;
    }
    EXPECT_FALSE(isRingGroupProfileText(QStringLiteral("POSTE FIXE")));
    EXPECT_FALSE(isRingGroupProfileText(QString()));
    for (const char *text : { "linear", "Linéaire", "LINEAIRE" }) {
        EXPECT_EQ(ringStrategyFromText(QString::fromUtf8(text)), RingGroup::Strategy::Linear) << text;
    }
    for (const char *text : { "", "all", "Tous", "simultanée", "SIMULTANEE" }) {
        EXPECT_EQ(ringStrategyFromText(QString::fromUtf8(text)), RingGroup::Strategy::AllAtOnce) << text;
    }
    EXPECT_FALSE(ringStrategyFromText(QStringLiteral("random")));
    EXPECT_EQ(planGroupNames(QStringLiteral(" Accueil ;; Direction,  ,Ventes ")),
        QStringList({ QStringLiteral("Accueil"), QStringLiteral("Direction"), QStringLiteral("Ventes") }));
}

TEST(OrderRingGroups, AGroupsCellIsSetAsTheImporterReadsIt)
{
    RingGroup group;
    group.extension = QStringLiteral("8010");
    group.extensionAssigned = true;
    ASSERT_TRUE(setRingGroupField(group, QStringLiteral("name"), QStringLiteral("  Accueil \u00A0 RDC ")));
    EXPECT_EQ(group.name, QStringLiteral("Accueil RDC"));
    // An extension typed is the customer's; one that is no number is the validator's problem.
    ASSERT_TRUE(setRingGroupField(group, QStringLiteral("extension"), QStringLiteral("80a1")));
    EXPECT_EQ(group.extension, QStringLiteral("80a1"));
    EXPECT_FALSE(group.extensionAssigned);
    ASSERT_TRUE(setRingGroupField(group, QStringLiteral("dids"), QStringLiteral("04 72 00 00 10 et création")));
    EXPECT_EQ(group.dids, QStringList { QStringLiteral("0472000010") });
    EXPECT_TRUE(group.newDid);
    ASSERT_TRUE(setRingGroupField(group, QStringLiteral("ring_strategy"), QStringLiteral("Linéaire")));
    EXPECT_EQ(group.strategy, RingGroup::Strategy::Linear);

    // Refused: a strategy the workbench does not know, a field a group has not.
    const RingGroup before = group;
    EXPECT_FALSE(setRingGroupField(group, QStringLiteral("ring_strategy"), QStringLiteral("au hasard")));
    EXPECT_FALSE(setRingGroupField(group, QStringLiteral("mac"), QStringLiteral("805ec0300001")));
    EXPECT_FALSE(setRingGroupField(group, QStringLiteral("groups"), QStringLiteral("Accueil")));
    EXPECT_EQ(group, before);
}

TEST(OrderRingGroups, MembersNameAGroupCaseAccentsAndSpacesAside)
{
    const QStringList names = { QStringLiteral("Direction"), QStringLiteral(" ACCUEIL  rdc ") };
    EXPECT_TRUE(namesRingGroup(names, QStringLiteral("Accueil RDC")));
    EXPECT_TRUE(namesRingGroup(names, QStringLiteral("direction")));
    EXPECT_FALSE(namesRingGroup(names, QStringLiteral("Accueil")));
    EXPECT_FALSE(namesRingGroup({}, QStringLiteral("Accueil")));
}
