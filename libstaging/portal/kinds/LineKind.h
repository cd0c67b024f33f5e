// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** A station's desk and WebRTC lines with their SIP endpoints: known on the stack by the endpoint's name. */
struct LineKind
{
    static ResourceKindUnit unit();
    static void plan(PlanningContext &context, StationPlanning &station);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
    /** An endpoint's SIP credentials, also inside a line posted with its endpoint (StationBundler). */
    static QJsonObject secrets(
        ProvisioningResource::Kind kind, const QJsonObject &body, const ProvisioningSecrets::Given &given);
};

} // namespace Staging
