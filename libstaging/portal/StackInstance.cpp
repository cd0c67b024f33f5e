// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/StackInstance.h"

#include <QJsonValue>

namespace Staging {

StackInstance StackInstance::of(
    const StackProfile &profile, const QString &name, const QString &privateHost, const QString &username)
{
    StackInstance instance;
    instance.name = name;
    instance.privateHost = privateHost;
    instance.privatePort = profile.privatePort;
    instance.publicHost = profile.publicHost;
    instance.publicPort = profile.publicPort;
    instance.preferredConnection = profile.preferredConnection;
    instance.username = username;
    return instance;
}

QJsonObject StackInstance::body(const QString &password) const
{
    QJsonObject body { { QStringLiteral("config"), QJsonObject {} }, { QStringLiteral("name"), name },
        { QStringLiteral("private_host"), privateHost }, { QStringLiteral("private_port"), privatePort },
        { QStringLiteral("preferred_connection"), StackProfile::connectionId(preferredConnection) },
        { QStringLiteral("service_id"), 1 }, { QStringLiteral("username"), username },
        { QStringLiteral("password"), password } };
    // No public host: both left out, as wazo-setupd does for an engine without one.
    if (!publicHost.isEmpty()) {
        body.insert(QStringLiteral("public_host"), publicHost);
        body.insert(QStringLiteral("public_port"), publicPort);
    }
    return body;
}

QStringList StackInstance::differences(const QJsonObject &live) const
{
    QStringList lines;
    const auto compare = [&lines, &live](const char *field, const QJsonValue &wanted) {
        const QJsonValue have = live.value(QLatin1String(field));
        // A host the portal holds as null or "" is no host, as the empty one wanted here.
        const bool none = wanted.isString() && wanted.toString().isEmpty();
        if (none ? !(have.isNull() || have.isUndefined() || have.toString().isEmpty()) : have != wanted) {
            const auto text = [](const QJsonValue &v) {
                return v.isDouble() ? QString::number(v.toInt()) : v.toString();
            };
            lines.append(QStringLiteral("%1: %2 → %3").arg(QLatin1String(field), text(have), text(wanted)));
        }
    };
    compare("private_host", privateHost);
    compare("private_port", privatePort);
    compare("public_host", publicHost);
    if (!publicHost.isEmpty()) {
        compare("public_port", publicPort);
    }
    compare("preferred_connection", StackProfile::connectionId(preferredConnection));
    return lines;
}

} // namespace Staging
