// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PlanCheckCommand.h"

#include "order/ModelCatalog.h"
#include "order/PhoneKeys.h"
#include "order/PlanColumns.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Staging::Ctl {

namespace {

// Spreadsheet column letters, so that "column F" matches what the customer's Excel shows.
QString columnLetters(int column)
{
    QString out;
    for (int c = column; c > 0; c = (c - 1) / 26) {
        out.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return out;
}

// A station as the order saves it (never its voicemail code: only "voicemail_pin_set"), with the
// label its phone shows and, for a receptionist, its supervision keys.
QJsonObject stationJson(const Order &order, const Station &s, const ModelCatalog &catalog)
{
    QJsonObject json = s.toJson();
    json.insert(QStringLiteral("label"), s.phoneLabel.isEmpty() ? s.name : s.phoneLabel);
    QJsonArray keys;
    for (const PhoneKey &key : PhoneKeys::of(order, s, catalog).keys) {
        keys.append(QJsonObject {
            { QStringLiteral("position"), key.position },
            { QStringLiteral("label"), key.colleagueName },
            { QStringLiteral("on_module"), key.onModule },
        });
    }
    json.insert(QStringLiteral("keys"), keys);
    return json;
}

// The stations naming a ring group, compared as the validator does.
QStringList groupMembers(const Order &order, const RingGroup &g)
{
    QStringList members;
    for (const Station &s : order.stations) {
        if (namesRingGroup(s.groups, g.name)) {
            members.append(s.name);
        }
    }
    return members;
}

QJsonObject groupJson(const Order &order, const RingGroup &g)
{
    QJsonObject json = g.toJson();
    json.insert(QStringLiteral("members"), QJsonArray::fromStringList(groupMembers(order, g)));
    return json;
}

} // namespace

struct PlanCheckCommand::Options
{
    QString file;
    QString format;
    ExtensionRange range;
    std::optional<QString> customerId;
    std::optional<int> exitCode; // set when the command must stop there
};

struct PlanCheckCommand::CheckedPlan
{
    NumberingPlan plan;
    Order order;
    Problems problems;
};

int PlanCheckCommand::run(const CtlContext &context)
{
    const Options options = parse(context);
    if (options.exitCode) {
        return *options.exitCode;
    }
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    const auto plan = PlanImporter(catalog).importFile(options.file);
    if (!plan) {
        context.err << plan.error().message << Qt::endl;
        return ExitFailure;
    }
    const CheckedPlan checked = check(catalog, *plan, options);
    if (options.format == QLatin1String("json")) {
        printJson(context, catalog, checked);
    } else {
        printText(context, catalog, checked);
    }
    return hasErrors(checked.problems) ? ExitProblems : ExitOk;
}

PlanCheckCommand::Options PlanCheckCommand::parse(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reads a customer's numbering plan (CSV or XLSX) and reports its problems.\n"
                                        "Exit status: 0 valid, 1 problems found, 2 file unreadable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), tr("The plan, as the customer sent it."));
    const QCommandLineOption rangeOption(QStringLiteral("range"),
        tr("The customer's extension range (default 8000-8020)."), tr("START-END"), QStringLiteral("8000-8020"));
    const QCommandLineOption customerIdOption(
        QStringLiteral("customer-id"), tr("Also check the customer id (SIRET)."), tr("ID"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("Output format: text or json."), tr("FORMAT"), QStringLiteral("text"));
    parser.addOptions({ rangeOption, customerIdOption, formatOption });
    Options options;
    if (const auto exit = parseArguments(parser, context)) {
        options.exitCode = exit;
        return options;
    }
    const QStringList files = parser.positionalArguments();
    options.format = parser.value(formatOption);
    if (files.size() != 1 || (options.format != QLatin1String("text") && options.format != QLatin1String("json"))) {
        context.err << tr("Usage: stagingctl plan check FILE [--range START-END] [--format text|json]") << Qt::endl;
        options.exitCode = ExitFailure;
        return options;
    }
    const auto range = ExtensionRange::parse(parser.value(rangeOption));
    if (!range) {
        context.err << tr("--range: %1").arg(range.error().message) << Qt::endl;
        options.exitCode = ExitFailure;
        return options;
    }
    options.file = files.first();
    options.range = *range;
    if (parser.isSet(customerIdOption)) {
        options.customerId = parser.value(customerIdOption);
    }
    return options;
}

PlanCheckCommand::CheckedPlan PlanCheckCommand::check(
    const ModelCatalog &catalog, const NumberingPlan &plan, const Options &options)
{
    CheckedPlan checked { plan, {}, plan.problems };
    checked.order.range = options.range;
    checked.order.stations = plan.stations;
    checked.order.groups = plan.groups;
    PlanValidator::assignExtensions(checked.order);
    if (options.customerId) {
        checked.problems += PlanValidator::validateCustomerId(*options.customerId);
    }
    checked.problems += PlanValidator(catalog).validate(checked.order, plan.columns);
    std::stable_sort(checked.problems.begin(), checked.problems.end(),
        [](const Problem &a, const Problem &b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
    return checked;
}

void PlanCheckCommand::printJson(const CtlContext &context, const ModelCatalog &catalog, const CheckedPlan &checked)
{
    QJsonArray stations;
    for (const Station &s : std::as_const(checked.order.stations)) {
        stations.append(stationJson(checked.order, s, catalog));
    }
    QJsonArray groups;
    for (const RingGroup &g : std::as_const(checked.order.groups)) {
        groups.append(groupJson(checked.order, g));
    }
    QJsonArray problemsJson;
    for (const Problem &p : std::as_const(checked.problems)) {
        problemsJson.append(p.toJson());
    }
    const NumberingPlan &plan = checked.plan;
    const QJsonObject root {
        { QStringLiteral("file"), plan.fileName },
        { QStringLiteral("format"), plan.format },
        { QStringLiteral("encoding"), plan.encoding },
        { QStringLiteral("header_row"), plan.headerRow },
        { QStringLiteral("main_number"), plan.mainNumber },
        { QStringLiteral("range"), checked.order.range.toString() },
        { QStringLiteral("stations"), stations },
        { QStringLiteral("groups"), groups },
        { QStringLiteral("problems"), problemsJson },
    };
    context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void PlanCheckCommand::printText(const CtlContext &context, const ModelCatalog &catalog, const CheckedPlan &checked)
{
    const NumberingPlan &plan = checked.plan;
    const Order &order = checked.order;
    context.out << tr("%1: %2 stations, header on row %3 (%4%5)")
                       .arg(plan.fileName)
                       .arg(order.stations.size())
                       .arg(plan.headerRow)
                       .arg(plan.format.toUpper(),
                           plan.encoding.isEmpty() ? QString() : QStringLiteral(", ") + plan.encoding)
                << Qt::endl;
    for (const Station &s : std::as_const(order.stations)) {
        const PhoneModel *model = catalog.find(s.modelId);
        const QString modelText =
            model ? model->displayName + (s.expansionModule ? tr(" + module") : QString()) : s.hardwareText;
        context.out << QStringLiteral("  %1  %2%3  %4  %5  %6  %7  %8")
                           .arg(s.row, 4)
                           .arg(s.extension, -6)
                           .arg(s.extensionAssigned ? QStringLiteral("*") : QStringLiteral(" "))
                           .arg(s.name, -24)
                           .arg(profileId(s.profile), -21)
                           .arg(modelText, -24)
                           .arg(s.dids.join(QLatin1Char(' ')) + (s.newDid ? tr("(new number)") : QString()), -12)
                           .arg(s.mac)
                    << Qt::endl;
    }
    for (const RingGroup &g : std::as_const(order.groups)) {
        context.out << QStringLiteral("  %1  %2%3  ")
                           .arg(g.row, 4)
                           .arg(g.extension, -6)
                           .arg(g.extensionAssigned ? QStringLiteral("*") : QStringLiteral(" "))
                    << tr("ring group \"%1\" (%2): %3")
                           .arg(g.name, ringStrategyId(g.strategy), groupMembers(order, g).join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    if (std::any_of(
            order.stations.cbegin(), order.stations.cend(), [](const Station &s) { return s.extensionAssigned; })
        || std::any_of(
            order.groups.cbegin(), order.groups.cend(), [](const RingGroup &g) { return g.extensionAssigned; })) {
        context.out << tr("  * extension assigned by the workbench") << Qt::endl;
    }
    if (checked.problems.isEmpty()) {
        context.out << tr("No problem found.") << Qt::endl;
    }
    for (const Problem &p : std::as_const(checked.problems)) {
        context.out << (p.isError() ? tr("error") : tr("warning")) << QStringLiteral(": ") << where(p)
                    << QStringLiteral(": ") << p.message << QStringLiteral(" [") << p.code << QStringLiteral("]")
                    << Qt::endl;
    }
}

QString PlanCheckCommand::where(const Problem &p)
{
    if (p.row > 0 && p.column > 0 && !p.field.isEmpty()) {
        return tr("row %1, column %2 (%3)").arg(p.row).arg(columnLetters(p.column), planFieldLabel(p.field));
    }
    if (p.row > 0 && p.column > 0) {
        return tr("row %1, column %2").arg(p.row).arg(columnLetters(p.column));
    }
    if (p.row > 0) {
        return tr("row %1").arg(p.row);
    }
    return planFieldLabel(p.field);
}

} // namespace Staging::Ctl
