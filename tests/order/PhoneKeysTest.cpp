// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PhoneKeys.h"

#include "TestSupport.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "order/PlanValidator.h"

#include <gtest/gtest.h>

using namespace Staging;

namespace {

Station station(int row, const QString &site, const QString &name, Profile profile = Profile::Voice)
{
    Station s;
    s.row = row;
    s.site = site;
    s.name = name;
    s.profile = profile;
    s.modelId = QStringLiteral("yealink-t46u");
    s.extension = QString::number(8000 + row);
    return s;
}

// A receptionist on row 2 of Lyon, then 40 colleagues of Lyon with 5 of Paris among them.
Order frontDesk(bool module)
{
    Order order;
    order.range = { 8000, 8099 };
    Station receptionist = station(2, QStringLiteral("Lyon"), QStringLiteral("Accueil"), Profile::CustomerRelationship);
    receptionist.modelId = QStringLiteral("yealink-t54w");
    receptionist.expansionModule = module;
    order.stations.append(receptionist);
    int row = 3;
    for (int i = 1; i <= 40; ++i) {
        // A site written another way is the same site.
        order.stations.append(station(
            row++, i % 2 ? QStringLiteral("Lyon") : QStringLiteral(" lyon"), QStringLiteral("Colleague %1").arg(i)));
        if (i % 8 == 0) {
            order.stations.append(station(row++, QStringLiteral("Paris"), QStringLiteral("Parisian %1").arg(i / 8)));
        }
    }
    return order;
}

} // namespace

TEST(OrderPhoneKeys, ReceptionistGetsItsSiteColleaguesInRowOrderOnPhoneThenModule)
{
    const Order order = frontDesk(true);
    const PhoneKeyPlan plan = PhoneKeys::of(order, order.stations.at(0), ModelCatalog::builtIn());
    ASSERT_EQ(plan.keys.size(), 40);
    EXPECT_TRUE(plan.withoutKey.isEmpty());
    // Line key 1 is the receptionist's own line: keys start at 2; a T54W has 27 line keys.
    EXPECT_EQ(plan.keys.at(0).position, 2);
    EXPECT_EQ(plan.keys.at(0).colleagueName, QStringLiteral("Colleague 1"));
    EXPECT_EQ(plan.keys.at(0).colleagueRow, 3);
    EXPECT_FALSE(plan.keys.at(0).onModule);
    EXPECT_EQ(plan.keys.at(25).position, 27);
    EXPECT_FALSE(plan.keys.at(25).onModule);
    EXPECT_EQ(plan.keys.at(26).position, 28);
    EXPECT_TRUE(plan.keys.at(26).onModule);
    EXPECT_EQ(plan.keys.at(39).position, 41);
    EXPECT_EQ(plan.keys.at(39).colleagueName, QStringLiteral("Colleague 40"));
    int previousRow = 0;
    for (const PhoneKey &key : plan.keys) {
        EXPECT_FALSE(key.colleagueName.startsWith(QStringLiteral("Parisian")));
        EXPECT_NE(key.colleagueName, QStringLiteral("Accueil"));
        EXPECT_GT(key.colleagueRow, previousRow);
        previousRow = key.colleagueRow;
    }
    EXPECT_TRUE(PlanValidator(ModelCatalog::builtIn()).validate(order).isEmpty());
}

TEST(OrderPhoneKeys, MoreColleaguesThanKeysAreListedAndWarned)
{
    const Order order = frontDesk(false);
    const PhoneKeyPlan plan = PhoneKeys::of(order, order.stations.at(0), ModelCatalog::builtIn());
    ASSERT_EQ(plan.keys.size(), 26);
    EXPECT_EQ(plan.keys.constLast().position, 27);
    ASSERT_EQ(plan.withoutKey.size(), 14);
    EXPECT_EQ(plan.withoutKey.first(), QStringLiteral("Colleague 27"));
    EXPECT_EQ(plan.withoutKey.last(), QStringLiteral("Colleague 40"));

    const Problems problems =
        PlanValidator(ModelCatalog::builtIn()).validate(order, { { QStringLiteral("hardware"), 4 } });
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).code, QStringLiteral("keys-missing"));
    EXPECT_EQ(problems.at(0).row, 2);
    EXPECT_EQ(problems.at(0).column, 4);
    EXPECT_FALSE(problems.at(0).isError());
    EXPECT_TRUE(problems.at(0).message.contains(QStringLiteral("Colleague 40")));
}

TEST(OrderPhoneKeys, OnlyAReceptionistGetsKeys)
{
    const Order order = frontDesk(true);
    EXPECT_TRUE(PhoneKeys::of(order, order.stations.at(1), ModelCatalog::builtIn()).keys.isEmpty());
    EXPECT_TRUE(PhoneKeys::of(order, order.stations.at(1), ModelCatalog::builtIn()).withoutKey.isEmpty());
}

TEST(OrderPhoneKeys, AModelWithoutAKnownKeyCountGetsNoKeyAndAWarning)
{
    const auto catalog = ModelCatalog::fromJson(
        R"({"models": [{"id": "acme-p1", "vendor": "Acme", "model": "P1", "kind": "desk"}]})", QStringLiteral("t"));
    ASSERT_TRUE(catalog);
    Order order = frontDesk(false);
    for (Station &s : order.stations) {
        s.modelId = QStringLiteral("acme-p1");
    }
    EXPECT_TRUE(PhoneKeys::of(order, order.stations.at(0), *catalog).keys.isEmpty());
    const Problems problems = PlanValidator(*catalog).validate(order);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.at(0).code, QStringLiteral("keys-unknown"));
    EXPECT_EQ(problems.at(0).row, 2);
    EXPECT_FALSE(problems.at(0).isError());
}
