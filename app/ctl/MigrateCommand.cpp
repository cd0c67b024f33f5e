// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/MigrateCommand.h"

#include "ctl/OrderApplyCommand.h"
#include "ctl/PhonesSupport.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "order/PlanValidator.h"
#include "phones/OpenVpnBundle.h"
#include "portal/PortalConnection.h"
#include "portal/TokenSession.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Staging::Ctl {

namespace {

/** Seconds as the options take them: a positive number, fractions allowed, at most maxSeconds; -1 otherwise. */
qint64 millisecondsOf(const QString &text, double maxSeconds)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > maxSeconds) {
        return -1;
    }
    return std::max<qint64>(1, qint64(std::llround(seconds * 1000)));
}

/** "12s", or "1.5s" for what is not a whole second. */
QString secondsText(qint64 ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1s").arg(ms / 1000) : QStringLiteral("%1s").arg(double(ms) / 1000.0);
}

/** DIR/ORDER-vpn.tar; the order id is the technician's text, so no directory comes in through it. */
QString vpnTarPathIn(const QString &dir, const QString &orderId)
{
    QString name = orderId;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QFileInfo(QDir(dir), name + QStringLiteral("-vpn.tar")).absoluteFilePath();
}

} // namespace

struct MigrateCommand::Options
{
    QCommandLineOption plan;
    QCommandLineOption portal;
    QCommandLineOption pin;
    QCommandLineOption user;
    QCommandLineOption customer;
    QCommandLineOption customerId;
    QCommandLineOption range;
    QCommandLineOption orderId;
    QCommandLineOption provisioningUrl;
    QCommandLineOption vpnDir;
    QCommandLineOption timeoutPerPhone;
    QCommandLineOption pollInterval;
    QCommandLineOption dryRun;
    QCommandLineOption jobLog;

    QList<QCommandLineOption> all() const
    {
        return { plan, portal, pin, user, customer, customerId, range, orderId, provisioningUrl, vpnDir,
            timeoutPerPhone, pollInterval, dryRun, jobLog };
    }
};

struct MigrateCommand::Settings
{
    QUrl portal;
    QString pin;
    QString user;
    QUrl provisioningUrl;
    QString vpnDir;
    qint64 timeoutMs = 600000;
    qint64 pollMs = 3000;
    bool dryRun = false;
    Order order; // the id, the customer, the range and the region; the plan's stations come later
};

MigrateCommand::Options MigrateCommand::commandLineOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("plan"), tr("The numbering plan (CSV or XLSX), with the phones' IP column."), tr("FILE")),
        QCommandLineOption(QStringLiteral("portal"), tr("The agency stack, https://host[:port]."), tr("URL")),
        QCommandLineOption(QStringLiteral("pin-sha256"),
            tr("SHA-256 fingerprint of the stack's certificate (hex, colons allowed)."), tr("HEX")),
        QCommandLineOption(QStringLiteral("user"), tr("The portal user."), tr("USER")),
        QCommandLineOption(QStringLiteral("customer"), tr("The customer's name."), tr("NAME")),
        QCommandLineOption(QStringLiteral("customer-id"), tr("The customer id (SIRET)."), tr("ID")),
        QCommandLineOption(QStringLiteral("range"), tr("The customer's extension range (default 8000-8020)."),
            tr("START-END"), QStringLiteral("8000-8020")),
        QCommandLineOption(QStringLiteral("order-id"),
            tr("The order reference for the job log and the phones' passwords (default: order apply's, "
               "apply-CUSTOMER-ID)."),
            tr("ID")),
        QCommandLineOption(QStringLiteral("provisioning-url"),
            tr("The provisioning server URL typed on each phone: the stack's, as the phones reach it through the "
               "VPN (required, also with --dry-run)."),
            tr("URL")),
        QCommandLineOption(QStringLiteral("vpn-dir"),
            tr("Where the VPN tar the phones take is written, as ORDER-vpn.tar, when the customer has a VPN profile "
               "in the keychain (default: the current directory)."),
            tr("DIR"), QStringLiteral(".")),
        QCommandLineOption(QStringLiteral("timeout-per-phone"),
            tr("How long a phone may take to reach the stack and be configured (default 600)."), tr("SECONDS"),
            QStringLiteral("600")),
        QCommandLineOption(QStringLiteral("poll-interval"),
            tr("How often the stack is asked whether the phone is there (default 3, fractions allowed)."),
            tr("SECONDS"), QStringLiteral("3")),
        QCommandLineOption(QStringLiteral("dry-run"),
            tr("Only print each phone's instructions and what would be done; nothing is sent to the stack.")),
        QCommandLineOption(QStringLiteral("joblog"), tr("The job log (a SQLite file or a postgresql:// URL)."),
            tr("LOCATION"), JobLog::defaultLocation()),
    };
}

