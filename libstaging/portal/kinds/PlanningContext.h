// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "portal/ProvisioningPlan.h"
#include "portal/ProvisioningPlanner.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Staging {

/**
 * What every kind's planning reads and writes while one order is planned: the order, the
 * settings, the catalog and the plan being built. Kinds are planned in dependency order, so a
 * kind may refer to the keys of the kinds planned before it.
 */
struct PlanningContext
{
    using Kind = ProvisioningResource::Kind;

    static inline const QString Confd = QStringLiteral("/api/confd/1.1");
    static inline const QString Provd = QStringLiteral("/api/provd/0.2");

    const Order &order;
    const ModelCatalog &catalog;
    const ProvisioningPlanner::Settings &settings;
    ProvisioningPlan plan;

    // DECT handsets register on the base whose MAC their row carries; each takes the next slot,
    // which is also its line's position on that device.
    QHash<QString, int> nextSlot;
    QSet<QString> devices;
    // Each planned station's user, for what refers to it once the stations are planned (a ring
    // group's members, a receptionist's keys). A station left out of the plan has none.
    QHash<const Station *, QString> userKeys;

    /** The natural key of a resource: "<kind>:<identity>". */
    static QString key(Kind kind, const QString &identity);
    /** The placeholder for a field the server assigns to the resource with this key. */
    static QString ref(const QString &key, const char *field);

    bool onPremise() const { return order.mode == DeploymentMode::OnPremise; }
    /**
     * The Shuttle's LAN address its phones reach (provisioning host, registrar, phonebook): only
     * for the customer's own Shuttle with a valid LAN, empty otherwise.
     */
    QString phonebookIp() const;
};

} // namespace Staging
