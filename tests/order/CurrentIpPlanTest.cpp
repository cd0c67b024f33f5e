// SPDX-License-Identifier: GPL-3.0-or-later
// A migration's plan: the phones' current IP addresses, read from an IP column in French or
// English, checked with row and column, and kept in the saved order.
#include "TestSupport.h"
#include "order/Order.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

NumberingPlan importText(const QByteArray &csv)
{
    QTemporaryDir dir;
    const auto plan =
        PlanImporter(ModelCatalog::builtIn()).importFile(Test::writeFile(dir, QStringLiteral("migration.csv"), csv));
    EXPECT_TRUE(plan.hasValue()) << (plan ? std::string() : plan.error().message.toStdString());
    return plan ? *plan : NumberingPlan();
}

Problems validate(const NumberingPlan &plan)
{
    Order order;
    order.orderId = QStringLiteral("MIG-1");
    order.range = { 8000, 8020 };
    order.stations = plan.stations;
    PlanValidator::assignExtensions(order);
    return PlanValidator(ModelCatalog::builtIn()).validate(order, plan.columns);
}

QList<const Problem *> withCode(const Problems &problems, const char *code)
{
    QList<const Problem *> out;
    for (const Problem &p : problems) {
        if (p.code == QLatin1String(code)) {
            out.append(&p);
        }
    }
    return out;
}

} // namespace

TEST(OrderCurrentIp, FrenchAndEnglishHeadersFillTheStationsCurrentIp)
{
    for (const QByteArray &header : { QByteArrayLiteral("Adresse IP"), QByteArrayLiteral("IP actuelle"),
             QByteArrayLiteral("IP address"), QByteArrayLiteral("IP") }) {
        const NumberingPlan plan = importText("Nom;Mat\xC3\xA9riel;MAC;" + header
            + "\n"
              "Anne;YEALINK T54W;80:5e:c0:10:00:01; 192.168.1.21 \n"
              "Bruno;YEALINK T54W;80:5e:c0:10:00:02;\n");
        ASSERT_EQ(plan.stations.size(), 2) << header.toStdString();
        EXPECT_EQ(plan.columns.value(QStringLiteral("current_ip")), 4) << header.toStdString();
        EXPECT_EQ(plan.stations.at(0).currentIp, QStringLiteral("192.168.1.21")) << header.toStdString();
        EXPECT_TRUE(plan.stations.at(1).currentIp.isEmpty());
        EXPECT_TRUE(plan.stations.at(0).extra.isEmpty()) << header.toStdString();
        EXPECT_TRUE(validate(plan).isEmpty());
    }
}

TEST(OrderCurrentIp, ABadAddressIsRefusedWithItsRowAndColumn)
{
    const NumberingPlan plan = importText("Nom;Mat\xC3\xA9riel;MAC;IP\n"
                                          "Anne;YEALINK T54W;80:5e:c0:10:00:01;192.168.1.300\n"
                                          "Bruno;YEALINK T54W;80:5e:c0:10:00:02;0x0a000001\n"
                                          "Chlo\xC3\xA9;YEALINK T54W;80:5e:c0:10:00:03;192.168.1.23\n");
    const Problems problems = validate(plan);
    const auto invalid = withCode(problems, "invalid-ip");
    ASSERT_EQ(invalid.size(), 2);
    EXPECT_EQ(invalid.at(0)->row, 2);
    EXPECT_EQ(invalid.at(0)->column, 4);
    EXPECT_EQ(invalid.at(0)->field, QStringLiteral("current_ip"));
    EXPECT_TRUE(invalid.at(0)->message.contains(QStringLiteral("192.168.1.300")));
    EXPECT_EQ(invalid.at(1)->row, 3);
    EXPECT_EQ(invalid.at(0)->severity, Problem::Severity::Error);
}

TEST(OrderCurrentIp, TwoPhonesAtOneAddressAreRefusedButADectBasesHandsetsShareIt)
{
    const NumberingPlan plan = importText("Nom;Mat\xC3\xA9riel;MAC;IP\n"
                                          "Anne;YEALINK T54W;80:5e:c0:10:00:01;192.168.1.21\n"
                                          "Bruno;YEALINK T54W;80:5e:c0:10:00:02;192.168.1.21\n"
                                          "Hall 1;YEALINK W60P;80:5e:c0:10:00:09;192.168.1.40\n"
                                          "Hall 2;YEALINK W60P;80:5e:c0:10:00:09;192.168.1.40\n");
    const Problems problems = validate(plan);
    const auto duplicates = withCode(problems, "duplicate-ip");
    ASSERT_EQ(duplicates.size(), 1);
    EXPECT_EQ(duplicates.at(0)->row, 3);
    EXPECT_EQ(duplicates.at(0)->column, 4);
    EXPECT_TRUE(duplicates.at(0)->message.contains(QStringLiteral("row 2"))) << duplicates.at(0)->message.toStdString();
}

TEST(OrderCurrentIp, TheSavedOrderKeepsTheAddress)
{
    Order order;
    order.orderId = QStringLiteral("MIG-2");
    Station s;
    s.name = QStringLiteral("Anne");
    s.currentIp = QStringLiteral("10.1.2.3");
    order.stations.append(s);
    const auto back = Order::fromJson(order.toJson());
    ASSERT_TRUE(back.hasValue());
    EXPECT_EQ(back->stations.at(0).currentIp, QStringLiteral("10.1.2.3"));
    EXPECT_EQ(*back, order);
}
