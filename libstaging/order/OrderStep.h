// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/DeploymentMode.h"

#include <QList>
#include <QString>

#include <optional>

namespace Staging {

/** The steps of an order, in the order a technician goes through them. */
enum class OrderStep
{
    Order, // customer, numbering plan, extensions
    Hardware, // Shuttle checklist (on-premise)
    Debian, // preseeded install served from the bench (on-premise)
    PostInstall, // SSH post-install (on-premise)
    Portal, // stack, tenant, users, lines... on the Wazo portal
    Phones, // phones claimed and attached by MAC
    Migration, // an existing customer's phones moved onto the agency stack, one at a time
    Labels, // handsets, box and ports
    SignOff, // summary, supervisor approval, report
};

/** The job log's step id: "intake", "hardware", "debian", "postinstall", "portal", "phones", "migration", "labels",
 * "signoff". */
QString orderStepId(OrderStep step);
std::optional<OrderStep> orderStepFromId(const QString &id);
/** The steps an order of this mode goes through: on-cloud orders have no Shuttle. */
QList<OrderStep> orderSteps(DeploymentMode mode);

} // namespace Staging
