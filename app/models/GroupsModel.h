// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Problem.h"
#include "order/RingGroup.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Staging {

struct Order;

/**
 * The ring groups of an order beside its stations: each group's extension, numbers, ring
 * strategy and the stations naming it. Cells a problem points at carry its icon and message;
 * name, extension, DIDs and strategy are edited in place, normalized as the file's cell would be.
 */
class GroupsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsModel)

public:
    enum Column
    {
        RowColumn,
        NameColumn,
        ExtensionColumn,
        DidsColumn,
        StrategyColumn,
        MembersColumn, // the stations naming the group: edited in the stations' Groups column
        ColumnCount
    };

    explicit GroupsModel(QObject *parent = nullptr);
    ~GroupsModel() override;

    /** The order's groups and their members; problems are matched to cells by row and field. */
    void setOrder(const Order &order, const Problems &problems = {});
    const QList<RingGroup> &groups() const { return m_groups; }

    /** The model row of the group read from file row fileRow, or -1. */
    int rowOfFileRow(int fileRow) const;
    /** The column showing a group's field ("extension", "ring_strategy"...), or -1 for none. */
    static int columnOfField(const QString &field);
    /** The field a column shows and edits, or an empty string (the row number, the members). */
    static QString fieldOfColumn(int column);
    /** "All at once", "One after the other". */
    static QString strategyText(RingGroup::Strategy strategy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /**
     * A cell was edited: the group of that row changed and the order must be checked again. A ring
     * strategy typed in is news even when unchanged: it corrects a strategy the file had wrong.
     */
    void groupEdited(int row, const QString &field);

private:
    QString displayText(int row, int column) const;
    QString editText(int row, int column) const;
    /** The worst problem of a cell, or nullptr. */
    const Problem *problemAt(int row, int column) const;

    QList<RingGroup> m_groups;
    QList<QStringList> m_members; // per group, the names of the stations naming it, in row order
    QHash<qint64, Problem> m_cellProblems; // key: model row << 16 | column
};

} // namespace Staging
