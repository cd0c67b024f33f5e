// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/StackProfile.h"

#include "core/ShuttleHostname.h"

namespace Staging {

namespace {

bool validPort(int port)
{
    return port >= 1 && port <= 65535;
}

Status invalid(const QString &message)
{
    return Error::make(ErrorKind::InvalidInput, message);
}

} // namespace

QString StackProfile::connectionId(Connection connection)
{
    switch (connection) {
    case Connection::Public:
        return QStringLiteral("public");
    case Connection::Private:
        return QStringLiteral("private");
    case Connection::Any:
        return QStringLiteral("any");
    }
    return {};
}

std::optional<StackProfile::Connection> StackProfile::connectionFromId(const QString &id)
{
    for (const Connection connection : { Connection::Public, Connection::Private, Connection::Any }) {
        if (id == connectionId(connection)) {
            return connection;
        }
    }
    return std::nullopt;
}

Status StackProfile::check() const
{
    if (!publicHost.isEmpty()) {
        if (const QString problem = ShuttleHostname::hostProblem(publicHost); !problem.isEmpty()) {
            return invalid(tr("Stack public host \"%1\": %2").arg(publicHost, problem));
        }
    }
    if (!validPort(publicPort)) {
        return invalid(tr("Stack public port: %1 is not a port (1 to 65535).").arg(publicPort));
    }
    if (!validPort(privatePort)) {
        return invalid(tr("Stack private port: %1 is not a port (1 to 65535).").arg(privatePort));
    }
    if (preferredConnection == Connection::Public && publicHost.isEmpty()) {
        return invalid(tr("Stack preferred connection: \"public\" needs the stack's public host."));
    }
    if (!stunServer.isEmpty()) {
        // host[:port], as Asterisk's stunaddr takes it.
        const qsizetype colon = stunServer.lastIndexOf(QLatin1Char(':'));
        const QString host = colon < 0 ? stunServer : stunServer.left(colon);
        if (const QString problem = ShuttleHostname::hostProblem(host); !problem.isEmpty()) {
            return invalid(tr("STUN server \"%1\": %2").arg(stunServer, problem));
        }
        bool number = false;
        if (colon >= 0 && (!validPort(stunServer.mid(colon + 1).toInt(&number)) || !number)) {
            return invalid(tr("STUN server \"%1\": the port after \":\" must be 1 to 65535.").arg(stunServer));
        }
    }
    if (ice && stunServer.isEmpty()) {
        return invalid(tr("ICE needs a STUN server."));
    }
    return Done {};
}

QJsonObject StackProfile::toJson() const
{
    return QJsonObject { { QStringLiteral("public_host"), publicHost }, { QStringLiteral("public_port"), publicPort },
        { QStringLiteral("private_port"), privatePort },
        { QStringLiteral("preferred_connection"), connectionId(preferredConnection) },
        { QStringLiteral("stun_server"), stunServer }, { QStringLiteral("ice"), ice } };
}

Expected<StackProfile> StackProfile::fromJson(const QJsonObject &json)
{
    StackProfile stack;
    stack.publicHost = json.value(QLatin1String("public_host")).toString();
    stack.publicPort = json.value(QLatin1String("public_port")).toInt();
    stack.privatePort = json.value(QLatin1String("private_port")).toInt();
    const QString preferred = json.value(QLatin1String("preferred_connection")).toString();
    const auto connection = connectionFromId(preferred);
    if (!connection) {
        return Error::make(ErrorKind::InvalidInput,
            tr("Stack preferred connection: \"%1\" is not one of public, private, any.").arg(preferred));
    }
    stack.preferredConnection = *connection;
    stack.stunServer = json.value(QLatin1String("stun_server")).toString();
    stack.ice = json.value(QLatin1String("ice")).toBool();
    if (const Status checked = stack.check(); !checked) {
        return checked.error();
    }
    return stack;
}

} // namespace Staging
