// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/JobLog.h"

#include "core/Logging.h"
#include "core/Redactor.h"
#include "core/TextKey.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace Staging {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Any lock key works as long as every workbench uses the same one: it serializes the first
// migration when several benches open a new PostgreSQL job log at the same moment.
constexpr qint64 MigrationLockKey = 0x5354414749474a4c; // "STAGIGJL"

const QString &eventColumns()
{
    static const QString columns = QStringLiteral(
        "id, order_id, step, action, target, technician, bench, started_ms, finished_ms, result, detail");
    return columns;
}

const QString &insertEventSql()
{
    static const QString sql = QStringLiteral(
        "INSERT INTO events (order_id, step, action, target, technician, bench, started_ms, finished_ms, result, "
        "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, and a field the caller
// left empty is an empty field, not a missing one. order_id is the exception: see bindEvent().
QString text(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QVariant millis(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMillis(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A location that failed to parse can still hold a password: hide what sits between "user:"
// and "@" before the text is shown anywhere.
QString withoutPassword(const QString &location)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):[^@]*@"));
    QString out = location;
    return out.replace(re, QStringLiteral("\\1:***@"));
}

bool isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// A result this workbench does not know (written by a newer version, or by hand) is not read as
// another one: an unknown result taken for "ok" would close a step, so the reading fails and
// names the event.
Expected<JobEvent> readEvent(const QSqlQuery &q, const QString &where)
{
    JobEvent e;
    e.id = q.value(0).toLongLong();
    e.orderId = q.value(1).toString();
    e.step = q.value(2).toString();
    e.action = q.value(3).toString();
    e.target = q.value(4).toString();
    e.technician = q.value(5).toString();
    e.bench = q.value(6).toString();
    e.started = fromMillis(q.value(7));
    e.finished = fromMillis(q.value(8));
    const QString resultId = q.value(9).toString();
    const auto result = jobResultFromId(resultId);
    if (!result) {
        const QString message =
            JobLog::tr("The job log %1 holds event %2 with a result this workbench does not know: %3.")
                .arg(where)
                .arg(e.id)
                .arg(resultId);
        qCWarning(lcDb).noquote() << message;
        return Error::make(ErrorKind::Database, message);
    }
    e.result = *result;
    e.detail = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    return e;
}

// PRAGMA quick_check on an open SQLite connection: every page and index entry is read.
Status quickCheck(const QSqlDatabase &db, const QString &where)
{
    QSqlQuery check(db);
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
        const QString message = JobLog::tr("The job log %1 is damaged or is not a SQLite database.").arg(where);
        qCWarning(lcDb).noquote() << message << check.lastError().text();
        return Error::make(ErrorKind::Database, message, check.lastError().text());
    }
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems.append(line);
        }
    }
    if (!problems.isEmpty()) {
        const QString message = JobLog::tr("The job log %1 is damaged.").arg(where);
        const QString detail = problems.mid(0, 10).join(QLatin1Char('\n'));
        qCWarning(lcDb).noquote() << message << detail;
        return Error::make(ErrorKind::Database, message, detail);
    }
    return Done {};
}

} // namespace

class JobLog::Private
{
public:
    ~Private()
    {
        checkThread();
        // Every QSqlQuery of this connection is a local of a finished call by now; the handle
        // must go before removeDatabase() or Qt warns that the connection is still in use.
        if (m_db.isValid()) {
            m_db.close();
        }
        m_db = QSqlDatabase();
        if (!m_connectionName.isEmpty()) {
            QSqlDatabase::removeDatabase(m_connectionName);
        }
    }

    void checkThread() const
    {
        Q_ASSERT_X(QThread::currentThread() == m_thread, "Staging::JobLog",
            "a JobLog must be used from the thread that opened it");
    }

    // Driver texts may echo the connection string: mask the password and any "password=...".
    [[nodiscard]] QString scrub(const QString &text) const
    {
        static const QRegularExpression conninfo(
            QStringLiteral("password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"), QRegularExpression::CaseInsensitiveOption);
        QString out = m_redactor.redact(text);
        return out.replace(conninfo, QStringLiteral("password=***"));
    }

