// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PlanImporter.h"

#include "core/Logging.h"
#include "core/TextKey.h"
#include "order/CsvReader.h"
#include "order/PhoneNumber.h"
#include "order/PlanColumns.h"
#include "order/PlanLimits.h"
#include "order/XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace Staging {

namespace {

// Customers put a title, a logo line and the main number above the header: look that far.
constexpr int MaxHeaderSearchRows = 30;

QString cell(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column) : QString();
}

bool isBlankRow(const QStringList &row)
{
    return std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return cleanPlanCell(c).isEmpty(); });
}

// What a header never holds: an e-mail address, a number (extension, DID), a MAC. A data row
// whose words happen to be header words ("Station", "Téléphone") is told apart by these.
bool looksLikeData(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9][0-9 .-]*[0-9]$"));
    static const QRegularExpression mac(QStringLiteral("^[0-9A-Fa-f]{2}([:-]?[0-9A-Fa-f]{2}){5}$"));
    const QString text = cleanPlanCell(cell);
    return text.contains(QLatin1Char('@')) || number.match(text).hasMatch() || mac.match(text).hasMatch();
}

bool canBeHeader(const QStringList &row)
{
    return !isBlankRow(row) && std::none_of(row.cbegin(), row.cend(), looksLikeData);
}

int countFields(const QStringList &row)
{
    QSet<QString> fields;
    for (const QString &c : row) {
        const QString field = planFieldForHeader(c);
        if (!field.isEmpty()) {
            fields.insert(field);
        }
    }
    return int(fields.size());
}

} // namespace

PlanImporter::PlanImporter(const ModelCatalog &catalog)
    : m_catalog(catalog)
{
}

Expected<NumberingPlan> PlanImporter::importFile(const QString &path) const
{
    const Expected<SheetTable> table = readFile(path);
    if (!table) {
        return table.error();
    }
    return importTable(*table);
}

Expected<SheetTable> PlanImporter::readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::make(ErrorKind::Io, tr("%1 does not exist.").arg(path));
    }
    // Checked before reading: a 50 MB file chosen by mistake is refused at once, not loaded.
    if (info.size() > PlanLimits::MaxFileBytes) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1 is %2 MB: a numbering plan is never larger than %3 MB. Is it the right file?")
                .arg(info.fileName())
                .arg(info.size() / (1024 * 1024))
                .arg(PlanLimits::MaxFileBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::Io, tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    // The content decides, not the extension: customers rename files, and an .xlsx that is
    // really a CSV export is common.
    Expected<SheetTable> table = bytes.startsWith("PK\x03\x04") ? XlsxReader::read(bytes, info.fileName())
                                                                : CsvReader::read(bytes, info.fileName());
    if (table) {
        qCDebug(lcOrder) << "read" << info.fileName() << table->format << table->rows.size() << "rows";
    }
    return table;
}

PlanColumnMapping PlanImporter::guessMapping(const SheetTable &table)
{
    int headerIndex = -1;
    int bestCount = 0;
    const int searchRows = std::min<int>(MaxHeaderSearchRows, int(table.rows.size()));
    for (int i = 0; i < searchRows; ++i) {
        if (!canBeHeader(table.rows.at(i))) {
            continue;
        }
        const int count = countFields(table.rows.at(i));
        if (count > bestCount) {
            bestCount = count;
            headerIndex = i;
        }
    }
    // Nothing recognized: the first row of words is the best guess the technician corrects.
    for (int i = 0; headerIndex < 0 && i < searchRows; ++i) {
        if (canBeHeader(table.rows.at(i))) {
            headerIndex = i;
        }
    }
    PlanColumnMapping mapping;
    if (headerIndex < 0) {
        return mapping;
    }
    mapping.headerRow = headerIndex + 1;
    for (const QString &text : table.rows.at(headerIndex)) {
        mapping.headers.append(cleanPlanCell(text));
        mapping.fields.append(planFieldForHeader(mapping.headers.constLast()));
    }
    return mapping;
}

