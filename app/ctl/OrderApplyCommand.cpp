// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/OrderApplyCommand.h"

#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"
#include "portal/OrderApply.h"
#include "portal/PortalConnection.h"
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
    KeychainSecretStore store;
    return password(context, store, environmentVariable, host, user);
}

QString OrderApplyCommand::password(const CtlContext &context, SecretStore &store, const char *environmentVariable,
    const QString &host, const QString &user)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
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

struct OrderApplyCommand::Options
{
    QCommandLineOption plan;
    QCommandLineOption portal;
    QCommandLineOption pin;
    QCommandLineOption user;
    QCommandLineOption customer;
    QCommandLineOption customerId;
    QCommandLineOption range;
    QCommandLineOption orderId;
    QCommandLineOption dryRun;
    QCommandLineOption resume;
    QCommandLineOption window;
    QCommandLineOption shuttleLan;
    QCommandLineOption dhcpInterface;
    QCommandLineOption stun;
    QCommandLineOption ice;
    QCommandLineOption jobLog;

    QList<QCommandLineOption> all() const
    {
        return { plan, portal, pin, user, customer, customerId, range, orderId, dryRun, resume, window, shuttleLan,
            dhcpInterface, stun, ice, jobLog };
    }
};

struct OrderApplyCommand::Target
{
    int window = 8;
    ExtensionRange range;
    std::optional<ProvisioningPlanner::Lan> shuttleLan;
    PhoneRegion region;
    StackProfile stack;
};

OrderApplyCommand::Options OrderApplyCommand::commandLineOptions()
{
    return {
        QCommandLineOption(QStringLiteral("plan"), tr("The numbering plan (CSV or XLSX)."), tr("FILE")),
        QCommandLineOption(QStringLiteral("portal"), tr("The stack, https://host[:port]."), tr("URL")),
        QCommandLineOption(QStringLiteral("pin-sha256"),
            tr("SHA-256 fingerprint of the stack's certificate (hex, colons allowed)."), tr("HEX")),
        QCommandLineOption(QStringLiteral("user"), tr("The portal user."), tr("USER")),
        QCommandLineOption(QStringLiteral("customer"), tr("The customer's name."), tr("NAME")),
        QCommandLineOption(QStringLiteral("customer-id"), tr("The customer id (SIRET)."), tr("ID")),
        QCommandLineOption(QStringLiteral("range"), tr("The customer's extension range (default 8000-8020)."),
            tr("START-END"), QStringLiteral("8000-8020")),
        QCommandLineOption(QStringLiteral("order-id"), tr("The order reference for the job log."), tr("ID")),
        QCommandLineOption(
            QStringLiteral("dry-run"), tr("Only compare with the stack: create, already there or conflict.")),
        QCommandLineOption(QStringLiteral("resume"), tr("Complete an order the stack already holds part of.")),
        QCommandLineOption(
            QStringLiteral("window"), tr("Requests in flight at most (default 8)."), tr("N"), QStringLiteral("8")),
        QCommandLineOption(QStringLiteral("shuttle-lan"),
            tr("The customer's Shuttle on its LAN: the phones' provisioning host, phonebook address and the network "
               "allowed to query it."),
            tr("ADDRESS/NETMASK")),
        QCommandLineOption(QStringLiteral("dhcp-interface"),
            tr("The Shuttle's network interface that holds its LAN address, where its DHCP server serves the phones "
               "(needs --shuttle-lan)."),
            tr("NAME")),
        QCommandLineOption(QStringLiteral("stun-server"),
            tr("The STUN server the customer's Shuttle stack gives its media (on-premise)."), tr("HOST[:PORT]")),
        QCommandLineOption(QStringLiteral("ice"), tr("Turn ICE on for it (needs --stun-server).")),
        QCommandLineOption(QStringLiteral("joblog"), tr("The job log (a SQLite file or a postgresql:// URL)."),
            tr("LOCATION"), JobLog::defaultLocation()),
    };
}

