// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrdersModel.h"

#include "DisplayLabels.h"

#include <QLocale>

namespace Staging {

OrdersModel::OrdersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

OrdersModel::~OrdersModel() = default;

void OrdersModel::setOrders(const QList<OrderSummary> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

int OrdersModel::rowOf(const QString &orderId) const
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).orderId == orderId) {
            return row;
        }
    }
    return -1;
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrderSummary &order = m_orders.at(index.row());
    if (role == OrderIdRole) {
        return order.orderId;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == StationsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == LastActivityColumn && order.updated.isValid()) {
        return QLocale().toString(order.updated.toLocalTime(), QLocale::LongFormat);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case OrderColumn:
        return order.orderId;
    case CustomerColumn:
        return order.customerName;
    case CustomerIdColumn:
        return order.customerId;
    case ModeColumn:
        return sort ? order.mode : DisplayLabels::modeFromId(order.mode);
    case StationsColumn:
        return order.stationCount;
    case TechnicianColumn:
        return order.technician;
    case BenchColumn:
        return order.bench;
    case LastStepColumn:
        return sort ? order.lastStep : DisplayLabels::stepFromId(order.lastStep);
    case LastActivityColumn:
        if (sort) {
            return order.updated;
        }
        return order.updated.isValid() ? QLocale().toString(order.updated.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case OrderColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case CustomerIdColumn:
        return tr("Customer id");
    case ModeColumn:
        return tr("Mode");
    case StationsColumn:
        return tr("Stations");
    case TechnicianColumn:
        return tr("Technician");
    case BenchColumn:
        return tr("Bench");
    case LastStepColumn:
        return tr("Last step");
    case LastActivityColumn:
        return tr("Last activity");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Staging