    [[nodiscard]] Error fail(const QString &message, const QSqlError &error) const
    {
        const QString detail = scrub(error.text());
        qCWarning(lcDb).noquote() << message << detail;
        return Error::make(ErrorKind::Database, message, detail);
    }

    Status openSqlite(const QString &location);
    Status openPostgres(const QString &location);
    struct PostgresOptions
    {
        QString schema; // empty: the user's default search_path
        QStringList connectOptions; // libpq's key='value'
    };
    [[nodiscard]] Expected<PostgresOptions> readPostgresOptions(const QUrlQuery &query) const;
    Status preparePostgresSession(const QString &schema);
    Status configureSqlite();
    [[nodiscard]] Expected<int> readVersion() const;
    [[nodiscard]] Status refuseNewer(int version) const;
    Status migrate();
    Status migrateSteps(int from);
    [[nodiscard]] QStringList migrationDdl(int from) const;
    void bindEvent(QSqlQuery &q, const JobEvent &event) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_postgres = false;
    QString m_where; // the file, or postgresql://user@host:port/db: never a password
    int m_schemaVersion = 0;
    Redactor m_redactor; // known secrets: the database password, and what the caller adds
    QJsonObject m_detailDefaults; // setDetailDefaults()
    QThread *m_thread = nullptr;
};

Status JobLog::Private::openSqlite(const QString &location)
{
    const QFileInfo info(location);
    const QString path = info.absoluteFilePath();
    m_where = QDir::toNativeSeparators(path);
    if (info.isDir()) {
        return Error::make(ErrorKind::Database, tr("The job log %1 is a folder, not a file.").arg(m_where));
    }
    const QDir parent = info.absoluteDir();
    if (!parent.exists()) {
        if (!QDir().mkpath(parent.absolutePath())) {
            return Error::make(ErrorKind::Database,
                tr("Could not create the folder %1 for the job log.")
                    .arg(QDir::toNativeSeparators(parent.absolutePath())));
        }
        // The history names customers and technicians: it is nobody else's business.
        QFile::setPermissions(
            parent.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (!info.exists()) {
        // Created here and not by SQLite, so that it is 0600 whatever the umask; SQLite gives
        // the -wal and -shm files the mode of the database file.
        QFile file(path);
        const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, owner) && !QFile::exists(path)) {
            const QString message = tr("Could not create the job log %1.").arg(m_where);
            qCWarning(lcDb).noquote() << message << file.errorString();
            return Error::make(ErrorKind::Database, message, file.errorString());
        }
        file.close();
        file.setPermissions(owner);
    }

    // SQLite deletes the write-ahead log when the last connection closes cleanly: one left
    // behind means a crash or power cut (or another program has the log open right now).
    const bool mayBeUnclean = QFileInfo::exists(path + QLatin1String("-wal"));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        return Error::make(ErrorKind::Database,
            tr("Could not open the job log %1: the Qt SQLite driver is not installed.").arg(m_where));
    }
    m_db.setDatabaseName(path);
    // Another workbench or stagingctl may be writing: wait for it rather than fail at once.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open()) {
        return fail(tr("Could not open the job log %1.").arg(m_where), m_db.lastError());
    }

    // A file another program wrote is refused by readVersion(), and one SQLite cannot parse by its
    // first read. The full page check (PRAGMA quick_check) reads the whole file, seconds on a
    // million events, so it runs here only when the last session may have left it half-written;
    // otherwise the workbench runs checkIntegrity() in the background after it has started.
    if (mayBeUnclean) {
        return quickCheck(m_db, m_where);
    }
    return Done {};
}

Status JobLog::Private::configureSqlite()
{
    QSqlQuery q(m_db);
    // journal_mode cannot change inside a transaction: this runs before any.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        return fail(tr("Could not prepare the job log %1.").arg(m_where), q.lastError());
    }
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // E.g. a file system without shared memory: still safe with synchronous=FULL, only slower.
        qCWarning(lcDb).noquote() << "the job log" << m_where << "could not use WAL; journal mode is"
                                  << q.value(0).toString();
    }
    q.finish();
    for (const auto *pragma : { "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            return fail(tr("Could not prepare the job log %1.").arg(m_where), q.lastError());
        }
    }
    return Done {};
}

