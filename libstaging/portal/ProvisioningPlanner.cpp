// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningPlanner.h"

#include "portal/kinds/ResourceKindUnit.h"

#include <QHostAddress>

namespace Staging {

std::optional<ProvisioningPlanner::Lan> ProvisioningPlanner::Lan::fromText(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        return std::nullopt;
    }
    Lan lan { text.left(slash).trimmed(), text.mid(slash + 1).trimmed(), {} };
    if (lan.subnet().isEmpty()) {
        return std::nullopt;
    }
    return lan;
}

QString ProvisioningPlanner::Lan::subnet() const
{
    // Only the full dotted form: QHostAddress reads "10.1.2" as 10.1.0.2, most likely a typo here.
    const auto dottedQuad = [](const QString &text) {
        const QHostAddress parsed(text);
        return parsed.protocol() == QAbstractSocket::IPv4Protocol && parsed.toString() == text;
    };
    if (!dottedQuad(address) || netmask.isEmpty() || (netmask.contains(QLatin1Char('.')) && !dottedQuad(netmask))) {
        return {};
    }
    // parseSubnet takes both mask forms, refuses a non-contiguous mask and clears the host bits.
    const auto [network, prefix] = QHostAddress::parseSubnet(address + QLatin1Char('/') + netmask);
    if (network.protocol() != QAbstractSocket::IPv4Protocol || prefix < 0) {
        return {};
    }
    return network.toString() + QLatin1Char('/') + QString::number(prefix);
}

std::optional<std::pair<quint32, quint32>> ProvisioningPlanner::lanPool(const Lan &lan, int size)
{
    const auto [network, prefix] = QHostAddress::parseSubnet(lan.subnet());
    if (size <= 0 || prefix < 0 || prefix > 30) {
        return std::nullopt;
    }
    const quint32 base = network.toIPv4Address();
    const quint32 first = base + 1; // neither the network's address
    const quint32 last = base + (quint32(1) << (32 - prefix)) - 2; // nor its broadcast
    const quint32 shuttle = QHostAddress(lan.address).toIPv4Address();
    const auto n = quint32(size);
    // From .100 as Wazo's own wizard suggests; else just after the Shuttle; else just before it.
    for (const qint64 start : { qint64(base) + 100, qint64(shuttle) + 1, qint64(shuttle) - n }) {
        const qint64 end = start + n - 1;
        if (start >= first && end <= last && (shuttle < start || shuttle > end)) {
            return std::pair { quint32(start), quint32(end) };
        }
    }
    return std::nullopt;
}

ProvisioningPlanner::ProvisioningPlanner(const ModelCatalog &catalog, const Settings &settings)
    : m_catalog(catalog)
    , m_settings(settings)
{
}

ProvisioningPlan ProvisioningPlanner::plan(const Order &order) const
{
    PlanningContext context { order, m_catalog, m_settings, {}, {}, {}, {} };
    const QList<ResourceKindUnit> &units = resourceKindUnits();
    for (const ResourceKindUnit &unit : units) {
        if (unit.planOrder) {
            unit.planOrder(context);
        }
    }
    for (const Station &st : order.stations) {
        std::optional<StationPlanning> station = StationPlanning::begin(context, st);
        if (!station) {
            continue;
        }
        for (const ResourceKindUnit &unit : units) {
            if (unit.planStation) {
                unit.planStation(context, *station);
            }
        }
    }
    for (const ResourceKindUnit &unit : units) {
        if (unit.planAfterStations) {
            unit.planAfterStations(context);
        }
    }
    return std::move(context.plan);
}

} // namespace Staging
