// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/OrderSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace Staging {

/** The orders of the job log, one per row, as the main window lists them. */
class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)

public:
    enum Column
    {
        OrderColumn,
        CustomerColumn,
        CustomerIdColumn,
        ModeColumn,
        StationsColumn,
        TechnicianColumn,
        BenchColumn,
        CurrentStepColumn, // the first step not done, where Resume opens the wizard
        ProgressColumn, // one mark per step of the order's mode
        LastActivityColumn,
        ColumnCount
    };

    enum Role
    {
        // The raw value (number, UTC date) so that sorting does not compare display strings.
        SortRole = Qt::UserRole + 1,
        OrderIdRole,
    };

    explicit OrdersModel(QObject *parent = nullptr);
    ~OrdersModel() override;

    void setOrders(const QList<OrderSummary> &orders);
    const QList<OrderSummary> &orders() const { return m_orders; }
    /** The row of an order id, or -1. */
    int rowOf(const QString &orderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrderSummary> m_orders;
};

} // namespace Staging
