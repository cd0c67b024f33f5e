// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Staging {

class ModelCatalog;
struct RingGroup;
struct Station;

/**
 * One field a column of a customer's plan can hold, declared once: the importer, the column
 * mapping, stagingctl and the stations table all read it from planFields(), so a new column is
 * an entry there and its member in Station (with its JSON key).
 */
struct PlanField
{
    QString key; // "site", "name"...: the field in a mapping, a problem and stagingctl's output
    const char *label; // shown for the field when the file has none; context "Staging::PlanColumns"
    QStringList headers; // French and English headers customers write, compared with textKey()
    /** Sets the field from a cell's text, normalized as the importer does; false when it cannot be taken. */
    bool (*set)(Station &station, const QString &text, const ModelCatalog &catalog);
    int stationsColumn; // the StationsModel column that shows and edits it, -1 for none (ring strategy)
    const char *stationsHeader; // that column's header (context "Staging::StationsModel"), nullptr for none
    QString Station::*text; // the member the stations table shows as is, or nullptr when it formats the field
};

/** Every field a column can hold, in the order a plan usually lists them. */
const QList<PlanField> &planFields();
/** The field of that key, or nullptr. */
const PlanField *planField(const QString &key);

/** A cell's text with runs of white space (including NBSP and newlines inside a cell) collapsed. */
QString cleanPlanCell(const QString &text);

/** The ring groups a Groupe cell names, split on "," and ";", trimmed, empty parts dropped. */
QStringList planGroupNames(const QString &text);

/**
 * Sets one field of a ring group's row from a cell's text, normalized as the importer reads it:
 * "name", "extension", "dids" or "ring_strategy". False for another field or a ring strategy
 * that is not known; an extension is taken as typed, for PlanValidator to check.
 */
bool setRingGroupField(RingGroup &group, const QString &field, const QString &text);

/**
 * The field a header of a customer sheet names ("name", "extension", ...), or an empty string.
 * French and English headers are matched case-, accent- and space-insensitively; a note in
 * parentheses is ignored when the whole header is not known ("Numéro de ligne (ou création)").
 */
QString planFieldForHeader(const QString &header);

/** The header to show for a field when the file has none (English source, translated). */
QString planFieldLabel(const QString &field);

} // namespace Staging
