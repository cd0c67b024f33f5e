// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProvisioningItemsModel.h"

#include "DisplayLabels.h"

#include <QBrush>
#include <QColor>

namespace Staging {

ProvisioningItemsModel::ProvisioningItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ProvisioningItemsModel::~ProvisioningItemsModel() = default;

void ProvisioningItemsModel::setItems(const QList<ProvisioningItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

QString ProvisioningItemsModel::statusText(ProvisioningItem::Status status)
{
    switch (status) {
    case ProvisioningItem::Status::Create:
        return tr("to create");
    case ProvisioningItem::Status::AlreadyThere:
        return tr("already there");
    case ProvisioningItem::Status::Created:
        return tr("created");
    case ProvisioningItem::Status::Conflict:
        return tr("conflict");
    case ProvisioningItem::Status::Failed:
        return tr("failed");
    case ProvisioningItem::Status::Skipped:
        return tr("skipped");
    }
    return {};
}

int ProvisioningItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProvisioningItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvisioningItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProvisioningItem &item = m_items.at(index.row());
    if (role == StatusIdRole) {
        return ProvisioningItem::statusId(item.status);
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (item.status) {
        case ProvisioningItem::Status::Conflict:
        case ProvisioningItem::Status::Failed:
            return QBrush(QColor(0xb0, 0x00, 0x20));
        case ProvisioningItem::Status::Created:
        case ProvisioningItem::Status::AlreadyThere:
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn && !item.serviceText.isEmpty()) {
        return tr("The service said: %1").arg(item.serviceText);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case RowColumn:
        return item.row > 0 ? QVariant(item.row) : QVariant();
    case KindColumn:
        return DisplayLabels::resourceKind(item.kind);
    case ResourceColumn:
        return item.key;
    case StatusColumn:
        return statusText(item.status);
    case MessageColumn:
        return item.serviceText.isEmpty() || item.message.contains(item.serviceText)
            ? item.message
            : tr("%1 (%2)").arg(item.message, item.serviceText);
    default:
        return {};
    }
}

QVariant ProvisioningItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case RowColumn:
        return tr("Row");
    case KindColumn:
        return tr("Kind");
    case ResourceColumn:
        return tr("Resource");
    case StatusColumn:
        return tr("Status");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Staging