Expected<NumberingPlan> PlanImporter::importTable(const SheetTable &table) const
{
    const PlanColumnMapping mapping = guessMapping(table);
    if (!mapping.hasEnoughFields()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1: no header row found in the first %2 rows. Expected columns such as Site, "
               "Nom Prénom Utilisateur, Type profil, Matériel, Numéro de ligne, Extension, Email, MAC.")
                .arg(table.fileName)
                .arg(MaxHeaderSearchRows));
    }
    return importTable(table, mapping);
}

Expected<NumberingPlan> PlanImporter::importTable(const SheetTable &table, const PlanColumnMapping &mapping) const
{
    if (mapping.headerRow <= 0 || mapping.headerRow > table.rows.size()) {
        return Error::make(
            ErrorKind::InvalidInput, tr("%1: no header row to read the stations under.").arg(table.fileName));
    }
    if (!mapping.hasEnoughFields()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1: say which column holds which field for at least %2 of them (e.g. name, hardware, extension).")
                .arg(table.fileName)
                .arg(PlanColumnMapping::MinFields));
    }
    NumberingPlan plan;
    plan.fileName = table.fileName;
    plan.format = table.format;
    plan.encoding = table.encoding;
    plan.delimiter = table.delimiter;
    plan.sheetName = table.sheetName;
    plan.headerRow = mapping.headerRow;
    const int headerIndex = mapping.headerRow - 1;
    plan.mainNumber = mainNumberAbove(table, headerIndex);

    const QHash<int, QString> extraOfColumn = mapColumns(plan, mapping);
    for (int i = headerIndex + 1; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        if (isBlankRow(row)) {
            continue;
        }
        // A GROUPE row defines a ring group: it is no station, it has no phone.
        if (isRingGroupProfileText(cell(row, plan.columns.value(QStringLiteral("profile"), 0) - 1))) {
            plan.groups.append(readGroup(plan, row, i + 1));
        } else {
            plan.stations.append(readStation(plan, row, i + 1, extraOfColumn));
            checkNoRingStrategy(plan, row, i + 1);
        }
    }
    if (plan.stations.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("%1: the header is on row %2 but no station follows it.").arg(table.fileName).arg(plan.headerRow));
    }
    return plan;
}

QString PlanImporter::mainNumberAbove(const SheetTable &table, int headerIndex)
{
    QString mainNumber;
    // Title rows: "NDI à porter (ou 'à créer')" followed by the site's main number.
    for (int i = 0; i < headerIndex; ++i) {
        const QStringList &row = table.rows.at(i);
        for (int c = 0; c + 1 < row.size(); ++c) {
            if (textKey(row.at(c)).startsWith(QLatin1String("ndi"))) {
                if (const auto number = normalizeDid(row.at(c + 1))) {
                    mainNumber = *number;
                }
            }
        }
    }
    return mainNumber;
}

QHash<int, QString> PlanImporter::mapColumns(NumberingPlan &plan, const PlanColumnMapping &mapping)
{
    QHash<int, QString> extraOfColumn;
    for (int c = 0; c < mapping.headers.size(); ++c) {
        const QString &text = mapping.headers.at(c);
        const QString field = mapping.fields.value(c);
        if (field.isEmpty()) {
            if (text.isEmpty()) {
                continue;
            }
            extraOfColumn.insert(c, text);
            plan.unknownColumns.append(text);
            plan.problems.append(Problem { plan.headerRow, c + 1, QString(), QStringLiteral("unknown-column"),
                tr("Column \"%1\" is not one the workbench knows; its values are kept with each station.").arg(text),
                Problem::Severity::Warning });
        } else if (plan.columns.contains(field)) {
            plan.problems.append(Problem { plan.headerRow, c + 1, field, QStringLiteral("duplicate-column"),
                tr("Column \"%1\" repeats column %2 (%3); remove one of them.")
                    .arg(text)
                    .arg(plan.columns.value(field))
                    .arg(planFieldLabel(field)),
                Problem::Severity::Error });
        } else {
            plan.columns.insert(field, c + 1);
        }
    }
    return extraOfColumn;
}

