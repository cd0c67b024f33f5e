// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "order/PhoneRegion.h"
#include "portal/ProvisioningPlan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace Staging {

/**
 * Turns an order into the target state of its PBX (wazo-api.md §5): tenant, dial plan, DHCP and
 * provd prerequisites, then per station its user, lines, extension, voicemail, incalls and device.
 * Pure computation: nothing is sent, so the same order and settings always give the same plan.
 * Each kind is planned by its unit (ResourceKindUnit, portal/kinds/), in dependency order.
 */
class ProvisioningPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Staging::ProvisioningPlanner)

public:
    struct Lan
    {
        QString address; // IPv4
        QString netmask; // dotted (255.255.255.0) or a prefix length (24)
        /**
         * The Shuttle's network interface that holds the address (post-install records it): the one
         * its DHCP server listens on. confd refuses a name the host does not have, so it is never
         * guessed: empty, no DHCP is planned.
         */
        QString interfaceName;

        /** "ADDRESS/NETMASK" as typed on a command line; nullopt unless both parts are valid. */
        static std::optional<Lan> fromText(const QString &text);
        /** The network in CIDR form ("192.168.10.0/24"); empty when the address or netmask is invalid. */
        QString subnet() const;
    };

    struct Settings
    {
        QString tenantSlug; // 1–10 of [a-zA-Z0-9_]; also prefixes SIP endpoint names
        QString tenantName;
        QString internalContext; // context labels: confd generates the names lines refer to
        QString incallContext;
        int dhcpPoolSize = 100;
        PhoneRegion region; // the phones' locale, time zone and time server
        /**
         * The Shuttle on the customer's LAN (on-premise orders): the address its phones fetch their
         * files and query the phonebook from. None (on-cloud, or not known yet): the stack's
         * provisioning networking, phonebook access and phonebook address are left as they are.
         */
        std::optional<Lan> shuttleLan;
    };

    ProvisioningPlanner(const ModelCatalog &catalog, const Settings &settings);

    ProvisioningPlan plan(const Order &order) const;

    /**
     * size consecutive addresses of the LAN for the phones' DHCP pool, none of them the network's,
     * its broadcast or the Shuttle's: first/last as IPv4 numbers; nullopt when it has no such room.
     */
    static std::optional<std::pair<quint32, quint32>> lanPool(const Lan &lan, int size);

private:
    const ModelCatalog &m_catalog;
    Settings m_settings;
};

} // namespace Staging
