// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/PreseedServeCommand.h"

#include "ctl/PhonesSupport.h"
#include "ctl/PreseedSupport.h"
#include "ctl/QuitOnSignals.h"
#include "joblog/JobLog.h"
#include "shuttle/PreseedServer.h"

#include <QCommandLineParser>
#include <QSysInfo>

namespace Staging::Ctl {

int PreseedServeCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves a Shuttle's Debian 12 preseed to its installer on the bench network until killed; once the "
           "installer has called back with the new host keys the preseed is no longer served. With --order every "
           "fetch and the callback go into the order's job log."));
    parser.addHelpOption();
    const PreseedSupport support;
    parser.addOptions(support.options());
    parser.addOptions(serveOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    auto settings = support.settings(parser);
    if (!settings) {
        context.err << settings.error().message << Qt::endl;
        return ExitFailure;
    }
    const auto listen = PhonesSupport::parseListen(parser.value(QStringLiteral("listen")));
    if (!listen) {
        context.err << (parser.isSet(QStringLiteral("listen")) ? listen.error().message : tr("--listen is required."))
                    << Qt::endl;
        return ExitFailure;
    }

    std::unique_ptr<JobLog> joblog;
    if (parser.isSet(QStringLiteral("order"))) {
        auto opened = JobLog::open(jobLogLocation(parser.value(QStringLiteral("joblog"))));
        if (!opened) {
            context.err << opened.error().message << Qt::endl;
            return ExitFailure;
        }
        joblog = std::move(opened).value();
        // A saved order gives the Shuttle its customer's time zone, as the workbench does.
        if (const auto order = joblog->loadOrder(parser.value(QStringLiteral("order")))) {
            settings->timezone = order->region.timeZone;
        }
    } else {
        context.err << tr("Warning: no --order, so the fetches and the callback are not recorded in a job log.")
                    << Qt::endl;
    }
    if (settings->benchPublicKey.isEmpty()) {
        context.err << tr("Warning: no --public-key, so no key is installed for root and root's password is locked.")
                    << Qt::endl;
    }

    PreseedServer server(joblog.get());
    server.setOperator(qEnvironmentVariable("USER"), QSysInfo::machineHostName());
    const auto port = server.listen(listen->address, listen->port);
    if (!port) {
        context.err << port.error().message << Qt::endl;
        return ExitFailure;
    }
    const QString serial = parser.value(QStringLiteral("serial"));
    if (const Status armed = server.arm(parser.value(QStringLiteral("order")), serial, *settings); !armed) {
        context.err << armed.error().message << Qt::endl;
        return ExitFailure;
    }
    printServerEvents(context, server);
    const QuitOnSignals quitOnSignals; // Ctrl+C ends the loop, not the process: destructors run
    // The first line says where: scripts and tests read it.
    context.out << "listening http://" << listen->address.toString() << ':' << *port << server.shuttlePath() << Qt::endl
                << PreseedServer::installerInstructions(listen->address, *port) << Qt::endl;
    const int result = QCoreApplication::exec();
    context.out << tr("Stopped.") << Qt::endl;
    return result == 0 ? ExitOk : ExitFailure;
}

QList<QCommandLineOption> PreseedServeCommand::serveOptions()
{
    return {
        QCommandLineOption(QStringLiteral("listen"),
            tr("The bench's address on the Shuttle's network and the port (e.g. 192.168.50.1:8080)."), tr("ADDR:PORT")),
        QCommandLineOption(QStringLiteral("order"), tr("The order the Shuttle belongs to, for the job log."), tr("ID")),
        QCommandLineOption(QStringLiteral("joblog"), tr("The job log."), tr("LOCATION")),
    };
}

void PreseedServeCommand::printServerEvents(const CtlContext &context, PreseedServer &server)
{
    QObject::connect(&server, &PreseedServer::preseedFetched,
        [&context](const QString &client) { context.out << tr("%1 fetched the preseed.").arg(client) << Qt::endl; });
    QObject::connect(&server, &PreseedServer::callbackRefused, [&context](const QString &client, const QString &why) {
        context.out << tr("%1 sent a callback that was refused: %2").arg(client, why) << Qt::endl;
    });
    QObject::connect(&server, &PreseedServer::callbackReceived,
        [&context](const QString &client, const QList<HostKeyFingerprint> &keys) {
            context.out << tr("%1 called back; its host keys:").arg(client) << Qt::endl;
            for (const HostKeyFingerprint &key : keys) {
                context.out << "  " << key.type << ' ' << key.sha256 << Qt::endl;
            }
            // The server disarmed itself: the preseed (and its root hash) is no longer served.
            context.out << tr("The installation is done; the preseed is no longer served. Stop with Ctrl+C.")
                        << Qt::endl;
        });
}

} // namespace Staging::Ctl