Station PlanImporter::readStation(
    NumberingPlan &plan, const QStringList &row, int fileRow, const QHash<int, QString> &extraOfColumn) const
{
    const auto column = [&plan](const QString &field) { return plan.columns.value(field, 0) - 1; };
    Station s;
    s.row = fileRow;
    for (const PlanField &field : planFields()) {
        // The profile has a default and problems of its own, below.
        if (field.key != QLatin1String("profile")) {
            field.set(s, cell(row, column(field.key)), m_catalog);
        }
    }

    const QString profileText = cleanPlanCell(cell(row, column(QStringLiteral("profile"))));
    const PhoneModel *model = m_catalog.find(s.modelId);
    if (const auto profile = profileFromText(profileText)) {
        s.profile = *profile;
    } else if (profileText.isEmpty() && model && model->kind == PhoneModel::Kind::Softphone) {
        s.profile = Profile::UnifiedCommunication;
    } else if (profileText.isEmpty()) {
        s.profile = Profile::Voice;
        if (column(QStringLiteral("profile")) >= 0) {
            plan.problems.append(Problem { s.row, column(QStringLiteral("profile")) + 1, QStringLiteral("profile"),
                QStringLiteral("missing-profile"), tr("No profile given; the station gets a Voice subscription."),
                Problem::Severity::Warning });
        }
    } else {
        plan.problems.append(Problem { s.row, column(QStringLiteral("profile")) + 1, QStringLiteral("profile"),
            QStringLiteral("unknown-profile"),
            tr("Profile \"%1\" is not known: use STANDARDISTE, POSTE FIXE or SOFTPHONE / UC.").arg(profileText),
            Problem::Severity::Error });
    }

    for (auto it = extraOfColumn.constBegin(); it != extraOfColumn.constEnd(); ++it) {
        const QString value = cleanPlanCell(cell(row, it.key()));
        if (!value.isEmpty()) {
            s.extra.insert(it.value(), value);
        }
    }
    return s;
}

RingGroup PlanImporter::readGroup(NumberingPlan &plan, const QStringList &row, int fileRow)
{
    const auto column = [&plan](const QString &field) { return plan.columns.value(field, 0) - 1; };
    RingGroup g;
    g.row = fileRow;
    for (const QString &field : { QStringLiteral("name"), QStringLiteral("extension"), QStringLiteral("dids") }) {
        setRingGroupField(g, field, cell(row, column(field)));
    }

    // The cell's value is not repeated in the message: one of them is the voicemail code.
    for (const QString &field : { QStringLiteral("hardware"), QStringLiteral("email"), QStringLiteral("mac"),
             QStringLiteral("groups"), QStringLiteral("phone_label"), QStringLiteral("voicemail_pin") }) {
        if (!cleanPlanCell(cell(row, column(field))).isEmpty()) {
            plan.problems.append(
                Problem { fileRow, column(field) + 1, field, QStringLiteral("group-with-station-field"),
                    tr("A ring group (profile GROUPE) has no %1: empty this cell, or give the row a station's profile.")
                        .arg(planFieldLabel(field)),
                    Problem::Severity::Error });
        }
    }

    const QString strategyText = cleanPlanCell(cell(row, column(QStringLiteral("ring_strategy"))));
    if (!setRingGroupField(g, QStringLiteral("ring_strategy"), strategyText)) {
        plan.problems.append(Problem { fileRow, column(QStringLiteral("ring_strategy")) + 1,
            QStringLiteral("ring_strategy"), QStringLiteral("invalid-ring-strategy"),
            tr("Ring strategy \"%1\" is not known: write \"linear\" (one phone after the other) or leave it empty "
               "(all phones ring at once).")
                .arg(strategyText),
            Problem::Severity::Error });
    }
    return g;
}

void PlanImporter::checkNoRingStrategy(NumberingPlan &plan, const QStringList &row, int fileRow)
{
    const int column = plan.columns.value(QStringLiteral("ring_strategy"), 0) - 1;
    if (!cleanPlanCell(cell(row, column)).isEmpty()) {
        plan.problems.append(
            Problem { fileRow, column + 1, QStringLiteral("ring_strategy"), QStringLiteral("ring-strategy-on-station"),
                tr("Only a ring group's row (profile GROUPE) has a ring strategy: empty this cell on a station's row."),
                Problem::Severity::Error });
    }
}

bool PlanImporter::setStationField(Station &station, const QString &field, const QString &text) const
{
    const PlanField *planColumn = planField(field);
    return planColumn && planColumn->set(station, text, m_catalog);
}

} // namespace Staging
