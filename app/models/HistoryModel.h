// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/HistoryFilter.h"
#include "joblog/JobEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Staging {

class JobLog;

/**
 * The job log's events matching a filter, in the filter's order (oldest or newest first), read one
 * keyset page at a time as the view scrolls (canFetchMore/fetchMore): opening the history on a
 * million events reads one page, not the million.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    /** The local date in the interface language's short form, the year in full. */
    static QString dateFormat();
    /** A job log time (UTC) as the history shows it: local date and time to the second. */
    static QString timeText(const QDateTime &utc);

    enum Column
    {
        StartedColumn,
        OrderColumn,
        StepColumn,
        ActionColumn,
        TargetColumn,
        TechnicianColumn,
        BenchColumn,
        DurationColumn,
        ResultColumn,
        DetailColumn,
        ColumnCount
    };

    static constexpr int PageSize = 200;

    explicit HistoryModel(JobLog &jobLog, QObject *parent = nullptr);
    ~HistoryModel() override;

    /**
     * Starts again from the first page of what the filter matches, in its order (its afterId and
     * limit are ignored).
     */
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    const JobEvent &eventAt(int row) const { return m_events.at(row); }
    /** The last read error, empty when the last page was read. */
    QString errorMessage() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /** A page could not be read; the rows read so far stay. */
    void readFailed(const QString &message);

private:
    JobLog &m_jobLog;
    HistoryFilter m_filter;
    QList<JobEvent> m_events;
    bool m_atEnd = false;
    bool m_fetching = false;
    QString m_error;
};

} // namespace Staging
