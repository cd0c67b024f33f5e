// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** An extension in a context (a station's, or a DID's): known on the stack by number and context. */
struct ExtensionKind
{
    static ResourceKindUnit unit();
    /** exten: "<number>@<context label>". */
    static QString key(const QString &exten);
    static void plan(PlanningContext &context, StationPlanning &station);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
