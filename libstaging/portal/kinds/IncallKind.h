// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** A station's DIDs, each an incall and its extension: known on the stack by the DID. */
struct IncallKind
{
    static ResourceKindUnit unit();
    static void plan(PlanningContext &context, StationPlanning &station);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
