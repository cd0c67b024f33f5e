// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/ProvisioningNetworkingKind.h"

namespace Staging {

ResourceKindUnit ProvisioningNetworkingKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::ProvisioningNetworking, "provisioning-networking",
            QT_TRANSLATE_NOOP("Staging::DisplayLabels", "provisioning network") } },
        .scope = ResourceKindUnit::Scope::StackWide,
        .lists = { { QStringLiteral("networking"), PlanningContext::Confd + QStringLiteral("/provisioning/networking"),
            false } },
        .planOrder = ProvisioningNetworkingKind::plan,
        .match = ProvisioningNetworkingKind::match,
    };
}

void ProvisioningNetworkingKind::plan(PlanningContext &context)
{
    // Like DHCP, the provisioning host and the phonebook access are the whole stack's: planned
    // only for the customer's own Shuttle, whose LAN address is what its phones reach.
    const ProvisioningPlanner::Settings &s = context.settings;
    if (!context.onPremise() || !s.shuttleLan) {
        return;
    }
    if (s.shuttleLan->subnet().isEmpty()) {
        context.plan.addWarning({ 0, QStringLiteral("shuttle-lan-invalid"), {},
            ProvisioningPlanner::tr(
                "The Shuttle's network \"%1/%2\" is not an IPv4 address and netmask: the provisioning host and "
                "the phonebook access are left as they are.")
                .arg(s.shuttleLan->address, s.shuttleLan->netmask) });
        return;
    }
    // 8667: provd's HTTP port, the one phones fetch their files from.
    context.plan.addResource({ ProvisioningResource::Kind::ProvisioningNetworking,
        PlanningContext::key(ProvisioningResource::Kind::ProvisioningNetworking, QStringLiteral("stack")),
        QStringLiteral("PUT"), PlanningContext::Confd + QStringLiteral("/provisioning/networking"),
        QJsonObject { { QStringLiteral("provision_host"), context.phonebookIp() },
            { QStringLiteral("provision_http_port"), 8667 } },
        {}, {}, 0 });
}

LiveStack::Entry ProvisioningNetworkingKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    // Another host already set is not a conflict: on the customer's own Shuttle it can only be
    // a stale address (the factory network, the LAN before it was renumbered) that its phones
    // no longer reach, and the technician re-running the order expects the Shuttle's address.
    // Missing, so the PUT sets it, as for DHCP.
    LiveStack::Entry entry;
    if (LiveStack::containsAll(live.object(QStringLiteral("networking")), body)) {
        LiveStack::present(entry, {});
    }
    return entry;
}

} // namespace Staging
