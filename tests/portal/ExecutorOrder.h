// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "portal/ProvisioningPlanner.h"

namespace Staging::Test {

/** An order of n stations with a T54W each; every fifth a UC user with a Wazo App line. */
inline Order executorOrder(int n)
{
    Order order;
    order.orderId = QStringLiteral("CMD-EXEC");
    order.mode = DeploymentMode::OnPremise;
    order.range = { 1000, 1199 };
    for (int i = 0; i < n; ++i) {
        Station s;
        s.row = i + 2;
        s.site = QStringLiteral("Siège");
        s.name = QStringLiteral("Agent %1").arg(i + 1);
        s.extension = QString::number(1000 + i);
        s.modelId = QStringLiteral("yealink-t54w");
        s.hardwareText = s.modelId;
        s.email = QStringLiteral("agent%1@client.example").arg(i + 1);
        s.mac = QStringLiteral("80:5e:c0:50:%1:%2")
                    .arg(i / 256, 2, 16, QLatin1Char('0'))
                    .arg(i % 256, 2, 16, QLatin1Char('0'));
        s.dids = { QStringLiteral("04420030%1").arg(i, 2, 10, QLatin1Char('0')) };
        s.profile = i % 5 == 0 ? Profile::UnifiedCommunication : Profile::Voice;
        order.stations.append(s);
    }
    return order;
}

inline ProvisioningPlan executorPlan(const Order &order)
{
    ProvisioningPlanner::Settings settings;
    settings.tenantSlug = QStringLiteral("client");
    settings.tenantName = QStringLiteral("Client");
    settings.internalContext = QStringLiteral("Client internal");
    settings.incallContext = QStringLiteral("Client incall");
    // The order is on-premise: its Shuttle's networking and phonebook access are planned too.
    settings.shuttleLan = ProvisioningPlanner::Lan { QStringLiteral("10.0.0.2"), QStringLiteral("255.255.255.0"),
        QStringLiteral("eno1") };
    return ProvisioningPlanner(ModelCatalog::builtIn(), settings).plan(order);
}

} // namespace Staging::Test
