// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/FuncKeyKind.h"

#include "order/PhoneKeys.h"

namespace Staging {

ResourceKindUnit FuncKeyKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::FuncKeys, "funckeys", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone keys") } },
        .readsOwnPath = true,
        .planAfterStations = FuncKeyKind::plan,
        .match = FuncKeyKind::match,
    };
}

namespace {

// The planned user of the station at that row with that name (typed stations share row 0).
QString colleagueKey(const PlanningContext &context, const PhoneKey &key)
{
    for (const Station &station : context.order.stations) {
        if (station.row == key.colleagueRow && station.name == key.colleagueName) {
            return context.userKeys.value(&station);
        }
    }
    return {};
}

void planKeys(PlanningContext &context, const Station &station, const QString &userKey)
{
    using Kind = ProvisioningResource::Kind;
    QJsonObject keys;
    QStringList dependencies { userKey };
    for (const PhoneKey &key : PhoneKeys::of(context.order, station, context.catalog).keys) {
        const QString colleague = colleagueKey(context, key);
        if (colleague.isEmpty()) {
            continue; // left out of the plan (no extension): said by its own warning
        }
        keys.insert(QString::number(key.position),
            QJsonObject { { QStringLiteral("destination"),
                              QJsonObject { { QStringLiteral("type"), QStringLiteral("user") },
                                  { QStringLiteral("user_id"), PlanningContext::ref(colleague, "id") } } },
                { QStringLiteral("blf"), true }, { QStringLiteral("label"), key.colleagueName } });
        if (!dependencies.contains(colleague)) {
            dependencies.append(colleague);
        }
    }
    if (keys.isEmpty()) {
        return;
    }
    // One PUT sets every key of the user's own template: sent again, it leaves the same keys.
    context.plan.addResource({ Kind::FuncKeys,
        PlanningContext::key(Kind::FuncKeys, userKey.section(QLatin1Char(':'), 1)), QStringLiteral("PUT"),
        QStringLiteral("%1/users/%2/funckeys").arg(PlanningContext::Confd, PlanningContext::ref(userKey, "uuid")),
        QJsonObject { { QStringLiteral("keys"), keys } }, dependencies, {}, station.row });
}

} // namespace

void FuncKeyKind::plan(PlanningContext &context)
{
    for (const Station &station : context.order.stations) {
        const QString userKey = context.userKeys.value(&station);
        if (!userKey.isEmpty()) {
            planKeys(context, station, userKey);
        }
    }
}

LiveStack::Entry FuncKeyKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &path)
{
    // Every planned key is there, to the same colleague with the same label. Keys on other
    // positions do not count: what the customer added later is no reason to send the PUT, which
    // would remove it.
    LiveStack::Entry entry;
    const QJsonObject have = live.own(path).value(QLatin1String("keys")).toObject();
    if (have.isEmpty()) {
        return entry;
    }
    const QJsonObject want = body.value(QLatin1String("keys")).toObject();
    for (auto it = want.begin(); it != want.end(); ++it) {
        const QJsonObject key = have.value(it.key()).toObject();
        const QJsonObject planned = it.value().toObject();
        const QJsonObject destination = key.value(QLatin1String("destination")).toObject();
        const QJsonObject plannedDestination = planned.value(QLatin1String("destination")).toObject();
        if (destination.value(QLatin1String("type")).toString() != QLatin1String("user")
            || destination.value(QLatin1String("user_id")).toInteger()
                != plannedDestination.value(QLatin1String("user_id")).toInteger()
            || key.value(QLatin1String("label")).toString() != planned.value(QLatin1String("label")).toString()
            || !key.value(QLatin1String("blf")).toBool()) {
            return entry;
        }
    }
    LiveStack::present(entry, {});
    return entry;
}

} // namespace Staging
