// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/HistoryModel.h"

#include "GuiTestSupport.h"
#include "HistoryTestLog.h"
#include "joblog/JobLog.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

TEST(GuiHistoryModel, FetchesOnePageAtATimeUnderTheModelTester)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 2 * HistoryModel::PageSize + 17, 5);
    ASSERT_NE(log, nullptr);
    ModelTestWarnings warnings;
    HistoryModel model(*log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setFilter({});
    // The tester itself fetches a page: whatever asked, one call reads one page, never more.
    int calls = 0;
    int previous = model.rowCount();
    while (model.canFetchMore({})) {
        model.fetchMore({});
        EXPECT_LE(model.rowCount() - previous, HistoryModel::PageSize);
        previous = model.rowCount();
        ASSERT_LT(++calls, 10);
    }
    EXPECT_EQ(model.rowCount(), 2 * HistoryModel::PageSize + 17);
    EXPECT_FALSE(model.canFetchMore({}));
    // Oldest first, no event twice across page boundaries.
    for (int row = 1; row < model.rowCount(); ++row) {
        ASSERT_LT(model.eventAt(row - 1).id, model.eventAt(row).id) << row;
    }
    EXPECT_EQ(model.data(model.index(0, HistoryModel::TargetColumn)).toString(), QStringLiteral("user:8000"));
    EXPECT_EQ(model.data(model.index(0, HistoryModel::TechnicianColumn)).toString(), QStringLiteral("Camille"));
    EXPECT_FALSE(model.data(model.index(0, HistoryModel::DurationColumn)).toString().isEmpty());
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(GuiHistoryModel, NewestFirstPagesBackFromTheLatestEventUnderTheModelTester)
{
    QTemporaryDir dir;
    const int count = 2 * HistoryModel::PageSize + 17;
    auto log = historyLog(dir, count, 5);
    ASSERT_NE(log, nullptr);
    ModelTestWarnings warnings;
    HistoryModel model(*log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    HistoryFilter newest;
    newest.newestFirst = true;
    model.setFilter(newest);
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), HistoryModel::PageSize);
    // The latest work on top.
    EXPECT_EQ(model.data(model.index(0, HistoryModel::TargetColumn)).toString(),
        QStringLiteral("user:%1").arg(8000 + count - 1));
    int calls = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        EXPECT_LE(model.rowCount() - before, HistoryModel::PageSize);
        ASSERT_LT(++calls, 10);
    }
    EXPECT_EQ(model.rowCount(), count);
    // Every event once, each page going on below the last id of the one before.
    for (int row = 1; row < model.rowCount(); ++row) {
        ASSERT_GT(model.eventAt(row - 1).id, model.eventAt(row).id) << row;
    }
    EXPECT_EQ(model.data(model.index(count - 1, HistoryModel::TargetColumn)).toString(), QStringLiteral("user:8000"));

    // With a filter, through the same index: Yanis's events of CMD-1 are i % 10 == 1, newest i = 411.
    newest.technician = QStringLiteral("Yanis");
    newest.orderId = QStringLiteral("CMD-1");
    model.setFilter(newest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    EXPECT_EQ(model.rowCount(), (count + 8) / 10);
    EXPECT_EQ(model.eventAt(0).target, QStringLiteral("user:%1").arg(8000 + 411));
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(GuiHistoryModel, AFilterStartsAgainWithOnlyTheMatchingEvents)
{
    QTemporaryDir dir;
    auto log = historyLog(dir, 300, 5);
    ASSERT_NE(log, nullptr);
    ModelTestWarnings warnings;
    HistoryModel model(*log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setFilter({});
    model.fetchMore({});
    ASSERT_LE(model.rowCount(), HistoryModel::PageSize);
    ASSERT_TRUE(model.canFetchMore({}));

    HistoryFilter filter;
    filter.technician = QStringLiteral("Yanis");
    filter.orderId = QStringLiteral("CMD-1");
    filter.result = jobResultId(JobResult::Ok);
    model.setFilter(filter);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    // i % 5 == 1 and i odd: i = 1, 11, 21 ... 291 (30 events), none of them a multiple of 10.
    EXPECT_EQ(model.rowCount(), 30);
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.eventAt(row).technician, QStringLiteral("Yanis"));
        EXPECT_EQ(model.eventAt(row).orderId, QStringLiteral("CMD-1"));
    }
    filter = {};
    filter.from = QDateTime::fromMSecsSinceEpoch(HistoryT0 + 100 * 1000, Qt::UTC);
    filter.to = QDateTime::fromMSecsSinceEpoch(HistoryT0 + 110 * 1000, Qt::UTC);
    model.setFilter(filter);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_TRUE(model.errorMessage().isEmpty());
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}