Status JobLog::Private::openPostgres(const QString &location)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        || database.isEmpty() || database.contains(QLatin1Char('/'))) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The job log address %1 is not of the form postgresql://user@host:port/database.")
                .arg(withoutPassword(location)));
    }
    const QString user = url.userName(QUrl::FullyDecoded);
    const QString password = url.password(QUrl::FullyDecoded);
    // Kept only in memory, to mask it in driver texts and in anything recorded.
    m_redactor.addSecret(password);
    m_redactor.addSecret(url.password(QUrl::FullyEncoded));

    QUrl shown;
    shown.setScheme(QStringLiteral("postgresql"));
    shown.setUserName(user);
    shown.setHost(url.host());
    shown.setPort(url.port());
    shown.setPath(QLatin1Char('/') + database);
    m_where = shown.toString();

    const Expected<PostgresOptions> options = readPostgresOptions(QUrlQuery(url));
    if (!options) {
        return options.error();
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        return Error::make(ErrorKind::Database,
            tr("Could not open the job log %1: the Qt PostgreSQL driver is not installed.").arg(m_where));
    }
    if (!url.host().isEmpty()) {
        m_db.setHostName(url.host());
    }
    m_db.setPort(url.port(5432));
    m_db.setDatabaseName(database);
    m_db.setConnectOptions(options->connectOptions.join(QLatin1Char(';')));
    // This overload hands the password to the driver without keeping it in QSqlDatabase.
    if (!m_db.open(user, password)) {
        return fail(tr("Could not connect to the job log %1.").arg(m_where), m_db.lastError());
    }

    return preparePostgresSession(options->schema);
}

Expected<JobLog::Private::PostgresOptions> JobLog::Private::readPostgresOptions(const QUrlQuery &query) const
{
    // Query items other than schema are libpq connection options (sslmode, connect_timeout...).
    // Qt joins them with ';' into the conninfo, so a ';' in a value cannot be passed through.
    PostgresOptions options;
    bool hasTimeout = false;
    bool hasApplicationName = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("schema")) {
            static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
            if (!identifier.match(value).hasMatch()) {
                return Error::make(ErrorKind::InvalidInput,
                    tr("The schema \"%1\" of the job log %2 is not a plain SQL name.").arg(value, m_where));
            }
            options.schema = value;
            continue;
        }
        static const QRegularExpression optionName(QStringLiteral("^[a-z_]+$"));
        if (!optionName.match(key).hasMatch() || key == QLatin1String("password") || value.contains(QLatin1Char(';'))) {
            return Error::make(ErrorKind::InvalidInput,
                tr("The option \"%1\" of the job log address %2 is not supported.").arg(key, m_where));
        }
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
        options.connectOptions.append(key + QLatin1String("='") + quoted + QLatin1Char('\''));
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        hasApplicationName = hasApplicationName || key == QLatin1String("application_name");
    }
    if (!hasTimeout) {
        options.connectOptions.append(QStringLiteral("connect_timeout=10"));
    }
    if (!hasApplicationName) {
        options.connectOptions.append(QStringLiteral("application_name=staging-workbench"));
    }
    return options;
}

Status JobLog::Private::preparePostgresSession(const QString &schema)
{
    QSqlQuery q(m_db);
    // libpq prints notices ("relation already exists, skipping") on stderr otherwise.
    if (!q.exec(QStringLiteral("SET client_min_messages TO warning"))) {
        return fail(tr("Could not prepare the job log %1.").arg(m_where), q.lastError());
    }
    if (!schema.isEmpty()) {
        const QString quoted = QLatin1Char('"') + schema + QLatin1Char('"');
        if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoted)
            || !q.exec(QStringLiteral("SET search_path TO ") + quoted)) {
            return fail(tr("Could not use the schema %1 of the job log %2.").arg(schema, m_where), q.lastError());
        }
    }
    return Done {};
}

