// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/OrdersModel.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

OrderSummary summary(const QString &id, const QString &customer, int stations, qint64 updatedSecs)
{
    OrderSummary s;
    s.orderId = id;
    s.customerName = customer;
    s.customerId = QStringLiteral("73282932000074");
    s.mode = QStringLiteral("on-cloud");
    s.stationCount = stations;
    s.technician = QStringLiteral("Camille Martin");
    s.bench = QStringLiteral("banc-2");
    s.created = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    s.updated = QDateTime::fromSecsSinceEpoch(updatedSecs, Qt::UTC);
    s.lastStep = QStringLiteral("intake");
    return s;
}

} // namespace

TEST(GuiOrdersModel, PassesTheModelTesterThroughResets)
{
    ModelTestWarnings warnings;
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setOrders({ summary(QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), 4, 1700000100),
        summary(QStringLiteral("CMD-2"), QStringLiteral("Garage"), 12, 1700000200) });
    model.setOrders({});
    model.setOrders({ summary(QStringLiteral("CMD-3"), QStringLiteral("Pharmacie"), 1, 1700000300) });
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.columnCount(), OrdersModel::ColumnCount);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(GuiOrdersModel, ShowsEverySummaryField)
{
    OrdersModel model;
    model.setOrders({ summary(QStringLiteral("CMD-1"), QStringLiteral("Boulangerie Lemaître"), 4, 1700000100) });
    const auto text = [&model](int column) { return model.index(0, column).data().toString(); };
    EXPECT_EQ(text(OrdersModel::OrderColumn), QStringLiteral("CMD-1"));
    EXPECT_EQ(text(OrdersModel::CustomerColumn), QStringLiteral("Boulangerie Lemaître"));
    EXPECT_EQ(text(OrdersModel::CustomerIdColumn), QStringLiteral("73282932000074"));
    EXPECT_EQ(text(OrdersModel::ModeColumn), QStringLiteral("On-cloud"));
    EXPECT_EQ(text(OrdersModel::StationsColumn), QStringLiteral("4"));
    EXPECT_EQ(text(OrdersModel::TechnicianColumn), QStringLiteral("Camille Martin"));
    EXPECT_EQ(text(OrdersModel::BenchColumn), QStringLiteral("banc-2"));
    EXPECT_EQ(text(OrdersModel::CurrentStepColumn), QStringLiteral("Order"));
    EXPECT_EQ(text(OrdersModel::ProgressColumn), QStringLiteral("○○○○○ 0/5"));
    EXPECT_TRUE(model.index(0, OrdersModel::LastActivityColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("in the step Order")));
    EXPECT_FALSE(text(OrdersModel::LastActivityColumn).isEmpty());
    EXPECT_EQ(model.index(0, OrdersModel::LastActivityColumn).data(OrdersModel::SortRole).toDateTime(),
        QDateTime::fromSecsSinceEpoch(1700000100, Qt::UTC));
    EXPECT_EQ(model.headerData(OrdersModel::CustomerColumn, Qt::Horizontal).toString(), QStringLiteral("Customer"));
    EXPECT_EQ(model.rowOf(QStringLiteral("CMD-1")), 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("CMD-9")), -1);
}

TEST(GuiOrdersModel, ShowsTheCurrentStepAndEveryStepDoneForTheOrdersMode)
{
    OrdersModel model;
    OrderSummary cloud = summary(QStringLiteral("CMD-1"), QStringLiteral("a"), 1, 1700000100);
    cloud.stepsDone = QStringList { QStringLiteral("portal"), QStringLiteral("intake") };
    OrderSummary premise = cloud;
    premise.orderId = QStringLiteral("CMD-2");
    premise.mode = QStringLiteral("on-premise");
    OrderSummary finished = cloud;
    finished.orderId = QStringLiteral("CMD-3");
    finished.stepsDone = QStringList { QStringLiteral("intake"), QStringLiteral("portal"), QStringLiteral("phones"),
        QStringLiteral("labels"), QStringLiteral("signoff") };
    model.setOrders({ cloud, premise, finished });
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(text(0, OrdersModel::CurrentStepColumn), QStringLiteral("Phones"));
    EXPECT_EQ(text(0, OrdersModel::ProgressColumn), QStringLiteral("●●○○○ 2/5"));
    // The same steps done leave an on-premise order at its Shuttle.
    EXPECT_EQ(text(1, OrdersModel::CurrentStepColumn), QStringLiteral("Shuttle hardware"));
    EXPECT_EQ(text(1, OrdersModel::ProgressColumn), QStringLiteral("●○○○●○○○ 2/8"));
    EXPECT_EQ(text(2, OrdersModel::CurrentStepColumn), QStringLiteral("Signed off"));
    const QString tip = model.index(1, OrdersModel::ProgressColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Portal: done"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Debian install: to do"))) << tip.toStdString();
    EXPECT_LT(model.index(0, OrdersModel::ProgressColumn).data(OrdersModel::SortRole).toDouble(),
        model.index(2, OrdersModel::ProgressColumn).data(OrdersModel::SortRole).toDouble());
}

TEST(GuiOrdersModel, SortsByValueNotByDisplayedText)
{
    OrdersModel model;
    model.setOrders({ summary(QStringLiteral("A"), QStringLiteral("a"), 9, 1700000100),
        summary(QStringLiteral("B"), QStringLiteral("b"), 10, 1700000300),
        summary(QStringLiteral("C"), QStringLiteral("c"), 100, 1700000200) });
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OrdersModel::SortRole);
    proxy.sort(OrdersModel::StationsColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy.index(0, OrdersModel::OrderColumn).data().toString(), QStringLiteral("A")); // 9 before 10
    EXPECT_EQ(proxy.index(2, OrdersModel::OrderColumn).data().toString(), QStringLiteral("C"));
    proxy.sort(OrdersModel::LastActivityColumn, Qt::DescendingOrder);
    EXPECT_EQ(proxy.index(0, OrdersModel::OrderColumn).data().toString(), QStringLiteral("B"));
}

TEST(GuiOrdersModel, ShowsUnknownIdsAsTheyAre)
{
    OrdersModel model;
    OrderSummary s = summary(QStringLiteral("CMD-1"), QStringLiteral("x"), 1, 1700000100);
    s.mode = QStringLiteral("on-mars");
    s.lastStep = QStringLiteral("teleport");
    model.setOrders({ s });
    EXPECT_EQ(model.index(0, OrdersModel::ModeColumn).data().toString(), QStringLiteral("on-mars"));
    EXPECT_TRUE(model.index(0, OrdersModel::LastActivityColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(QStringLiteral("in the step teleport")));
}
