// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/DhcpKind.h"

#include <QHostAddress>
#include <QJsonArray>

namespace Staging {

ResourceKindUnit DhcpKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Dhcp, "dhcp", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "DHCP") } },
        .scope = ResourceKindUnit::Scope::StackWide,
        .lists = { { QStringLiteral("dhcp"), PlanningContext::Confd + QStringLiteral("/dhcp"), false } },
        .planOrder = DhcpKind::plan,
        .match = DhcpKind::match,
    };
}

void DhcpKind::plan(PlanningContext &context)
{
    // DHCP is a master-tenant setting of the whole stack: only the customer's own mini-PC serves
    // its phones; on the shared agency stack it would change every customer's network. The pool
    // is in the Shuttle's LAN, clear of its own address, on the interface that holds that address.
    if (!context.onPremise()) {
        return;
    }
    const ProvisioningPlanner::Settings &s = context.settings;
    const QString lanSubnet = s.shuttleLan ? s.shuttleLan->subnet() : QString();
    const QString nic = s.shuttleLan ? s.shuttleLan->interfaceName : QString();
    if (!s.shuttleLan) {
        // Said, not guessed: the technician sees why the stack's networking is not planned.
        context.plan.addWarning({ 0, QStringLiteral("shuttle-lan-unknown"), {},
            ProvisioningPlanner::tr(
                "The Shuttle's address on the customer's network is not known yet (post-install records it): the "
                "phones' DHCP pool, provisioning host and phonebook access are not planned.") });
    } else if (!lanSubnet.isEmpty() && nic.isEmpty()) {
        context.plan.addWarning({ 0, QStringLiteral("dhcp-interface-unknown"), {},
            ProvisioningPlanner::tr(
                "The Shuttle's network interface on the customer's network is not known (post-install records "
                "it; stagingctl order apply --dhcp-interface NAME): the DHCP server is left as it is.") });
    } else if (!lanSubnet.isEmpty()) {
        const QString dhcpKey = PlanningContext::key(ProvisioningResource::Kind::Dhcp, nic);
        if (const auto pool = ProvisioningPlanner::lanPool(*s.shuttleLan, s.dhcpPoolSize)) {
            context.plan.addResource({ ProvisioningResource::Kind::Dhcp, dhcpKey, QStringLiteral("PUT"),
                PlanningContext::Confd + QStringLiteral("/dhcp"),
                QJsonObject { { QStringLiteral("active"), true },
                    { QStringLiteral("pool_start"), QHostAddress(pool->first).toString() },
                    { QStringLiteral("pool_end"), QHostAddress(pool->second).toString() },
                    { QStringLiteral("network_interfaces"), QJsonArray { nic } } },
                {}, {}, 0 });
        } else {
            context.plan.addWarning({ 0, QStringLiteral("dhcp-lan-too-small"), dhcpKey,
                ProvisioningPlanner::tr("The Shuttle's network %1 has no room for %n phone address(es) beside the "
                                        "Shuttle: the DHCP server is left as it is.",
                    nullptr, s.dhcpPoolSize)
                    .arg(lanSubnet) });
        }
    }
}

LiveStack::Entry DhcpKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    LiveStack::Entry entry;
    if (LiveStack::containsAll(live.object(QStringLiteral("dhcp")), body)) {
        LiveStack::present(entry, {});
    }
    return entry;
}

} // namespace Staging
