// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** A station's DIDs, each an incall and its extension: known on the stack by the DID. */
struct IncallKind
{
    static ResourceKindUnit unit();
    static void plan(PlanningContext &context, StationPlanning &station);
    /** A DID's incall to destination (a user, a ring group) and its extension, in the incall context. */
    static void addIncall(
        PlanningContext &context, const QJsonObject &destination, const QString &ownerKey, const QString &did, int row);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
