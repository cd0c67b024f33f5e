// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PhonesConfigCommand.h"

#include "core/Redactor.h"
#include "ctl/PhonesSupport.h"
#include "joblog/JobLog.h"
#include "order/MacAddress.h"
#include "order/ModelCatalog.h"
#include "phones/YealinkConfigGenerator.h"

#include <QCommandLineParser>

namespace Staging::Ctl {

int PhonesConfigCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the file a phone of an on-cloud order receives from the bench, secrets masked unless --reveal."));
    parser.addHelpOption();
    parser.addOptions(commandOptions());
    parser.addOptions(regionOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    if (const auto exit = refuseOptions(context, parser)) {
        return *exit;
    }
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    const bool fromPlan = parser.isSet(QStringLiteral("plan"));
    CommandOrder loaded = loadCommandOrder(context, value("plan"), value("order"), value("joblog"));
    if (loaded.exitCode) {
        return *loaded.exitCode;
    }
    const auto region = regionFromOptions(parser, fromPlan);
    if (!region) {
        context.err << region.error().message << Qt::endl;
        return ExitFailure;
    }
    if (fromPlan) {
        loaded.order.region = *region;
    }
    const Order &order = loaded.order;

    PhoneSettings settings;
    settings.benchUrl = PhonesSupport::benchUrl(*PhonesSupport::parseListen(value("listen")));
    settings.provisioningUrl = QUrl(value("provisioning-url"), QUrl::StrictMode);
    settings.adminPassword = Redactor::mask();
    if (parser.isSet(QStringLiteral("reveal"))) {
        const auto secrets =
            PhonesSupport::benchSecrets(*loaded.jobLog, order, BenchSecretsJob::Parts::AdminPasswordOnly);
        if (!secrets) {
            context.err << secrets.error().message << Qt::endl;
            return ExitFailure;
        }
        settings.adminPassword = secrets->adminPassword;
    }
    return printConfig(context, order, settings, value("mac"), parser.isSet(QStringLiteral("common")));
}

QList<QCommandLineOption> PhonesConfigCommand::commandOptions()
{
    return {
        QCommandLineOption(QStringLiteral("plan"), tr("The order's numbering plan (CSV or XLSX)."), tr("FILE")),
        QCommandLineOption(QStringLiteral("order"), tr("An order saved in the job log."), tr("ID")),
        QCommandLineOption(QStringLiteral("mac"), tr("The phone's MAC."), tr("MAC")),
        QCommandLineOption(QStringLiteral("provisioning-url"),
            tr("The agency stack's provisioning server, as the phones reach it through the VPN."), tr("URL")),
        QCommandLineOption(QStringLiteral("listen"), tr("Where the bench service answers (default 127.0.0.1:8080)."),
            tr("ADDR:PORT"), QStringLiteral("127.0.0.1:8080")),
        QCommandLineOption(
            QStringLiteral("common"), tr("Print the phone model's common file instead of the phone's own.")),
        QCommandLineOption(QStringLiteral("reveal"), tr("Show the admin password from the keychain (needs --order).")),
        QCommandLineOption(QStringLiteral("joblog"), tr("The job log (for --order)."), tr("LOCATION")),
    };
}

std::optional<int> PhonesConfigCommand::refuseOptions(const CtlContext &context, const QCommandLineParser &parser)
{
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto listen = PhonesSupport::parseListen(parser.value(QStringLiteral("listen")));
    const QUrl provisioningUrl(parser.value(QStringLiteral("provisioning-url")), QUrl::StrictMode);
    if (isSet("plan") == isSet("order") || !isSet("mac") || !provisioningUrl.isValid()
        || provisioningUrl.scheme().isEmpty() || !listen || (isSet("reveal") && !isSet("order"))) {
        if (!listen) {
            context.err << listen.error().message << Qt::endl;
        }
        context.err << tr("Usage: stagingctl phones config --plan FILE | --order ID --mac MAC --provisioning-url URL "
                          "[--listen ADDR:PORT] [--common] [--reveal (with --order)] [--locale L --timezone Z "
                          "--ntp-server H (with --plan)]")
                    << Qt::endl;
        return ExitFailure;
    }
    return std::nullopt;
}

int PhonesConfigCommand::printConfig(
    const CtlContext &context, const Order &order, const PhoneSettings &settings, const QString &mac, bool common)
{
    const YealinkConfigGenerator generator(ModelCatalog::builtIn(), order, settings);
    const PhoneModel *model = generator.modelForMac(mac);
    if (!model) {
        context.err << tr("No phone of the order has the MAC %1.").arg(mac) << Qt::endl;
        return ExitProblems;
    }
    const auto config = common ? generator.commonConfig(*model) : generator.macConfig(mac);
    if (!config) {
        context.err << config.error().message << Qt::endl;
        return ExitProblems;
    }
    context.out << QString::fromUtf8(config->toText()) << Qt::flush;
    return ExitOk;
}

} // namespace Staging::Ctl
