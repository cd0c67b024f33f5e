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

/** What the order saved in the job log gives, with --order: the log, the installer's key, the serial. */
struct OrderContext
{
    std::unique_ptr<JobLog> joblog;
    QString installerFingerprint;
    QString serial;
    std::optional<int> exitCode; // set when the command must stop: the message is on stderr
};

OrderContext loadOrderContext(const CtlContext &context, const std::optional<QString> &orderId, const QString &serial,
    const QString &joblogOption)
{
    OrderContext facts;
    facts.serial = serial;
    if (!orderId) {
        return facts;
    }
    auto opened = JobLog::open(jobLogLocation(joblogOption));
    if (!opened) {
        context.err << opened.error().message << Qt::endl;
        facts.exitCode = ExitFailure;
        return facts;
    }
    facts.joblog = std::move(opened).value();
    const auto history = facts.joblog->history(*orderId);
    if (!history) {
        context.err << history.error().message << Qt::endl;
        facts.exitCode = ExitFailure;
        return facts;
    }
    facts.installerFingerprint = InstallerReport::fromHistory(*history).fingerprint(QStringLiteral("ED25519"));
    if (facts.serial.isEmpty()) {
        const auto checklist = HardwareChecklist::load(*facts.joblog, *orderId);
        facts.serial = checklist ? checklist->serial() : QString();
        if (facts.serial.isEmpty()) {
            context.err << ShuttlePostInstallCommand::tr("Order %1 has no scanned serial: give --serial.").arg(*orderId)
                        << Qt::endl;
            facts.exitCode = ExitProblems;
        }
    }
    return facts;
}

SshResult openSession(SshSession &session, const BenchKeyResult &key)
{
    SshResult opened;
    QEventLoop loop;
    QObject::connect(&session, &SshSession::finished, &loop, [&](const SshResult &r) {
        opened = r;
        loop.quit();
    });
    session.open(SshCredentials { key.privateKeyBase64, {} });
    loop.exec();
    return opened;
}

/** Runs the steps, streaming each one's title and output lines. */
PostInstallResult runSteps(const CtlContext &context, PostInstallRunner &runner)
{
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
    QEventLoop loop;
    QObject::connect(&runner, &PostInstallRunner::finished, &loop, [&](const PostInstallResult &r) {
        result = r;
        loop.quit();
    });
    runner.start();
    loop.exec();
    return result;
}

int printResult(const CtlContext &context, const PostInstallResult &result)
{
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

} // namespace

struct ShuttlePostInstallCommand::Options
{
    SshEndpoint endpoint; // host, port and user; the rest once the order is read
    std::optional<QString> orderId;
    QString serial;
    QString hostnamePattern;
    std::optional<QString> fingerprint;
    QString joblog;
    PostInstallSettings settings; // all but the hostname and the serial, which the order may give
    std::optional<int> exitCode; // set when the command must stop there
};

int ShuttlePostInstallCommand::run(const CtlContext &context)
{
    const Options options = parse(context);
    if (options.exitCode) {
        return *options.exitCode;
    }
    OrderContext facts = loadOrderContext(context, options.orderId, options.serial, options.joblog);
    if (facts.exitCode) {
        return *facts.exitCode;
    }
    SshEndpoint endpoint = options.endpoint;
    endpoint.installerFingerprint = options.fingerprint.value_or(facts.installerFingerprint);
    const auto hostname = ShuttleHostname::fromSerial(facts.serial, options.hostnamePattern);
    if (!hostname) {
        context.err << hostname.error().message << Qt::endl;
        return ExitFailure;
    }
    PostInstallSettings settings = options.settings;
    settings.hostname = *hostname;
    settings.expectedSerial = facts.serial;
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        context.err << problems.join(QLatin1Char('\n')) << Qt::endl;
        return ExitFailure;
    }

    const BenchKeyResult key = ShuttleBenchKeyCommand::loadOrCreate();
    if (!key.ok()) {
        context.err << key.error.message << Qt::endl;
        return ExitFailure;
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    endpoint.knownHostsFile = dataDir + QStringLiteral("/known_hosts"); // the workbench's own
    // No decider: an unknown key that is not the installer's is refused, with its fingerprint shown.
    SshSession session(endpoint, nullptr);
    const SshResult opened = openSession(session, key);
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

    PostInstallRunner runner(session, settings, facts.joblog.get());
    runner.setOrder(options.orderId.value_or(QString()), qEnvironmentVariable("USER"), QSysInfo::machineHostName());
    return printResult(context, runSteps(context, runner));
}

