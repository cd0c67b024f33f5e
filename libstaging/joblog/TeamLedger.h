// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "joblog/JobLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace Staging {

/** Who works on an order, until when. */
struct OrderClaim
{
    QString orderId;
    QString bench;
    QString technician;
    QDateTime expires; // UTC, by the database's clock
};

/** What can belong to one order only, across every bench of the team. */
enum class ReservationKind
{
    Mac,
    Did,
    Serial // a Shuttle's serial number
};

/**
 * The team of benches sharing one job log: an order is claimed by one bench and technician as a
 * lease, and a MAC, a DID or a Shuttle serial is reserved for one order. Each answer comes from one
 * statement the database decides alone (a primary key with INSERT ... ON CONFLICT, a conditional
 * UPDATE or DELETE whose row count is the answer), in the transaction that also records the event,
 * so two benches racing can never both win. Lease times use the database's clock, not the benches'.
 * A refusal is ErrorKind::InvalidInput naming the holder; a database failure ErrorKind::Database.
 */
class TeamLedger
{
    Q_DECLARE_TR_FUNCTIONS(Staging::TeamLedger)

public:
    /**
     * How long a claim lasts without renewal, for the wizard and for `stagingctl order claim`
     * alike. 15 minutes: a bench that crashed or lost the network frees its orders for the
     * others within a coffee break, while the wizard renews every five minutes, so a slow database
     * round trip never lets a bench that is still working lose its order.
     */
    static constexpr std::chrono::minutes DefaultLease { 15 };

    explicit TeamLedger(JobLog &log);

    /** Claims the order, or renews the lease of its holder; an expired lease may be claimed by anyone. */
    Expected<OrderClaim> claim(
        const QString &orderId, const QString &bench, const QString &technician, std::chrono::milliseconds lease);
    /** Ends the holder's lease; refused for anyone else. */
    Status release(const QString &orderId, const QString &bench, const QString &technician);
    /** A supervisor takes the order whoever holds it; the previous holder is recorded in the event. */
    Expected<OrderClaim> takeOver(
        const QString &orderId, const QString &bench, const QString &supervisor, std::chrono::milliseconds lease);
    /** The current, unexpired lease, if any. */
    Expected<std::optional<OrderClaim>> holder(const QString &orderId) const;

    /** Reserves the value for the order; again for the same order is fine, for another one refused. */
    Status reserve(ReservationKind kind, const QString &value, const QString &orderId, const QString &bench,
        const QString &technician);
    /** Gives the value back; only the order holding it may. */
    Status unreserve(ReservationKind kind, const QString &value, const QString &orderId, const QString &bench,
        const QString &technician);
    /** The order holding the value, empty when free. */
    Expected<QString> reservedBy(ReservationKind kind, const QString &value) const;

    /** The stored form: a MAC as aa:bb:cc:dd:ee:ff, a DID's digits (and leading +), a serial in capitals. */
    static Expected<QString> normalize(ReservationKind kind, const QString &value);
    static QString kindId(ReservationKind kind);

private:
    JobLog &m_log;
};

} // namespace Staging
