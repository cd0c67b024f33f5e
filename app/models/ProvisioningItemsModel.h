// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningOutcome.h"

#include <QAbstractTableModel>

namespace Staging {

/**
 * Every resource of an order's plan and what became of it: the dry run's create / already there /
 * conflict, then each one's outcome with the service's own message. Rows stay in plan order.
 */
class ProvisioningItemsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvisioningItemsModel)

public:
    enum Column
    {
        RowColumn,
        KindColumn,
        ResourceColumn,
        StatusColumn,
        MessageColumn,
        ColumnCount
    };
    /** The status id (ProvisioningItem::statusId) on every column, for tests and filters. */
    static constexpr int StatusIdRole = Qt::UserRole + 1;

    explicit ProvisioningItemsModel(QObject *parent = nullptr);
    ~ProvisioningItemsModel() override;

    void setItems(const QList<ProvisioningItem> &items);
    const QList<ProvisioningItem> &items() const { return m_items; }
    static QString statusText(ProvisioningItem::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProvisioningItem> m_items;
};

} // namespace Staging
