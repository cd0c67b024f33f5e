// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/**
 * The order's ring groups: each a group (known on the stack by its label in the tenant), its
 * extension from the customer's range, its DIDs' incalls, and its members, the users of the
 * stations that name it, in row order (the order a linear group rings them).
 */
struct GroupKind
{
    static ResourceKindUnit unit();
    static QString key(const QString &name);
    static void plan(PlanningContext &context);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