Expected<MigrateCommand::Settings> MigrateCommand::settings(const QCommandLineParser &parser, const Options &options)
{
    Settings settings;
    settings.dryRun = parser.isSet(options.dryRun);
    settings.pin = parser.value(options.pin);
    settings.user = parser.value(options.user);
    // A day at most: the timers count milliseconds in an int.
    settings.timeoutMs = millisecondsOf(parser.value(options.timeoutPerPhone), 86400);
    if (settings.timeoutMs < 0) {
        return Error::make(ErrorKind::InvalidInput,
            tr("--timeout-per-phone: \"%1\" is not a number of seconds above 0 (at most 86400).")
                .arg(parser.value(options.timeoutPerPhone)));
    }
    settings.pollMs = millisecondsOf(parser.value(options.pollInterval), 600);
    if (settings.pollMs < 0) {
        return Error::make(ErrorKind::InvalidInput,
            tr("--poll-interval: \"%1\" is not a number of seconds above 0 (at most 600).")
                .arg(parser.value(options.pollInterval)));
    }
    settings.provisioningUrl = QUrl(parser.value(options.provisioningUrl).trimmed(), QUrl::StrictMode);
    const QString scheme = settings.provisioningUrl.scheme();
    if (!settings.provisioningUrl.isValid() || settings.provisioningUrl.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return Error::make(ErrorKind::InvalidInput,
            tr("--provisioning-url: \"%1\" is not an http:// or https:// address.")
                .arg(parser.value(options.provisioningUrl)));
    }
    settings.vpnDir = parser.value(options.vpnDir);
    const Problems idProblems = PlanValidator::validateCustomerId(parser.value(options.customerId));
    if (!idProblems.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("--customer-id: %1").arg(idProblems.constFirst().message));
    }
    const auto range = ExtensionRange::parse(parser.value(options.range));
    if (!range) {
        return Error::make(ErrorKind::InvalidInput, tr("--range: %1").arg(range.error().message));
    }
    const auto region = regionFromOptions(parser, true);
    if (!region) {
        return region.error();
    }
    Order &order = settings.order;
    order.customerId = parser.value(options.customerId);
    order.orderId = parser.isSet(options.orderId) ? parser.value(options.orderId)
                                                  : OrderApplyCommand::defaultOrderId(order.customerId);
    order.customerName = parser.value(options.customer);
    order.range = *range;
    order.region = *region;
    return settings;
}

Expected<std::optional<QByteArray>> MigrateCommand::vpnTar(const QString &customerId)
{
    KeychainSecretStore store;
    const QString key = OpenVpnBundle::secretKey(customerId);
    const SecretResult read = runToEnd(*store.read(key), &SecretJob::finished).value_or(SecretResult::cancelled(key));
    if (read.notFound) {
        return std::optional<QByteArray>();
    }
    if (!read.ok()) {
        return Error::make(read.kind, read.message, read.detail);
    }
    // Made as BenchSecretsJob makes it for an on-cloud order's bench service.
    const auto bundle = OpenVpnBundle::fromProfile(read.secret.toUtf8(), key);
    if (!bundle) {
        return bundle.error();
    }
    const auto tar = bundle->yealinkTar(QDateTime::currentDateTimeUtc());
    if (!tar) {
        return tar.error();
    }
    return std::optional<QByteArray>(*tar);
}

Expected<QString> MigrateCommand::writeVpnTar(const QString &dir, const QString &orderId, const QByteArray &tar)
{
    const QString path = vpnTarPathIn(dir, orderId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(tar) != tar.size() || !file.commit()) {
        return Error::make(ErrorKind::Io, tr("--vpn-dir: cannot write %1: %2").arg(path, file.errorString()));
    }
    return path;
}

QString MigrateCommand::phoneLine(const QList<PhoneMigration::Phone> &phones, int index)
{
    const PhoneMigration::Phone &phone = phones.at(index);
    return tr("phone %1/%2  row %3  %4  %5  %6")
        .arg(index + 1)
        .arg(phones.size())
        .arg(phone.row)
        .arg(phone.name, phone.model, phone.mac);
}

