// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SignOffStepsModel.h"

#include "DisplayLabels.h"

#include <QLocale>

namespace Staging {

SignOffStepsModel::SignOffStepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SignOffStepsModel::~SignOffStepsModel() = default;

void SignOffStepsModel::setSteps(const QList<SignOffSummary::Step> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

QString SignOffStepsModel::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    const QString minutesAndSeconds = QStringLiteral("%1:%2")
                                          .arg((seconds / 60) % 60, seconds >= 3600 ? 2 : 1, 10, QLatin1Char('0'))
                                          .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds >= 3600 ? QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesAndSeconds) : minutesAndSeconds;
}

QString SignOffStepsModel::stateText(OrderProgress::State state)
{
    switch (state) {
    case OrderProgress::State::NotStarted:
        return tr("Not started");
    case OrderProgress::State::Started:
        return tr("Started");
    case OrderProgress::State::Failed:
        return tr("Failed");
    case OrderProgress::State::Done:
        return tr("Done");
    }
    return {};
}

int SignOffStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int SignOffStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignOffStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SignOffSummary::Step &step = m_steps.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= ElapsedColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const auto time = [](const QDateTime &when) {
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (Column(index.column())) {
    case StepColumn:
        return DisplayLabels::step(step.step);
    case StateColumn:
        return stateText(step.state);
    case StartedColumn:
        return time(step.first);
    case FinishedColumn:
        return time(step.last);
    case ElapsedColumn:
        return step.first.isValid() ? elapsedText(step.elapsedMs) : QString();
    case EventsColumn:
        return step.events;
    case FailuresColumn:
        return step.failures;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SignOffStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case StepColumn:
        return tr("Step");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case ElapsedColumn:
        return tr("Elapsed");
    case EventsColumn:
        return tr("Events");
    case FailuresColumn:
        return tr("Failures");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Staging
