// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StationsModel.h"

#include "DisplayLabels.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "order/PhoneKeys.h"
#include "order/PlanColumns.h"
#include "order/PlanImporter.h"

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

StationsModel::StationsModel(const ModelCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

StationsModel::~StationsModel() = default;

void StationsModel::setStations(const QList<Station> &stations, const Problems &problems)
{
    beginResetModel();
    m_stations = stations;
    m_cellProblems.clear();
    for (const Problem &problem : problems) {
        const int row = rowOfFileRow(problem.row);
        const int column = columnOfField(problem.field);
        if (row < 0 || column < 0) {
            continue;
        }
        const qint64 key = cellKey(row, column);
        // An error outranks a warning on the same cell; among equals the first found is kept.
        const auto it = m_cellProblems.constFind(key);
        if (it == m_cellProblems.constEnd() || (problem.isError() && !it->isError())) {
            m_cellProblems.insert(key, problem);
        }
    }
    endResetModel();
}

int StationsModel::rowOfFileRow(int fileRow) const
{
    if (fileRow <= 0) {
        return -1;
    }
    for (int row = 0; row < m_stations.size(); ++row) {
        if (m_stations.at(row).row == fileRow) {
            return row;
        }
    }
    return -1;
}

int StationsModel::columnOfField(const QString &field)
{
    // The order's JSON calls the hardware "model": a problem may name either.
    if (field == QLatin1String("model")) {
        return ModelColumn;
    }
    const PlanField *planColumn = planField(field);
    return planColumn ? planColumn->stationsColumn : -1;
}

QString StationsModel::fieldOfColumn(int column)
{
    const PlanField *planColumn = fieldAt(column);
    return planColumn ? planColumn->key : QString();
}

const PlanField *StationsModel::fieldAt(int column)
{
    const QList<PlanField> &fields = planFields();
    const auto it = std::find_if(
        fields.cbegin(), fields.cend(), [column](const PlanField &f) { return f.stationsColumn == column; });
    return it == fields.cend() ? nullptr : &*it;
}

int StationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stations.size());
}

int StationsModel::columnCount(const QModelIndex &parent) const
{
    // The row number, then every plan field: a field added to the plan's table gets its column.
    // The keys come last: they are the order's, not a plan field's.
    static const int count = [] {
        int last = KeysColumn;
        for (const PlanField &field : planFields()) {
            last = std::max(last, field.stationsColumn);
        }
        return last + 1;
    }();
    return parent.isValid() ? 0 : count;
}

QVariant StationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Station &station = m_stations.at(index.row());
    const Problem *problem = problemAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(station, index.column());
    case Qt::EditRole:
        return editText(station, index.column());
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
        if (index.column() == ExtensionColumn && station.extensionAssigned) {
            return tr("Not in the customer's file: the workbench gave the next free extension of the range.");
        }
        if (index.column() == ModelColumn && !station.hardwareText.isEmpty()) {
            return tr("In the customer's file: %1").arg(station.hardwareText);
        }
        if (index.column() == KeysColumn) {
            return keysToolTip(station);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == ExtensionColumn && station.extensionAssigned) {
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

QString StationsModel::displayText(const Station &station, int column) const
{
    if (column == RowColumn) {
        return station.row > 0 ? QString::number(station.row) : QString();
    }
    const PlanField *field = fieldAt(column);
    if (field && field->text) {
        return station.*(field->text);
    }
    switch (Column(column)) {
    case ProfileColumn:
        return DisplayLabels::profile(station.profile);
    case ModelColumn: {
        const PhoneModel *model = m_catalog.find(station.modelId);
        // Unknown hardware is shown as the customer wrote it: the problem list says why.
        const QString name = model ? model->displayName : station.hardwareText;
        return station.expansionModule ? tr("%1 + expansion module").arg(name) : name;
    }
    case DidsColumn:
        return didsText(station.dids, station.newDid);
    case GroupsColumn:
        return station.groups.join(QStringLiteral(", "));
    case VoicemailPinColumn:
        // Never the code itself, nor its length.
        return station.voicemailPin.isEmpty() && !station.voicemailPinSaved ? QString() : QStringLiteral("••••");
    case KeysColumn: {
        if (station.profile != Profile::CustomerRelationship) {
            return {};
        }
        return tr("%n key(s)", "a receptionist's supervision keys", int(keysOf(station).keys.size()));
    }
    default:
        return {};
    }
}

QString StationsModel::didsText(const QStringList &dids, bool newDid)
{
    QStringList parts = dids;
    if (newDid) {
        parts.append(tr("new number"));
    }
    return parts.join(QStringLiteral(", "));
}

QString StationsModel::didsEditText(const QStringList &dids, bool newDid)
{
    QStringList parts = dids;
    if (newDid) {
        parts.append(tr("new",
            "a number to create, as typed in a plan cell: must stay a word the importer knows "
            "(new, nouveau, création)"));
    }
    return parts.join(QStringLiteral(", "));
}

PhoneKeyPlan StationsModel::keysOf(const Station &station) const
{
    // The keys follow the stations as edited here: colleagues are the other stations of the site.
    Order order;
    order.stations = m_stations;
    return PhoneKeys::of(order, station, m_catalog);
}

QString StationsModel::keysToolTip(const Station &station) const
{
    if (station.profile != Profile::CustomerRelationship) {
        return {};
    }
    const PhoneKeyPlan plan = keysOf(station);
    QStringList lines;
    for (const PhoneKey &key : plan.keys) {
        lines.append(key.onModule ? tr("%1: %2 (expansion module)").arg(key.position).arg(key.colleagueName)
                                  : tr("%1: %2").arg(key.position).arg(key.colleagueName));
    }
    if (!plan.withoutKey.isEmpty()) {
        lines.append(tr("Without a key: %1").arg(plan.withoutKey.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString StationsModel::editText(const Station &station, int column) const
{
    switch (Column(column)) {
    case ModelColumn:
        // What the customer wrote is what the catalog matches again once edited.
        return station.hardwareText.isEmpty() ? displayText(station, column) : station.hardwareText;
    case DidsColumn:
        return didsEditText(station.dids, station.newDid);
    case VoicemailPinColumn:
        return {}; // a new code is typed over the masked one
    default:
        return displayText(station, column);
    }
}

Qt::ItemFlags StationsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !fieldOfColumn(index.column()).isEmpty()) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool StationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString field = fieldOfColumn(index.column());
    // The editor of the code opens empty: leaving it empty keeps the code, typing replaces it.
    if (index.column() == VoicemailPinColumn && value.toString().trimmed().isEmpty()) {
        return true;
    }
    Station edited = m_stations.at(index.row());
    if (field.isEmpty() || !PlanImporter(m_catalog).setStationField(edited, field, value.toString())) {
        return false;
    }
    if (edited == m_stations.at(index.row())) {
        return true;
    }
    m_stations[index.row()] = edited;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    Q_EMIT stationEdited(index.row());
    return true;
}

const Problem *StationsModel::problemAt(int row, int column) const
{
    const auto it = m_cellProblems.constFind(cellKey(row, column));
    return it == m_cellProblems.constEnd() ? nullptr : &*it;
}

QVariant StationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == RowColumn) {
        return tr("Row");
    }
    if (section == KeysColumn) {
        return tr("Keys");
    }
    // The field's stationsHeader is marked for translation in this class's context.
    const PlanField *field = fieldAt(section);
    return field ? QVariant(tr(field->stationsHeader)) : QVariant();
}

} // namespace Staging
