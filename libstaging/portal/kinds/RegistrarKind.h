// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** The stack's built-in registrar: the address phones are given to register to. */
struct RegistrarKind
{
    static ResourceKindUnit unit();
    static void plan(PlanningContext &context);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
