// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/**
 * A receptionist's supervision keys (PhoneKeys): one BLF key per colleague of the site, set on
 * the user's function keys in one PUT and known on the stack by reading them back.
 */
struct FuncKeyKind
{
    static ResourceKindUnit unit();
    static void plan(PlanningContext &context);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
