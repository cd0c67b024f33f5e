// SPDX-License-Identifier: GPL-3.0-or-later
// Scanned MACs to stations: the next one without a phone, refusals naming the station, DECT
// handsets sharing their base with the planner's slot numbers, and a phone's state on the stack.
#include "TestSupport.h"
#include "phones/PhoneAssignment.h"
#include "portal/ProvisioningTarget.h"

#include <gtest/gtest.h>

using namespace Staging;

namespace {

Order mixedOrder()
{
    Order order;
    order.orderId = QStringLiteral("CMD-ASSIGN");
    order.customerName = QStringLiteral("Client");
    order.customerId = QStringLiteral("73282932000074");
    const QList<std::pair<QString, QString>> rows { { QStringLiteral("Accueil"), QStringLiteral("yealink-t54w") },
        { QStringLiteral("Appli"), QStringLiteral("wazo-softphone") },
        { QStringLiteral("Atelier"), QStringLiteral("yealink-w60p") },
        { QStringLiteral("Magasin"), QStringLiteral("yealink-w56h") },
        { QStringLiteral("Bureau"), QStringLiteral("yealink-t46u") } };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Station station;
        station.row = int(i) + 2;
        station.name = rows.at(i).first;
        station.modelId = rows.at(i).second;
        station.extension = QString::number(8000 + i);
        order.stations.append(station);
    }
    return order;
}

TEST(PhonesAssignment, ScansGoToTheNextStationWithAPhoneHandsetsShareTheirBase)
{
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    Order order = mixedOrder();
    PhoneAssignment first(catalog, order);
    EXPECT_FALSE(first.takesMac(1)); // the softphone
    EXPECT_TRUE(first.isHandset(3));
    ASSERT_EQ(first.nextWithoutMac(), 0);

    auto assigned = first.assign(0, QStringLiteral("805EC02A0001"));
    ASSERT_TRUE(assigned.hasValue()) << assigned.error().message.toStdString();
    order = *assigned;
    EXPECT_EQ(order.stations.at(0).mac, QStringLiteral("80:5e:c0:2a:00:01"));
    EXPECT_EQ(PhoneAssignment(catalog, order).nextWithoutMac(), 2); // the softphone and its row are skipped

    order = PhoneAssignment(catalog, order).assign(2, QStringLiteral("80:5e:c0:2a:00:02")).value();
    // The handset is never "next": it waits for its base's MAC, given on its own row.
    EXPECT_EQ(PhoneAssignment(catalog, order).nextWithoutMac(), 4);
    order = PhoneAssignment(catalog, order).assign(3, QStringLiteral("80-5e-c0-2a-00-02")).value();
    const PhoneAssignment dect(catalog, order);
    EXPECT_EQ(dect.dectSlot(2), 1);
    EXPECT_EQ(dect.dectSlot(3), 2);
    EXPECT_EQ(dect.dectSlot(0), 0);

    // The planner attaches the handset on the same base at the same slot.
    const ProvisioningPlan plan = ProvisioningTarget::plan(catalog, order);
    EXPECT_NE(plan.find(QStringLiteral("device-attach:80:5e:c0:2a:00:02#2")), nullptr);

    // A desk phone's MAC belongs to one station; so does a base's outside its handsets.
    const auto taken = dect.assign(4, QStringLiteral("80:5e:c0:2a:00:01"));
    ASSERT_FALSE(taken.hasValue());
    EXPECT_TRUE(taken.error().message.contains(QStringLiteral("row 6 (Bureau)")));
    EXPECT_TRUE(taken.error().message.contains(QStringLiteral("row 2 (Accueil)")));
    EXPECT_FALSE(dect.assign(4, QStringLiteral("80:5e:c0:2a:00:02")).hasValue());
    const auto bad = dect.assign(4, QStringLiteral("80:5e:c0:2a:00"));
    ASSERT_FALSE(bad.hasValue());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("80:5e:c0:2a:00")));
    EXPECT_FALSE(dect.assign(1, QStringLiteral("80:5e:c0:2a:00:09")).hasValue());
}

TEST(PhonesAssignment, StateFollowsTheStacksDeviceThenTheSynchronization)
{
    using State = PhoneAssignment::State;
    const QString mac = QStringLiteral("80:5e:c0:2a:00:01");
    EXPECT_EQ(PhoneAssignment::stateOf({}, {}, false), State::NoMac);
    EXPECT_EQ(PhoneAssignment::stateOf(mac, {}, false), State::NotSeen);
    const QJsonObject autoprov { { QStringLiteral("mac"), mac },
        { QStringLiteral("status"), QStringLiteral("autoprov") } };
    EXPECT_EQ(PhoneAssignment::stateOf(mac, autoprov, false), State::Autoprov);
    const QJsonObject configured { { QStringLiteral("mac"), mac },
        { QStringLiteral("status"), QStringLiteral("configured") } };
    EXPECT_EQ(PhoneAssignment::stateOf(mac, configured, false), State::Configured);
    EXPECT_EQ(PhoneAssignment::stateOf(mac, configured, true), State::Synchronized);
    // A synchronization the stack does not reflect is not trusted.
    EXPECT_EQ(PhoneAssignment::stateOf(mac, autoprov, true), State::Autoprov);
}

} // namespace
