// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** A station's phone: claimed into the tenant, then its line attached. Known by its MAC. */
struct DeviceKind
{
    static ResourceKindUnit unit();
    static QString key(const QString &mac);
    /** The device and line position of the station's desk line (a DECT base's next free slot). */
    static void reserveSlot(PlanningContext &context, StationPlanning &station);
    static void plan(PlanningContext &context, StationPlanning &station);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
