// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/SignOffSummary.h"

#include <QAbstractTableModel>

namespace Staging {

/** Each step of an order at sign-off: its state, when it ran, how long it took, what failed. */
class SignOffStepsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffStepsModel)

public:
    enum Column
    {
        StepColumn,
        StateColumn,
        StartedColumn,
        FinishedColumn,
        ElapsedColumn,
        EventsColumn,
        FailuresColumn,
        ColumnCount
    };

    explicit SignOffStepsModel(QObject *parent = nullptr);
    ~SignOffStepsModel() override;

    void setSteps(const QList<SignOffSummary::Step> &steps);
    /** "1:05:09" or "4:07": hours only when there are some. */
    static QString elapsedText(qint64 ms);
    static QString stateText(OrderProgress::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SignOffSummary::Step> m_steps;
};

} // namespace Staging
