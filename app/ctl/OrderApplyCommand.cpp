// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/OrderApplyCommand.h"

#include "ctl/PhonesSupport.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"
#include "portal/PortalConnection.h"
#include "portal/ProvisioningExecutor.h"
#include "portal/ProvisioningTarget.h"
#include "portal/TokenSession.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Staging::Ctl {

QString OrderApplyCommand::password(
    const CtlContext &context, const char *environmentVariable, const QString &host, const QString &user)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    KeychainSecretStore store;
    SecretJob *job = store.read(SecretStore::portalKey(host, user));
    QEventLoop loop;
    QString secret;
    QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &result) {
        if (result.kind == ErrorKind::None) {
            secret = result.secret;
        }
        loop.quit();
    });
    job->start();
    if (!job->isFinished()) {
        loop.exec();
    }
    if (secret.isEmpty() && isatty(STDIN_FILENO)) {
        // The terminal, without echo: the password is never shown nor kept in the shell history.
        context.err << tr("Password for %1 on %2: ").arg(user, host) << Qt::flush;
        termios saved {};
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        char buffer[512] = {};
        if (std::fgets(buffer, sizeof buffer, stdin) != nullptr) {
            secret = QString::fromUtf8(buffer).trimmed();
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.err << Qt::endl;
    }
    if (secret.isEmpty()) {
        context.err << tr("No password for %1 on %2: set %3, store it in the keychain as \"%4\", or run from a "
                          "terminal.")
                           .arg(user, host, QLatin1String(environmentVariable), SecretStore::portalKey(host, user))
                    << Qt::endl;
    }
    return secret;
}

int OrderApplyCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Provisions a customer's numbering plan on a Wazo stack, resumably.\n"
                                        "Exit status: 0 the stack matches the plan, 1 it does not, 2 bad input."));
    parser.addHelpOption();
    const QCommandLineOption planOption(QStringLiteral("plan"), tr("The numbering plan (CSV or XLSX)."), tr("FILE"));
    const QCommandLineOption portalOption(QStringLiteral("portal"), tr("The stack, https://host[:port]."), tr("URL"));
    const QCommandLineOption pinOption(QStringLiteral("pin-sha256"),
        tr("SHA-256 fingerprint of the stack's certificate (hex, colons allowed)."), tr("HEX"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("The portal user."), tr("USER"));
    const QCommandLineOption customerOption(QStringLiteral("customer"), tr("The customer's name."), tr("NAME"));
    const QCommandLineOption customerIdOption(QStringLiteral("customer-id"), tr("The customer id (SIRET)."), tr("ID"));
    const QCommandLineOption rangeOption(QStringLiteral("range"),
        tr("The customer's extension range (default 8000-8020)."), tr("START-END"), QStringLiteral("8000-8020"));
    const QCommandLineOption orderIdOption(
        QStringLiteral("order-id"), tr("The order reference for the job log."), tr("ID"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Only compare with the stack: create, already there or conflict."));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"), tr("Complete an order the stack already holds part of."));
    const QCommandLineOption windowOption(
        QStringLiteral("window"), tr("Requests in flight at most (default 8)."), tr("N"), QStringLiteral("8"));
    const QCommandLineOption shuttleLanOption(QStringLiteral("shuttle-lan"),
        tr("The customer's Shuttle on its LAN: the phones' provisioning host, phonebook address and the network "
           "allowed to query it."),
        tr("ADDRESS/NETMASK"));
    const QCommandLineOption dhcpInterfaceOption(QStringLiteral("dhcp-interface"),
        tr("The Shuttle's network interface that holds its LAN address, where its DHCP server serves the phones "
           "(needs --shuttle-lan)."),
        tr("NAME"));
    const QCommandLineOption stunOption(QStringLiteral("stun-server"),
        tr("The STUN server the customer's Shuttle stack gives its media (on-premise)."), tr("HOST[:PORT]"));
    const QCommandLineOption iceOption(QStringLiteral("ice"), tr("Turn ICE on for it (needs --stun-server)."));
    const QCommandLineOption jobLogOption(QStringLiteral("joblog"),
        tr("The job log (a SQLite file or a postgresql:// URL)."), tr("LOCATION"), JobLog::defaultLocation());
    parser.addOptions({ planOption, portalOption, pinOption, userOption, customerOption, customerIdOption, rangeOption,
        orderIdOption, dryRunOption, resumeOption, windowOption, shuttleLanOption, dhcpInterfaceOption, stunOption,
        iceOption, jobLogOption });
    parser.addOptions(regionOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    if (!requireOptions(
            parser, { planOption, portalOption, pinOption, userOption, customerOption, customerIdOption }, context)) {
        return ExitFailure;
    }
    const std::optional<QUrl> portal = httpsUrlOption(parser, portalOption, context);
    if (!portal) {
        return ExitFailure;
    }
    const QUrl &url = *portal;
    bool windowOk = false;
    const int window = parser.value(windowOption).toInt(&windowOk);
    if (!windowOk || window < 1 || window > 64) {
        context.err << tr("--window: a number from 1 to 64.") << Qt::endl;
        return ExitFailure;
    }
    const auto range = ExtensionRange::parse(parser.value(rangeOption));
    if (!range) {
        context.err << tr("--range: %1").arg(range.error().message) << Qt::endl;
        return ExitFailure;
    }
    std::optional<ProvisioningPlanner::Lan> shuttleLan;
    if (parser.isSet(shuttleLanOption)) {
        shuttleLan = ProvisioningPlanner::Lan::fromText(parser.value(shuttleLanOption));
        if (!shuttleLan) {
            context.err << tr(
                "--shuttle-lan: \"%1\" is not an IPv4 address and netmask, e.g. 192.168.1.2/255.255.255.0 "
                "or 192.168.1.2/24.")
                               .arg(parser.value(shuttleLanOption))
                        << Qt::endl;
            return ExitFailure;
        }
    }
    if (parser.isSet(dhcpInterfaceOption)) {
        const QString nic = parser.value(dhcpInterfaceOption);
        // What Linux takes as an interface name: 1-15 characters, no slash, no blank.
        static const QRegularExpression interfaceName(QStringLiteral("^[^/\\s:]{1,15}$"));
        if (!shuttleLan || !interfaceName.match(nic).hasMatch()) {
            context.err << (shuttleLan ? tr("--dhcp-interface: \"%1\" is not a network interface name.").arg(nic)
                                       : tr("--dhcp-interface needs --shuttle-lan: the phones' pool is planned in "
                                            "the Shuttle's network."))
                        << Qt::endl;
            return ExitFailure;
        }
        shuttleLan->interfaceName = nic;
    }
    const Problems idProblems = PlanValidator::validateCustomerId(parser.value(customerIdOption));
    if (!idProblems.isEmpty()) {
        context.err << tr("--customer-id: %1").arg(idProblems.constFirst().message) << Qt::endl;
        return ExitFailure;
    }

    const auto region = regionFromOptions(parser, true);
    if (!region) {
        context.err << region.error().message << Qt::endl;
        return ExitFailure;
    }

    StackProfile stack;
    stack.stunServer = parser.value(stunOption);
    stack.ice = parser.isSet(iceOption);
    if (const Status checked = stack.check(); !checked) {
        context.err << checked.error().message << Qt::endl;
        return ExitFailure;
    }

    const ModelCatalog &catalog = ModelCatalog::builtIn();
    const auto numbering = PlanImporter(catalog).importFile(parser.value(planOption));
    if (!numbering) {
        context.err << numbering.error().message << Qt::endl;
        return ExitFailure;
    }
    Order order;
    order.orderId = parser.isSet(orderIdOption) ? parser.value(orderIdOption)
                                                : QStringLiteral("apply-") + parser.value(customerIdOption);
    order.customerName = parser.value(customerOption);
    order.customerId = parser.value(customerIdOption);
    order.range = *range;
    order.stations = numbering->stations;
    order.region = *region;
    order.stack = stack;
    PlanValidator::assignExtensions(order);
    Problems problems = numbering->problems;
    problems += PlanValidator(catalog).validate(order, numbering->columns);
    int errors = 0;
    for (const Problem &p : std::as_const(problems)) {
        if (p.severity == Problem::Severity::Error) {
            context.err << tr("%1, row %2: %3").arg(numbering->fileName).arg(p.row).arg(p.message) << Qt::endl;
            ++errors;
        }
    }
    if (errors > 0) {
        context.err << tr("The plan has %n problem(s): nothing was sent (see stagingctl plan check).", nullptr, errors)
                    << Qt::endl;
        return ExitFailure;
    }

    const ProvisioningPlan plan = ProvisioningTarget::plan(catalog, order, shuttleLan);
    for (const ProvisioningWarning &w : plan.warnings()) {
        context.err << w.message << Qt::endl;
    }

    const QString user = parser.value(userOption);
    const QString secret = password(context, "STAGING_PORTAL_PASSWORD", url.host(), user);
    if (secret.isEmpty()) {
        return ExitFailure;
    }
    auto journal = JobLog::open(parser.value(jobLogOption));
    if (!journal) {
        context.err << journal.error().message << Qt::endl;
        return ExitFailure;
    }
    journal.value()->addSecret(secret);
    // The phones' default admin and user passwords are the order's, from the keychain (made there
    // the first time), as the workbench does; a dry run sends none.
    QString phoneAdminPassword;
    QString phoneUserPassword;
    if (!parser.isSet(dryRunOption)) {
        const auto secrets =
            PhonesSupport::benchSecrets(*journal.value(), order, BenchSecretsJob::Parts::PhonePasswords);
        if (!secrets) {
            context.err << secrets.error().message << Qt::endl;
            return ExitFailure;
        }
        phoneAdminPassword = secrets->adminPassword;
        phoneUserPassword = secrets->userPassword;
        journal.value()->addSecret(phoneAdminPassword);
        journal.value()->addSecret(phoneUserPassword);
    }

    PortalEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.pinSha256 = parser.value(pinOption);
    QNetworkAccessManager nam;
    PortalConnection connection(&nam, endpoint);
    TokenSession session(&connection, user, secret);

    const auto execute = [&](bool dryRun) {
        ProvisioningExecutor::Options options;
        options.window = window;
        options.dryRun = dryRun;
        options.orderId = order.orderId;
        options.phoneAdminPassword = dryRun ? QString() : phoneAdminPassword;
        options.phoneUserPassword = dryRun ? QString() : phoneUserPassword;
        ProvisioningExecutor executor(&connection, &session, plan, options);
        executor.setJournal(journal.value().get());
        QObject::connect(
            &executor, &ProvisioningExecutor::progress, [&context](const QString &kind, int done, int total) {
                context.err << tr("%1: %2/%3").arg(kind).arg(done).arg(total) << Qt::endl;
            });
        QObject::connect(&executor, &ProvisioningExecutor::waiting,
            [&context](const QString &message) { context.err << message << Qt::endl; });
        ProvisioningOutcome outcome;
        QEventLoop loop;
        QObject::connect(&executor, &ProvisioningExecutor::finished, &loop, [&](const ProvisioningOutcome &o) {
            outcome = o;
            loop.quit();
        });
        executor.start();
        loop.exec();
        return outcome;
    };

    // Always compare first: it is a dozen requests, and it tells a fresh run from a resume.
    const ProvisioningOutcome diff = execute(true);
    if (!diff.stopped.ok()) {
        context.err << diff.stopped.message << Qt::endl;
        if (diff.stopped.kind == ErrorKind::TlsUnknownCertificate) {
            context.out << "sha256=" << diff.stopped.peerFingerprint << Qt::endl;
        }
        return ExitProblems;
    }
    const qsizetype present = diff.ordersOwnPresent();
    const ProvisioningOutcome outcome = [&] {
        if (parser.isSet(dryRunOption)) {
            return diff;
        }
        if (present > 0 && diff.count(ProvisioningItem::Status::Create) > 0 && !parser.isSet(resumeOption)) {
            context.err << tr("The stack already holds %n resource(s) of this order: run again with --resume to "
                              "complete it, or --dry-run to see the difference.",
                nullptr, int(present))
                        << Qt::endl;
            return diff;
        }
        return execute(false);
    }();

    for (const ProvisioningItem &item : outcome.items) {
        context.out << ProvisioningItem::statusId(item.status).leftJustified(14) << item.key;
        if (!item.message.isEmpty()) {
            context.out << "  " << item.message;
        }
        context.out << Qt::endl;
    }
    context.out << tr("%1 created, %2 already there, %3 to create, %4 conflicts, %5 failed, %6 skipped; %7 requests")
                       .arg(outcome.count(ProvisioningItem::Status::Created))
                       .arg(outcome.count(ProvisioningItem::Status::AlreadyThere))
                       .arg(outcome.count(ProvisioningItem::Status::Create))
                       .arg(outcome.count(ProvisioningItem::Status::Conflict))
                       .arg(outcome.count(ProvisioningItem::Status::Failed))
                       .arg(outcome.count(ProvisioningItem::Status::Skipped))
                       .arg(outcome.requests + (outcome.dryRun ? 0 : diff.requests))
                << Qt::endl;
    if (!outcome.stopped.ok()) {
        context.err << outcome.stopped.message << Qt::endl;
    }
    const bool matches = outcome.stopped.ok()
        && outcome.count(ProvisioningItem::Status::Created) + outcome.count(ProvisioningItem::Status::AlreadyThere)
            == outcome.items.size();
    return matches ? ExitOk : ExitProblems;
}

} // namespace Staging::Ctl
