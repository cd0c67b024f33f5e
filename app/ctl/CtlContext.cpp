// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/CtlContext.h"

#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "order/PlanImporter.h"

#include <QCommandLineParser>
#include <QSettings>

namespace Staging::Ctl {

std::optional<int> parseArguments(QCommandLineParser &parser, const CtlContext &context)
{
    if (!parser.parse(context.arguments)) {
        context.err << parser.errorText() << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

QString jobLogLocation(const QString &option)
{
    for (const QString &candidate :
        { option, qEnvironmentVariable("STAGING_JOBLOG"), QSettings().value(QStringLiteral("joblog")).toString() }) {
        if (!candidate.isEmpty()) {
            return candidate;
        }
    }
    return JobLog::defaultLocation();
}

CommandOrder loadCommandOrder(
    const CtlContext &context, const QString &planFile, const QString &orderId, const QString &jobLogOption)
{
    CommandOrder result;
    if (!planFile.isEmpty()) {
        const auto plan = PlanImporter(ModelCatalog::builtIn()).importFile(planFile);
        if (!plan) {
            context.err << plan.error().message << Qt::endl;
            result.exitCode = ExitFailure;
            return result;
        }
        result.order.stations = plan->stations;
        return result;
    }
    auto opened = JobLog::open(jobLogLocation(jobLogOption));
    if (!opened) {
        context.err << opened.error().message << Qt::endl;
        result.exitCode = ExitFailure;
        return result;
    }
    result.jobLog = std::move(opened).value();
    auto loaded = result.jobLog->loadOrder(orderId);
    if (!loaded) {
        context.err << loaded.error().message << Qt::endl;
        result.exitCode = loaded.error().kind == ErrorKind::InvalidInput ? ExitProblems : ExitFailure;
        return result;
    }
    result.order = std::move(loaded).value();
    return result;
}

} // namespace Staging::Ctl
