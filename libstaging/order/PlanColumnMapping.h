// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * Which column of a customer's sheet holds which field. PlanImporter::guessMapping() fills it from
 * the headers it recognizes; when it recognizes too little, the technician says which column is
 * which and the importer reads the sheet with that mapping instead.
 */
struct PlanColumnMapping
{
    /** Fewer distinct fields than this and a row is not a header ("Site" alone is a title). */
    static constexpr int MinFields = 3;

    int headerRow = 0; // 1-based; 0 when the sheet has no row to take as its header
    QStringList headers; // the header row's cells, white space collapsed, one per column
    QStringList fields; // per column, same index: "name", "extension"... or empty (kept as extra)

    /** Every field a column can hold, in the order a plan usually lists them. */
    static QStringList knownFields();

    /** Distinct fields mapped to a column. */
    int fieldCount() const;
    bool hasEnoughFields() const { return fieldCount() >= MinFields; }
    /** Headers (non-empty) that no field is mapped to: their values are kept as extras. */
    QList<int> unmappedColumns() const; // 0-based
    /** Maps a column (0-based) to a field, or to none with an empty field. */
    void setField(int column, const QString &field);
};

} // namespace Staging