void MigrateCommand::printInstructions(const CtlContext &context, const Order &order,
    const QList<PhoneMigration::Phone> &phones, int index, const Settings &settings, const QString &vpnTarPath)
{
    const PhoneMigration::Phone &phone = phones.at(index);
    QTextStream &out = context.out;
    out << phoneLine(phones, index) << Qt::endl;
    // Each value alone on its line: a triple click copies it.
    int step = 0;
    const QString indent = QStringLiteral("       ");
    if (phone.currentIp.isEmpty()) {
        out << tr("  %1. Open its web interface: IP unknown: find it on the phone's screen, then open "
                  "http://that-address.")
                   .arg(++step)
            << Qt::endl;
    } else {
        out << tr("  %1. Open its web interface:").arg(++step) << Qt::endl
            << indent << QStringLiteral("http://") << phone.currentIp << Qt::endl;
    }
    out << tr("  %1. Reset it to its factory settings, then open its web interface again (the vendor's default "
              "admin password).")
               .arg(++step)
        << Qt::endl;
    if (!vpnTarPath.isEmpty()) {
        out << tr("  %1. Upload the VPN tar, made from the customer's VPN profile, and turn the VPN on:").arg(++step)
            << Qt::endl
            << indent << vpnTarPath << Qt::endl;
    }
    out << tr("  %1. Type the provisioning server URL and start the provisioning:").arg(++step) << Qt::endl
        << indent << settings.provisioningUrl.toString() << Qt::endl;
    out << tr("  Once provisioned, its admin password is the order's phone admin password, kept in the keychain as "
              "\"%1\" (not shown here).")
               .arg(SecretStore::phoneAdminKey(order.orderId))
        << Qt::endl;
}

void MigrateCommand::printEarlierRuns(const CtlContext &context, const QList<PhoneMigration::Phone> &phones,
    const QList<PhoneMigration::PhoneState> &states)
{
    for (int i = 0; i < phones.size(); ++i) {
        const PhoneMigration::PhoneState state = states.value(i, PhoneMigration::PhoneState::Untouched);
        if (state != PhoneMigration::PhoneState::Configured && state != PhoneMigration::PhoneState::LeftOnOldServer) {
            continue;
        }
        context.out << phoneLine(phones, i) << Qt::endl
                    << (state == PhoneMigration::PhoneState::Configured
                               ? tr("  configured in an earlier run: skipped")
                               : tr("  left on the old server in an earlier run: skipped"))
                    << Qt::endl;
    }
}

int MigrateCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Moves an existing customer's phones onto the agency stack, one at a time: for each phone, in plan "
           "order, what to do on it, then its progress until the stack says it is configured.\n"
           "Exit status: 0 every phone is configured, 1 one timed out or was refused (the phones after it are "
           "untouched), 2 bad input."));
    parser.addHelpOption();
    const Options options = commandLineOptions();
    parser.addOptions(options.all());
    parser.addOptions(regionOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    if (!requireOptions(parser,
            { options.plan, options.portal, options.pin, options.user, options.customer, options.customerId,
                options.provisioningUrl },
            context)) {
        return ExitFailure;
    }
    const std::optional<QUrl> portal = httpsUrlOption(parser, options.portal, context);
    if (!portal) {
        return ExitFailure;
    }
    auto checked = settings(parser, options);
    if (!checked) {
        context.err << checked.error().message << Qt::endl;
        return ExitFailure;
    }
    Settings &wanted = *checked;
    wanted.portal = *portal;
    const std::optional<Order> order = OrderApplyCommand::readPlan(context, parser.value(options.plan), wanted.order);
    if (!order) {
        return ExitFailure;
    }
    const QList<PhoneMigration::Phone> phones = PhoneMigration::phonesOf(ModelCatalog::builtIn(), *order);
    if (phones.isEmpty()) {
        context.err << tr("%1: no phone to move (a row with a MAC and a phone model).").arg(parser.value(options.plan))
                    << Qt::endl;
        return ExitFailure;
    }

    // Not asked for in a dry run: it sends nothing.
    QString secret;
    if (!wanted.dryRun) {
        secret = OrderApplyCommand::password(context, "STAGING_PORTAL_PASSWORD", portal->host(), wanted.user);
        if (secret.isEmpty()) {
            return ExitFailure;
        }
    }
    auto journal = JobLog::open(parser.value(options.jobLog));
    if (!journal) {
        context.err << journal.error().message << Qt::endl;
        return ExitFailure;
    }
    if (!secret.isEmpty()) {
        journal.value()->addSecret(secret);
    }
    const auto tar = vpnTar(order->customerId);
    if (!tar) {
        context.err << tar.error().message << Qt::endl;
        return ExitFailure;
    }
    if (wanted.dryRun) {
        const auto states = PhoneMigration::journalStates(phones, *journal.value(), order->orderId);
        return dryRun(context, *order, phones, states, wanted, tar->has_value());
    }
    QString tarPath;
    if (tar->has_value()) {
        const auto written = writeVpnTar(wanted.vpnDir, order->orderId, **tar);
        if (!written) {
            context.err << written.error().message << Qt::endl;
            return ExitFailure;
        }
        tarPath = *written;
    }
    return migrate(context, *order, wanted, *journal.value(), secret, tarPath);
}

