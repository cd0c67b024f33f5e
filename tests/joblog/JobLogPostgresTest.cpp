// SPDX-License-Identifier: GPL-3.0-or-later
// What only the PostgreSQL job log has: a URL with a password that must never show.
#include "JoblogTestSupport.h"
#include "TestSupport.h"
#include "joblog/JobLog.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

QString serverUrl()
{
    return postgresUrl();
}

} // namespace

TEST(JoblogPostgres, AWrongPasswordIsNeverShown)
{
    const QString base = serverUrl();
    ASSERT_FALSE(base.isEmpty()) << postgresMissingMessage().toStdString();
    QUrl url(base);
    const QString wrong =
        QStringLiteral("Wrong-Pw-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    url.setPassword(wrong);
    const auto refused = JobLog::open(url.toString());
    ASSERT_FALSE(refused);
    const Error &error = refused.error();
    EXPECT_EQ(error.kind, ErrorKind::Database);
    EXPECT_TRUE(error.message.contains(url.host())) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(url.path().mid(1))) << error.message.toStdString();
    EXPECT_FALSE(error.detail.isEmpty()); // the server's reason, for the log
    for (const QString &text : { error.message, error.detail }) {
        EXPECT_FALSE(text.contains(wrong)) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Wrong-Pw"))) << text.toStdString();
    }
}

TEST(JoblogPostgres, BadAddressesAreRefusedWithoutShowingThePassword)
{
    for (const char *location : { "postgresql://staging:Hidden-Pw-1@127.0.0.1:55432",
             "postgresql://staging:Hidden-Pw-1@127.0.0.1:55432/db?schema=bad-name",
             "postgresql://staging:Hidden-Pw-1@127.0.0.1:55432/db?sslmode=require;password=x",
             "postgresql://staging:Hidden-Pw-1@127.0.0.1:bad/db" }) {
        const auto refused = JobLog::open(QString::fromLatin1(location));
        ASSERT_FALSE(refused) << location;
        EXPECT_EQ(refused.error().kind, ErrorKind::InvalidInput) << location;
        EXPECT_FALSE(refused.error().message.contains(QStringLiteral("Hidden-Pw")))
            << refused.error().message.toStdString();
        EXPECT_FALSE(refused.error().detail.contains(QStringLiteral("Hidden-Pw")))
            << refused.error().detail.toStdString();
    }
}

TEST(JoblogPostgres, ThePasswordIsUsedButNotKept)
{
    const QString base = serverUrl();
    ASSERT_FALSE(base.isEmpty()) << postgresMissingMessage().toStdString();
    // The short scheme works too.
    QString location = withQueryItem(base, QStringLiteral("schema"),
        QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    location.replace(QStringLiteral("postgresql://"), QStringLiteral("postgres://"));
    const QString password = QUrl(base).password();
    {
        auto log = JobLog::open(location);
        ASSERT_TRUE(log) << log.error().message.toStdString();
        EXPECT_TRUE((*log)->isPostgres());
        EXPECT_FALSE((*log)->location().contains(password)) << (*log)->location().toStdString();
        EXPECT_TRUE((*log)->location().startsWith(QStringLiteral("postgresql://"))) << (*log)->location().toStdString();
        if (!password.isEmpty()) {
            EXPECT_TRUE(QSqlDatabase::database((*log)->connectionName(), false).password().isEmpty());
        }
        // Recorded text never holds the database password either.
        JobEvent e;
        e.orderId = QStringLiteral("CMD-1");
        e.started = QDateTime::currentDateTimeUtc();
        e.target = QStringLiteral("db:") + password;
        ASSERT_TRUE((*log)->append(e));
        const auto history = (*log)->history(QStringLiteral("CMD-1"));
        ASSERT_TRUE(history);
        ASSERT_EQ(history->size(), 1);
        if (!password.isEmpty()) {
            EXPECT_EQ(history->first().target, QStringLiteral("db:***"));
        }
    }
    RawConnection admin(base);
    ASSERT_TRUE(admin.isOpen());
    EXPECT_TRUE(admin.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE")
                               .arg(QUrlQuery(QUrl(location)).queryItemValue(QStringLiteral("schema")))));
}
