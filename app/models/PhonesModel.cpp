// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/PhonesModel.h"

#include "order/MacAddress.h"

namespace Staging {

PhonesModel::PhonesModel(const ModelCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

PhonesModel::~PhonesModel() = default;

void PhonesModel::setOrder(const Order &order)
{
    QList<int> rows;
    const PhoneAssignment assignment(m_catalog, order);
    for (int i = 0; i < order.stations.size(); ++i) {
        if (assignment.takesMac(i)) {
            rows.append(i);
        }
    }
    if (rows == m_rows) {
        // A MAC scanned: same rows, new values.
        m_order = order;
        refreshAll();
        return;
    }
    beginResetModel();
    m_order = order;
    m_rows = rows;
    endResetModel();
}

void PhonesModel::setDevices(const QHash<QString, QJsonObject> &devices)
{
    m_devices = devices;
    refreshAll();
}

void PhonesModel::setSynchronized(const QSet<QString> &macs)
{
    m_synchronized = macs;
    refreshAll();
}

void PhonesModel::setSkipped(const QSet<int> &stations)
{
    m_skipped = stations;
    refreshAll();
}

void PhonesModel::setBenchStates(const QHash<QString, QString> &states)
{
    m_bench = states;
    refreshAll();
}

void PhonesModel::refreshAll()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

PhoneAssignment::State PhonesModel::state(int station) const
{
    if (m_skipped.contains(station)) {
        return PhoneAssignment::State::Skipped;
    }
    const QString mac = normalizeMac(m_order.stations.value(station).mac).value_or(QString());
    return PhoneAssignment::stateOf(mac, m_devices.value(mac), m_synchronized.contains(mac));
}

int PhonesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PhonesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhonesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int stationIndex = m_rows.at(index.row());
    const Station &station = m_order.stations.at(stationIndex);
    if (role == StateRole) {
        return int(state(stationIndex));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case RowColumn:
        return station.row > 0 ? QVariant(station.row) : QVariant();
    case StationColumn:
        return station.name;
    case ExtensionColumn:
        return station.extension;
    case ModelColumn: {
        const PhoneModel *model = m_catalog.find(station.modelId);
        return model ? QString(model->vendor + QLatin1Char(' ') + model->model) : station.hardwareText;
    }
    case MacColumn:
        return station.mac;
    case SlotColumn: {
        const int slot = PhoneAssignment(m_catalog, m_order).dectSlot(stationIndex);
        return slot > 0 ? QVariant(slot) : QVariant();
    }
    case StateColumn:
        return PhoneAssignment::stateText(state(stationIndex));
    case BenchColumn:
        return m_bench.value(normalizeMac(station.mac).value_or(QString()));
    default:
        return {};
    }
}

QVariant PhonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RowColumn:
        return tr("Row");
    case StationColumn:
        return tr("Station");
    case ExtensionColumn:
        return tr("Extension");
    case ModelColumn:
        return tr("Phone");
    case MacColumn:
        return tr("MAC");
    case SlotColumn:
        return tr("DECT slot");
    case StateColumn:
        return tr("State");
    case BenchColumn:
        return tr("Bench service");
    default:
        return {};
    }
}

} // namespace Staging
