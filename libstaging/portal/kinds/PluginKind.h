// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** A provd plugin the order's phones need, installed once per stack. */
struct PluginKind
{
    static ResourceKindUnit unit();
    static QString key(const QString &plugin);
    static void plan(PlanningContext &context);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