int MigrateCommand::dryRun(const CtlContext &context, const Order &order, const QList<PhoneMigration::Phone> &phones,
    const QList<PhoneMigration::PhoneState> &states, const Settings &settings, bool hasVpnProfile)
{
    context.out << tr("Dry run: nothing is sent to the stack. A run would put the order's users and lines on %1 "
                      "(customer %2) first, then move the phones one at a time.")
                       .arg(settings.portal.toString(), order.customerName)
                << Qt::endl;
    printEarlierRuns(context, phones, states);
    const QString tarPath = hasVpnProfile ? vpnTarPathIn(settings.vpnDir, order.orderId) : QString();
    for (int i = 0; i < phones.size(); ++i) {
        const PhoneMigration::PhoneState state = states.value(i, PhoneMigration::PhoneState::Untouched);
        if (state == PhoneMigration::PhoneState::Configured || state == PhoneMigration::PhoneState::LeftOnOldServer) {
            continue;
        }
        printInstructions(context, order, phones, i, settings, tarPath);
        context.out << tr("  would wait up to %1 for %2 on the stack, claim it, attach it to its line and wait "
                          "until the stack says it is configured")
                           .arg(secondsText(settings.timeoutMs), phones.at(i).mac)
                    << Qt::endl;
    }
    if (hasVpnProfile) {
        context.out << tr("The VPN tar would be written to %1.").arg(tarPath) << Qt::endl;
    }
    return ExitOk;
}

