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
    const QCommandLineOption planOption(
        QStringLiteral("plan"), tr("The order's numbering plan (CSV or XLSX)."), tr("FILE"));
    const QCommandLineOption orderOption(QStringLiteral("order"), tr("An order saved in the job log."), tr("ID"));
    const QCommandLineOption macOption(QStringLiteral("mac"), tr("The phone's MAC."), tr("MAC"));
    const QCommandLineOption provisioningOption(QStringLiteral("provisioning-url"),
        tr("The agency stack's provisioning server, as the phones reach it through the VPN."), tr("URL"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        tr("Where the bench service answers (default 127.0.0.1:8080)."), tr("ADDR:PORT"),
        QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption commonOption(
        QStringLiteral("common"), tr("Print the phone model's common file instead of the phone's own."));
    const QCommandLineOption revealOption(
        QStringLiteral("reveal"), tr("Show the admin password from the keychain (needs --order)."));
    const QCommandLineOption joblogOption(QStringLiteral("joblog"), tr("The job log (for --order)."), tr("LOCATION"));
    parser.addOptions({ planOption, orderOption, macOption, provisioningOption, listenOption, commonOption,
        revealOption, joblogOption });
    parser.addOptions(regionOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const auto listen = PhonesSupport::parseListen(parser.value(listenOption));
    const QUrl provisioningUrl(parser.value(provisioningOption), QUrl::StrictMode);
    if (parser.isSet(planOption) == parser.isSet(orderOption) || !parser.isSet(macOption) || !provisioningUrl.isValid()
        || provisioningUrl.scheme().isEmpty() || !listen
        || (parser.isSet(revealOption) && !parser.isSet(orderOption))) {
        if (!listen) {
            context.err << listen.error().message << Qt::endl;
        }
        context.err << tr("Usage: stagingctl phones config --plan FILE | --order ID --mac MAC --provisioning-url URL "
                          "[--listen ADDR:PORT] [--common] [--reveal (with --order)] [--locale L --timezone Z "
                          "--ntp-server H (with --plan)]")
                    << Qt::endl;
        return ExitFailure;
    }

    CommandOrder loaded =
        loadCommandOrder(context, parser.value(planOption), parser.value(orderOption), parser.value(joblogOption));
    if (loaded.exitCode) {
        return *loaded.exitCode;
    }
    const auto region = regionFromOptions(parser, parser.isSet(planOption));
    if (!region) {
        context.err << region.error().message << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(planOption)) {
        loaded.order.region = *region;
    }
    const Order &order = loaded.order;

    PhoneSettings settings;
    settings.benchUrl = PhonesSupport::benchUrl(*listen);
    settings.provisioningUrl = provisioningUrl;
    settings.adminPassword = Redactor::mask();
    if (parser.isSet(revealOption)) {
        const auto secrets =
            PhonesSupport::benchSecrets(*loaded.jobLog, order, BenchSecretsJob::Parts::AdminPasswordOnly);
        if (!secrets) {
            context.err << secrets.error().message << Qt::endl;
            return ExitFailure;
        }
        settings.adminPassword = secrets->adminPassword;
    }
    const QString mac = parser.value(macOption);
    const YealinkConfigGenerator generator(ModelCatalog::builtIn(), order, settings);
    const PhoneModel *model = generator.modelForMac(mac);
    if (!model) {
        context.err << tr("No phone of the order has the MAC %1.").arg(mac) << Qt::endl;
        return ExitProblems;
    }
    const auto config = parser.isSet(commonOption) ? generator.commonConfig(*model) : generator.macConfig(mac);
    if (!config) {
        context.err << config.error().message << Qt::endl;
        return ExitProblems;
    }
    context.out << QString::fromUtf8(config->toText()) << Qt::flush;
    return ExitOk;
}

} // namespace Staging::Ctl
