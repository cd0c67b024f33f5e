// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/StackStatusCommand.h"

#include "portal/PortalConnection.h"
#include "portal/StackHealthCheck.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Staging::Ctl {

int StackStatusCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks that each service of a Wazo stack answers (its /status)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("URL"), tr("The stack, https://host[:port]."));
    const QCommandLineOption pinOption(QStringLiteral("pin-sha256"),
        tr("SHA-256 fingerprint of the stack's certificate (hex, colons allowed)."), tr("HEX"));
    const QCommandLineOption peerOption(
        QStringLiteral("peer-name"), tr("Name to check the certificate against, when not the URL's host."), tr("NAME"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-ms"),
        tr("Give up on a service after this long without an answer."), tr("MS"), QStringLiteral("10000"));
    parser.addOptions({ pinOption, peerOption, timeoutOption });
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const QUrl url(parser.positionalArguments().value(0), QUrl::StrictMode);
    bool timeoutOk = false;
    const int timeoutMs = parser.value(timeoutOption).toInt(&timeoutOk);
    if (parser.positionalArguments().size() != 1 || !url.isValid() || url.scheme() != QLatin1String("https")
        || url.host().isEmpty() || !timeoutOk || timeoutMs <= 0) {
        context.err << tr("Usage: stagingctl stack status https://HOST[:PORT] [--pin-sha256 HEX] [--peer-name NAME] "
                          "[--timeout-ms N]")
                    << Qt::endl;
        return ExitFailure;
    }

    PortalEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.pinSha256 = parser.value(pinOption);
    endpoint.peerVerifyName = parser.value(peerOption);
    endpoint.timeoutMs = timeoutMs;
    QNetworkAccessManager nam;
    PortalConnection connection(&nam, endpoint);
    StackHealthCheck check(&connection);
    check.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&check, &StackHealthCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();

    const StackHealth &health = check.health();
    if (!health.certificateProblem.ok()) {
        context.err << health.certificateProblem.message << Qt::endl;
        if (health.certificateProblem.kind == ErrorKind::TlsUnknownCertificate) {
            context.out << "sha256=" << health.certificateProblem.peerFingerprint << Qt::endl;
        }
        return ExitProblems;
    }
    for (const ServiceHealth &service : health.services) {
        const PortalResult &r = service.result;
        QString state;
        switch (service.state) {
        case ServiceHealth::State::Up:
            state = tr("ok (HTTP %1)").arg(r.httpStatus);
            break;
        case ServiceHealth::State::NeedsToken:
            state = tr("answers, needs a token (HTTP %1)").arg(r.httpStatus);
            break;
        case ServiceHealth::State::Down:
            state = tr("DOWN: %1").arg(r.message);
            break;
        }
        context.out << service.name.leftJustified(12) << state << Qt::endl;
    }
    return health.allUp() ? ExitOk : ExitProblems;
}

} // namespace Staging::Ctl
