// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/CtlContext.h"

#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "order/PlanImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

bool requireOptions(
    const QCommandLineParser &parser, const QList<QCommandLineOption> &options, const CtlContext &context)
{
    for (const QCommandLineOption &required : options) {
        if (parser.value(required).trimmed().isEmpty()) {
            context.err
                << QCoreApplication::translate("Staging::Ctl", "--%1 is required.").arg(required.names().constFirst())
                << Qt::endl;
            return false;
        }
    }
    return true;
}

std::optional<QUrl> httpsUrlOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, const CtlContext &context)
{
    const QUrl url(parser.value(option), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        context.err << QCoreApplication::translate(
            "Staging::Ctl", "--%1: \"%2\" is not an https://host[:port] address.")
                           .arg(option.names().constFirst(), parser.value(option))
                    << Qt::endl;
        return std::nullopt;
    }
    return url;
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
        result.order.groups = plan->groups;
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

QList<QCommandLineOption> regionOptions()
{
    const PhoneRegion builtIn;
    return {
        QCommandLineOption(QStringLiteral("locale"),
            QCoreApplication::translate("Staging::Ctl", "The phones' language, one of %1 (default %2).")
                .arg(PhoneRegion::locales().join(QStringLiteral(", ")), builtIn.locale),
            QCoreApplication::translate("Staging::Ctl", "LOCALE")),
        QCommandLineOption(QStringLiteral("timezone"),
            QCoreApplication::translate("Staging::Ctl", "The phones' time zone (default %1).").arg(builtIn.timeZone),
            QCoreApplication::translate("Staging::Ctl", "ZONE")),
        QCommandLineOption(QStringLiteral("ntp-server"),
            QCoreApplication::translate("Staging::Ctl", "The phones' time server (default %1).").arg(builtIn.ntpServer),
            QCoreApplication::translate("Staging::Ctl", "HOST")),
    };
}

Expected<PhoneRegion> regionFromOptions(const QCommandLineParser &parser, bool fromPlan)
{
    PhoneRegion region;
    const std::pair<QString, QString *> fields[] = { { QStringLiteral("locale"), &region.locale },
        { QStringLiteral("timezone"), &region.timeZone }, { QStringLiteral("ntp-server"), &region.ntpServer } };
    for (const auto &[option, field] : fields) {
        if (!parser.isSet(option)) {
            continue;
        }
        if (!fromPlan) {
            return Error::make(ErrorKind::InvalidInput,
                QCoreApplication::translate("Staging::Ctl", "--%1: a saved order keeps the region it was saved with.")
                    .arg(option));
        }
        *field = parser.value(option).trimmed();
    }
    if (const Status checked = region.check(); !checked) {
        return Error::make(ErrorKind::InvalidInput, checked.error().message);
    }
    return region;
}

} // namespace Staging::Ctl
