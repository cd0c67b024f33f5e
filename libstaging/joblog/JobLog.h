// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "joblog/HistoryFilter.h"
#include "joblog/JobEvent.h"
#include "joblog/OrderSummary.h"
#include "order/Order.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Staging {

/**
 * The append-only history of every order: SQLite by default (a 0600 file under the XDG data
 * dir, WAL, synchronous=FULL), PostgreSQL through QPSQL for a team of benches, with the same
 * code. The schema is migrated in numbered steps inside one transaction, and a database newer
 * than this program is refused. The database itself refuses UPDATE and DELETE of events.
 *
 * A JobLog owns one named connection and must be used from the thread that opened it (asserted in
 * debug builds): QtSql connections cannot cross threads.
 */
class JobLog
{
    Q_DECLARE_TR_FUNCTIONS(Staging::JobLog)

public:
    static constexpr int SchemaVersion = 3;

    /**
     * location is a file path (SQLite) or a "postgresql://user:password@host:port/dbname" URL.
     * The password of a URL is used for the connection and never stored or logged.
     */
    static Expected<std::unique_ptr<JobLog>> open(const QString &location);
    /** $XDG_DATA_HOME/staging-workbench/joblog.sqlite; open() creates the folder, 0700. */
    static QString defaultLocation();
    /**
     * The full check of a SQLite job log's pages (PRAGMA quick_check), on a read-only connection
     * of its own, so any thread may run it while a JobLog is open elsewhere. open() runs it itself
     * only after an unclean shutdown, because it reads the whole file; a program that keeps the
     * log open runs this once in the background. A PostgreSQL server checks its own pages: Done.
     */
    static Status checkIntegrity(const QString &location);

    ~JobLog();
    JobLog(const JobLog &) = delete;
    JobLog &operator=(const JobLog &) = delete;

    bool isPostgres() const;
    int schemaVersion() const;
    /** For messages: the file, or postgresql://user@host:port/dbname, never with the password. */
    QString location() const;
    /**
     * The QSqlDatabase connection name, for diagnostics and tests on the owning thread; only TeamLedger
     * writes through it, its own tables, in transactions that record events through append().
     */
    QString connectionName() const;

    /**
     * A secret value (the portal password, an SSH passphrase...) masked as "***" in the detail,
     * action and target of every event appended from now on. Keys naming a secret ("password",
     * "token"...) are masked in details whatever their value.
     */
    void addSecret(const QString &value);

    /**
     * Keys added to the detail of every event appended from now on, unless the event sets them:
     * a workbench in training marks everything it records {"training": true}, whichever part
     * of it writes the event.
     */
    void setDetailDefaults(const QJsonObject &defaults);

    /** Inserts the order, or replaces its saved document when the order id exists. */
    Status saveOrder(const Order &order, const QString &technician, const QString &bench);
    /** An unknown order id gives ErrorKind::InvalidInput, a database failure ErrorKind::Database. */
    Expected<Order> loadOrder(const QString &orderId) const;
    /** Every saved order, most recently updated first. */
    Expected<QList<OrderSummary>> orders() const;

    /** Appends one event (its detail redacted) and returns its id. */
    Expected<qint64> append(const JobEvent &event);
    /** Appends all events in one transaction: all are written or none. */
    Status appendBatch(const QList<JobEvent> &events);

    /** One order's events, oldest first. */
    Expected<QList<JobEvent>> history(const QString &orderId) const;
    /** Events matching the filter, oldest or newest first, at most filter.limit (no limit when <= 0). */
    Expected<QList<JobEvent>> query(const HistoryFilter &filter) const;

private:
    class Private;
    explicit JobLog(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace Staging
