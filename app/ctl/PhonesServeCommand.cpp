// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PhonesServeCommand.h"

#include "ctl/PhonesSupport.h"
#include "ctl/QuitOnSignals.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "phones/BenchDiscovery.h"
#include "phones/BenchProvisioningService.h"
#include "phones/PhoneStateTracker.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSysInfo>

namespace Staging::Ctl {

int PhonesServeCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serves the phones of an on-cloud order their files at the bench, until "
                                        "killed. Every fetch goes into the order's job log."));
    parser.addHelpOption();
    parser.addOptions(commandOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    if (const auto exit = refuseOptions(context, parser)) {
        return *exit;
    }
    const auto listen = PhonesSupport::parseListen(parser.value(QStringLiteral("listen")));
    auto joblog = JobLog::open(jobLogLocation(parser.value(QStringLiteral("joblog"))));
    if (!joblog) {
        context.err << joblog.error().message << Qt::endl;
        return ExitFailure;
    }
    const auto order = onCloudOrder(context, **joblog, parser.value(QStringLiteral("order")));
    if (!order) {
        return ExitProblems;
    }
    const auto secrets = PhonesSupport::benchSecrets(**joblog, *order, BenchSecretsJob::Parts::AdminPasswordAndVpn);
    if (!secrets) {
        context.err << secrets.error().message << Qt::endl;
        return ExitFailure;
    }
    (*joblog)->addSecret(secrets->adminPassword);

    PhoneSettings settings;
    settings.benchUrl = PhonesSupport::benchUrl(*listen);
    settings.provisioningUrl = QUrl(parser.value(QStringLiteral("provisioning-url")), QUrl::StrictMode);
    settings.adminPassword = secrets->adminPassword;
    BenchProvisioningService service(
        YealinkConfigGenerator(ModelCatalog::builtIn(), *order, settings), secrets->vpnTar, joblog->get());
    service.setOperator(qEnvironmentVariable("USER"), QSysInfo::machineHostName());
    service.setFirmwareDirectory(parser.value(QStringLiteral("firmware")));
    if (const QStringList missing = service.missingFirmware(); !missing.isEmpty()) {
        context.err << tr("Not in the firmware folder: %1. Phones of those models cannot upgrade.")
                           .arg(missing.join(QStringLiteral(", ")))
                    << Qt::endl;
    }
    const auto port = service.listen(listen->address, listen->port);
    if (!port) {
        context.err << port.error().message << Qt::endl;
        return ExitFailure;
    }
    return serve(context, service, *order, settings.benchUrl);
}

QList<QCommandLineOption> PhonesServeCommand::commandOptions()
{
    return {
        QCommandLineOption(QStringLiteral("order"), tr("The order, saved in the job log."), tr("ID")),
        QCommandLineOption(QStringLiteral("listen"),
            tr("The bench network address and port to answer on (e.g. 192.168.50.1:8080)."), tr("ADDR:PORT")),
        QCommandLineOption(QStringLiteral("provisioning-url"),
            tr("The agency stack's provisioning server, as the phones reach it through the VPN."), tr("URL")),
        QCommandLineOption(
            QStringLiteral("firmware"), tr("The folder holding the vendor's firmware files."), tr("DIR")),
        QCommandLineOption(QStringLiteral("joblog"), tr("The job log."), tr("LOCATION")),
    };
}

std::optional<int> PhonesServeCommand::refuseOptions(const CtlContext &context, const QCommandLineParser &parser)
{
    const auto listen = PhonesSupport::parseListen(parser.value(QStringLiteral("listen")));
    const QUrl provisioningUrl(parser.value(QStringLiteral("provisioning-url")), QUrl::StrictMode);
    if (!parser.isSet(QStringLiteral("order")) || !listen || !provisioningUrl.isValid()
        || provisioningUrl.scheme().isEmpty()) {
        if (parser.isSet(QStringLiteral("listen")) && !listen) {
            context.err << listen.error().message << Qt::endl;
        }
        context.err << tr("Usage: stagingctl phones serve --order ID --listen ADDR:PORT --provisioning-url URL "
                          "[--firmware DIR] [--joblog LOCATION]")
                    << Qt::endl;
        return ExitFailure;
    }
    const QString firmware = parser.value(QStringLiteral("firmware"));
    if (parser.isSet(QStringLiteral("firmware")) && !QDir(firmware).exists()) {
        context.err << tr("The firmware folder %1 does not exist.").arg(firmware) << Qt::endl;
        return ExitFailure;
    }
    return std::nullopt;
}

std::optional<Order> PhonesServeCommand::onCloudOrder(const CtlContext &context, JobLog &joblog, const QString &orderId)
{
    auto order = joblog.loadOrder(orderId);
    if (!order) {
        context.err << order.error().message << Qt::endl;
        return std::nullopt;
    }
    if (order->mode != DeploymentMode::OnCloud) {
        context.err << tr("Order %1 is on-premise: its phones are staged through the Shuttle, not the bench service.")
                           .arg(order->orderId)
                    << Qt::endl;
        return std::nullopt;
    }
    return std::move(order).value();
}

int PhonesServeCommand::serve(
    const CtlContext &context, BenchProvisioningService &service, const Order &order, const QUrl &benchUrl)
{
    QObject::connect(&service, &BenchProvisioningService::fetched, [&context](const PhoneFetch &fetch) {
        context.out << tr("%1 (%2, firmware %3) fetched %4")
                           .arg(fetch.mac, fetch.ip, fetch.firmware.isEmpty() ? tr("unknown") : fetch.firmware,
                               fetch.fileName)
                    << Qt::endl;
    });
    // Where each phone stands on the bench side; the stack side shows in the workbench.
    PhoneStateTracker tracker(ModelCatalog::builtIn(), order);
    QObject::connect(&service, &BenchProvisioningService::fetched, &tracker, &PhoneStateTracker::recordFetch);
    QObject::connect(
        &tracker, &PhoneStateTracker::stateChanged, [&context](const QString &mac, PhoneStateTracker::State state) {
            context.out << tr("%1: %2").arg(mac, PhoneStateTracker::stateText(state)) << Qt::endl;
        });
    // Stopped (Ctrl+C, systemd, the workbench): the service closes and the job log is left whole.
    const QuitOnSignals quitOnSignals;
    // The first line says where: scripts and tests read it.
    context.out << "listening " << benchUrl.toString() << Qt::endl
                << BenchDiscovery::dhcpOption66Text(benchUrl) << Qt::endl
                << BenchDiscovery::webInterfaceText(benchUrl) << Qt::endl;
    const int result = QCoreApplication::exec();
    context.out << tr("Stopped.") << Qt::endl;
    return result == 0 ? ExitOk : ExitFailure;
}

} // namespace Staging::Ctl
