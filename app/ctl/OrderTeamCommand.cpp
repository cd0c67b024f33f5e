// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/OrderTeamCommand.h"

#include "ctl/CtlContext.h"
#include "joblog/TeamLedger.h"

#include <QCommandLineParser>

namespace Staging::Ctl {

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
    const QCommandLineOption joblogOption(QStringLiteral("joblog"),
        tr("The job log: a SQLite file or a postgresql:// URL (default: the workbench's settings, else %1).")
            .arg(JobLog::defaultLocation()),
        tr("LOCATION"));
    const QCommandLineOption benchOption(QStringLiteral("bench"), tr("This bench's name."), tr("NAME"));
    const QCommandLineOption technicianOption(
        QStringLiteral("technician"), tr("The technician (the supervisor for takeover)."), tr("NAME"));
    const QCommandLineOption leaseOption(QStringLiteral("lease-minutes"),
        tr("How long a claim lasts unless renewed (default %1).").arg(TeamLedger::DefaultLease.count()), tr("N"),
        QString::number(TeamLedger::DefaultLease.count()));
    parser.addOptions({ joblogOption, benchOption, technicianOption, leaseOption });
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool reservation = action == QLatin1String("reserve") || action == QLatin1String("unreserve");
    const bool claim =
        action == QLatin1String("claim") || action == QLatin1String("release") || action == QLatin1String("takeover");
    bool leaseOk = false;
    const int leaseMinutes = parser.value(leaseOption).toInt(&leaseOk);
    const QString bench = parser.value(benchOption);
    const QString technician = parser.value(technicianOption);
    if ((!claim && !reservation) || args.size() != (reservation ? 4 : 2) || args.value(1).isEmpty() || !leaseOk
        || leaseMinutes <= 0 || bench.isEmpty() || technician.isEmpty()) {
        context.err << tr("Usage: stagingctl order claim|release|takeover ORDER --bench NAME --technician NAME "
                          "[--lease-minutes N] [--joblog LOCATION]\n"
                          "       stagingctl order reserve|unreserve ORDER mac|did|serial VALUE --bench NAME "
                          "--technician NAME [--joblog LOCATION]")
                    << Qt::endl;
        return ExitFailure;
    }
    const QString orderId = args.value(1);

    std::optional<ReservationKind> kind;
    if (reservation) {
        for (ReservationKind k : { ReservationKind::Mac, ReservationKind::Did, ReservationKind::Serial }) {
            if (TeamLedger::kindId(k) == args.value(2)) {
                kind = k;
            }
        }
        if (!kind) {
            context.err << tr("Unknown kind \"%1\": expected mac, did or serial.").arg(args.value(2)) << Qt::endl;
            return ExitFailure;
        }
        if (const auto value = TeamLedger::normalize(*kind, args.value(3)); !value) {
            context.err << value.error().message << Qt::endl;
            return ExitFailure;
        }
    }

    const auto joblog = JobLog::open(jobLogLocation(parser.value(joblogOption)));
    if (!joblog) {
        context.err << joblog.error().message << Qt::endl;
        return ExitFailure;
    }
    TeamLedger ledger(**joblog);
    const std::chrono::milliseconds lease = std::chrono::minutes(leaseMinutes);
    std::optional<Error> error;
    if (action == QLatin1String("claim") || action == QLatin1String("takeover")) {
        const auto granted = action == QLatin1String("claim") ? ledger.claim(orderId, bench, technician, lease)
                                                              : ledger.takeOver(orderId, bench, technician, lease);
        if (granted) {
            context.out << tr("Order %1 is claimed by %2 on bench %3 until %4.")
                               .arg(orderId, technician, bench, granted->expires.toString(Qt::ISODate))
                        << Qt::endl;
        } else {
            error = granted.error();
        }
    } else {
        const Status done = action == QLatin1String("release") ? ledger.release(orderId, bench, technician)
            : action == QLatin1String("reserve") ? ledger.reserve(*kind, args.value(3), orderId, bench, technician)
                                                 : ledger.unreserve(*kind, args.value(3), orderId, bench, technician);
        if (done) {
            context.out << tr("Done.") << Qt::endl;
        } else {
            error = done.error();
        }
    }
    if (error) {
        context.err << error->message << Qt::endl;
        return error->kind == ErrorKind::InvalidInput ? ExitProblems : ExitFailure;
    }
    return ExitOk;
}

} // namespace Staging::Ctl
