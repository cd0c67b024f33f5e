// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "phones/PhoneAssignment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace Staging {

/**
 * The order's stations that take a phone, one per row: the MAC scanned, the DECT slot, and where
 * the phone stands on the stack (and, for on-cloud orders, at the bench service).
 */
class PhonesModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhonesModel)

public:
    enum Column
    {
        RowColumn,
        StationColumn,
        ExtensionColumn,
        ModelColumn,
        MacColumn,
        SlotColumn,
        StateColumn,
        BenchColumn,
        ColumnCount
    };
    /** The PhoneAssignment::State as an int, on every column. */
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit PhonesModel(const ModelCatalog &catalog, QObject *parent = nullptr);
    ~PhonesModel() override;

    void setOrder(const Order &order);
    /** confd's devices by normalized MAC. */
    void setDevices(const QHash<QString, QJsonObject> &devices);
    void setSynchronized(const QSet<QString> &macs);
    void setSkipped(const QSet<int> &stations);
    /** On-cloud: each phone's state at the bench service, by normalized MAC. */
    void setBenchStates(const QHash<QString, QString> &states);

    /** The station (index in the order) shown on a model row, and back (-1 when not shown). */
    int stationAt(int row) const { return m_rows.value(row, -1); }
    int rowOf(int station) const { return int(m_rows.indexOf(station)); }
    PhoneAssignment::State state(int station) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refreshAll();

    const ModelCatalog &m_catalog;
    Order m_order;
    QList<int> m_rows;
    QHash<QString, QJsonObject> m_devices;
    QSet<QString> m_synchronized;
    QSet<int> m_skipped;
    QHash<QString, QString> m_bench;
};

} // namespace Staging
