// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PlanCheckCommand.h"

#include "order/ModelCatalog.h"
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

} // namespace

int PlanCheckCommand::run(const CtlContext &context)
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
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const QStringList files = parser.positionalArguments();
    const QString format = parser.value(formatOption);
    if (files.size() != 1 || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        context.err << tr("Usage: stagingctl plan check FILE [--range START-END] [--format text|json]") << Qt::endl;
        return ExitFailure;
    }
    const auto range = ExtensionRange::parse(parser.value(rangeOption));
    if (!range) {
        context.err << tr("--range: %1").arg(range.error().message) << Qt::endl;
        return ExitFailure;
    }

    const ModelCatalog &catalog = ModelCatalog::builtIn();
    const auto plan = PlanImporter(catalog).importFile(files.first());
    if (!plan) {
        context.err << plan.error().message << Qt::endl;
        return ExitFailure;
    }
    Order order;
    order.range = *range;
    order.stations = plan->stations;
    PlanValidator::assignExtensions(order);
    Problems problems = plan->problems;
    if (parser.isSet(customerIdOption)) {
        problems += PlanValidator::validateCustomerId(parser.value(customerIdOption));
    }
    problems += PlanValidator(catalog).validate(order, plan->columns);
    std::stable_sort(problems.begin(), problems.end(),
        [](const Problem &a, const Problem &b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });

    if (format == QLatin1String("json")) {
        QJsonArray stations;
        for (const Station &s : std::as_const(order.stations)) {
            stations.append(s.toJson());
        }
        QJsonArray problemsJson;
        for (const Problem &p : std::as_const(problems)) {
            problemsJson.append(p.toJson());
        }
        const QJsonObject root {
            { QStringLiteral("file"), plan->fileName },
            { QStringLiteral("format"), plan->format },
            { QStringLiteral("encoding"), plan->encoding },
            { QStringLiteral("header_row"), plan->headerRow },
            { QStringLiteral("main_number"), plan->mainNumber },
            { QStringLiteral("range"), order.range.toString() },
            { QStringLiteral("stations"), stations },
            { QStringLiteral("problems"), problemsJson },
        };
        context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        context.out << tr("%1: %2 stations, header on row %3 (%4%5)")
                           .arg(plan->fileName)
                           .arg(order.stations.size())
                           .arg(plan->headerRow)
                           .arg(plan->format.toUpper(),
                               plan->encoding.isEmpty() ? QString() : QStringLiteral(", ") + plan->encoding)
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
        if (std::any_of(
                order.stations.cbegin(), order.stations.cend(), [](const Station &s) { return s.extensionAssigned; })) {
            context.out << tr("  * extension assigned by the workbench") << Qt::endl;
        }
        if (problems.isEmpty()) {
            context.out << tr("No problem found.") << Qt::endl;
        }
        for (const Problem &p : std::as_const(problems)) {
            QString where;
            if (p.row > 0 && p.column > 0 && !p.field.isEmpty()) {
                where = tr("row %1, column %2 (%3)").arg(p.row).arg(columnLetters(p.column), planFieldLabel(p.field));
            } else if (p.row > 0 && p.column > 0) {
                where = tr("row %1, column %2").arg(p.row).arg(columnLetters(p.column));
            } else if (p.row > 0) {
                where = tr("row %1").arg(p.row);
            } else {
                where = planFieldLabel(p.field);
            }
            context.out << (p.isError() ? tr("error") : tr("warning")) << QStringLiteral(": ") << where
                        << QStringLiteral(": ") << p.message << QStringLiteral(" [") << p.code << QStringLiteral("]")
                        << Qt::endl;
        }
    }
    return hasErrors(problems) ? ExitProblems : ExitOk;
}

} // namespace Staging::Ctl