Expected<int> JobLog::Private::readVersion() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString exists = m_postgres
        ? QStringLiteral("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_name = 'schema_migrations'")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'");
    if (!q.exec(exists) || !q.next()) {
        return fail(tr("Could not read the schema version of the job log %1.").arg(m_where), q.lastError());
    }
    if (q.value(0).toInt() == 0) {
        if (!m_postgres) {
            // A SQLite file with tables but no schema_migrations belongs to another program:
            // adding ours to it would mix two histories.
            q.finish();
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
                return fail(tr("Could not read the schema version of the job log %1.").arg(m_where), q.lastError());
            }
            if (q.value(0).toInt() > 0) {
                return Error::make(ErrorKind::Database,
                    tr("The file %1 is a database of another program, not a job log.").arg(m_where));
            }
        }
        return 0;
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next()) {
        return fail(tr("Could not read the schema version of the job log %1.").arg(m_where), q.lastError());
    }
    return q.value(0).toInt();
}

Status JobLog::Private::refuseNewer(int version) const
{
    const QString message = tr("The job log %1 has schema version %2: it was written by a newer Staging Workbench. "
                               "This program reads schema version %3 or older; please update it.")
                                .arg(m_where)
                                .arg(version)
                                .arg(SchemaVersion);
    qCWarning(lcDb).noquote() << message;
    return Error::make(ErrorKind::Unsupported, message);
}

Status JobLog::Private::migrate()
{
    QSqlQuery q(m_db);
    const auto rollback = [this, &q](const QSqlError &error) {
        const QString message = tr("Could not prepare the job log %1 (schema version %2); nothing was changed.")
                                    .arg(m_where)
                                    .arg(SchemaVersion);
        q.finish();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return fail(message, error);
    };
    // IMMEDIATE takes SQLite's write lock now, so that two programs opening a new file cannot
    // both decide to create the tables; PostgreSQL gets the same from an advisory lock.
    if (!q.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(tr("Could not prepare the job log %1.").arg(m_where), q.lastError());
    }
    if (m_postgres) {
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(MigrationLockKey);
        if (!q.exec()) {
            return rollback(q.lastError());
        }
        q.finish();
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_ms "
                               "BIGINT NOT NULL)"))) {
        return rollback(q.lastError());
    }
    // Read again under the lock: another program may have migrated meanwhile.
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !q.next()) {
        return rollback(q.lastError());
    }
    const int from = q.value(0).toInt();
    q.finish();
    if (from > SchemaVersion) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return refuseNewer(from);
    }
    if (from < SchemaVersion) {
        if (auto steps = migrateSteps(from); !steps) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return steps;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return rollback(q.lastError());
    }
    if (from < SchemaVersion) {
        qCInfo(lcDb).noquote() << "job log" << m_where << "migrated from schema" << from << "to" << SchemaVersion;
    }
    return Done {};
}

