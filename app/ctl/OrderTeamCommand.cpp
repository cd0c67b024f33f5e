// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/OrderTeamCommand.h"

#include "ctl/CtlContext.h"
#include "joblog/TeamLedger.h"

#include <QCommandLineParser>

namespace Staging::Ctl {

namespace {

/** What the command line asks of the ledger, once checked. */
struct TeamRequest
{
    QString action;
    QString orderId;
    QString bench;
    QString technician;
    std::optional<ReservationKind> kind; // reserve and unreserve
    QString value; // reserve and unreserve: the MAC, DID or serial
    std::chrono::milliseconds lease { 0 };
};

/** The kind named on the command line, its value checked; nullopt after saying on stderr why not. */
std::optional<ReservationKind> reservationKind(const CtlContext &context, const QString &kindId, const QString &value)
{
    std::optional<ReservationKind> kind;
    for (ReservationKind k : { ReservationKind::Mac, ReservationKind::Did, ReservationKind::Serial }) {
        if (TeamLedger::kindId(k) == kindId) {
            kind = k;
        }
    }
    if (!kind) {
        context.err << OrderTeamCommand::tr("Unknown kind \"%1\": expected mac, did or serial.").arg(kindId)
                    << Qt::endl;
        return std::nullopt;
    }
    if (const auto normalized = TeamLedger::normalize(*kind, value); !normalized) {
        context.err << normalized.error().message << Qt::endl;
        return std::nullopt;
    }
    return kind;
}

/** Claims, takes over, releases, reserves or unreserves; the ledger's refusal or failure, if any. */
std::optional<Error> apply(const CtlContext &context, TeamLedger &ledger, const TeamRequest &request)
{
    const QString &action = request.action;
    const QString &orderId = request.orderId;
    if (action == QLatin1String("claim") || action == QLatin1String("takeover")) {
        const auto granted = action == QLatin1String("claim")
            ? ledger.claim(orderId, request.bench, request.technician, request.lease)
            : ledger.takeOver(orderId, request.bench, request.technician, request.lease);
        if (!granted) {
            return granted.error();
        }
        context.out << OrderTeamCommand::tr("Order %1 is claimed by %2 on bench %3 until %4.")
                           .arg(orderId, request.technician, request.bench, granted->expires.toString(Qt::ISODate))
                    << Qt::endl;
        return std::nullopt;
    }
    const Status done = action == QLatin1String("release") ? ledger.release(orderId, request.bench, request.technician)
        : action == QLatin1String("reserve")
        ? ledger.reserve(*request.kind, request.value, orderId, request.bench, request.technician)
        : ledger.unreserve(*request.kind, request.value, orderId, request.bench, request.technician);
    if (!done) {
        return done.error();
    }
    context.out << OrderTeamCommand::tr("Done.") << Qt::endl;
    return std::nullopt;
}

} // namespace

int OrderTeamCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Claims an order for a bench, or reserves a MAC, a DID or a Shuttle serial "
                                        "for an order, in the job log the team of benches shares."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("claim, release, takeover, reserve or unreserve."), tr("ACTION"));
    parser.addPositionalArgument(QStringLiteral("order"), tr("The order id."), tr("ORDER"));
    parser.addPositionalArgument(QStringLiteral("kind"),
        tr("For reserve and unreserve: mac, did or serial, then the value."), tr("[KIND VALUE]"));
    parser.addOptions(commandOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const QStringList args = parser.positionalArguments();
    TeamRequest request;
    request.action = args.value(0);
    const QString &action = request.action;
    const bool reservation = action == QLatin1String("reserve") || action == QLatin1String("unreserve");
    const bool claim =
        action == QLatin1String("claim") || action == QLatin1String("release") || action == QLatin1String("takeover");
    bool leaseOk = false;
    const int leaseMinutes = parser.value(QStringLiteral("lease-minutes")).toInt(&leaseOk);
    request.bench = parser.value(QStringLiteral("bench"));
    request.technician = parser.value(QStringLiteral("technician"));
    if ((!claim && !reservation) || args.size() != (reservation ? 4 : 2) || args.value(1).isEmpty() || !leaseOk
        || leaseMinutes <= 0 || request.bench.isEmpty() || request.technician.isEmpty()) {
        context.err << tr("Usage: stagingctl order claim|release|takeover ORDER --bench NAME --technician NAME "
                          "[--lease-minutes N] [--joblog LOCATION]\n"
                          "       stagingctl order reserve|unreserve ORDER mac|did|serial VALUE --bench NAME "
                          "--technician NAME [--joblog LOCATION]")
                    << Qt::endl;
        return ExitFailure;
    }
    request.orderId = args.value(1);
    request.value = args.value(3);
    request.lease = std::chrono::minutes(leaseMinutes);
    if (reservation) {
        request.kind = reservationKind(context, args.value(2), request.value);
        if (!request.kind) {
            return ExitFailure;
        }
    }

    const auto joblog = JobLog::open(jobLogLocation(parser.value(QStringLiteral("joblog"))));
    if (!joblog) {
        context.err << joblog.error().message << Qt::endl;
        return ExitFailure;
    }
    TeamLedger ledger(**joblog);
    if (const std::optional<Error> error = apply(context, ledger, request)) {
        context.err << error->message << Qt::endl;
        return error->kind == ErrorKind::InvalidInput ? ExitProblems : ExitFailure;
    }
    return ExitOk;
}

QList<QCommandLineOption> OrderTeamCommand::commandOptions()
{
    return {
        QCommandLineOption(QStringLiteral("joblog"),
            tr("The job log: a SQLite file or a postgresql:// URL (default: the workbench's settings, else %1).")
                .arg(JobLog::defaultLocation()),
            tr("LOCATION")),
        QCommandLineOption(QStringLiteral("bench"), tr("This bench's name."), tr("NAME")),
        QCommandLineOption(
            QStringLiteral("technician"), tr("The technician (the supervisor for takeover)."), tr("NAME")),
        QCommandLineOption(QStringLiteral("lease-minutes"),
            tr("How long a claim lasts unless renewed (default %1).").arg(TeamLedger::DefaultLease.count()), tr("N"),
            QString::number(TeamLedger::DefaultLease.count())),
    };
}

} // namespace Staging::Ctl
