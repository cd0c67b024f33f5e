// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** A station's user: known on the stack by its email, else by its name on its extension. */
struct UserKind
{
    static ResourceKindUnit unit();
    static QString key(const Station &station);
    static void plan(PlanningContext &context, StationPlanning &station);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