Expected<std::optional<ProvisioningPlanner::Lan>> OrderApplyCommand::shuttleLan(
    const QCommandLineParser &parser, const Options &options)
{
    std::optional<ProvisioningPlanner::Lan> shuttleLan;
    if (parser.isSet(options.shuttleLan)) {
        shuttleLan = ProvisioningPlanner::Lan::fromText(parser.value(options.shuttleLan));
        if (!shuttleLan) {
            return Error::make(ErrorKind::InvalidInput,
                tr("--shuttle-lan: \"%1\" is not an IPv4 address and netmask, e.g. 192.168.1.2/255.255.255.0 "
                   "or 192.168.1.2/24.")
                    .arg(parser.value(options.shuttleLan)));
        }
    }
    if (parser.isSet(options.dhcpInterface)) {
        const QString nic = parser.value(options.dhcpInterface);
        // What Linux takes as an interface name: 1-15 characters, no slash, no blank.
        static const QRegularExpression interfaceName(QStringLiteral("^[^/\\s:]{1,15}$"));
        if (!shuttleLan || !interfaceName.match(nic).hasMatch()) {
            return Error::make(ErrorKind::InvalidInput,
                shuttleLan ? tr("--dhcp-interface: \"%1\" is not a network interface name.").arg(nic)
                           : tr("--dhcp-interface needs --shuttle-lan: the phones' pool is planned in "
                                "the Shuttle's network."));
        }
        shuttleLan->interfaceName = nic;
    }
    return shuttleLan;
}

Expected<OrderApplyCommand::Target> OrderApplyCommand::target(const QCommandLineParser &parser, const Options &options)
{
    Target target;
    bool windowOk = false;
    target.window = parser.value(options.window).toInt(&windowOk);
    if (!windowOk || target.window < 1 || target.window > 64) {
        return Error::make(ErrorKind::InvalidInput, tr("--window: a number from 1 to 64."));
    }
    const auto range = ExtensionRange::parse(parser.value(options.range));
    if (!range) {
        return Error::make(ErrorKind::InvalidInput, tr("--range: %1").arg(range.error().message));
    }
    target.range = *range;
    auto lan = shuttleLan(parser, options);
    if (!lan) {
        return lan.error();
    }
    target.shuttleLan = *lan;
    const Problems idProblems = PlanValidator::validateCustomerId(parser.value(options.customerId));
    if (!idProblems.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("--customer-id: %1").arg(idProblems.constFirst().message));
    }
    const auto region = regionFromOptions(parser, true);
    if (!region) {
        return region.error();
    }
    target.region = *region;
    target.stack.stunServer = parser.value(options.stun);
    target.stack.ice = parser.isSet(options.ice);
    if (const Status checked = target.stack.check(); !checked) {
        return checked.error();
    }
    return target;
}

QString OrderApplyCommand::defaultOrderId(const QString &customerId)
{
    return QStringLiteral("apply-") + customerId;
}

std::optional<Order> OrderApplyCommand::readOrder(
    const CtlContext &context, const QCommandLineParser &parser, const Options &options, const Target &target)
{
    Order order;
    order.orderId = parser.isSet(options.orderId) ? parser.value(options.orderId)
                                                  : defaultOrderId(parser.value(options.customerId));
    order.customerName = parser.value(options.customer);
    order.customerId = parser.value(options.customerId);
    order.range = target.range;
    order.region = target.region;
    order.stack = target.stack;
    return readPlan(context, parser.value(options.plan), order);
}

std::optional<Order> OrderApplyCommand::readPlan(const CtlContext &context, const QString &planFile, Order order)
{
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    const auto numbering = PlanImporter(catalog).importFile(planFile);
    if (!numbering) {
        context.err << numbering.error().message << Qt::endl;
        return std::nullopt;
    }
    order.stations = numbering->stations;
    order.groups = numbering->groups;
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
        return std::nullopt;
    }
    return order;
}

int OrderApplyCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Provisions a customer's numbering plan on a Wazo stack, resumably.\n"
                                        "Exit status: 0 the stack matches the plan, 1 it does not, 2 bad input."));
    parser.addHelpOption();
    const Options options = commandLineOptions();
    parser.addOptions(options.all());
    parser.addOptions(regionOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    if (!requireOptions(parser,
            { options.plan, options.portal, options.pin, options.user, options.customer, options.customerId },
            context)) {
        return ExitFailure;
    }
    const std::optional<QUrl> portal = httpsUrlOption(parser, options.portal, context);
    if (!portal) {
        return ExitFailure;
    }
    const auto wanted = target(parser, options);
    if (!wanted) {
        context.err << wanted.error().message << Qt::endl;
        return ExitFailure;
    }
    const std::optional<Order> order = readOrder(context, parser, options, *wanted);
    if (!order) {
        return ExitFailure;
    }
    const ProvisioningPlan plan = ProvisioningTarget::plan(ModelCatalog::builtIn(), *order, wanted->shuttleLan);
    for (const ProvisioningWarning &w : plan.warnings()) {
        context.err << w.message << Qt::endl;
    }
    return apply(context, parser, options, *order, plan, *portal, wanted->window);
}

int OrderApplyCommand::apply(const CtlContext &context, const QCommandLineParser &parser, const Options &options,
    const Order &order, const ProvisioningPlan &plan, const QUrl &url, int window)
{
    KeychainSecretStore store;
    const QString user = parser.value(options.user);
    const QString secret = password(context, store, "STAGING_PORTAL_PASSWORD", url.host(), user);
    if (secret.isEmpty()) {
        return ExitFailure;
    }
    auto journal = JobLog::open(parser.value(options.jobLog));
    if (!journal) {
        context.err << journal.error().message << Qt::endl;
        return ExitFailure;
    }
    journal.value()->addSecret(secret);

    PortalEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.pinSha256 = parser.value(options.pin);
    QNetworkAccessManager nam;
    PortalConnection connection(&nam, endpoint);
    TokenSession session(&connection, user, secret);

    OrderApply::Options applyOptions;
    applyOptions.run.window = window;
    applyOptions.run.dryRun = parser.isSet(options.dryRun);
    // Always compare first: it is a dozen requests, and it tells a fresh run from a resume.
    applyOptions.compareFirst = true;
    applyOptions.resume = parser.isSet(options.resume);
    // The phones' default admin and user passwords are the order's, from the keychain (made there
    // the first time), as the workbench does; a dry run sends none.
    OrderApply orderApply(&connection, &session, plan, order, store, *journal.value(), applyOptions);
    QObject::connect(&orderApply, &OrderApply::progress, [&context](const QString &kind, int done, int total) {
        context.err << tr("%1: %2/%3").arg(kind).arg(done).arg(total) << Qt::endl;
    });
    QObject::connect(
        &orderApply, &OrderApply::waiting, [&context](const QString &message) { context.err << message << Qt::endl; });
    const auto result = runToEnd(orderApply, &OrderApply::finished);
    if (!result) {
        context.err << tr("Stopped before the apply ended: run the same command again to resume.") << Qt::endl;
        return ExitProblems;
    }
    return report(context, *result);
}

int OrderApplyCommand::report(const CtlContext &context, const OrderApply::Result &result)
{
    if (!result.ok()) {
        context.err << result.error.message << Qt::endl;
        return ExitFailure;
    }
    const ProvisioningOutcome &diff = result.compared;
    if (!diff.stopped.ok()) {
        context.err << diff.stopped.message << Qt::endl;
        if (diff.stopped.kind == ErrorKind::TlsUnknownCertificate) {
            context.out << "sha256=" << diff.stopped.peerFingerprint << Qt::endl;
        }
        return ExitProblems;
    }
    if (result.held) {
        context.err << tr("The stack already holds %n resource(s) of this order: run again with --resume to "
                          "complete it, or --dry-run to see the difference.",
            nullptr, int(diff.ordersOwnPresent()))
                    << Qt::endl;
    }
    const ProvisioningOutcome &outcome = result.outcome;
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
