// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/StackRegisterCommand.h"

#include "core/ShuttleHostname.h"
#include "ctl/OrderApplyCommand.h"
#include "joblog/JobLog.h"
#include "portal/PortalConnection.h"
#include "portal/StackRegistrationJob.h"
#include "portal/TokenSession.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Staging::Ctl {

int StackRegisterCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers an on-premise stack on the agency portal, once, by name.\n"
           "Exit status: 0 the portal holds the stack as given, 1 it does not, 2 bad input."));
    parser.addHelpOption();
    const QCommandLineOption portalOption(
        QStringLiteral("portal"), tr("The agency portal, https://host[:port]."), tr("URL"));
    const QCommandLineOption pinOption(QStringLiteral("pin-sha256"),
        tr("SHA-256 fingerprint of the portal's certificate (hex, colons allowed)."), tr("HEX"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("The portal user."), tr("USER"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), tr("The stack's name (the Shuttle's hostname)."), tr("NAME"));
    const QCommandLineOption privateHostOption(
        QStringLiteral("private-host"), tr("The stack's address on the customer's LAN."), tr("HOST"));
    const QCommandLineOption privatePortOption(
        QStringLiteral("private-port"), tr("Its HTTPS port there (default 443)."), tr("N"), QStringLiteral("443"));
    const QCommandLineOption publicHostOption(QStringLiteral("public-host"),
        tr("The customer's public name or address for the stack (default: none)."), tr("HOST"));
    const QCommandLineOption publicPortOption(
        QStringLiteral("public-port"), tr("Its HTTPS port there (default 443)."), tr("N"), QStringLiteral("443"));
    const QCommandLineOption preferredOption(QStringLiteral("preferred-connection"),
        tr("How the portal reaches the stack: public, private or any (default private)."), tr("WAY"),
        QStringLiteral("private"));
    const QCommandLineOption engineUserOption(QStringLiteral("engine-user"),
        tr("The stack's admin user the portal logs in with (default: the portal user)."), tr("USER"));
    const QCommandLineOption orderIdOption(
        QStringLiteral("order-id"), tr("The order reference for the job log."), tr("ID"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Only compare with the portal: register, update or already there."));
    const QCommandLineOption jobLogOption(QStringLiteral("joblog"),
        tr("The job log (a SQLite file or a postgresql:// URL)."), tr("LOCATION"), JobLog::defaultLocation());
    parser.addOptions(
        { portalOption, pinOption, userOption, nameOption, privateHostOption, privatePortOption, publicHostOption,
            publicPortOption, preferredOption, engineUserOption, orderIdOption, dryRunOption, jobLogOption });
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    if (!requireOptions(parser, { portalOption, pinOption, userOption, nameOption, privateHostOption }, context)) {
        return ExitFailure;
    }
    const std::optional<QUrl> portal = httpsUrlOption(parser, portalOption, context);
    if (!portal) {
        return ExitFailure;
    }
    const QUrl &url = *portal;
    const QString name = parser.value(nameOption);
    if (const QString problem = ShuttleHostname::labelProblem(name); !problem.isEmpty()) {
        context.err << tr("--name: \"%1\": %2").arg(name, problem) << Qt::endl;
        return ExitFailure;
    }
    const QString privateHost = parser.value(privateHostOption);
    if (const QString problem = ShuttleHostname::hostProblem(privateHost); !problem.isEmpty()) {
        context.err << tr("--private-host: \"%1\": %2").arg(privateHost, problem) << Qt::endl;
        return ExitFailure;
    }
    // The rest is the order's stack profile, checked the same way (each message names its field).
    StackProfile profile;
    profile.publicHost = parser.value(publicHostOption);
    bool privatePortOk = false;
    bool publicPortOk = false;
    profile.privatePort = parser.value(privatePortOption).toInt(&privatePortOk);
    profile.publicPort = parser.value(publicPortOption).toInt(&publicPortOk);
    const auto preferred = StackProfile::connectionFromId(parser.value(preferredOption));
    if (!privatePortOk || !publicPortOk) {
        context.err << tr("--private-port and --public-port: numbers from 1 to 65535.") << Qt::endl;
        return ExitFailure;
    }
    if (!preferred) {
        context.err << tr("--preferred-connection: \"%1\" is not one of public, private, any.")
                           .arg(parser.value(preferredOption))
                    << Qt::endl;
        return ExitFailure;
    }
    profile.preferredConnection = *preferred;
    if (const Status checked = profile.check(); !checked) {
        context.err << checked.error().message << Qt::endl;
        return ExitFailure;
    }
    const QString engineUser =
        parser.isSet(engineUserOption) ? parser.value(engineUserOption) : parser.value(userOption);
    const StackInstance instance = StackInstance::of(profile, name, privateHost, engineUser);

    const QString user = parser.value(userOption);
    const QString portalPassword = OrderApplyCommand::password(context, "STAGING_PORTAL_PASSWORD", url.host(), user);
    if (portalPassword.isEmpty()) {
        return ExitFailure;
    }
    const QString enginePassword =
        OrderApplyCommand::password(context, "STAGING_ENGINE_PASSWORD", privateHost, engineUser);
    if (enginePassword.isEmpty()) {
        return ExitFailure;
    }
    auto journal = JobLog::open(parser.value(jobLogOption));
    if (!journal) {
        context.err << journal.error().message << Qt::endl;
        return ExitFailure;
    }
    journal.value()->addSecret(portalPassword);
    journal.value()->addSecret(enginePassword);

    PortalEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.pinSha256 = parser.value(pinOption);
    QNetworkAccessManager nam;
    PortalConnection connection(&nam, endpoint);
    TokenSession session(&connection, user, portalPassword);
    StackRegistrationJob::Options options;
    options.dryRun = parser.isSet(dryRunOption);
    options.orderId = parser.isSet(orderIdOption) ? parser.value(orderIdOption) : QStringLiteral("stack-") + name;
    auto *job = new StackRegistrationJob(&connection, &session, instance, enginePassword, options);
    job->setJournal(journal.value().get());
    StackRegistrationJob::Result result;
    QEventLoop loop;
    QObject::connect(job, &StackRegistrationJob::finished, &loop, [&](const StackRegistrationJob::Result &r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();

    if (!result.ok()) {
        context.err << result.error.message << Qt::endl;
        return ExitProblems;
    }
    for (const QString &difference : std::as_const(result.differences)) {
        context.out << "  " << difference << Qt::endl;
    }
    switch (result.action) {
    case StackRegistrationJob::Action::None:
        context.out << tr("Stack %1 is registered on the portal as given (%2).").arg(name, result.uuid) << Qt::endl;
        return ExitOk;
    case StackRegistrationJob::Action::Create:
        context.out << (result.applied ? tr("Stack %1 registered on the portal (%2).").arg(name, result.uuid)
                                       : tr("Stack %1 is not on the portal: it would be registered.").arg(name))
                    << Qt::endl;
        break;
    case StackRegistrationJob::Action::Update:
        context.out << (result.applied
                ? tr("Stack %1 updated on the portal (%2).").arg(name, result.uuid)
                : tr("Stack %1 is on the portal with other addresses: they would be updated.").arg(name))
                    << Qt::endl;
        break;
    }
    return result.applied || options.dryRun ? ExitOk : ExitProblems;
}

} // namespace Staging::Ctl
