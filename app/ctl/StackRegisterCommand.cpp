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

namespace {

StackRegistrationJob::Result registerStack(PortalConnection &connection, TokenSession &session,
    const StackInstance &instance, const QString &enginePassword, const StackRegistrationJob::Options &options,
    JobLog &journal)
{
    auto *job = new StackRegistrationJob(&connection, &session, instance, enginePassword, options);
    job->setJournal(&journal);
    StackRegistrationJob::Result result;
    QEventLoop loop;
    QObject::connect(job, &StackRegistrationJob::finished, &loop, [&](const StackRegistrationJob::Result &r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    return result;
}

int printResult(const CtlContext &context, const StackRegistrationJob::Result &result, const QString &name, bool dryRun)
{
    if (!result.ok()) {
        context.err << result.error.message << Qt::endl;
        return ExitProblems;
    }
    for (const QString &difference : std::as_const(result.differences)) {
        context.out << "  " << difference << Qt::endl;
    }
    switch (result.action) {
    case StackRegistrationJob::Action::None:
        context.out
            << StackRegisterCommand::tr("Stack %1 is registered on the portal as given (%2).").arg(name, result.uuid)
            << Qt::endl;
        return ExitOk;
    case StackRegistrationJob::Action::Create:
        context.out << (result.applied
                ? StackRegisterCommand::tr("Stack %1 registered on the portal (%2).").arg(name, result.uuid)
                : StackRegisterCommand::tr("Stack %1 is not on the portal: it would be registered.").arg(name))
                    << Qt::endl;
        break;
    case StackRegistrationJob::Action::Update:
        context.out << (result.applied
                ? StackRegisterCommand::tr("Stack %1 updated on the portal (%2).").arg(name, result.uuid)
                : StackRegisterCommand::tr("Stack %1 is on the portal with other addresses: they would be updated.")
                      .arg(name))
                    << Qt::endl;
        break;
    }
    return result.applied || dryRun ? ExitOk : ExitProblems;
}

} // namespace

int StackRegisterCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Registers an on-premise stack on the agency portal, once, by name.\n"
           "Exit status: 0 the portal holds the stack as given, 1 it does not, 2 bad input."));
    parser.addHelpOption();
    const QList<QCommandLineOption> options = commandOptions();
    parser.addOptions(options);
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    // portal, pin-sha256, user, name and private-host: the first five options.
    if (!requireOptions(parser, options.mid(0, 5), context)) {
        return ExitFailure;
    }
    const std::optional<QUrl> portal = httpsUrlOption(parser, options.at(0), context);
    if (!portal) {
        return ExitFailure;
    }
    const std::optional<StackInstance> instance = instanceFrom(context, parser);
    if (!instance) {
        return ExitFailure;
    }
    const QString name = parser.value(QStringLiteral("name"));
    const QString user = parser.value(QStringLiteral("user"));
    const QString portalPassword =
        OrderApplyCommand::password(context, "STAGING_PORTAL_PASSWORD", portal->host(), user);
    if (portalPassword.isEmpty()) {
        return ExitFailure;
    }
    const QString enginePassword =
        OrderApplyCommand::password(context, "STAGING_ENGINE_PASSWORD", instance->privateHost, instance->username);
    if (enginePassword.isEmpty()) {
        return ExitFailure;
    }
    auto journal = JobLog::open(parser.value(QStringLiteral("joblog")));
    if (!journal) {
        context.err << journal.error().message << Qt::endl;
        return ExitFailure;
    }
    journal.value()->addSecret(portalPassword);
    journal.value()->addSecret(enginePassword);

    PortalEndpoint endpoint;
    endpoint.baseUrl = *portal;
    endpoint.pinSha256 = parser.value(QStringLiteral("pin-sha256"));
    QNetworkAccessManager nam;
    PortalConnection connection(&nam, endpoint);
    TokenSession session(&connection, user, portalPassword);
    StackRegistrationJob::Options jobOptions;
    jobOptions.dryRun = parser.isSet(QStringLiteral("dry-run"));
    jobOptions.orderId = parser.isSet(QStringLiteral("order-id")) ? parser.value(QStringLiteral("order-id"))
                                                                  : QStringLiteral("stack-") + name;
    const StackRegistrationJob::Result result =
        registerStack(connection, session, *instance, enginePassword, jobOptions, *journal.value());
    return printResult(context, result, name, jobOptions.dryRun);
}

