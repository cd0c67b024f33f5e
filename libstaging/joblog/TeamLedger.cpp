// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/TeamLedger.h"

#include "core/Logging.h"
#include "order/MacAddress.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Staging {

namespace {

// The database's clock in Unix milliseconds: benches whose clocks differ still agree on expiry.
QString nowSql(const JobLog &log)
{
    return log.isPostgres() ? QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
                            : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

JobEvent teamEvent(const QString &orderId, const QString &action, const QString &target, const QString &bench,
    const QString &technician, const QJsonObject &detail = {})
{
    JobEvent e;
    e.orderId = orderId;
    e.step = QStringLiteral("team");
    e.action = action;
    e.target = target;
    e.bench = bench;
    e.technician = technician;
    e.started = QDateTime::currentDateTimeUtc();
    e.finished = e.started;
    e.result = JobResult::Ok;
    e.detail = detail;
    return e;
}

/** One transaction on the job log's connection: rolled back unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(const JobLog &log)
        : m_db(QSqlDatabase::database(log.connectionName(), false))
    {
        m_open = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

Error databaseError(const QString &message, const QSqlError &error)
{
    qCWarning(lcDb).noquote() << message << error.text();
    return Error::make(ErrorKind::Database, message, error.text());
}

} // namespace

TeamLedger::TeamLedger(JobLog &log)
    : m_log(log)
{
}

QString TeamLedger::kindId(ReservationKind kind)
{
    switch (kind) {
    case ReservationKind::Mac:
        return QStringLiteral("mac");
    case ReservationKind::Did:
        return QStringLiteral("did");
    case ReservationKind::Serial:
        return QStringLiteral("serial");
    }
    return {};
}

Expected<QString> TeamLedger::normalize(ReservationKind kind, const QString &value)
{
    switch (kind) {
    case ReservationKind::Mac:
        if (const auto mac = normalizeMac(value)) {
            return *mac;
        }
        return Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a phone's MAC address.").arg(value));
    case ReservationKind::Did: {
        static const QRegularExpression separators(QStringLiteral("[\\s.\\-()]"));
        static const QRegularExpression did(QStringLiteral("^\\+?[0-9]{2,20}$"));
        const QString digits = QString(value).remove(separators);
        if (did.match(digits).hasMatch()) {
            return digits;
        }
        return Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a phone number (DID).").arg(value));
    }
    case ReservationKind::Serial: {
        static const QRegularExpression serial(QStringLiteral("^[A-Z0-9][A-Z0-9._-]{0,63}$"));
        const QString upper = value.trimmed().toUpper();
        if (serial.match(upper).hasMatch()) {
            return upper;
        }
        return Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a serial number.").arg(value));
    }
    }
    return Error::make(ErrorKind::InvalidInput, tr("Unknown kind of reservation."));
}

Expected<std::optional<OrderClaim>> TeamLedger::holder(const QString &orderId) const
{
    QSqlQuery q(QSqlDatabase::database(m_log.connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT bench, technician, expires_ms FROM claims WHERE order_id = ? AND expires_ms > ")
        + nowSql(m_log));
    q.addBindValue(orderId);
    if (!q.exec()) {
        return databaseError(
            tr("Could not read who holds order %1 in the job log %2.").arg(orderId, m_log.location()), q.lastError());
    }
    if (!q.next()) {
        return std::optional<OrderClaim>();
    }
    return std::optional<OrderClaim>(OrderClaim { orderId, q.value(0).toString(), q.value(1).toString(),
        QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC) });
}

Expected<OrderClaim> TeamLedger::claim(
    const QString &orderId, const QString &bench, const QString &technician, std::chrono::milliseconds lease)
{
    if (orderId.isEmpty() || bench.isEmpty() || technician.isEmpty() || lease.count() <= 0) {
        return Error::make(
            ErrorKind::InvalidInput, tr("A claim needs an order, a bench, a technician and a lease longer than zero."));
    }
    Transaction t(m_log);
    if (!t.isOpen()) {
        return databaseError(
            tr("Could not claim order %1 in the job log %2.").arg(orderId, m_log.location()), t.db().lastError());
    }
    OrderClaim granted;
    {
        // The database decides: the row is written only when there is none, the lease has expired,
        // or the caller holds it already (a renewal). No row back means someone else holds it.
        const QString now = nowSql(m_log);
        QSqlQuery q(t.db());
        q.prepare(QStringLiteral("INSERT INTO claims (order_id, bench, technician, claimed_ms, expires_ms) "
                                 "VALUES (?, ?, ?, %1, %1 + CAST(? AS BIGINT)) "
                                 "ON CONFLICT (order_id) DO UPDATE SET bench = excluded.bench, "
                                 "technician = excluded.technician, claimed_ms = excluded.claimed_ms, "
                                 "expires_ms = excluded.expires_ms WHERE claims.expires_ms <= %1 "
                                 "OR (claims.bench = excluded.bench AND claims.technician = excluded.technician) "
                                 "RETURNING expires_ms")
                      .arg(now));
        q.addBindValue(orderId);
        q.addBindValue(bench);
        q.addBindValue(technician);
        q.addBindValue(qint64(lease.count()));
        if (!q.exec()) {
            return databaseError(
                tr("Could not claim order %1 in the job log %2.").arg(orderId, m_log.location()), q.lastError());
        }
        if (!q.next()) {
            q.finish();
            const auto current = holder(orderId);
            if (!current) {
                return current.error();
            }
            if (!*current) {
                // Released or expired between the two statements: the caller may simply try again.
                return Error::make(
                    ErrorKind::InvalidInput, tr("Order %1 changed hands meanwhile; please try again.").arg(orderId));
            }
            const OrderClaim &c = **current;
            return Error::make(ErrorKind::InvalidInput,
                tr("Order %1 is claimed by %2 on bench %3 until %4.")
                    .arg(orderId, c.technician, c.bench, c.expires.toString(Qt::ISODate)));
        }
        granted =
            OrderClaim { orderId, bench, technician, QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC) };
    }
    const QJsonObject detail { { QStringLiteral("expires"), granted.expires.toString(Qt::ISODateWithMs) } };
    if (auto recorded = m_log.append(teamEvent(orderId, QStringLiteral("claim"), orderId, bench, technician, detail));
        !recorded) {
        return recorded.error();
    }
    if (!t.commit()) {
        return databaseError(
            tr("Could not claim order %1 in the job log %2.").arg(orderId, m_log.location()), t.db().lastError());
    }
    return granted;
}

Status TeamLedger::release(const QString &orderId, const QString &bench, const QString &technician)
{
    Transaction t(m_log);
    if (!t.isOpen()) {
        return databaseError(
            tr("Could not release order %1 in the job log %2.").arg(orderId, m_log.location()), t.db().lastError());
    }
    {
        QSqlQuery q(t.db());
        q.prepare(QStringLiteral("DELETE FROM claims WHERE order_id = ? AND bench = ? AND technician = ?"));
        q.addBindValue(orderId);
        q.addBindValue(bench);
        q.addBindValue(technician);
        if (!q.exec()) {
            return databaseError(
                tr("Could not release order %1 in the job log %2.").arg(orderId, m_log.location()), q.lastError());
        }
        if (q.numRowsAffected() != 1) {
            q.finish();
            const auto current = holder(orderId);
            if (!current) {
                return current.error();
            }
            if (!*current) {
                return Error::make(ErrorKind::InvalidInput, tr("Order %1 is not claimed.").arg(orderId));
            }
            return Error::make(ErrorKind::InvalidInput,
                tr("Order %1 is claimed by %2 on bench %3, not by %4 on bench %5.")
                    .arg(orderId, (*current)->technician, (*current)->bench, technician, bench));
        }
    }
    if (auto recorded = m_log.append(teamEvent(orderId, QStringLiteral("release"), orderId, bench, technician));
        !recorded) {
        return recorded.error();
    }
    if (!t.commit()) {
        return databaseError(
            tr("Could not release order %1 in the job log %2.").arg(orderId, m_log.location()), t.db().lastError());
    }
    return Done {};
}

Expected<OrderClaim> TeamLedger::takeOver(
    const QString &orderId, const QString &bench, const QString &supervisor, std::chrono::milliseconds lease)
{
    if (orderId.isEmpty() || bench.isEmpty() || supervisor.isEmpty() || lease.count() <= 0) {
        return Error::make(ErrorKind::InvalidInput,
            tr("A take-over needs an order, a bench, a supervisor and a lease longer than zero."));
    }
    Transaction t(m_log);
    if (!t.isOpen()) {
        return databaseError(
            tr("Could not take over order %1 in the job log %2.").arg(orderId, m_log.location()), t.db().lastError());
    }
    OrderClaim granted;
    QJsonObject detail;
    {
        // The old row is locked until the commit (FOR UPDATE; SQLite has one writer at a time), so
        // the event names the holder who really lost the order.
        const QString now = nowSql(m_log);
        QSqlQuery q(t.db());
        q.prepare(QStringLiteral("SELECT bench, technician, expires_ms > %1 FROM claims WHERE order_id = ?%2")
                      .arg(now, m_log.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
        q.addBindValue(orderId);
        if (!q.exec()) {
            return databaseError(
                tr("Could not take over order %1 in the job log %2.").arg(orderId, m_log.location()), q.lastError());
        }
        if (q.next() && q.value(2).toBool()) {
            detail.insert(QStringLiteral("previous_bench"), q.value(0).toString());
            detail.insert(QStringLiteral("previous_technician"), q.value(1).toString());
        }
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO claims (order_id, bench, technician, claimed_ms, expires_ms) "
                                 "VALUES (?, ?, ?, %1, %1 + CAST(? AS BIGINT)) "
                                 "ON CONFLICT (order_id) DO UPDATE SET bench = excluded.bench, "
                                 "technician = excluded.technician, claimed_ms = excluded.claimed_ms, "
                                 "expires_ms = excluded.expires_ms RETURNING expires_ms")
                      .arg(now));
        q.addBindValue(orderId);
        q.addBindValue(bench);
        q.addBindValue(supervisor);
        q.addBindValue(qint64(lease.count()));
        if (!q.exec() || !q.next()) {
            return databaseError(
                tr("Could not take over order %1 in the job log %2.").arg(orderId, m_log.location()), q.lastError());
        }
        granted =
            OrderClaim { orderId, bench, supervisor, QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC) };
    }
    detail.insert(QStringLiteral("expires"), granted.expires.toString(Qt::ISODateWithMs));
    if (auto recorded =
            m_log.append(teamEvent(orderId, QStringLiteral("takeover"), orderId, bench, supervisor, detail));
        !recorded) {
        return recorded.error();
    }
    if (!t.commit()) {
        return databaseError(
            tr("Could not take over order %1 in the job log %2.").arg(orderId, m_log.location()), t.db().lastError());
    }
    return granted;
}

Expected<QString> TeamLedger::reservedBy(ReservationKind kind, const QString &value) const
{
    const auto normalized = normalize(kind, value);
    if (!normalized) {
        return normalized.error();
    }
    QSqlQuery q(QSqlDatabase::database(m_log.connectionName(), false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT order_id FROM reservations WHERE kind = ? AND value = ?"));
    q.addBindValue(kindId(kind));
    q.addBindValue(*normalized);
    if (!q.exec()) {
        return databaseError(
            tr("Could not read the reservation of %1 in the job log %2.").arg(value, m_log.location()), q.lastError());
    }
    return q.next() ? q.value(0).toString() : QString();
}

Status TeamLedger::reserve(
    ReservationKind kind, const QString &value, const QString &orderId, const QString &bench, const QString &technician)
{
    const auto normalized = normalize(kind, value);
    if (!normalized) {
        return normalized.error();
    }
    if (orderId.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("A reservation needs an order."));
    }
    Transaction t(m_log);
    if (!t.isOpen()) {
        return databaseError(
            tr("Could not reserve %1 in the job log %2.").arg(*normalized, m_log.location()), t.db().lastError());
    }
    {
        // The primary key (kind, value) decides; the no-op update makes the same order's second
        // reservation return its row, another order's return nothing.
        QSqlQuery q(t.db());
        q.prepare(QStringLiteral("INSERT INTO reservations (kind, value, order_id, bench, technician, reserved_ms) "
                                 "VALUES (?, ?, ?, ?, ?, %1) ON CONFLICT (kind, value) DO UPDATE SET "
                                 "order_id = reservations.order_id WHERE reservations.order_id = excluded.order_id "
                                 "RETURNING order_id")
                      .arg(nowSql(m_log)));
        q.addBindValue(kindId(kind));
        q.addBindValue(*normalized);
        q.addBindValue(orderId);
        q.addBindValue(bench);
        q.addBindValue(technician);
        if (!q.exec()) {
            return databaseError(
                tr("Could not reserve %1 in the job log %2.").arg(*normalized, m_log.location()), q.lastError());
        }
        if (!q.next()) {
            q.finish();
            const auto owner = reservedBy(kind, *normalized);
            if (!owner) {
                return owner.error();
            }
            return Error::make(ErrorKind::InvalidInput,
                owner->isEmpty() ? tr("%1 changed hands meanwhile; please try again.").arg(*normalized)
                                 : tr("%1 is already reserved for order %2.").arg(*normalized, *owner));
        }
    }
    if (auto recorded = m_log.append(teamEvent(
            orderId, QStringLiteral("reserve"), kindId(kind) + QLatin1Char(':') + *normalized, bench, technician));
        !recorded) {
        return recorded.error();
    }
    if (!t.commit()) {
        return databaseError(
            tr("Could not reserve %1 in the job log %2.").arg(*normalized, m_log.location()), t.db().lastError());
    }
    return Done {};
}

Status TeamLedger::unreserve(
    ReservationKind kind, const QString &value, const QString &orderId, const QString &bench, const QString &technician)
{
    const auto normalized = normalize(kind, value);
    if (!normalized) {
        return normalized.error();
    }
    Transaction t(m_log);
    if (!t.isOpen()) {
        return databaseError(
            tr("Could not release %1 in the job log %2.").arg(*normalized, m_log.location()), t.db().lastError());
    }
    {
        QSqlQuery q(t.db());
        q.prepare(QStringLiteral("DELETE FROM reservations WHERE kind = ? AND value = ? AND order_id = ?"));
        q.addBindValue(kindId(kind));
        q.addBindValue(*normalized);
        q.addBindValue(orderId);
        if (!q.exec()) {
            return databaseError(
                tr("Could not release %1 in the job log %2.").arg(*normalized, m_log.location()), q.lastError());
        }
        if (q.numRowsAffected() != 1) {
            q.finish();
            const auto owner = reservedBy(kind, *normalized);
            if (!owner) {
                return owner.error();
            }
            return Error::make(ErrorKind::InvalidInput,
                owner->isEmpty() ? tr("%1 is not reserved.").arg(*normalized)
                                 : tr("%1 is reserved for order %2, not %3.").arg(*normalized, *owner, orderId));
        }
    }
    if (auto recorded = m_log.append(teamEvent(
            orderId, QStringLiteral("unreserve"), kindId(kind) + QLatin1Char(':') + *normalized, bench, technician));
        !recorded) {
        return recorded.error();
    }
    if (!t.commit()) {
        return databaseError(
            tr("Could not release %1 in the job log %2.").arg(*normalized, m_log.location()), t.db().lastError());
    }
    return Done {};
}

} // namespace Staging
