// SPDX-License-Identifier: GPL-3.0-or-later
#include "phones/PhoneAssignment.h"

#include "order/MacAddress.h"

namespace Staging {

PhoneAssignment::PhoneAssignment(const ModelCatalog &catalog, const Order &order)
    : m_catalog(catalog)
    , m_order(order)
{
}

const PhoneModel *PhoneAssignment::modelOf(int station) const
{
    if (station < 0 || station >= m_order.stations.size()) {
        return nullptr;
    }
    return m_catalog.find(m_order.stations.at(station).modelId);
}

bool PhoneAssignment::takesMac(int station) const
{
    const PhoneModel *model = modelOf(station);
    return model && model->needsMac();
}

bool PhoneAssignment::isHandset(int station) const
{
    const PhoneModel *model = modelOf(station);
    return model && model->kind == PhoneModel::Kind::DectHandset;
}

int PhoneAssignment::nextWithoutMac(const QSet<int> &skipped) const
{
    for (int i = 0; i < m_order.stations.size(); ++i) {
        if (takesMac(i) && !isHandset(i) && m_order.stations.at(i).mac.isEmpty() && !skipped.contains(i)) {
            return i;
        }
    }
    return -1;
}

Expected<Order> PhoneAssignment::assign(int station, const QString &mac) const
{
    if (!takesMac(station)) {
        return Error::make(ErrorKind::InvalidInput, tr("This station has no phone to scan."));
    }
    const Station &target = m_order.stations.at(station);
    const QString where = target.row > 0 ? tr("row %1 (%2)").arg(target.row).arg(target.name) : target.name;
    const auto normalized = normalizeMac(mac);
    if (!normalized) {
        return Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a MAC address (12 hex digits).").arg(mac));
    }
    const auto isDect = [this](int i) {
        const PhoneModel *model = modelOf(i);
        return model && (model->isDect() || model->kind == PhoneModel::Kind::DectBase);
    };
    for (int i = 0; i < m_order.stations.size(); ++i) {
        const Station &other = m_order.stations.at(i);
        if (i == station || normalizeMac(other.mac) != normalized) {
            continue;
        }
        if (!(isDect(station) && isDect(i) && (isHandset(station) || isHandset(i)))) {
            return Error::make(ErrorKind::InvalidInput,
                tr("%1: the phone %2 is already on row %3 (%4).")
                    .arg(where, *normalized)
                    .arg(other.row)
                    .arg(other.name));
        }
    }
    Order order = m_order;
    order.stations[station].mac = *normalized;
    return order;
}

int PhoneAssignment::dectSlot(int station) const
{
    // The planner's numbering: DECT rows on one base take its slots in row order.
    const PhoneModel *model = modelOf(station);
    if (!model || !model->isDect() || m_order.stations.at(station).mac.isEmpty()) {
        return 0;
    }
    const auto mac = normalizeMac(m_order.stations.at(station).mac);
    int slot = 0;
    for (int i = 0; i <= station; ++i) {
        const PhoneModel *other = modelOf(i);
        if (other && other->isDect() && !m_order.stations.at(i).extension.isEmpty()
            && normalizeMac(m_order.stations.at(i).mac) == mac) {
            ++slot;
        }
    }
    return slot;
}

PhoneAssignment::State PhoneAssignment::stateOf(const QString &mac, const QJsonObject &device, bool synchronized)
{
    if (mac.isEmpty()) {
        return State::NoMac;
    }
    if (device.isEmpty()) {
        return State::NotSeen;
    }
    if (device.value(QLatin1String("status")).toString() != QLatin1String("configured")) {
        return State::Autoprov;
    }
    return synchronized ? State::Synchronized : State::Configured;
}

QString PhoneAssignment::stateText(State state)
{
    switch (state) {
    case State::NoMac:
        return tr("to scan");
    case State::NotSeen:
        return tr("not on the network yet");
    case State::Autoprov:
        return tr("autoprov");
    case State::Configured:
        return tr("configured");
    case State::Synchronized:
        return tr("synchronized");
    case State::Skipped:
        return tr("skipped");
    }
    return {};
}

} // namespace Staging