QList<QCommandLineOption> StackRegisterCommand::commandOptions()
{
    return {
        QCommandLineOption(QStringLiteral("portal"), tr("The agency portal, https://host[:port]."), tr("URL")),
        QCommandLineOption(QStringLiteral("pin-sha256"),
            tr("SHA-256 fingerprint of the portal's certificate (hex, colons allowed)."), tr("HEX")),
        QCommandLineOption(QStringLiteral("user"), tr("The portal user."), tr("USER")),
        QCommandLineOption(QStringLiteral("name"), tr("The stack's name (the Shuttle's hostname)."), tr("NAME")),
        QCommandLineOption(
            QStringLiteral("private-host"), tr("The stack's address on the customer's LAN."), tr("HOST")),
        QCommandLineOption(
            QStringLiteral("private-port"), tr("Its HTTPS port there (default 443)."), tr("N"), QStringLiteral("443")),
        QCommandLineOption(QStringLiteral("public-host"),
            tr("The customer's public name or address for the stack (default: none)."), tr("HOST")),
        QCommandLineOption(
            QStringLiteral("public-port"), tr("Its HTTPS port there (default 443)."), tr("N"), QStringLiteral("443")),
        QCommandLineOption(QStringLiteral("preferred-connection"),
            tr("How the portal reaches the stack: public, private or any (default private)."), tr("WAY"),
            QStringLiteral("private")),
        QCommandLineOption(QStringLiteral("engine-user"),
            tr("The stack's admin user the portal logs in with (default: the portal user)."), tr("USER")),
        QCommandLineOption(QStringLiteral("order-id"), tr("The order reference for the job log."), tr("ID")),
        QCommandLineOption(
            QStringLiteral("dry-run"), tr("Only compare with the portal: register, update or already there.")),
        QCommandLineOption(QStringLiteral("joblog"), tr("The job log (a SQLite file or a postgresql:// URL)."),
            tr("LOCATION"), JobLog::defaultLocation()),
    };
}

std::optional<StackInstance> StackRegisterCommand::instanceFrom(
    const CtlContext &context, const QCommandLineParser &parser)
{
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    const QString name = value("name");
    if (const QString problem = ShuttleHostname::labelProblem(name); !problem.isEmpty()) {
        context.err << tr("--name: \"%1\": %2").arg(name, problem) << Qt::endl;
        return std::nullopt;
    }
    const QString privateHost = value("private-host");
    if (const QString problem = ShuttleHostname::hostProblem(privateHost); !problem.isEmpty()) {
        context.err << tr("--private-host: \"%1\": %2").arg(privateHost, problem) << Qt::endl;
        return std::nullopt;
    }
    // The rest is the order's stack profile, checked the same way (each message names its field).
    StackProfile profile;
    profile.publicHost = value("public-host");
    bool privatePortOk = false;
    bool publicPortOk = false;
    profile.privatePort = value("private-port").toInt(&privatePortOk);
    profile.publicPort = value("public-port").toInt(&publicPortOk);
    const auto preferred = StackProfile::connectionFromId(value("preferred-connection"));
    if (!privatePortOk || !publicPortOk) {
        context.err << tr("--private-port and --public-port: numbers from 1 to 65535.") << Qt::endl;
        return std::nullopt;
    }
    if (!preferred) {
        context.err << tr("--preferred-connection: \"%1\" is not one of public, private, any.")
                           .arg(value("preferred-connection"))
                    << Qt::endl;
        return std::nullopt;
    }
    profile.preferredConnection = *preferred;
    if (const Status checked = profile.check(); !checked) {
        context.err << checked.error().message << Qt::endl;
        return std::nullopt;
    }
    const QString engineUser = parser.isSet(QStringLiteral("engine-user")) ? value("engine-user") : value("user");
    return StackInstance::of(profile, name, privateHost, engineUser);
}

} // namespace Staging::Ctl
