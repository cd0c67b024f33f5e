// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ProblemsModel.h"

#include "DisplayLabels.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QIcon>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

Problems problems()
{
    return {
        Problem { 5, 6, QStringLiteral("extension"), QStringLiteral("duplicate-extension"),
            QStringLiteral("Extension 8002 is already used on row 3."), Problem::Severity::Error },
        Problem { 0, 0, QStringLiteral("customer_id"), QStringLiteral("customer-id-not-siret"),
            QStringLiteral("Customer id \"ABC\" is not a SIRET"), Problem::Severity::Warning },
    };
}

} // namespace

TEST(GuiProblemsModel, PassesTheModelTesterThroughResets)
{
    ModelTestWarnings warnings;
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setProblems(problems());
    model.setProblems({});
    model.setProblems(problems());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(GuiProblemsModel, ShowsSeverityRowColumnLetterAndMessage)
{
    ProblemsModel model;
    model.setProblems(problems());
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(text(0, ProblemsModel::SeverityColumn), QStringLiteral("Error"));
    EXPECT_EQ(text(0, ProblemsModel::RowColumn), QStringLiteral("5"));
    EXPECT_EQ(text(0, ProblemsModel::ColumnColumn), QStringLiteral("F"));
    EXPECT_EQ(text(0, ProblemsModel::MessageColumn), QStringLiteral("Extension 8002 is already used on row 3."));
    EXPECT_FALSE(model.index(0, ProblemsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    // A problem of the order itself has no cell in the file.
    EXPECT_EQ(text(1, ProblemsModel::SeverityColumn), QStringLiteral("Warning"));
    EXPECT_TRUE(text(1, ProblemsModel::RowColumn).isEmpty());
    EXPECT_TRUE(text(1, ProblemsModel::ColumnColumn).isEmpty());
}

TEST(GuiProblemsModel, NamesColumnsAsTheSpreadsheetDoes)
{
    EXPECT_EQ(DisplayLabels::columnLetters(1), QStringLiteral("A"));
    EXPECT_EQ(DisplayLabels::columnLetters(26), QStringLiteral("Z"));
    EXPECT_EQ(DisplayLabels::columnLetters(27), QStringLiteral("AA"));
    EXPECT_EQ(DisplayLabels::columnLetters(52), QStringLiteral("AZ"));
    EXPECT_EQ(DisplayLabels::columnLetters(703), QStringLiteral("AAA"));
    EXPECT_TRUE(DisplayLabels::columnLetters(0).isEmpty());
}
