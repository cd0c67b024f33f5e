// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/StackProfile.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * An on-premise stack as the agency portal registers it (a deployd instance, wazo-api.md §4.1):
 * named after the Shuttle, reached on the customer's LAN address or the public host the order
 * gives, logged into with the engine's admin user. The name is the natural key: a portal holds one
 * stack per name.
 */
struct StackInstance
{
    QString name;
    QString privateHost;
    int privatePort = 443;
    QString publicHost; // empty: none
    int publicPort = 443;
    StackProfile::Connection preferredConnection = StackProfile::Connection::Private;
    QString username; // the engine's admin user; the password is only ever passed to body()

    /** The order's profile for the Shuttle named name on the LAN address privateHost. */
    static StackInstance of(
        const StackProfile &profile, const QString &name, const QString &privateHost, const QString &username);

    /** What wazo-setupd sends to register an engine: a registered (not deployed) one, service 1. */
    QJsonObject body(const QString &password) const;
    /**
     * How a live instance differs from this one, a "field: live → wanted" line per field (the
     * write-only login aside, which the portal never shows); empty when it is this one.
     */
    QStringList differences(const QJsonObject &live) const;
};

} // namespace Staging
