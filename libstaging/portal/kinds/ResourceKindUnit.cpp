// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/ResourceKindUnit.h"

#include "portal/kinds/AccessFeatureKind.h"
#include "portal/kinds/ContextKind.h"
#include "portal/kinds/DefaultConfigKind.h"
#include "portal/kinds/DeviceKind.h"
#include "portal/kinds/DhcpKind.h"
#include "portal/kinds/ExtensionKind.h"
#include "portal/kinds/FuncKeyKind.h"
#include "portal/kinds/GroupKind.h"
#include "portal/kinds/IncallKind.h"
#include "portal/kinds/LineKind.h"
#include "portal/kinds/PluginKind.h"
#include "portal/kinds/ProvisioningNetworkingKind.h"
#include "portal/kinds/RegistrarKind.h"
#include "portal/kinds/RtpKind.h"
#include "portal/kinds/TenantKind.h"
#include "portal/kinds/UserKind.h"
#include "portal/kinds/VoicemailKind.h"

#include <algorithm>

namespace Staging {

bool ResourceKindUnit::needs(const LiveList &list, Kind kind) const
{
    return list.neededBy.isEmpty()
        ? std::any_of(kinds.cbegin(), kinds.cend(), [kind](const Name &n) { return n.kind == kind; })
        : list.neededBy.contains(kind);
}

const QList<ResourceKindUnit> &resourceKindUnits()
{
    // The stack's settings and provd's shared resources first, then per station its user, the
    // lines that need it, the extension that needs the lines, and last the phone they attach to.
    static const QList<ResourceKindUnit> units {
        TenantKind::unit(),
        ContextKind::unit(),
        DhcpKind::unit(),
        ProvisioningNetworkingKind::unit(),
        RegistrarKind::unit(),
        AccessFeatureKind::unit(),
        RtpKind::unit(),
        PluginKind::unit(),
        DefaultConfigKind::unit(),
        UserKind::unit(),
        LineKind::unit(),
        ExtensionKind::unit(),
        VoicemailKind::unit(),
        // A DID's extension is planned with its incall, and matched as every extension is.
        IncallKind::unit(),
        DeviceKind::unit(),
        // Once every station is planned: ring groups with their members, then receptionists' keys.
        GroupKind::unit(),
        FuncKeyKind::unit(),
        // Never in a plan: StackRegistrationJob looks it up on the agency portal.
        { .kinds = { { ProvisioningResource::Kind::Stack, "stack",
              QT_TRANSLATE_NOOP("Staging::DisplayLabels", "stack") } } },
    };
    return units;
}

const ResourceKindUnit *findResourceKindUnit(ProvisioningResource::Kind kind)
{
    for (const ResourceKindUnit &unit : resourceKindUnits()) {
        for (const ResourceKindUnit::Name &name : unit.kinds) {
            if (name.kind == kind) {
                return &unit;
            }
        }
    }
    return nullptr;
}

const ResourceKindUnit::Name *findResourceKindName(ProvisioningResource::Kind kind)
{
    if (const ResourceKindUnit *unit = findResourceKindUnit(kind)) {
        for (const ResourceKindUnit::Name &name : unit->kinds) {
            if (name.kind == kind) {
                return &name;
            }
        }
    }
    return nullptr;
}

} // namespace Staging
