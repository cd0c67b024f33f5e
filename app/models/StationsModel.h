// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Problem.h"
#include "order/Station.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Staging {

class ModelCatalog;
struct PhoneKeyPlan;
struct PlanField;

/**
 * The stations of an order as the technician checks them against the customer's file. Cells a
 * problem points at carry its icon and message; extensions the workbench chose are in italics.
 * Every cell but the row number is edited in place, normalized as the file's cell would be.
 */
class StationsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StationsModel)

public:
    // The columns code refers to by name. Every column but the row number and the keys shows the
    // plan field whose PlanField::stationsColumn it is: a new field needs no entry here but the
    // keys' move.
    enum Column
    {
        RowColumn,
        SiteColumn,
        NameColumn,
        ProfileColumn,
        ModelColumn,
        ExtensionColumn,
        DidsColumn,
        EmailColumn,
        MacColumn,
        GroupsColumn,
        PhoneLabelColumn,
        VoicemailPinColumn, // masked: the code is a secret, typed in but never shown
        CurrentIpColumn, // a migration's phone: its address on the customer's LAN today
        // A receptionist's supervision keys, from the order (no plan field: read-only). Last: a new
        // plan field takes its number and the keys move one further.
        KeysColumn,
    };

    explicit StationsModel(const ModelCatalog &catalog, QObject *parent = nullptr);
    ~StationsModel() override;

    /** Problems are matched to cells by the station's row and the problem's field. */
    void setStations(const QList<Station> &stations, const Problems &problems = {});
    const QList<Station> &stations() const { return m_stations; }

    /** The model row of the station read from file row fileRow, or -1. */
    int rowOfFileRow(int fileRow) const;
    /** The column showing an order field ("extension", "hardware"...), or -1 for none. */
    static int columnOfField(const QString &field);
    /** The field a column shows and edits, or an empty string (the row number). */
    static QString fieldOfColumn(int column);
    /** A DIDs cell as the table shows it: the numbers, then "new number" for one to create. */
    static QString didsText(const QStringList &dids, bool newDid);
    /** A DIDs cell as its editor opens: what the importer reads back to the same numbers. */
    static QString didsEditText(const QStringList &dids, bool newDid);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** A cell was edited: the station of that row changed and the order must be checked again. */
    void stationEdited(int row);

private:
    /** The plan field a column shows, or nullptr (the row number). */
    static const PlanField *fieldAt(int column);
    QString displayText(const Station &station, int column) const;
    QString editText(const Station &station, int column) const;
    PhoneKeyPlan keysOf(const Station &station) const;
    /** "2: Claire Dubois" per supervision key of a receptionist, then who gets none. */
    QString keysToolTip(const Station &station) const;
    /** The worst problem of a cell, or nullptr. */
    const Problem *problemAt(int row, int column) const;

    const ModelCatalog &m_catalog;
    QList<Station> m_stations;
    QHash<qint64, Problem> m_cellProblems; // key: model row << 16 | column
};

} // namespace Staging
