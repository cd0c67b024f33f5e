// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/RingGroup.h"

#include "core/TextKey.h"

#include <QJsonArray>

#include <algorithm>

namespace Staging {

QString ringStrategyId(RingGroup::Strategy strategy)
{
    return strategy == RingGroup::Strategy::Linear ? QStringLiteral("linear") : QStringLiteral("all");
}

std::optional<RingGroup::Strategy> ringStrategyFromId(const QString &id)
{
    if (id == QLatin1String("all")) {
        return RingGroup::Strategy::AllAtOnce;
    }
    if (id == QLatin1String("linear")) {
        return RingGroup::Strategy::Linear;
    }
    return std::nullopt;
}

std::optional<RingGroup::Strategy> ringStrategyFromText(const QString &text)
{
    static const QStringList linear = { QStringLiteral("linear"), QStringLiteral("lineaire") };
    static const QStringList all = { QString(), QStringLiteral("all"), QStringLiteral("tous"),
        QStringLiteral("simultanee"), QStringLiteral("simultane") };
    const QString key = textKey(text);
    if (linear.contains(key)) {
        return RingGroup::Strategy::Linear;
    }
    if (all.contains(key)) {
        return RingGroup::Strategy::AllAtOnce;
    }
    return std::nullopt;
}

bool namesRingGroup(const QStringList &groupNames, const QString &groupName)
{
    const QString key = textKey(groupName);
    return std::any_of(
        groupNames.cbegin(), groupNames.cend(), [&key](const QString &name) { return textKey(name) == key; });
}

QJsonObject RingGroup::toJson() const
{
    return QJsonObject {
        { QStringLiteral("row"), row },
        { QStringLiteral("name"), name },
        { QStringLiteral("extension"), extension },
        { QStringLiteral("extension_assigned"), extensionAssigned },
        { QStringLiteral("dids"), QJsonArray::fromStringList(dids) },
        { QStringLiteral("new_did"), newDid },
        { QStringLiteral("strategy"), ringStrategyId(strategy) },
    };
}

RingGroup RingGroup::fromJson(const QJsonObject &json)
{
    RingGroup g;
    g.row = json.value(QLatin1String("row")).toInt();
    g.name = json.value(QLatin1String("name")).toString();
    g.extension = json.value(QLatin1String("extension")).toString();
    g.extensionAssigned = json.value(QLatin1String("extension_assigned")).toBool();
    for (const auto &v : json.value(QLatin1String("dids")).toArray()) {
        g.dids.append(v.toString());
    }
    g.newDid = json.value(QLatin1String("new_did")).toBool();
    g.strategy = ringStrategyFromId(json.value(QLatin1String("strategy")).toString()).value_or(Strategy::AllAtOnce);
    return g;
}

} // namespace Staging