// One block per schema version, applied in order inside the caller's transaction. DDL differs
// per dialect only where it must (the id column); everything else is shared.
QStringList JobLog::Private::migrationDdl(int from) const
{
    QStringList ddl;
    const QString idColumn = m_postgres ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                                        : QStringLiteral("INTEGER PRIMARY KEY");
    if (from < 1) {
        // Events carry no foreign key to orders: the intake records the import of a plan before
        // the order is saved, and an event must never be lost for that. customer_key is
        // textKey(customer_name), so that the customer filter ignores case, accents and punctuation
        // the same way on both databases.
        ddl << QStringLiteral("CREATE TABLE orders (id %1, order_id TEXT NOT NULL UNIQUE CHECK (order_id <> ''), "
                              "customer_name TEXT NOT NULL, customer_key TEXT NOT NULL, customer_id TEXT NOT NULL, "
                              "mode TEXT NOT NULL, station_count INTEGER NOT NULL, document TEXT NOT NULL, "
                              "technician TEXT NOT NULL, bench TEXT NOT NULL, created_ms BIGINT NOT NULL, "
                              "updated_ms BIGINT NOT NULL)")
                   .arg(idColumn)
            << QStringLiteral(
                   "CREATE TABLE events (id %1, order_id TEXT NOT NULL CHECK (order_id <> ''), "
                   "step TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, technician TEXT NOT NULL, "
                   "bench TEXT NOT NULL, started_ms BIGINT NOT NULL, finished_ms BIGINT, "
                   "result TEXT NOT NULL, detail TEXT NOT NULL)")
                   .arg(idColumn)
            // One order's history, and keyset paging inside the common filters.
            << QStringLiteral("CREATE INDEX events_order ON events (order_id, id)")
            << QStringLiteral("CREATE INDEX events_technician ON events (technician, id)")
            << QStringLiteral("CREATE INDEX events_result ON events (result, id)")
            << QStringLiteral("CREATE INDEX events_started ON events (started_ms)");
        if (m_postgres) {
            ddl << QStringLiteral("CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                                  "$$ BEGIN RAISE EXCEPTION 'events are append-only'; END $$")
                << QStringLiteral("CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events "
                                  "FOR EACH ROW EXECUTE FUNCTION events_append_only()")
                << QStringLiteral("CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
                                  "FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()");
        } else {
            ddl << QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                                  "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")
                << QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                                  "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END");
        }
    }
    if (from < 2) {
        // A team of benches sharing the log: the primary keys make each claim and reservation
        // one row that only one bench can write (see TeamLedger).
        ddl << QStringLiteral("CREATE TABLE claims (order_id TEXT PRIMARY KEY CHECK (order_id <> ''), "
                              "bench TEXT NOT NULL, technician TEXT NOT NULL, claimed_ms BIGINT NOT NULL, "
                              "expires_ms BIGINT NOT NULL)")
            << QStringLiteral("CREATE TABLE reservations (kind TEXT NOT NULL, value TEXT NOT NULL CHECK (value <> ''), "
                              "order_id TEXT NOT NULL CHECK (order_id <> ''), bench TEXT NOT NULL, "
                              "technician TEXT NOT NULL, reserved_ms BIGINT NOT NULL, PRIMARY KEY (kind, value))")
            << QStringLiteral("CREATE INDEX reservations_order ON reservations (order_id)");
    }
    if (from < 3) {
        // The main window shows which steps of every order are done (OrderProgress): a partial
        // index holds only the step-done events, so listing them never reads the whole history.
        ddl << QStringLiteral("CREATE INDEX events_step_done ON events (order_id, step) "
                              "WHERE action = 'step-done' AND result = 'ok'");
    }
    static_assert(SchemaVersion == 3, "add the migration step for the new schema version above");
    return ddl;
}

Status JobLog::Private::migrateSteps(int from)
{
    const QStringList ddl = migrationDdl(from);
    QSqlQuery q(m_db);
    for (const QString &statement : ddl) {
        if (!q.exec(statement)) {
            return fail(tr("Could not prepare the job log %1 (schema version %2); nothing was changed.")
                            .arg(m_where)
                            .arg(SchemaVersion),
                q.lastError());
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_ms) VALUES (?, ?)"));
    for (int version = from + 1; version <= SchemaVersion; ++version) {
        q.bindValue(0, version);
        q.bindValue(1, now);
        if (!q.exec()) {
            return fail(tr("Could not prepare the job log %1 (schema version %2); nothing was changed.")
                            .arg(m_where)
                            .arg(SchemaVersion),
                q.lastError());
        }
    }
    q.finish();
    // Mirrored for the sqlite3 shell and file(1); schema_migrations stays the reference.
    if (!m_postgres && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))) {
        return fail(tr("Could not prepare the job log %1 (schema version %2); nothing was changed.")
                        .arg(m_where)
                        .arg(SchemaVersion),
            q.lastError());
    }
    return Done {};
}

