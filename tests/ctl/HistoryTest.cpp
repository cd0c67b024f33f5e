// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlRunner.h"
#include "TestSupport.h"
#include "joblog/JobLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

JobEvent event(
    const char *order, const char *action, const char *result, qint64 startMs, const QJsonObject &detail = {})
{
    JobEvent e;
    e.orderId = QString::fromLatin1(order);
    e.step = QStringLiteral("intake");
    e.action = QString::fromLatin1(action);
    e.target = QStringLiteral("plan.xlsx");
    e.technician = QStringLiteral("Camille");
    e.bench = QStringLiteral("banc-2");
    e.started = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    e.finished = e.started.addMSecs(250);
    e.result = *jobResultFromId(QString::fromLatin1(result));
    e.detail = detail;
    return e;
}

// A job log with two orders; returns its path.
QString makeJobLog(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("joblog.sqlite"));
    auto log = JobLog::open(path);
    EXPECT_TRUE(log.hasValue()) << (log ? std::string() : log.error().message.toStdString());
    if (!log) {
        return path;
    }
    Order order;
    order.orderId = QStringLiteral("CMD-1001");
    order.customerName = QStringLiteral("Boulangerie Lemaître");
    order.customerId = QStringLiteral("73282932000074");
    EXPECT_TRUE((*log)->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2")));
    order.orderId = QStringLiteral("CMD-1002");
    order.customerName = QStringLiteral("Garage Durand");
    EXPECT_TRUE((*log)->saveOrder(order, QStringLiteral("Yanis"), QStringLiteral("banc-1")));
    EXPECT_TRUE((*log)->append(event("CMD-1001", "plan-imported", "ok", 1'700'000'000'000,
        QJsonObject { { QStringLiteral("note"), QStringLiteral("=HYPERLINK(\"http://x\")") } })));
    JobEvent other = event("CMD-1002", "plan-imported", "failed", 1'700'000'100'000);
    other.technician = QStringLiteral("Yanis");
    EXPECT_TRUE((*log)->append(other));
    EXPECT_TRUE((*log)->append(event("CMD-1001", "order-saved", "ok", 1'700'000'200'000)));
    return path;
}

} // namespace

TEST(CtlHistory, OneOrderAsJsonOldestFirst)
{
    QTemporaryDir dir;
    const QString path = makeJobLog(dir);
    const CtlRun run = runStagingctl({ QStringLiteral("history"), QStringLiteral("CMD-1001"),
        QStringLiteral("--joblog"), path, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray events = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).toObject().value(QLatin1String("action")).toString(), QStringLiteral("plan-imported"));
    EXPECT_EQ(events.at(1).toObject().value(QLatin1String("action")).toString(), QStringLiteral("order-saved"));
    EXPECT_EQ(events.at(0).toObject().value(QLatin1String("duration_ms")).toInt(), 250);
    EXPECT_EQ(events.at(0).toObject().value(QLatin1String("bench")).toString(), QStringLiteral("banc-2"));
}

TEST(CtlHistory, CsvIsQuotedAndSafeToOpenInASpreadsheet)
{
    QTemporaryDir dir;
    const QString path = makeJobLog(dir);
    const CtlRun run = runStagingctl({ QStringLiteral("history"), QStringLiteral("--joblog"), path,
        QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("id,order,step,action,target,technician,bench,started")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral(",2023-11-14T22:13:20.000Z,")));
    // The detail JSON holds a customer's formula; it must arrive quoted, never as a live formula.
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("\"{\"\"note\"\":\"\"=HYPERLINK(\\\"\"http://x\\\"\")\"\"}\"")))
        << lines.at(1).toStdString();
}

TEST(CtlHistory, FiltersByTechnicianAndResult)
{
    QTemporaryDir dir;
    const QString path = makeJobLog(dir);
    const CtlRun failed = runStagingctl({ QStringLiteral("history"), QStringLiteral("--joblog"), path,
        QStringLiteral("--result"), QStringLiteral("failed"), QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(failed.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(failed.out.toUtf8()).array();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first().toObject().value(QLatin1String("order")).toString(), QStringLiteral("CMD-1002"));

    const CtlRun text = runStagingctl({ QStringLiteral("history"), QStringLiteral("--joblog"), path,
        QStringLiteral("--technician"), QStringLiteral("Camille") });
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("CMD-1001")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("CMD-1002")));
}

TEST(CtlHistory, UnknownOrderAndUnreadableJobLog)
{
    QTemporaryDir dir;
    const QString path = makeJobLog(dir);
    const CtlRun unknown =
        runStagingctl({ QStringLiteral("history"), QStringLiteral("CMD-404"), QStringLiteral("--joblog"), path });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("CMD-404"))) << unknown.err.toStdString();

    const QString garbage = writeFile(dir, QStringLiteral("garbage.sqlite"), QByteArray(4096, 'x'));
    const CtlRun bad = runStagingctl({ QStringLiteral("history"), QStringLiteral("--joblog"), garbage });
    ASSERT_FALSE(bad.crashed);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("garbage.sqlite"))) << bad.err.toStdString();
}
