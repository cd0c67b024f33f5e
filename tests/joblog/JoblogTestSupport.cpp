// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoblogTestSupport.h"

#include <QAtomicInteger>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

namespace Staging::Test {

namespace {
QAtomicInteger<int> g_rawCounter;
}

QString postgresUrl()
{
    return qEnvironmentVariable("STAGING_TEST_PG_URL");
}

QString postgresMissingMessage()
{
    return QStringLiteral(
        "STAGING_TEST_PG_URL is not set, so the PostgreSQL job log tests cannot run. Run the tests the way the "
        "README says (.ci/test), or start a server with .ci/start-postgres and export the line it prints.");
}

QString withQueryItem(const QString &url, const QString &key, const QString &value)
{
    QUrl u(url);
    QUrlQuery query(u);
    query.addQueryItem(key, value);
    u.setQuery(query);
    return u.toString();
}

RawConnection::RawConnection(const QString &location)
    : m_name(QStringLiteral("joblog-test-raw-%1").arg(g_rawCounter.fetchAndAddRelaxed(1)))
    , m_postgres(location.startsWith(QLatin1String("postgres")))
{
    QString schema;
    {
        QSqlDatabase db;
        if (m_postgres) {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        m_open = db.open();
        if (!m_open) {
            m_openError = db.lastError().text();
            return;
        }
    }
    exec(QStringLiteral("SET client_min_messages TO warning"));
    if (!schema.isEmpty()) {
        m_open = exec(QStringLiteral("SET search_path TO \"%1\"").arg(schema), &m_openError);
    }
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (q.exec(sql)) {
        return true;
    }
    if (error) {
        *error = q.lastError().text();
    }
    return false;
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

QStringList RawConnection::column(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    QStringList out;
    if (q.exec(sql)) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

QStringList RawConnection::allRowsAsText()
{
    QStringList tables;
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.exec(m_postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        while (q.next()) {
            tables.append(q.value(0).toString());
        }
    }
    QStringList rows;
    for (const QString &table : tables) {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        // PostgreSQL renders a whole row as text; for SQLite every column is read instead.
        q.exec(m_postgres ? QStringLiteral("SELECT t::text FROM \"%1\" t").arg(table)
                          : QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i) {
                columns.append(q.value(i).toString());
            }
            rows.append(table + QLatin1Char(':') + columns.join(QLatin1Char('|')));
        }
    }
    return rows;
}

void JoblogBackendFixture::SetUp()
{
    if (!postgres()) {
        ASSERT_TRUE(m_dir.isValid());
        m_location = m_dir.filePath(QStringLiteral("joblog.sqlite"));
        return;
    }
    const QString url = postgresUrl();
    if (url.isEmpty()) {
        FAIL() << postgresMissingMessage().toStdString();
    }
    // A schema of its own per test: tests run in parallel and leave nothing behind.
    m_schema = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    m_location = withQueryItem(url, QStringLiteral("schema"), m_schema);
}

void JoblogBackendFixture::TearDown()
{
    if (m_schema.isEmpty()) {
        return;
    }
    RawConnection admin(postgresUrl());
    ASSERT_TRUE(admin.isOpen()) << admin.openError().toStdString();
    QString error;
    EXPECT_TRUE(admin.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(m_schema), &error))
        << error.toStdString();
}

std::unique_ptr<JobLog> JoblogBackendFixture::openLog() const
{
    auto log = JobLog::open(m_location);
    if (!log) {
        ADD_FAILURE() << "cannot open the job log: " << log.error().message.toStdString() << " / "
                      << log.error().detail.toStdString();
        return nullptr;
    }
    return std::move(log).value();
}

bool JoblogBackendFixture::storageContains(const QByteArray &needle) const
{
    if (postgres()) {
        RawConnection raw(m_location);
        EXPECT_TRUE(raw.isOpen()) << raw.openError().toStdString();
        const QStringList rows = raw.allRowsAsText();
        EXPECT_FALSE(rows.isEmpty());
        return rows.join(QLatin1Char('\n')).toUtf8().contains(needle);
    }
    // The bytes on disk, the write-ahead log included: what a stolen laptop would give away.
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") }) {
        QFile file(m_location + suffix);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            return true;
        }
    }
    return false;
}

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Postgres ? "Postgres" : "Sqlite";
}

} // namespace Staging::Test