QList<QCommandLineOption> ShuttlePostInstallCommand::commandOptions()
{
    const auto option = [](const char *name, const QString &help, const QString &value = {},
                            const QString &byDefault = {}) {
        return QCommandLineOption(QString::fromLatin1(name), help, value, byDefault);
    };
    return {
        option("host", tr("The Shuttle's address."), tr("HOST")),
        option("port", tr("SSH port (default 22)."), tr("PORT"), QStringLiteral("22")),
        option("user", tr("SSH user (default root)."), tr("USER"), QStringLiteral("root")),
        option("prefix", tr("Apply under this folder instead of / (rehearsal)."), tr("DIR"), QStringLiteral("/")),
        option("order", tr("The order: the job log, its checklist's serial and the installer's host keys."), tr("ID")),
        option("serial", tr("The Shuttle's serial (else the order's checklist)."), tr("SERIAL")),
        option("hostname-pattern", tr("How the hostname is made from the serial."), tr("PATTERN"),
            ShuttleHostname::defaultPattern()),
        option("interface", tr("Network interface (default: the Shuttle's wired one)."), tr("NAME")),
        option("address", tr("The Shuttle's IPv4 address at the customer's."), tr("IP")),
        option("netmask", tr("Netmask (default 255.255.255.0)."), tr("MASK"), QStringLiteral("255.255.255.0")),
        option("gateway", tr("Default gateway."), tr("IP")),
        option("dns", tr("DNS servers, comma-separated."), tr("IP[,IP]")),
        option("wazo-command", tr("The Wazo installation command (default: the workbench's setting)."), tr("COMMAND")),
        option("ram-gib", tr("RAM the order expects (default 8; 0: not compared)."), tr("GIB"), QStringLiteral("8")),
        option("host-fingerprint",
            tr("Trust this SSH host key (SHA256:...) when it is not known yet (default: the installer's, with "
               "--order)."),
            tr("FINGERPRINT")),
        option("joblog", tr("The job log."), tr("LOCATION")),
    };
}

ShuttlePostInstallCommand::Options ShuttlePostInstallCommand::parse(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs the post-install steps on an installed Shuttle over SSH with the bench key: hostname, network, "
           "certificate, Wazo, hardware facts. Each step looks first and reports \"already done\" when nothing "
           "is to change. Exit 0 done, 1 when the hardware differs from the order, 2 on failure."));
    parser.addHelpOption();
    parser.addOptions(commandOptions());
    Options options;
    if (const auto exit = parseArguments(parser, context)) {
        options.exitCode = exit;
        return options;
    }
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    bool portOk = false;
    bool ramOk = false;
    const uint portNumber = value("port").toUInt(&portOk);
    const int ramGiB = value("ram-gib").toInt(&ramOk);
    if (!isSet("host") || !portOk || portNumber == 0 || portNumber > 65535 || !ramOk || ramGiB < 0
        || (!isSet("order") && !isSet("serial"))) {
        context.err << tr("Usage: stagingctl shuttle postinstall --host H [--port P] [--user root] [--prefix DIR] "
                          "--order ID|--serial S --address IP --gateway IP --dns IP[,IP] [--netmask M] "
                          "[--interface N] [--wazo-command C] [--ram-gib N] [--host-fingerprint SHA256:...] "
                          "[--joblog L]")
                    << Qt::endl;
        options.exitCode = ExitFailure;
        return options;
    }
    options.endpoint.host = value("host");
    options.endpoint.port = static_cast<quint16>(portNumber);
    options.endpoint.user = value("user");
    if (isSet("order")) {
        options.orderId = value("order");
    }
    options.serial = value("serial");
    options.hostnamePattern = value("hostname-pattern");
    if (isSet("host-fingerprint")) {
        options.fingerprint = value("host-fingerprint");
    }
    options.joblog = value("joblog");
    PostInstallSettings &settings = options.settings;
    settings.prefix = value("prefix");
    settings.interfaceName = value("interface");
    settings.address = value("address");
    settings.netmask = value("netmask");
    settings.gateway = value("gateway");
    settings.dns = value("dns").split(QLatin1Char(','), Qt::SkipEmptyParts);
    settings.wazoInstallCommand = isSet("wazo-command")
        ? value("wazo-command")
        : QSettings().value(QStringLiteral("shuttle/wazoInstallCommand")).toString();
    settings.expectedRamGiB = ramGiB;
    return options;
}

} // namespace Staging::Ctl
