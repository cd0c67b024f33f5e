// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/ShuttlePostInstallCommand.h"

#include "core/ShuttleHostname.h"
#include "ctl/CtlContext.h"
#include "ctl/ShuttleBenchKeyCommand.h"
#include "joblog/JobLog.h"
#include "shuttle/HardwareChecklist.h"
#include "shuttle/InstallerReport.h"
#include "shuttle/PostInstallRunner.h"
#include "shuttle/SshSession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>

namespace Staging::Ctl {

namespace {

QString stateText(PostInstallState state)
{
    switch (state) {
    case PostInstallState::Running:
        break;
    case PostInstallState::Done:
        return ShuttlePostInstallCommand::tr("done");
    case PostInstallState::AlreadyDone:
        return ShuttlePostInstallCommand::tr("already done");
    case PostInstallState::Failed:
        return ShuttlePostInstallCommand::tr("FAILED");
    case PostInstallState::Cancelled:
        return ShuttlePostInstallCommand::tr("cancelled");
    }
    return ShuttlePostInstallCommand::tr("running");
}

} // namespace

int ShuttlePostInstallCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the post-install steps on an installed Shuttle over SSH with the bench key: hostname, network, "
           "certificate, Wazo, hardware facts. Each step looks first and reports \"already done\" when nothing "
           "is to change. Exit 0 done, 1 when the hardware differs from the order, 2 on failure."));
    parser.addHelpOption();
    const auto option = [](const char *name, const QString &help, const QString &value = {},
                            const QString &byDefault = {}) {
        return QCommandLineOption(QString::fromLatin1(name), help, value, byDefault);
    };
    const QCommandLineOption host = option("host", tr("The Shuttle's address."), tr("HOST"));
    const QCommandLineOption port = option("port", tr("SSH port (default 22)."), tr("PORT"), QStringLiteral("22"));
    const QCommandLineOption user = option("user", tr("SSH user (default root)."), tr("USER"), QStringLiteral("root"));
    const QCommandLineOption prefix =
        option("prefix", tr("Apply under this folder instead of / (rehearsal)."), tr("DIR"), QStringLiteral("/"));
    const QCommandLineOption order =
        option("order", tr("The order: the job log, its checklist's serial and the installer's host keys."), tr("ID"));
    const QCommandLineOption serial =
        option("serial", tr("The Shuttle's serial (else the order's checklist)."), tr("SERIAL"));
    const QCommandLineOption pattern = option("hostname-pattern", tr("How the hostname is made from the serial."),
        tr("PATTERN"), ShuttleHostname::defaultPattern());
    const QCommandLineOption interfaceName =
        option("interface", tr("Network interface (default: the Shuttle's wired one)."), tr("NAME"));
    const QCommandLineOption address = option("address", tr("The Shuttle's IPv4 address at the customer's."), tr("IP"));
    const QCommandLineOption netmask =
        option("netmask", tr("Netmask (default 255.255.255.0)."), tr("MASK"), QStringLiteral("255.255.255.0"));
    const QCommandLineOption gateway = option("gateway", tr("Default gateway."), tr("IP"));
    const QCommandLineOption dns = option("dns", tr("DNS servers, comma-separated."), tr("IP[,IP]"));
    const QCommandLineOption wazo =
        option("wazo-command", tr("The Wazo installation command (default: the workbench's setting)."), tr("COMMAND"));
    const QCommandLineOption ram =
        option("ram-gib", tr("RAM the order expects (default 8; 0: not compared)."), tr("GIB"), QStringLiteral("8"));
    const QCommandLineOption fingerprint = option("host-fingerprint",
        tr("Trust this SSH host key (SHA256:...) when it is not known yet (default: the installer's, with --order)."),
        tr("FINGERPRINT"));
    const QCommandLineOption joblogOption = option("joblog", tr("The job log."), tr("LOCATION"));
    parser.addOptions({ host, port, user, prefix, order, serial, pattern, interfaceName, address, netmask, gateway, dns,
        wazo, ram, fingerprint, joblogOption });
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    bool portOk = false;
    bool ramOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    const int ramGiB = parser.value(ram).toInt(&ramOk);
    if (!parser.isSet(host) || !portOk || portNumber == 0 || portNumber > 65535 || !ramOk || ramGiB < 0
        || (!parser.isSet(order) && !parser.isSet(serial))) {
        context.err << tr("Usage: stagingctl shuttle postinstall --host H [--port P] [--user root] [--prefix DIR] "
                          "--order ID|--serial S --address IP --gateway IP --dns IP[,IP] [--netmask M] "
                          "[--interface N] [--wazo-command C] [--ram-gib N] [--host-fingerprint SHA256:...] "
                          "[--joblog L]")
                    << Qt::endl;
        return ExitFailure;
    }

    std::unique_ptr<JobLog> joblog;
    SshEndpoint endpoint;
    QString serialNumber = parser.value(serial);
    if (parser.isSet(order)) {
        auto opened = JobLog::open(jobLogLocation(parser.value(joblogOption)));
        if (!opened) {
            context.err << opened.error().message << Qt::endl;
            return ExitFailure;
        }
        joblog = std::move(opened).value();
        const auto history = joblog->history(parser.value(order));
        if (!history) {
            context.err << history.error().message << Qt::endl;
            return ExitFailure;
        }
        endpoint.installerFingerprint = InstallerReport::fromHistory(*history).fingerprint(QStringLiteral("ED25519"));
        if (serialNumber.isEmpty()) {
            const auto checklist = HardwareChecklist::load(*joblog, parser.value(order));
            serialNumber = checklist ? checklist->serial() : QString();
            if (serialNumber.isEmpty()) {
                context.err << tr("Order %1 has no scanned serial: give --serial.").arg(parser.value(order))
                            << Qt::endl;
                return ExitProblems;
            }
        }
    }
    if (parser.isSet(fingerprint)) {
        endpoint.installerFingerprint = parser.value(fingerprint);
    }
    const auto hostname = ShuttleHostname::fromSerial(serialNumber, parser.value(pattern));
    if (!hostname) {
        context.err << hostname.error().message << Qt::endl;
        return ExitFailure;
    }

    PostInstallSettings settings;
    settings.prefix = parser.value(prefix);
    settings.hostname = *hostname;
    settings.interfaceName = parser.value(interfaceName);
    settings.address = parser.value(address);
    settings.netmask = parser.value(netmask);
    settings.gateway = parser.value(gateway);
    settings.dns = parser.value(dns).split(QLatin1Char(','), Qt::SkipEmptyParts);
    settings.wazoInstallCommand = parser.isSet(wazo)
        ? parser.value(wazo)
        : QSettings().value(QStringLiteral("shuttle/wazoInstallCommand")).toString();
    settings.expectedSerial = serialNumber;
    settings.expectedRamGiB = ramGiB;
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        context.err << problems.join(QLatin1Char('\n')) << Qt::endl;
        return ExitFailure;
    }

    const BenchKeyResult key = ShuttleBenchKeyCommand::loadOrCreate();
    if (!key.ok()) {
        context.err << key.error.message << Qt::endl;
        return ExitFailure;
    }
    endpoint.host = parser.value(host);
    endpoint.port = static_cast<quint16>(portNumber);
    endpoint.user = parser.value(user);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    endpoint.knownHostsFile = dataDir + QStringLiteral("/known_hosts"); // the workbench's own
    // No decider: an unknown key that is not the installer's is refused, with its fingerprint shown.
    SshSession session(endpoint, nullptr);
    SshResult opened;
    {
        QEventLoop loop;
        QObject::connect(&session, &SshSession::finished, &loop, [&](const SshResult &r) {
            opened = r;
            loop.quit();
        });
        session.open(SshCredentials { key.privateKeyBase64, {} });
        loop.exec();
    }
    if (!opened.ok()) {
        context.err << opened.error.message << Qt::endl;
        if (opened.error.kind == ErrorKind::TlsUnknownCertificate) {
            context.err << tr("Compare it with the Shuttle's console, then give it with --host-fingerprint.")
                        << Qt::endl;
        }
        return ExitFailure;
    }
    context.out << tr("Connected to %1@%2, host key %3.").arg(endpoint.user, endpoint.host, opened.fingerprint)
                << Qt::endl;

    PostInstallRunner runner(session, settings, joblog.get());
    runner.setOrder(parser.value(order), qEnvironmentVariable("USER"), QSysInfo::machineHostName());
    QObject::connect(&runner, &PostInstallRunner::stepProgress,
        [&context](const QString &id, PostInstallState state, const QStringList &lines) {
            if (state == PostInstallState::Running && lines.isEmpty()) {
                context.out << "== " << PostInstallSteps::title(id) << Qt::endl;
            }
            for (const QString &line : lines) {
                context.out << "   " << line << Qt::endl;
            }
        });
    PostInstallResult result;
    {
        QEventLoop loop;
        QObject::connect(&runner, &PostInstallRunner::finished, &loop, [&](const PostInstallResult &r) {
            result = r;
            loop.quit();
        });
        runner.start();
        loop.exec();
    }
    for (const PostInstallStepOutcome &step : std::as_const(result.steps)) {
        context.out << step.stepId << ": " << stateText(step.state) << " - " << step.message << Qt::endl;
    }
    if (!result.ok()) {
        context.err << result.error.message << Qt::endl;
        if (!result.error.detail.isEmpty()) {
            context.err << result.error.detail << Qt::endl;
        }
        return ExitFailure;
    }
    // The machine-readable line: the pin of the stack's certificate.
    context.out << "certificate sha256=" << result.certificateSha256 << Qt::endl;
    return result.hardwareDifferences.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace Staging::Ctl