void JobLog::Private::bindEvent(QSqlQuery &q, const JobEvent &event) const
{
    // order_id is bound as given: an empty one must be refused by the database, not invented.
    q.bindValue(0, event.orderId);
    q.bindValue(1, text(event.step));
    // Step and action are the program's own words, read back by code (BenchSecretsJob looks for
    // the action that says a password was made): never masked, or a secret that happens to be a
    // common word ("admin") would turn "phone-admin-password-generated" into something no one finds.
    q.bindValue(2, text(event.action));
    q.bindValue(3, text(m_redactor.redact(event.target)));
    q.bindValue(4, text(event.technician));
    q.bindValue(5, text(event.bench));
    // An event without a start time is still recorded, at the time it reached the log.
    q.bindValue(6, event.started.isValid() ? event.started.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    q.bindValue(7, millis(event.finished));
    q.bindValue(8, jobResultId(event.result));
    QJsonObject detail = m_detailDefaults;
    for (auto it = event.detail.begin(); it != event.detail.end(); ++it) {
        detail.insert(it.key(), it.value());
    }
    q.bindValue(9, QString::fromUtf8(QJsonDocument(m_redactor.redact(detail)).toJson(QJsonDocument::Compact)));
}

JobLog::JobLog(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

JobLog::~JobLog() = default;

QString JobLog::defaultLocation()
{
    // Only a name: the folder is created (0700) when the log is opened, so that --help or a
    // refused command line leaves nothing behind.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/staging-workbench/joblog.sqlite");
}

Expected<std::unique_ptr<JobLog>> JobLog::open(const QString &location)
{
    if (location.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("No job log location was given."));
    }
    auto d = std::make_unique<Private>();
    d->m_thread = QThread::currentThread();
    d->m_connectionName = QStringLiteral("staging-joblog-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    d->m_postgres = isPostgresLocation(location);

    if (auto opened = d->m_postgres ? d->openPostgres(location) : d->openSqlite(location); !opened) {
        return opened.error();
    }
    // A newer database is refused before this program changes anything in it, even its journal mode.
    auto version = d->readVersion();
    if (!version) {
        return version.error();
    }
    if (*version > SchemaVersion) {
        return d->refuseNewer(*version).error();
    }
    if (!d->m_postgres) {
        if (auto configured = d->configureSqlite(); !configured) {
            return configured.error();
        }
    }
    if (*version < SchemaVersion) {
        if (auto migrated = d->migrate(); !migrated) {
            return migrated.error();
        }
    }
    d->m_schemaVersion = SchemaVersion;
    qCDebug(lcDb).noquote() << "job log" << d->m_where << "open, schema version" << SchemaVersion;
    return std::unique_ptr<JobLog>(new JobLog(std::move(d)));
}

Status JobLog::checkIntegrity(const QString &location)
{
    if (isPostgresLocation(location)) {
        return Done {};
    }
    const QString where = QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
    const QString name = QStringLiteral("staging-joblog-check-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    Status result = Done {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QFileInfo(location).absoluteFilePath());
        // Read-only: a check must never create the file or change it; it waits for a writer like open() does.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString message = tr("Could not open the job log %1.").arg(where);
            result = Error::make(ErrorKind::Database, message, db.lastError().text());
        } else {
            result = quickCheck(db, where);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool JobLog::isPostgres() const
{
    return d->m_postgres;
}

int JobLog::schemaVersion() const
{
    return d->m_schemaVersion;
}

QString JobLog::location() const
{
    return d->m_where;
}

QString JobLog::connectionName() const
{
    return d->m_connectionName;
}

void JobLog::addSecret(const QString &value)
{
    d->checkThread();
    d->m_redactor.addSecret(value);
}

void JobLog::setDetailDefaults(const QJsonObject &defaults)
{
    d->checkThread();
    d->m_detailDefaults = defaults;
}

Status JobLog::saveOrder(const Order &order, const QString &technician, const QString &bench)
{
    d->checkThread();
    QSqlQuery q(d->m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO orders (order_id, customer_name, customer_key, customer_id, mode, station_count, document, "
        "technician, bench, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (order_id) DO UPDATE SET customer_name = excluded.customer_name, "
        "customer_key = excluded.customer_key, customer_id = excluded.customer_id, mode = excluded.mode, "
        "station_count = excluded.station_count, document = excluded.document, technician = excluded.technician, "
        "bench = excluded.bench, updated_ms = excluded.updated_ms"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.bindValue(0, order.orderId);
    q.bindValue(1, text(order.customerName));
    q.bindValue(2, text(textKey(order.customerName)));
    q.bindValue(3, text(order.customerId));
    q.bindValue(4, deploymentModeId(order.mode));
    q.bindValue(5, int(order.stations.size()));
    q.bindValue(6, QString::fromUtf8(QJsonDocument(order.toJson()).toJson(QJsonDocument::Compact)));
    q.bindValue(7, text(technician));
    q.bindValue(8, text(bench));
    q.bindValue(9, now);
    q.bindValue(10, now);
    if (!q.exec()) {
        return d->fail(tr("Could not save order %1 in the job log %2.").arg(order.orderId, d->m_where), q.lastError());
    }
    return Done {};
}

Expected<Order> JobLog::loadOrder(const QString &orderId) const
{
    d->checkThread();
    QSqlQuery q(d->m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT document FROM orders WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec()) {
        return d->fail(tr("Could not read order %1 from the job log %2.").arg(orderId, d->m_where), q.lastError());
    }
    if (!q.next()) {
        return Error::make(
            ErrorKind::InvalidInput, tr("There is no order %1 in the job log %2.").arg(orderId, d->m_where));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!document.isObject()) {
        return Error::make(ErrorKind::Database,
            tr("The saved order %1 in the job log %2 is not readable.").arg(orderId, d->m_where),
            parseError.errorString());
    }
    return Order::fromJson(document.object());
}

Expected<QList<OrderSummary>> JobLog::orders() const
{
    d->checkThread();
    QSqlQuery q(d->m_db);
    q.setForwardOnly(true);
    // The latest event by id (ids only grow) gives the step the order is at.
    const bool ok = q.exec(QStringLiteral(
        "SELECT o.order_id, o.customer_name, o.customer_id, o.mode, o.station_count, o.technician, o.bench, "
        "o.created_ms, o.updated_ms, e.step, e.started_ms, e.finished_ms FROM orders o "
        "LEFT JOIN events e ON e.id = (SELECT MAX(l.id) FROM events l WHERE l.order_id = o.order_id)"));
    if (!ok) {
        return d->fail(tr("Could not list the orders of the job log %1.").arg(d->m_where), q.lastError());
    }
    QList<OrderSummary> summaries;
    while (q.next()) {
        OrderSummary s;
        s.orderId = q.value(0).toString();
        s.customerName = q.value(1).toString();
        s.customerId = q.value(2).toString();
        s.mode = q.value(3).toString();
        s.stationCount = q.value(4).toInt();
        s.technician = q.value(5).toString();
        s.bench = q.value(6).toString();
        s.created = fromMillis(q.value(7));
        qint64 updated = q.value(8).toLongLong();
        s.lastStep = q.value(9).toString();
        for (int column : { 10, 11 }) {
            if (!q.value(column).isNull()) {
                updated = std::max(updated, q.value(column).toLongLong());
            }
        }
        s.updated = QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC);
        summaries.append(s);
    }
    q.finish();
    // Served by the partial index events_step_done; the literals match its WHERE for the planner.
    if (!q.exec(QStringLiteral("SELECT DISTINCT order_id, step FROM events "
                               "WHERE action = 'step-done' AND result = 'ok'"))) {
        return d->fail(tr("Could not list the orders of the job log %1.").arg(d->m_where), q.lastError());
    }
    QHash<QString, QStringList> stepsDone;
    while (q.next()) {
        stepsDone[q.value(0).toString()].append(q.value(1).toString());
    }
    for (OrderSummary &summary : summaries) {
        summary.stepsDone = stepsDone.value(summary.orderId);
    }
    std::sort(summaries.begin(), summaries.end(), [](const OrderSummary &a, const OrderSummary &b) {
        return a.updated != b.updated ? a.updated > b.updated : a.orderId < b.orderId;
    });
    return summaries;
}

Expected<qint64> JobLog::append(const JobEvent &event)
{
    d->checkThread();
    QSqlQuery q(d->m_db);
    // RETURNING on both databases: QPSQL has no lastInsertId() worth trusting.
    q.prepare(insertEventSql() + QLatin1String(" RETURNING id"));
    d->bindEvent(q, event);
    if (!q.exec() || !q.next()) {
        return d->fail(tr("Could not record the event %1 of order %2 in the job log %3.")
                           .arg(event.action, event.orderId, d->m_where),
            q.lastError());
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Status JobLog::appendBatch(const QList<JobEvent> &events)
{
    d->checkThread();
    if (events.isEmpty()) {
        return Done {};
    }
    const auto failure = [this, &events](const QSqlError &error) {
        d->m_db.rollback();
        return d->fail(
            tr("Could not record %n event(s) in the job log %1; none was recorded.", nullptr, int(events.size()))
                .arg(d->m_where),
            error);
    };
    if (!d->m_db.transaction()) {
        return failure(d->m_db.lastError());
    }
    {
        // Prepared once and reused for every row: parsing the INSERT each time would cost more
        // than writing the row.
        QSqlQuery q(d->m_db);
        if (!q.prepare(insertEventSql())) {
            const QSqlError error = q.lastError();
            q.finish();
            return failure(error);
        }
        for (const JobEvent &event : events) {
            d->bindEvent(q, event);
            if (!q.exec()) {
                const QSqlError error = q.lastError();
                q.finish();
                return failure(error);
            }
        }
    }
    if (!d->m_db.commit()) {
        return failure(d->m_db.lastError());
    }
    return Done {};
}

Expected<QList<JobEvent>> JobLog::history(const QString &orderId) const
{
    d->checkThread();
    QSqlQuery q(d->m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + eventColumns() + QStringLiteral(" FROM events WHERE order_id = ? ORDER BY id"));
    q.addBindValue(orderId);
    if (!q.exec()) {
        return d->fail(
            tr("Could not read the history of order %1 from the job log %2.").arg(orderId, d->m_where), q.lastError());
    }
    QList<JobEvent> events;
    while (q.next()) {
        auto event = readEvent(q, d->m_where);
        if (!event) {
            return event.error();
        }
        events.append(std::move(event).value());
    }
    return events;
}

Expected<QList<JobEvent>> JobLog::query(const HistoryFilter &filter) const
{
    d->checkThread();
    QString sql = QStringLiteral("SELECT ") + eventColumns() + QStringLiteral(" FROM events WHERE ");
    QVariantList values;
    // Keyset paging in either direction: the page starts past the last id read, an index seek
    // whatever the depth. Newest first with nothing read yet starts above every id.
    if (filter.newestFirst) {
        sql += QStringLiteral("id < ?");
        values.append(filter.afterId > 0 ? filter.afterId : std::numeric_limits<qint64>::max());
    } else {
        sql += QStringLiteral("id > ?");
        values.append(filter.afterId);
    }
    const auto equals = [&sql, &values](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
            values.append(value);
        }
    };
    equals("order_id", filter.orderId);
    equals("technician", filter.technician);
    equals("bench", filter.bench);
    equals("result", filter.result);
    equals("action", filter.action);
    equals("target", filter.target);
    if (!filter.customer.isEmpty()) {
        // textKey() keeps only letters and digits, so the pattern needs no LIKE escaping.
        sql += QStringLiteral(" AND order_id IN (SELECT order_id FROM orders WHERE customer_key LIKE ?)");
        values.append(QString(QLatin1Char('%') + textKey(filter.customer) + QLatin1Char('%')));
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND started_ms >= ?");
        values.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND started_ms < ?");
        values.append(filter.to.toMSecsSinceEpoch());
    }
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY id DESC") : QStringLiteral(" ORDER BY id");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(filter.limit);
    }

    QSqlQuery q(d->m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(int(i), values.at(i));
    }
    if (!q.exec()) {
        return d->fail(tr("Could not search the job log %1.").arg(d->m_where), q.lastError());
    }
    QList<JobEvent> events;
    while (q.next()) {
        auto event = readEvent(q, d->m_where);
        if (!event) {
            return event.error();
        }
        events.append(std::move(event).value());
    }
    return events;
}

} // namespace Staging
