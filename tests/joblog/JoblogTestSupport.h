// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobLog.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>
#include <ostream>

namespace Staging::Test {

enum class Backend
{
    Sqlite,
    Postgres
};
inline void PrintTo(Backend backend, std::ostream *os)
{
    *os << (backend == Backend::Postgres ? "Postgres" : "Sqlite");
}

/** STAGING_TEST_PG_URL, or empty with the reason the PostgreSQL tests cannot run. */
QString postgresUrl();
QString postgresMissingMessage();

/** The URL with a query item added (it may already have a query). */
QString withQueryItem(const QString &url, const QString &key, const QString &value);

/**
 * A second connection to a job log's database, beside the JobLog under test, for what the API
 * does not allow: raw UPDATE and DELETE, planting a newer schema version, searching every row.
 * A SQLite file path, or a postgresql:// URL whose "schema" query item becomes the search_path.
 */
class RawConnection
{
public:
    explicit RawConnection(const QString &location);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }
    bool isPostgres() const { return m_postgres; }

    /** Runs one statement; false and the database's error text when it fails. */
    bool exec(const QString &sql, QString *error = nullptr);
    /** First column of the first row, invalid on failure. */
    QVariant scalar(const QString &sql);
    /** The first column of every row, empty on failure. */
    QStringList column(const QString &sql);
    /** Every row of every table of the log's schema, each as one text. */
    QStringList allRowsAsText();

private:
    QString m_name;
    bool m_postgres = false;
    bool m_open = false;
    QString m_openError;
};

/** The same behaviour on a SQLite file and on a fresh schema of the real PostgreSQL server. */
class JoblogBackendFixture : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    void TearDown() override;

    bool postgres() const { return GetParam() == Backend::Postgres; }
    /** The location every JobLog of this test opens. */
    QString location() const { return m_location; }
    /** Opens the log at location(); fails the test and returns null when it cannot. */
    std::unique_ptr<JobLog> openLog() const;
    /** True when a byte string appears anywhere in the stored database (files, or any row). */
    bool storageContains(const QByteArray &needle) const;

    QTemporaryDir m_dir;
    QString m_location;
    QString m_schema;
};

std::string backendName(const ::testing::TestParamInfo<Backend> &info);

} // namespace Staging::Test