int MigrateCommand::migrate(const CtlContext &context, const Order &order, const Settings &settings, JobLog &journal,
    const QString &portalPassword, const QString &vpnTarPath)
{
    // The phones' admin and user passwords are the order's, from the keychain (made there the
    // first time), as order apply does: the stack's default device config gives them to the phones.
    const auto secrets = PhonesSupport::benchSecrets(journal, order, BenchSecretsJob::Parts::PhonePasswords);
    if (!secrets) {
        context.err << secrets.error().message << Qt::endl;
        return ExitFailure;
    }
    journal.addSecret(secrets->adminPassword);
    journal.addSecret(secrets->userPassword);

    PhoneMigration::Options migrationOptions;
    migrationOptions.run.orderId = order.orderId;
    migrationOptions.run.phoneAdminPassword = secrets->adminPassword;
    migrationOptions.run.phoneUserPassword = secrets->userPassword;
    // The voicemails' codes the customer chose go from the order to the requests, as order apply sends them.
    for (const Station &station : order.stations) {
        if (!station.voicemailPin.isEmpty() && !station.extension.isEmpty()) {
            migrationOptions.run.givenSecrets.voicemailPins.insert(station.extension, station.voicemailPin);
        }
    }
    migrationOptions.timeoutPerPhoneMs = int(settings.timeoutMs);
    migrationOptions.pollIntervalMs = int(settings.pollMs);

    PortalEndpoint endpoint;
    endpoint.baseUrl = settings.portal;
    endpoint.pinSha256 = settings.pin;
    QNetworkAccessManager nam;
    PortalConnection connection(&nam, endpoint);
    TokenSession session(&connection, settings.user, portalPassword);
    PhoneMigration migration(&connection, &session, ModelCatalog::builtIn(), order, journal, migrationOptions);
    const QList<PhoneMigration::Phone> &phones = migration.phones();

    printEarlierRuns(context, phones, PhoneMigration::journalStates(phones, journal, order.orderId));
    context.out << tr("Putting the order's users and lines on the stack...") << Qt::endl;
    QObject::connect(&migration, &PhoneMigration::prepared,
        [&context] { context.out << tr("The order's users and lines are on the stack.") << Qt::endl; });
    // The visible timer: a line at most every 10 s, not one per poll; reset with each state.
    PhoneMigration::PhoneState phoneState = PhoneMigration::PhoneState::Untouched;
    qint64 nextWaitingLineMs = 0;
    QObject::connect(&migration, &PhoneMigration::phoneStateChanged, [&](int index, PhoneMigration::PhoneState state) {
        QTextStream &out = context.out;
        phoneState = state;
        nextWaitingLineMs = 0;
        switch (state) {
        case PhoneMigration::PhoneState::Waiting:
            printInstructions(context, order, phones, index, settings, vpnTarPath);
            break;
        case PhoneMigration::PhoneState::Attaching:
            out << tr("  seen") << Qt::endl << tr("  attaching") << Qt::endl;
            break;
        case PhoneMigration::PhoneState::Configuring:
            out << tr("  synchronized, waiting for the stack's word") << Qt::endl;
            break;
        case PhoneMigration::PhoneState::Configured:
            out << tr("  configured") << Qt::endl;
            break;
        case PhoneMigration::PhoneState::Untouched:
        case PhoneMigration::PhoneState::Failed: // said with the result, which has the message
        case PhoneMigration::PhoneState::LeftOnOldServer:
            break;
        }
    });
    QObject::connect(&migration, &PhoneMigration::waiting, [&](int index, qint64 elapsedMs, qint64 timeoutMs) {
        if (elapsedMs < nextWaitingLineMs) {
            return;
        }
        nextWaitingLineMs = elapsedMs + 10000;
        const QString elapsed = secondsText(elapsedMs / 1000 * 1000);
        context.out << (phoneState == PhoneMigration::PhoneState::Configuring
                ? tr("  waiting for the stack's word on %1 (%2 of %3)")
                : tr("  waiting for %1 on the stack (%2 of %3)"))
                           .arg(phones.value(index).mac, elapsed, secondsText(timeoutMs))
                    << Qt::endl;
    });

    if (const auto result = runToEnd(migration, &PhoneMigration::finished)) {
        return report(context, phones, *result, result->failedPhone);
    }
    // QCoreApplication::exit() ended the loop first: say where it stopped (cancel() finishes at once
    // or after what is in flight, which nothing waits for now).
    const int stoppedAt = migration.current();
    PhoneMigration::Result cancelled;
    cancelled.cancelled = true;
    migration.cancel();
    return report(context, phones, cancelled, stoppedAt);
}

int MigrateCommand::report(const CtlContext &context, const QList<PhoneMigration::Phone> &phones,
    const PhoneMigration::Result &result, int stoppedAt)
{
    if (result.ok()) {
        context.out << tr("%1 of %2 phone(s) configured on the stack").arg(result.configured).arg(phones.size());
        if (result.left > 0) {
            context.out << tr(", %n left on the old server", nullptr, result.left);
        }
        context.out << QLatin1Char('.') << Qt::endl;
        return ExitOk;
    }
    const QString check = PhoneMigration::whatToCheck(result.failure);
    const bool checkSaid = check.isEmpty() || result.message.contains(check);
    if (stoppedAt < 0 || stoppedAt >= phones.size()) {
        // Before any phone: the order's users and lines, or a cancel.
        if (!result.message.isEmpty()) {
            context.err << tr("failed: %1").arg(result.message) << Qt::endl;
        }
        if (!result.cancelled && !checkSaid) {
            context.err << tr("what to check: %1").arg(check) << Qt::endl;
        }
        if (result.cancelled) {
            context.err << tr("Cancelled: the phones not configured yet are untouched on the stack.") << Qt::endl;
        }
        return ExitProblems;
    }
    if (!result.message.isEmpty()) {
        context.out << tr("  failed: %1").arg(result.message) << Qt::endl;
    }
    if (!result.cancelled && !checkSaid) {
        context.out << tr("  what to check: %1").arg(check) << Qt::endl;
    }
    const PhoneMigration::Phone &phone = phones.at(stoppedAt);
    context.err << (result.cancelled ? tr("Cancelled at phone %1/%2 (row %3, %4).")
                                     : tr("The migration stopped at phone %1/%2 (row %3, %4)."))
                       .arg(stoppedAt + 1)
                       .arg(phones.size())
                       .arg(phone.row)
                       .arg(phone.name)
                << ' '
                << tr("The phones after it are untouched on the stack; run the same command again to resume from "
                      "this phone.")
                << Qt::endl;
    return ExitProblems;
}

} // namespace Staging::Ctl
