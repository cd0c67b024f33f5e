// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupsModel.h"

#include "models/StationsModel.h"
#include "order/Order.h"
#include "order/PlanColumns.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace Staging {

namespace {

qint64 cellKey(int row, int column)
{
    return (qint64(row) << 16) | column;
}

} // namespace

GroupsModel::GroupsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

GroupsModel::~GroupsModel() = default;

void GroupsModel::setOrder(const Order &order, const Problems &problems)
{
    beginResetModel();
    m_groups = order.groups;
    m_members.clear();
    for (const RingGroup &group : m_groups) {
        QStringList members;
        for (const Station &station : order.stations) {
            if (namesRingGroup(station.groups, group.name)) {
                members.append(station.name);
            }
        }
        m_members.append(members);
    }
    m_cellProblems.clear();
    for (const Problem &problem : problems) {
        const int row = rowOfFileRow(problem.row);
        if (row < 0) {
            continue;
        }
        // A problem of another field of the row (a station's cell on a group row) shows on its row number.
        const int column = std::max(columnOfField(problem.field), int(RowColumn));
        const qint64 key = cellKey(row, column);
        // An error outranks a warning on the same cell; among equals the first found is kept.
        const auto it = m_cellProblems.constFind(key);
        if (it == m_cellProblems.constEnd() || (problem.isError() && !it->isError())) {
            m_cellProblems.insert(key, problem);
        }
    }
    endResetModel();
}

int GroupsModel::rowOfFileRow(int fileRow) const
{
    if (fileRow <= 0) {
        return -1;
    }
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).row == fileRow) {
            return row;
        }
    }
    return -1;
}

int GroupsModel::columnOfField(const QString &field)
{
    static const QHash<QString, int> columns = {
        { QStringLiteral("name"), NameColumn },
        { QStringLiteral("extension"), ExtensionColumn },
        { QStringLiteral("dids"), DidsColumn },
        { QStringLiteral("ring_strategy"), StrategyColumn },
    };
    return columns.value(field, -1);
}

QString GroupsModel::fieldOfColumn(int column)
{
    switch (Column(column)) {
    case NameColumn:
        return QStringLiteral("name");
    case ExtensionColumn:
        return QStringLiteral("extension");
    case DidsColumn:
        return QStringLiteral("dids");
    case StrategyColumn:
        return QStringLiteral("ring_strategy");
    default:
        return {};
    }
}

QString GroupsModel::strategyText(RingGroup::Strategy strategy)
{
    return strategy == RingGroup::Strategy::Linear ? tr("One after the other") : tr("All at once");
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RingGroup &group = m_groups.at(index.row());
    const Problem *problem = problemAt(index.row(), index.column());
    const bool assigned = index.column() == ExtensionColumn && group.extensionAssigned;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::EditRole:
        return editText(index.row(), index.column());
    case Qt::DecorationRole:
        if (problem) {
            return QApplication::style()->standardIcon(
                problem->isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (problem) {
            return problem->message;
        }
        if (assigned) {
            return tr("Not in the customer's file: the workbench gave the next free extension of the range.");
        }
        if (index.column() == MembersColumn) {
            return tr("Stations join a ring group in their Groups column.");
        }
        return {};
    case Qt::FontRole:
        if (assigned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn || index.column() == ExtensionColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QString GroupsModel::displayText(int row, int column) const
{
    const RingGroup &group = m_groups.at(row);
    switch (Column(column)) {
    case RowColumn:
        return group.row > 0 ? QString::number(group.row) : QString();
    case NameColumn:
        return group.name;
    case ExtensionColumn:
        return group.extension;
    case DidsColumn:
        return StationsModel::didsText(group.dids, group.newDid);
    case StrategyColumn:
        return strategyText(group.strategy);
    case MembersColumn:
        return m_members.value(row).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QString GroupsModel::editText(int row, int column) const
{
    const RingGroup &group = m_groups.at(row);
    return column == DidsColumn ? StationsModel::didsEditText(group.dids, group.newDid) : displayText(row, column);
}

Qt::ItemFlags GroupsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !fieldOfColumn(index.column()).isEmpty()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool GroupsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString field = fieldOfColumn(index.column());
    QString text = value.toString();
    // The editor opens on the strategy as the table shows it; the plan's words are taken too.
    if (index.column() == StrategyColumn) {
        for (const auto strategy : { RingGroup::Strategy::AllAtOnce, RingGroup::Strategy::Linear }) {
            if (text.trimmed().compare(strategyText(strategy), Qt::CaseInsensitive) == 0) {
                text = ringStrategyId(strategy);
            }
        }
    }
    RingGroup edited = m_groups.at(index.row());
    if (field.isEmpty() || !setRingGroupField(edited, field, text)) {
        return false;
    }
    // A row whose strategy the file had wrong was read as ringing all at once: typing that in
    // changes no value but answers the file's problem.
    const bool changed = edited != m_groups.at(index.row());
    if (changed) {
        m_groups[index.row()] = edited;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    }
    if (changed || index.column() == StrategyColumn) {
        Q_EMIT groupEdited(index.row(), field);
    }
    return true;
}

const Problem *GroupsModel::problemAt(int row, int column) const
{
    const auto it = m_cellProblems.constFind(cellKey(row, column));
    return it == m_cellProblems.constEnd() ? nullptr : &*it;
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case RowColumn:
        return tr("Row");
    case NameColumn:
        return tr("Name");
    case ExtensionColumn:
        return tr("Extension");
    case DidsColumn:
        return tr("DIDs");
    case StrategyColumn:
        return tr("Ring strategy");
    case MembersColumn:
        return tr("Members");
    default:
        return {};
    }
}

} // namespace Staging
