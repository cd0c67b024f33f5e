// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/ModelCatalog.h"
#include "order/NumberingPlan.h"
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
    Expected<NumberingPlan> importTable(const SheetTable &table) const;

private:
    const ModelCatalog &m_catalog;
};

} // namespace Staging
