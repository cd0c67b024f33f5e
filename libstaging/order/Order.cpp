// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/Order.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Staging {

namespace {
// 2: ring groups, and each station's groups and phone label.
constexpr int DocumentVersion = 2;
} // namespace

QJsonObject Order::toJson() const
{
    QJsonArray stationsJson;
    for (const Station &s : stations) {
        stationsJson.append(s.toJson());
    }
    QJsonArray groupsJson;
    for (const RingGroup &g : groups) {
        groupsJson.append(g.toJson());
    }
    return QJsonObject {
        { QStringLiteral("version"), DocumentVersion },
        { QStringLiteral("order_id"), orderId },
        { QStringLiteral("customer_name"), customerName },
        { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("mode"), deploymentModeId(mode) },
        { QStringLiteral("range"), range.toString() },
        { QStringLiteral("stations"), stationsJson },
        { QStringLiteral("groups"), groupsJson },
        { QStringLiteral("region"), region.toJson() },
        { QStringLiteral("stack"), stack.toJson() },
    };
}

Expected<Order> Order::fromJson(const QJsonObject &json)
{
    const int version = json.value(QLatin1String("version")).toInt(-1);
    if (version < 1 || version > DocumentVersion) {
        return Error::make(ErrorKind::Unsupported,
            QCoreApplication::translate(
                "Staging::Order", "The saved order has document version %1; this program reads version %2 or older.")
                .arg(version)
                .arg(DocumentVersion));
    }
    Order order;
    order.orderId = json.value(QLatin1String("order_id")).toString();
    order.customerName = json.value(QLatin1String("customer_name")).toString();
    order.customerId = json.value(QLatin1String("customer_id")).toString();
    const auto mode = deploymentModeFromId(json.value(QLatin1String("mode")).toString());
    const auto range = ExtensionRange::parse(json.value(QLatin1String("range")).toString());
    if (!mode || !range) {
        return Error::make(ErrorKind::InvalidInput,
            QCoreApplication::translate("Staging::Order", "The saved order %1 has an unreadable mode or range.")
                .arg(order.orderId));
    }
    order.mode = *mode;
    order.range = *range;
    // Orders saved before the region was kept were staged with the built-in one.
    if (json.contains(QLatin1String("region"))) {
        auto region = PhoneRegion::fromJson(json.value(QLatin1String("region")).toObject());
        if (!region) {
            return Error::make(ErrorKind::InvalidInput,
                QCoreApplication::translate("Staging::Order", "The saved order %1: %2")
                    .arg(order.orderId, region.error().message));
        }
        order.region = std::move(region).value();
    }
    // Likewise the stack's addresses, kept since the portal registers on-premise stacks.
    if (json.contains(QLatin1String("stack"))) {
        auto stack = StackProfile::fromJson(json.value(QLatin1String("stack")).toObject());
        if (!stack) {
            return Error::make(ErrorKind::InvalidInput,
                QCoreApplication::translate("Staging::Order", "The saved order %1: %2")
                    .arg(order.orderId, stack.error().message));
        }
        order.stack = std::move(stack).value();
    }
    for (const auto &v : json.value(QLatin1String("stations")).toArray()) {
        order.stations.append(Station::fromJson(v.toObject()));
    }
    for (const auto &v : json.value(QLatin1String("groups")).toArray()) {
        order.groups.append(RingGroup::fromJson(v.toObject()));
    }
    return order;
}

} // namespace Staging
