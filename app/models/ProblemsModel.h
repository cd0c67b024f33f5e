// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Problem.h"

#include <QAbstractTableModel>

namespace Staging {

/** What is wrong in an order, errors first as the validator sorted them, one per row. */
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column
    {
        SeverityColumn,
        RowColumn,
        ColumnColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override;

    void setProblems(const Problems &problems);
    const Problems &problems() const { return m_problems; }
    /** The problem shown on a model row; row must be valid. */
    const Problem &problemAt(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Problems m_problems;
};

} // namespace Staging
