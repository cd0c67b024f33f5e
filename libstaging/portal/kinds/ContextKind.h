// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** The internal and incall contexts: known on the stack by their label and type. */
struct ContextKind
{
    static ResourceKindUnit unit();
    static QString internalKey(const ProvisioningPlanner::Settings &settings);
    static QString incallKey(const ProvisioningPlanner::Settings &settings);
    static void plan(PlanningContext &context);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
