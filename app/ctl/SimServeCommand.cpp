// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/SimServeCommand.h"

#include "ctl/QuitOnSignals.h"
#include "simulator/WazoSimulator.h"

#include <QCommandLineParser>

namespace Staging::Ctl {

namespace {

/** The simulator's options from the command line; nullopt after the usage on stderr. */
std::optional<WazoSimulator::Options> simulatorOptions(const CtlContext &context, const QCommandLineParser &parser)
{
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    bool portOk = false;
    bool latencyOk = false;
    const uint port = value("port").toUInt(&portOk);
    const int latency = value("latency-ms").toInt(&latencyOk);
    bool propagationOk = false;
    const int propagation = value("tenant-propagation-ms").toInt(&propagationOk);
    bool costOk = false;
    const double costScale = value("cost-scale").toDouble(&costOk);
    if (!portOk || port > 65535 || !latencyOk || latency < 0 || !propagationOk || propagation < 0 || !costOk
        || costScale <= 0.0 || costScale > 100.0 || !parser.positionalArguments().isEmpty()) {
        context.err << SimServeCommand::tr(
            "Usage: stagingctl sim serve [--port P] [--latency-ms N] [--user U] [--password W] [--http1] "
            "[--tenant-propagation-ms N] [--preinstalled-plugin ID]... [--plugin-server-unreachable] "
            "[--network-interfaces A,B] [--cost-scale FACTOR]")
                    << Qt::endl;
        return std::nullopt;
    }
    WazoSimulator::Options options;
    options.port = static_cast<quint16>(port);
    options.latencyMs = latency;
    options.username = value("user");
    options.password = value("password");
    options.http2 = !parser.isSet(QStringLiteral("http1"));
    options.tenantPropagationMs = propagation;
    options.costScale = costScale;
    options.preinstalledPlugins = parser.values(QStringLiteral("preinstalled-plugin"));
    options.pluginServerReachable = !parser.isSet(QStringLiteral("plugin-server-unreachable"));
    options.networkInterfaces = value("network-interfaces").split(QLatin1Char(','), Qt::SkipEmptyParts);
    return options;
}

} // namespace

int SimServeCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs a simulated Wazo stack (wazo-auth, wazo-confd) over HTTPS on 127.0.0.1.\n"
           "The first output line gives the URL and the certificate's SHA-256 fingerprint."));
    parser.addHelpOption();
    parser.addOptions(commandOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const std::optional<WazoSimulator::Options> options = simulatorOptions(context, parser);
    if (!options) {
        return ExitFailure;
    }
    WazoSimulator simulator(*options);
    const Status started = simulator.start();
    if (!started) {
        context.err << started.error().message << Qt::endl << started.error().detail << Qt::endl;
        return ExitFailure;
    }

    const QuitOnSignals quitOnSignals;
    if (!quitOnSignals.isInstalled()) {
        context.err << tr("Cannot install the signal handlers.") << Qt::endl;
        return ExitFailure;
    }

    // The machine-readable first line: not translated, flushed at once for the parent reading it.
    context.out << "listening " << simulator.baseUrl() << " sha256=" << simulator.fingerprint() << Qt::endl;
    context.out.flush();

    const int result = QCoreApplication::exec();
    simulator.stop();
    return result == 0 ? ExitOk : ExitFailure;
}

QList<QCommandLineOption> SimServeCommand::commandOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("port"), tr("Port on 127.0.0.1; 0 picks a free one."), tr("PORT"), QStringLiteral("0")),
        QCommandLineOption(
            QStringLiteral("latency-ms"), tr("Delay added to every API answer."), tr("MS"), QStringLiteral("0")),
        QCommandLineOption(
            QStringLiteral("user"), tr("Login of the admin account."), tr("USER"), QStringLiteral("admin")),
        QCommandLineOption(
            QStringLiteral("password"), tr("Password of the admin account."), tr("PASSWORD"), QStringLiteral("admin")),
        QCommandLineOption(QStringLiteral("http1"),
            tr("Offer HTTP/1.1 only (no HTTP/2), like a stack behind a proxy without it: clients then re-send a "
               "request whose connection dropped unanswered.")),
        QCommandLineOption(QStringLiteral("tenant-propagation-ms"),
            tr("How long wazo-confd takes to learn of a tenant created in wazo-auth (its SIP templates come with "
               "it)."),
            tr("MS"), QStringLiteral("0")),
        QCommandLineOption(QStringLiteral("preinstalled-plugin"),
            tr("A provd plugin installed from the start; repeat for several (e.g. wazo-yealink-v85)."), tr("ID")),
        QCommandLineOption(QStringLiteral("plugin-server-unreachable"),
            tr("provd cannot reach its plugin server: plugin list updates fail and nothing can be installed.")),
        QCommandLineOption(QStringLiteral("network-interfaces"),
            tr("The host's network interfaces, comma-separated, which PUT /dhcp accepts."), tr("NAMES"),
            QStringLiteral("eno1,lo")),
        QCommandLineOption(QStringLiteral("cost-scale"),
            tr("Scale of what users and imports cost the stack (1 = the real services' measured figures; above "
               "0)."),
            tr("FACTOR"), QStringLiteral("1")),
    };
}

} // namespace Staging::Ctl
