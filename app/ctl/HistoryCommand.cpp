// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/HistoryCommand.h"

#include "core/CsvWriter.h"
#include "joblog/JobLog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Staging::Ctl {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject eventJson(const JobEvent &e)
{
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("order"), e.orderId },
        { QStringLiteral("step"), e.step },
        { QStringLiteral("action"), e.action },
        { QStringLiteral("target"), e.target },
        { QStringLiteral("technician"), e.technician },
        { QStringLiteral("bench"), e.bench },
        { QStringLiteral("started"), isoTime(e.started) },
        { QStringLiteral("finished"), isoTime(e.finished) },
        { QStringLiteral("duration_ms"), e.durationMs() },
        { QStringLiteral("result"), jobResultId(e.result) },
        { QStringLiteral("detail"), e.detail },
    };
}

void printJson(const CtlContext &context, const QList<JobEvent> &events)
{
    QJsonArray array;
    for (const JobEvent &e : events) {
        array.append(eventJson(e));
    }
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void printCsv(const CtlContext &context, const QList<JobEvent> &events)
{
    CsvWriter csv(context.out);
    csv.writeRow({ QStringLiteral("id"), QStringLiteral("order"), QStringLiteral("step"), QStringLiteral("action"),
        QStringLiteral("target"), QStringLiteral("technician"), QStringLiteral("bench"), QStringLiteral("started"),
        QStringLiteral("finished"), QStringLiteral("duration_ms"), QStringLiteral("result"),
        QStringLiteral("detail") });
    for (const JobEvent &e : events) {
        csv.writeRow({ QString::number(e.id), e.orderId, e.step, e.action, e.target, e.technician, e.bench,
            isoTime(e.started), isoTime(e.finished), QString::number(e.durationMs()), jobResultId(e.result),
            QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)) });
    }
}

} // namespace

int HistoryCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the job log: one order's history, or every event matching the filters."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("order"), tr("The order id (optional)."), tr("[ORDER]"));
    parser.addOptions(commandOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    const QString format = value("format");
    bool limitOk = false;
    const int limit = value("limit").toInt(&limitOk);
    if (parser.positionalArguments().size() > 1
        || !QStringList({ QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json") }).contains(format)
        || !limitOk || limit <= 0) {
        context.err << tr("Usage: stagingctl history [ORDER] [--format text|csv|json] [--joblog LOCATION]") << Qt::endl;
        return ExitFailure;
    }

    const auto joblog = JobLog::open(jobLogLocation(value("joblog")));
    if (!joblog) {
        context.err << joblog.error().message << Qt::endl;
        return ExitFailure;
    }

    HistoryFilter filter;
    filter.orderId = parser.positionalArguments().value(0);
    filter.technician = value("technician");
    filter.bench = value("bench");
    filter.customer = value("customer");
    filter.result = value("result");
    filter.limit = limit;
    const auto events = (*joblog)->query(filter);
    if (!events) {
        context.err << events.error().message << Qt::endl;
        return ExitFailure;
    }
    if (!filter.orderId.isEmpty() && events->isEmpty()) {
        const auto order = (*joblog)->loadOrder(filter.orderId);
        if (!order) {
            context.err << order.error().message << Qt::endl;
            return ExitProblems;
        }
    }

    if (format == QLatin1String("json")) {
        printJson(context, *events);
    } else if (format == QLatin1String("csv")) {
        printCsv(context, *events);
    } else {
        printText(context, *events);
    }
    return ExitOk;
}

QList<QCommandLineOption> HistoryCommand::commandOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("format"), tr("Output format: text, csv or json."), tr("FORMAT"), QStringLiteral("text")),
        QCommandLineOption(QStringLiteral("joblog"),
            tr("The job log: a SQLite file or a postgresql:// URL (default: the workbench's settings, else %1).")
                .arg(JobLog::defaultLocation()),
            tr("LOCATION")),
        QCommandLineOption(QStringLiteral("technician"), tr("Only this technician's events."), tr("NAME")),
        QCommandLineOption(QStringLiteral("bench"), tr("Only this bench's events."), tr("NAME")),
        QCommandLineOption(
            QStringLiteral("customer"), tr("Only orders whose customer name contains TEXT."), tr("TEXT")),
        QCommandLineOption(
            QStringLiteral("result"), tr("Only events with this result (ok, failed, ...)."), tr("RESULT")),
        QCommandLineOption(
            QStringLiteral("limit"), tr("At most N events (default 10000)."), tr("N"), QStringLiteral("10000")),
    };
}

void HistoryCommand::printText(const CtlContext &context, const QList<JobEvent> &events)
{
    for (const JobEvent &e : events) {
        const QString duration = e.durationMs() >= 0 ? tr("%1 ms").arg(e.durationMs()) : tr("open");
        context.out << QStringLiteral("%1  %2  %3  %4/%5  %6  %7  %8@%9  %10")
                           .arg(e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.orderId,
                               jobResultId(e.result), e.step, e.action, e.target, duration, e.technician, e.bench,
                               e.detail.isEmpty()
                                   ? QString()
                                   : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact)))
                    << Qt::endl;
    }
    if (events.isEmpty()) {
        context.out << tr("No event.") << Qt::endl;
    }
}

} // namespace Staging::Ctl
