// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanValidator.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace Staging;

namespace {

Station station(int row, const char *name, const char *extension, const char *model = "yealink-t54w")
{
    Station s;
    s.row = row;
    s.site = QStringLiteral("Avr");
    s.name = QString::fromUtf8(name);
    s.extension = QString::fromLatin1(extension);
    s.modelId = QString::fromLatin1(model);
    s.hardwareText = s.modelId;
    return s;
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

} // namespace

TEST(OrderPlanValidator, CleanOrderHasNoProblem)
{
    Order order;
    order.stations = { station(4, "accueil", "8000"), station(5, "directrice", "8001") };
    order.stations[0].dids = { QStringLiteral("0491000001") };
    order.stations[0].mac = QStringLiteral("80:5e:c0:10:00:01");
    EXPECT_TRUE(PlanValidator(ModelCatalog::builtIn()).validate(order).isEmpty());
}

TEST(OrderPlanValidator, EveryCodeWithRowAndColumn)
{
    Order order;
    order.range = { 8000, 8020 };
    Station noName = station(4, "", "8000");
    Station dupExt = station(5, "b", "8000");
    Station outOfRange = station(6, "c", "9000");
    Station badDid = station(7, "d", "8003");
    badDid.dids = { QStringLiteral("04 91 XX") };
    Station dupDid = station(8, "e", "8004");
    dupDid.dids = { QStringLiteral("0491000001") };
    Station dupDid2 = station(9, "f", "8005");
    dupDid2.dids = { QStringLiteral("0491000001") };
    Station badMac = station(10, "g", "8006");
    badMac.mac = QStringLiteral("zz:zz");
    Station mac1 = station(11, "h", "8007");
    mac1.mac = QStringLiteral("80:5e:c0:10:00:01");
    Station mac2 = station(12, "i", "8008");
    mac2.mac = QStringLiteral("80:5e:c0:10:00:01");
    Station unknown = station(13, "j", "8009", "");
    unknown.hardwareText = QStringLiteral("Cisco 7940");
    Station uc = station(14, "k", "8010", "wazo-softphone");
    uc.profile = Profile::UnifiedCommunication;
    order.stations = { noName, dupExt, outOfRange, badDid, dupDid, dupDid2, badMac, mac1, mac2, unknown, uc };

    const QHash<QString, int> columns = { { QStringLiteral("name"), 2 }, { QStringLiteral("hardware"), 4 },
        { QStringLiteral("dids"), 5 }, { QStringLiteral("extension"), 6 }, { QStringLiteral("email"), 7 },
        { QStringLiteral("mac"), 8 } };
    const Problems problems = PlanValidator(ModelCatalog::builtIn()).validate(order, columns);
    const QStringList expected = { QStringLiteral("missing-name"), QStringLiteral("duplicate-extension"),
        QStringLiteral("extension-out-of-range"), QStringLiteral("invalid-did"), QStringLiteral("duplicate-did"),
        QStringLiteral("invalid-mac"), QStringLiteral("duplicate-mac"), QStringLiteral("unknown-model"),
        QStringLiteral("missing-email") };
    EXPECT_EQ(codes(problems), expected);

    const Problem *dup = find(problems, "duplicate-extension");
    ASSERT_NE(dup, nullptr);
    EXPECT_EQ(dup->row, 5);
    EXPECT_EQ(dup->column, 6);
    EXPECT_TRUE(dup->message.contains(QStringLiteral("row 4"))) << dup->message.toStdString();
    EXPECT_EQ(find(problems, "duplicate-did")->row, 9);
    EXPECT_EQ(find(problems, "duplicate-did")->column, 5);
    EXPECT_EQ(find(problems, "duplicate-mac")->row, 12);
    EXPECT_EQ(find(problems, "missing-email")->column, 7);
    EXPECT_TRUE(find(problems, "unknown-model")->message.contains(QStringLiteral("Cisco 7940")));
}

TEST(OrderPlanValidator, DectHandsetsShareABaseUpToItsSlots)
{
    Order order;
    order.range = { 8000, 8099 };
    for (int i = 0; i < 9; ++i) {
        Station s = station(4 + i, "poste", "", "yealink-w60p");
        s.name = QStringLiteral("POSTE %1").arg(i + 1);
        order.stations.append(s);
    }
    PlanValidator::assignExtensions(order);
    Problems problems = PlanValidator(ModelCatalog::builtIn()).validate(order);
    ASSERT_EQ(codes(problems), QStringList({ QStringLiteral("dect-slots-exceeded") }));
    EXPECT_EQ(problems.first().row, 12);

    // Two bases named by their MAC: 5 + 4 handsets fit, and sharing a base MAC is not a duplicate.
    for (int i = 0; i < 9; ++i) {
        order.stations[i].mac = i < 5 ? QStringLiteral("80:5e:c0:20:00:01") : QStringLiteral("80:5e:c0:20:00:02");
    }
    EXPECT_TRUE(PlanValidator(ModelCatalog::builtIn()).validate(order).isEmpty());
}

TEST(OrderPlanValidator, AssignsFreeExtensionsInRowOrder)
{
    Order order;
    order.range = { 8000, 8003 };
    order.stations = { station(4, "a", ""), station(5, "b", "8000"), station(6, "c", ""), station(7, "d", "8002"),
        station(8, "e", ""), station(9, "f", "") };
    PlanValidator::assignExtensions(order);
    EXPECT_EQ(order.stations[0].extension, QStringLiteral("8001"));
    EXPECT_TRUE(order.stations[0].extensionAssigned);
    EXPECT_FALSE(order.stations[1].extensionAssigned);
    EXPECT_EQ(order.stations[2].extension, QStringLiteral("8003"));
    EXPECT_TRUE(order.stations[4].extension.isEmpty());
    const Problems problems = PlanValidator(ModelCatalog::builtIn()).validate(order);
    EXPECT_EQ(codes(problems),
        QStringList({ QStringLiteral("extension-range-full"), QStringLiteral("extension-range-full") }));

    // A wider range reassigns only what the workbench chose.
    order.range = { 8000, 8010 };
    PlanValidator::assignExtensions(order);
    EXPECT_EQ(order.stations[5].extension, QStringLiteral("8005"));
    EXPECT_EQ(order.stations[1].extension, QStringLiteral("8000"));
}

TEST(OrderPlanValidator, CustomerId)
{
    EXPECT_TRUE(PlanValidator::validateCustomerId(QStringLiteral("732 829 320 00074")).isEmpty());
    const Problems bad = PlanValidator::validateCustomerId(QStringLiteral("73282932000075"));
    ASSERT_EQ(bad.size(), 1);
    EXPECT_EQ(bad.first().code, QStringLiteral("invalid-customer-id"));
    EXPECT_TRUE(bad.first().isError());
    const Problems other = PlanValidator::validateCustomerId(QStringLiteral("CLIENT-0042"));
    ASSERT_EQ(other.size(), 1);
    EXPECT_FALSE(other.first().isError());
    EXPECT_EQ(PlanValidator::validateCustomerId(QString()).first().code, QStringLiteral("invalid-customer-id"));
}
