// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningPlan.h"
#include "portal/kinds/LiveStack.h"
#include "portal/kinds/PlanningContext.h"
#include "portal/kinds/StationPlanning.h"

#include <QList>

namespace Staging {

/**
 * One resource kind in one place: how the order plans it (once per order, or once per station)
 * and how a planned resource is matched against the live stack. The planner and the reconciler
 * only loop over resourceKindUnits().
 */
struct ResourceKindUnit
{
    using Kind = ProvisioningResource::Kind;
    using Match = LiveStack::Entry (*)(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);

    QList<Kind> kinds; // the resources it plans and matches
    void (*planOrder)(PlanningContext &context) = nullptr; // the resources of the whole order
    void (*planStation)(PlanningContext &context, StationPlanning &station) = nullptr; // a station's
    Match match = nullptr; // nullptr: never found on the stack, always missing
};

/** Every kind, in dependency order: what a kind refers to is planned before it. */
const QList<ResourceKindUnit> &resourceKindUnits();
/** The unit that plans and matches resources of this kind; nullptr for none. */
const ResourceKindUnit *findResourceKindUnit(ProvisioningResource::Kind kind);

} // namespace Staging
