// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrdersModel.h"

#include "DisplayLabels.h"
#include "joblog/OrderProgress.h"

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
        const QString when = QLocale().toString(order.updated.toLocalTime(), QLocale::LongFormat);
        return order.lastStep.isEmpty() ? when
                                        : tr("%1\nin the step %2").arg(when, DisplayLabels::stepFromId(order.lastStep));
    }
    const DeploymentMode mode = deploymentModeFromId(order.mode).value_or(DeploymentMode::OnPremise);
    const OrderProgress progress = OrderProgress::fromStepsDone(mode, order.stepsDone);
    if (role == Qt::ToolTipRole && index.column() == ProgressColumn) {
        QStringList lines;
        for (const OrderStep step : orderSteps(mode)) {
            lines.append((progress.state(step) == OrderProgress::State::Done ? tr("%1: done") : tr("%1: to do"))
                             .arg(DisplayLabels::step(step)));
        }
        return lines.join(QLatin1Char('\n'));
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
    case CurrentStepColumn:
        if (progress.isComplete()) {
            return sort ? QVariant(int(OrderStep::SignOff) + 1) : QVariant(tr("Signed off"));
        }
        return sort ? QVariant(int(progress.current())) : QVariant(DisplayLabels::step(progress.current()));
    case ProgressColumn: {
        const QList<OrderStep> steps = orderSteps(mode);
        const auto done = std::count_if(steps.cbegin(), steps.cend(),
            [&progress](OrderStep step) { return progress.state(step) == OrderProgress::State::Done; });
        if (sort) {
            return double(done) / double(steps.size());
        }
        QString marks;
        for (const OrderStep step : steps) {
            marks += progress.state(step) == OrderProgress::State::Done ? QStringLiteral("●") : QStringLiteral("○");
        }
        return tr("%1 %2/%3").arg(marks).arg(done).arg(steps.size());
    }
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
    case CurrentStepColumn:
        return tr("Current step");
    case ProgressColumn:
        return tr("Steps done");
    case LastActivityColumn:
        return tr("Last activity");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Staging
