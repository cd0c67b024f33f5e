// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/ResourceKindUnit.h"

#include "portal/kinds/AccessFeatureKind.h"
#include "portal/kinds/ContextKind.h"
#include "portal/kinds/DefaultConfigKind.h"
#include "portal/kinds/DeviceKind.h"
#include "portal/kinds/DhcpKind.h"
#include "portal/kinds/ExtensionKind.h"
#include "portal/kinds/IncallKind.h"
#include "portal/kinds/LineKind.h"
#include "portal/kinds/PluginKind.h"
#include "portal/kinds/ProvisioningNetworkingKind.h"
#include "portal/kinds/RegistrarKind.h"
#include "portal/kinds/RtpKind.h"
#include "portal/kinds/TenantKind.h"
#include "portal/kinds/UserKind.h"
#include "portal/kinds/VoicemailKind.h"

namespace Staging {

const QList<ResourceKindUnit> &resourceKindUnits()
{
    using Kind = ProvisioningResource::Kind;
    // The stack's settings and provd's shared resources first, then per station its user, the
    // lines that need it, the extension that needs the lines, and last the phone they attach to.
    static const QList<ResourceKindUnit> units {
        { { Kind::Tenant }, TenantKind::plan, nullptr, TenantKind::match },
        { { Kind::InternalContext, Kind::IncallContext }, ContextKind::plan, nullptr, ContextKind::match },
        { { Kind::Dhcp }, DhcpKind::plan, nullptr, DhcpKind::match },
        { { Kind::ProvisioningNetworking }, ProvisioningNetworkingKind::plan, nullptr,
            ProvisioningNetworkingKind::match },
        { { Kind::Registrar }, RegistrarKind::plan, nullptr, RegistrarKind::match },
        { { Kind::AccessFeature }, AccessFeatureKind::plan, nullptr, AccessFeatureKind::match },
        { { Kind::RtpGeneral }, RtpKind::plan, nullptr, RtpKind::match },
        { { Kind::Plugin }, PluginKind::plan, nullptr, PluginKind::match },
        { { Kind::DefaultDeviceConfig }, DefaultConfigKind::plan, nullptr, DefaultConfigKind::match },
        { { Kind::User }, nullptr, UserKind::plan, UserKind::match },
        { { Kind::SipEndpoint, Kind::SipLine, Kind::WebrtcLine }, nullptr, LineKind::plan, LineKind::match },
        { { Kind::Extension }, nullptr, ExtensionKind::plan, ExtensionKind::match },
        { { Kind::Voicemail }, nullptr, VoicemailKind::plan, VoicemailKind::match },
        // A DID's extension is planned with its incall, and matched as every extension is.
        { { Kind::Incall }, nullptr, IncallKind::plan, IncallKind::match },
        { { Kind::Device, Kind::DeviceAttach }, nullptr, DeviceKind::plan, DeviceKind::match },
        // Never in a plan: StackRegistrationJob looks it up on the agency portal.
        { { Kind::Stack }, nullptr, nullptr, nullptr },
    };
    return units;
}

const ResourceKindUnit *findResourceKindUnit(ProvisioningResource::Kind kind)
{
    for (const ResourceKindUnit &unit : resourceKindUnits()) {
        if (unit.kinds.contains(kind)) {
            return &unit;
        }
    }
    return nullptr;
}

} // namespace Staging
