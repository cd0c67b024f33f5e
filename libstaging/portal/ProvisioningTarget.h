// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "portal/ProvisioningPlan.h"
#include "portal/ProvisioningPlanner.h"

namespace Staging {

/**
 * Where an order goes on its stack, the same for stagingctl and the workbench: the tenant's slug
 * and context names derived from the customer, so a resume from either finds what the other
 * created by the same natural keys.
 */
class ProvisioningTarget
{
public:
    /** wazo-auth slugs: 1–10 of [a-z0-9]; the name without accents, else "c" and the customer id's end. */
    static QString tenantSlug(const QString &customerName, const QString &customerId);
    /**
     * The planner's settings for an order (tenant, context labels, the phones' region, the Shuttle's
     * LAN of an on-premise order when known; the rest as the planner defaults).
     */
    static ProvisioningPlanner::Settings settingsFor(
        const Order &order, const std::optional<ProvisioningPlanner::Lan> &shuttleLan = std::nullopt);
    /** The order's plan. */
    static ProvisioningPlan plan(const ModelCatalog &catalog, const Order &order,
        const std::optional<ProvisioningPlanner::Lan> &shuttleLan = std::nullopt);
    /**
     * The plan without its phones (claims and attachments): the portal step runs before the phones
     * have booted on the stack's network, the phones step attaches each one as it appears.
     */
    static ProvisioningPlan withoutPhones(const ProvisioningPlan &plan);
};

} // namespace Staging
