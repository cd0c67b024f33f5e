// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/HistoryModel.h"

#include "DisplayLabels.h"
#include "joblog/JobLog.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace Staging {

HistoryModel::HistoryModel(JobLog &jobLog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobLog(jobLog)
{
}

HistoryModel::~HistoryModel() = default;

QString HistoryModel::dateFormat()
{
    // The interface language's short date with every part at full width ("04/12/2026",
    // "12/04/2026"): typed over digit for digit in a date field, never read as another century.
    const QString shortFormat = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression parts(QStringLiteral("d+|M+|y+"));
    QString format;
    qsizetype at = 0;
    for (auto it = parts.globalMatch(shortFormat); it.hasNext();) {
        const QRegularExpressionMatch part = it.next();
        format += shortFormat.mid(at, part.capturedStart() - at);
        const QChar kind = part.captured().front();
        format += kind == QLatin1Char('y') ? QStringLiteral("yyyy") : QString(2, kind);
        at = part.capturedEnd();
    }
    return format + shortFormat.mid(at);
}

QString HistoryModel::timeText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), dateFormat()) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_fetching = true; // views and the model tester ask for rows from modelReset: the next call reads them
    beginResetModel();
    m_filter = filter;
    m_filter.afterId = 0;
    m_filter.limit = PageSize;
    m_events.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    m_fetching = false;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    // A view or QAbstractItemModelTester may ask again from a slot of rowsAboutToBeInserted.
    if (parent.isValid() || m_atEnd || m_fetching) {
        return;
    }
    // Keyset paging: the next page starts after the last id read, an index seek whatever the depth.
    HistoryFilter page = m_filter;
    page.afterId = m_events.isEmpty() ? 0 : m_events.constLast().id;
    const auto events = m_jobLog.query(page);
    if (!events) {
        // Stop asking: a view would call fetchMore again at once and flood the log with the same error.
        m_atEnd = true;
        m_error = events.error().message;
        Q_EMIT readFailed(m_error);
        return;
    }
    m_error.clear();
    m_atEnd = events->size() < PageSize;
    if (events->isEmpty()) {
        return;
    }
    const int first = int(m_events.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(events->size()) - 1);
    m_events.append(*events);
    endInsertRows();
    m_fetching = false;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const JobEvent &event = m_events.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return index.column() == DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == StartedColumn) {
        return QLocale().toString(event.started.toLocalTime(), QLocale::LongFormat);
    }
    if (role == Qt::ToolTipRole && index.column() == DetailColumn && !event.detail.isEmpty()) {
        return QString::fromUtf8(QJsonDocument(event.detail).toJson(QJsonDocument::Indented)); // as recorded
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(index.column())) {
    case StartedColumn:
        return timeText(event.started);
    case OrderColumn:
        return event.orderId;
    case StepColumn:
        return DisplayLabels::stepFromId(event.step);
    case ActionColumn:
        return DisplayLabels::action(event.action);
    case TargetColumn:
        return event.target;
    case TechnicianColumn:
        return event.technician;
    case BenchColumn:
        return event.bench;
    case DurationColumn:
        // An intent has no end: an empty cell, not a negative duration.
        return event.durationMs() < 0 ? QString()
                                      : tr("%1 s").arg(QLocale().toString(event.durationMs() / 1000.0, 'f', 1));
    case ResultColumn:
        return DisplayLabels::result(event.result);
    case DetailColumn:
        return DisplayLabels::detail(event.detail);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case StartedColumn:
        return tr("When");
    case OrderColumn:
        return tr("Order");
    case StepColumn:
        return tr("Step");
    case ActionColumn:
        return tr("What");
    case TargetColumn:
        return tr("On");
    case TechnicianColumn:
        return tr("Who");
    case BenchColumn:
        return tr("Bench");
    case DurationColumn:
        return tr("How long");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Staging
