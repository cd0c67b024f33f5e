// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProblemsModel.h"

#include "DisplayLabels.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Staging {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setProblems(const Problems &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Problem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return DisplayLabels::severity(problem.severity);
        case RowColumn:
            return problem.row > 0 ? QString::number(problem.row) : QString();
        case ColumnColumn:
            // The letter is what the technician finds in the spreadsheet the customer sent.
            return problem.column > 0 ? DisplayLabels::columnLetters(problem.column) : QString();
        case MessageColumn:
            return problem.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return QApplication::style()->standardIcon(
                problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ColumnColumn && problem.column > 0) {
            return tr("Column %1 of the file").arg(problem.column);
        }
        if (index.column() == MessageColumn) {
            return problem.message;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Staging
