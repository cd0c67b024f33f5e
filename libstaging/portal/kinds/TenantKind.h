// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** The customer's tenant: planned from the settings, known on the stack by its slug. */
struct TenantKind
{
    static ResourceKindUnit unit();
    static QString key(const ProvisioningPlanner::Settings &settings);
    static void plan(PlanningContext &context);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
