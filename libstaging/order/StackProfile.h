// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Staging {

/**
 * How the agency portal and the phones' media reach an on-premise order's stack: the addresses
 * the portal registers the Shuttle under (deployd's instance: private host is the Shuttle's LAN
 * address, public host the customer's public name or address, the preferred one of the two) and
 * the STUN server and ICE the stack's RTP uses behind the customer's NAT. The stack's name is the
 * Shuttle's hostname and its private host the Shuttle's LAN address: both come from the Shuttle,
 * not from here. On-cloud orders use the agency's stack and ignore this.
 */
struct StackProfile
{
    Q_DECLARE_TR_FUNCTIONS(Staging::StackProfile)

public:
    enum class Connection
    {
        Public,
        Private,
        Any,
    };

    QString publicHost; // empty: the portal reaches the stack on its private address only
    int publicPort = 443;
    int privatePort = 443;
    // Private by default: a public one needs the customer's public host, which plans do not carry.
    Connection preferredConnection = Connection::Private;
    QString stunServer; // "host" or "host:port"; empty: no STUN
    bool ice = false; // needs a STUN server

    /** deployd's words: "public", "private", "any". */
    static QString connectionId(Connection connection);
    static std::optional<Connection> connectionFromId(const QString &id);

    /** Every field checked; the message names the field and the value refused. */
    Status check() const;

    QJsonObject toJson() const;
    /** Reads what toJson() wrote and checks it. */
    static Expected<StackProfile> fromJson(const QJsonObject &json);

    friend bool operator==(const StackProfile &, const StackProfile &) = default;
};

} // namespace Staging
