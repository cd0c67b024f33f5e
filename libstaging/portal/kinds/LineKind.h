// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/LiveStack.h"
#include "portal/kinds/PlanningContext.h"
#include "portal/kinds/StationPlanning.h"

namespace Staging {

/** A station's desk and WebRTC lines with their SIP endpoints: known on the stack by the endpoint's name. */
struct LineKind
{
    static void plan(PlanningContext &context, StationPlanning &station);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
