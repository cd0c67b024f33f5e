// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/ModelCatalog.h"
#include "order/NumberingPlan.h"
#include "order/PlanColumnMapping.h"
#include "order/SheetTable.h"

#include <QCoreApplication>

namespace Staging {

/**
 * Reads a customer's numbering plan (CSV or XLSX): finds the header row below the title rows,
 * maps French or English headers in any order, and turns each row into a Station with its
 * values normalized (MAC, DIDs, model, profile). A value that cannot be normalized is kept as
 * written, so that PlanValidator reports it with its row and column and the technician sees it.
 */
class PlanImporter
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PlanImporter)

public:
    explicit PlanImporter(const ModelCatalog &catalog);

    /** The error is for a file that cannot be read as a plan at all (stagingctl exit 2). */
    Expected<NumberingPlan> importFile(const QString &path) const;
    /** With the mapping guessMapping() gives; too few headers recognized is an error. */
    Expected<NumberingPlan> importTable(const SheetTable &table) const;
    /**
     * With a mapping the technician chose or corrected: columns mapped to no field are kept as
     * extras (a warning each), a field mapped twice is an error on the second column.
     */
    Expected<NumberingPlan> importTable(const SheetTable &table, const PlanColumnMapping &mapping) const;

    /** The file as text cells; its content, not its extension, says whether it is CSV or XLSX. */
    static Expected<SheetTable> readFile(const QString &path);
    /**
     * The header row (the one with the most recognized headers near the top, else the first
     * non-blank one) and the field of each of its columns as far as the headers are recognized.
     */
    static PlanColumnMapping guessMapping(const SheetTable &table);

    /**
     * Sets one field of a station from text, normalized as the plan's cell would be (MAC, DIDs,
     * model); false when the text cannot be taken (a profile the workbench does not know).
     */
    bool setStationField(Station &station, const QString &field, const QString &text) const;

private:
    /** The site's main number the title rows above the header give ("NDI ..."), or empty. */
    static QString mainNumberAbove(const SheetTable &table, int headerIndex);
    /**
     * Fills plan.columns from the mapping, with a problem for each unknown or repeated column;
     * returns the header of each unknown column, whose values are kept as extras.
     */
    static QHash<int, QString> mapColumns(NumberingPlan &plan, const PlanColumnMapping &mapping);
    /** The station of one row; problems of its cells (the profile) are added to the plan. */
    Station readStation(
        NumberingPlan &plan, const QStringList &row, int fileRow, const QHash<int, QString> &extraOfColumn) const;

    /**
     * The ring group of a GROUPE row: name, extension, DIDs and ring strategy; a cell a group
     * cannot have (hardware, e-mail, MAC...) is a problem of the plan.
     */
    static RingGroup readGroup(NumberingPlan &plan, const QStringList &row, int fileRow);
    /** A station row's ring strategy cell must be empty: only a group rings its members. */
    static void checkNoRingStrategy(NumberingPlan &plan, const QStringList &row, int fileRow);

    const ModelCatalog &m_catalog;
};

} // namespace Staging
