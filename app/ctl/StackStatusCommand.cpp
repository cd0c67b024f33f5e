// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/StackStatusCommand.h"

#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Staging::Ctl {

namespace {

struct Service
{
    QString name;
    QString path;
    PortalResult result;
    bool done = false;
};

} // namespace

int StackStatusCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks that each service of a Wazo stack answers (GET /status)."));
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

    // confd's /status needs a token (ACL confd.status.read): a 401 still proves it is up.
    QList<Service> services { { QStringLiteral("wazo-auth"), QStringLiteral("/api/auth/0.1/status"), {}, false },
        { QStringLiteral("wazo-confd"), QStringLiteral("/api/confd/1.1/status"), {}, false },
        { QStringLiteral("wazo-provd"), QStringLiteral("/api/provd/0.2/status"), {}, false } };
    QEventLoop loop;
    int pending = int(services.size());
    for (Service &service : services) {
        auto *job = new PortalJob(&connection, "GET", service.path);
        QObject::connect(job, &PortalJob::finished, &loop, [&service, &pending, &loop](const PortalResult &result) {
            service.result = result;
            service.done = true;
            if (--pending == 0) {
                loop.quit();
            }
        });
        job->start();
    }
    if (pending > 0) {
        loop.exec();
    }

    // A certificate problem is the same for every service: say it once.
    const PortalResult &first = services.first().result;
    if (first.kind == ErrorKind::TlsUnknownCertificate || first.kind == ErrorKind::TlsPinMismatch) {
        context.err << first.message << Qt::endl;
        if (first.kind == ErrorKind::TlsUnknownCertificate) {
            context.out << "sha256=" << first.peerFingerprint << Qt::endl;
        }
        return ExitProblems;
    }

    bool allUp = true;
    for (const Service &service : std::as_const(services)) {
        const PortalResult &r = service.result;
        QString state;
        if (r.ok()) {
            state = tr("ok (HTTP %1)").arg(r.httpStatus);
        } else if (r.kind == ErrorKind::Auth) {
            state = tr("answers, needs a token (HTTP %1)").arg(r.httpStatus);
        } else {
            allUp = false;
            state = tr("DOWN: %1").arg(r.message);
        }
        context.out << service.name.leftJustified(12) << state << Qt::endl;
    }
    return allUp ? ExitOk : ExitProblems;
}

} // namespace Staging::Ctl
