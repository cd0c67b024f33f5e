// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GroupsModel.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "order/Order.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

Order order()
{
    Order o;
    Station desk;
    desk.row = 2;
    desk.name = QStringLiteral("Hélène Lemaître");
    desk.groups = { QStringLiteral("Accueil"), QStringLiteral("Direction") };
    Station claire;
    claire.row = 3;
    claire.name = QStringLiteral("Claire Dubois");
    // Named as members write it: case and accents aside, it is the same group.
    claire.groups = { QStringLiteral(" ACCUEIL ") };
    Station other;
    other.row = 4;
    other.name = QStringLiteral("Réserve");
    o.stations = { desk, claire, other };

    RingGroup reception;
    reception.row = 5;
    reception.name = QStringLiteral("Accueil");
    reception.extension = QStringLiteral("8010");
    reception.dids = { QStringLiteral("0442001010"), QStringLiteral("0442001011") };
    reception.strategy = RingGroup::Strategy::Linear;
    RingGroup board;
    board.row = 6;
    board.name = QStringLiteral("Direction");
    board.extension = QStringLiteral("8011");
    board.extensionAssigned = true;
    board.newDid = true;
    o.groups = { reception, board };
    return o;
}

QString text(const GroupsModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST(GuiGroupsModel, PassesTheModelTesterThroughResets)
{
    ModelTestWarnings warnings;
    GroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setOrder(order());
    model.setOrder(Order());
    model.setOrder(order(),
        { Problem { 5, 6, QStringLiteral("extension"), QStringLiteral("duplicate-extension"),
            QStringLiteral("already used"), Problem::Severity::Error } });
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(GuiGroupsModel, ShowsMembersExtensionDidsAndStrategy)
{
    GroupsModel model;
    model.setOrder(order());
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(text(model, 0, GroupsModel::RowColumn), QStringLiteral("5"));
    EXPECT_EQ(text(model, 0, GroupsModel::NameColumn), QStringLiteral("Accueil"));
    EXPECT_EQ(text(model, 0, GroupsModel::ExtensionColumn), QStringLiteral("8010"));
    EXPECT_EQ(text(model, 0, GroupsModel::DidsColumn), QStringLiteral("0442001010, 0442001011"));
    EXPECT_EQ(text(model, 0, GroupsModel::StrategyColumn), QStringLiteral("One after the other"));
    EXPECT_EQ(text(model, 0, GroupsModel::MembersColumn), QStringLiteral("Hélène Lemaître, Claire Dubois"));

    EXPECT_EQ(text(model, 1, GroupsModel::DidsColumn), QStringLiteral("new number"));
    EXPECT_EQ(text(model, 1, GroupsModel::StrategyColumn), QStringLiteral("All at once"));
    EXPECT_EQ(text(model, 1, GroupsModel::MembersColumn), QStringLiteral("Hélène Lemaître"));
    // An extension the workbench chose is in italics, as in the stations table.
    const QModelIndex assigned = model.index(1, GroupsModel::ExtensionColumn);
    EXPECT_TRUE(assigned.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_FALSE(model.index(0, GroupsModel::ExtensionColumn).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(model.headerData(GroupsModel::MembersColumn, Qt::Horizontal).toString(), QStringLiteral("Members"));
}

TEST(GuiGroupsModel, AProblemShowsInItsCellAndOtherFieldsOnTheRowNumber)
{
    GroupsModel model;
    model.setOrder(order(),
        { Problem { 5, 6, QStringLiteral("extension"), QStringLiteral("duplicate-extension"),
              QStringLiteral("Extension 8010 is already used on row 2."), Problem::Severity::Error },
            Problem { 6, 4, QStringLiteral("hardware"), QStringLiteral("group-with-station-field"),
                QStringLiteral("A ring group has no Hardware."), Problem::Severity::Error },
            // A station's row is not a group's.
            Problem { 2, 6, QStringLiteral("extension"), QStringLiteral("invalid-extension"),
                QStringLiteral("not a number"), Problem::Severity::Error } });
    const QModelIndex extension = model.index(0, GroupsModel::ExtensionColumn);
    EXPECT_FALSE(extension.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(extension.data(Qt::ToolTipRole).toString(), QStringLiteral("Extension 8010 is already used on row 2."));
    EXPECT_TRUE(model.index(0, GroupsModel::NameColumn).data(Qt::DecorationRole).isNull());
    EXPECT_EQ(model.index(1, GroupsModel::RowColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("A ring group has no Hardware."));
    EXPECT_EQ(model.rowOfFileRow(6), 1);
    EXPECT_EQ(model.rowOfFileRow(2), -1);
    EXPECT_EQ(model.rowOfFileRow(0), -1);
    EXPECT_EQ(GroupsModel::columnOfField(QStringLiteral("ring_strategy")), int(GroupsModel::StrategyColumn));
    EXPECT_EQ(GroupsModel::columnOfField(QStringLiteral("hardware")), -1);
}

TEST(GuiGroupsModel, EditsAreNormalizedAsTheImporterReadsThem)
{
    GroupsModel model;
    model.setOrder(order());
    QSignalSpy edited(&model, &GroupsModel::groupEdited);

    ASSERT_TRUE(model.setData(model.index(0, GroupsModel::DidsColumn), QStringLiteral("04 42 00 10 12 ; création")));
    EXPECT_EQ(model.groups().at(0).dids, QStringList { QStringLiteral("0442001012") });
    EXPECT_TRUE(model.groups().at(0).newDid);
    EXPECT_EQ(text(model, 0, GroupsModel::DidsColumn), QStringLiteral("0442001012, new number"));
    // The DIDs editor opens on what the importer reads back to the same numbers.
    EXPECT_EQ(model.index(0, GroupsModel::DidsColumn).data(Qt::EditRole).toString(), QStringLiteral("0442001012, new"));

    ASSERT_TRUE(model.setData(model.index(1, GroupsModel::ExtensionColumn), QStringLiteral(" 8015 ")));
    EXPECT_EQ(model.groups().at(1).extension, QStringLiteral("8015"));
    EXPECT_FALSE(model.groups().at(1).extensionAssigned);

    // The strategy as the plan writes it, or as the table shows it.
    ASSERT_TRUE(model.setData(model.index(1, GroupsModel::StrategyColumn), QStringLiteral("Linéaire")));
    EXPECT_EQ(model.groups().at(1).strategy, RingGroup::Strategy::Linear);
    ASSERT_TRUE(model.setData(model.index(1, GroupsModel::StrategyColumn), QStringLiteral("all at once")));
    EXPECT_EQ(model.groups().at(1).strategy, RingGroup::Strategy::AllAtOnce);
    ASSERT_TRUE(model.setData(model.index(0, GroupsModel::NameColumn), QStringLiteral("  Accueil   RDC ")));
    EXPECT_EQ(model.groups().at(0).name, QStringLiteral("Accueil RDC"));
    EXPECT_EQ(edited.count(), 5);
    EXPECT_EQ(edited.last().at(0).toInt(), 0);

    EXPECT_EQ(edited.last().at(1).toString(), QStringLiteral("name"));

    // The same value again changes nothing: no edit to check.
    ASSERT_TRUE(model.setData(model.index(0, GroupsModel::ExtensionColumn), QStringLiteral("8010")));
    EXPECT_EQ(edited.count(), 5);
    // But a strategy typed in answers one the file had wrong, even when it is the one the row got.
    ASSERT_TRUE(model.setData(model.index(1, GroupsModel::StrategyColumn), QStringLiteral("all")));
    ASSERT_EQ(edited.count(), 6);
    EXPECT_EQ(edited.last().at(0).toInt(), 1);
    EXPECT_EQ(edited.last().at(1).toString(), QStringLiteral("ring_strategy"));
}

TEST(GuiGroupsModel, WrongEditsAreRefusedOrLeftToTheValidator)
{
    GroupsModel model;
    model.setOrder(order());
    QSignalSpy edited(&model, &GroupsModel::groupEdited);
    // A strategy the workbench does not know is refused in the cell.
    EXPECT_FALSE(model.setData(model.index(0, GroupsModel::StrategyColumn), QStringLiteral("au hasard")));
    EXPECT_EQ(model.groups().at(0).strategy, RingGroup::Strategy::Linear);
    // Members and the row number are not edited here.
    EXPECT_FALSE(model.flags(model.index(0, GroupsModel::MembersColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.flags(model.index(0, GroupsModel::RowColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.flags(model.index(0, GroupsModel::ExtensionColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.setData(model.index(0, GroupsModel::MembersColumn), QStringLiteral("Claire Dubois")));
    EXPECT_FALSE(model.setData(model.index(0, GroupsModel::NameColumn), QStringLiteral("x"), Qt::DisplayRole));
    EXPECT_EQ(edited.count(), 0);
    // Not a number: taken as typed, for the validator to report with its row and column.
    ASSERT_TRUE(model.setData(model.index(0, GroupsModel::ExtensionColumn), QStringLiteral("80a1")));
    EXPECT_EQ(model.groups().at(0).extension, QStringLiteral("80a1"));
    EXPECT_EQ(edited.count(), 1);
}
