// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StationsModel.h"

#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "order/ModelCatalog.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

QList<Station> stations()
{
    Station desk;
    desk.row = 4;
    desk.site = QStringLiteral("Aix");
    desk.name = QStringLiteral("Hélène Lemaître");
    desk.profile = Profile::CustomerRelationship;
    desk.modelId = QStringLiteral("yealink-t54w");
    desk.hardwareText = QStringLiteral("YEALINK T54W + extension");
    desk.expansionModule = true;
    desk.extension = QStringLiteral("8001");
    desk.dids = { QStringLiteral("0442001001"), QStringLiteral("0442001002") };
    desk.email = QStringLiteral("helene@lemaitre.example");
    desk.mac = QStringLiteral("80:5e:c0:30:00:01");

    Station soft;
    soft.row = 5;
    soft.name = QStringLiteral("François");
    soft.profile = Profile::UnifiedCommunication;
    soft.hardwareText = QStringLiteral("Cisco 7940");
    soft.extension = QStringLiteral("8000");
    soft.extensionAssigned = true;
    soft.newDid = true;
    return { desk, soft };
}

} // namespace

TEST(GuiStationsModel, PassesTheModelTesterThroughResets)
{
    ModelTestWarnings warnings;
    StationsModel model(ModelCatalog::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setStations(stations());
    model.setStations({});
    model.setStations(stations(),
        { Problem { 5, 4, QStringLiteral("hardware"), QStringLiteral("unknown-model"),
            QStringLiteral("not in the catalog"), Problem::Severity::Error } });
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST(GuiStationsModel, ShowsCatalogNamesAndWhatTheWorkbenchChose)
{
    StationsModel model(ModelCatalog::builtIn());
    model.setStations(stations());
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    EXPECT_EQ(text(0, StationsModel::RowColumn), QStringLiteral("4"));
    EXPECT_EQ(text(0, StationsModel::ProfileColumn), QStringLiteral("Customer relationship"));
    EXPECT_EQ(text(0, StationsModel::ModelColumn), QStringLiteral("Yealink T54W + expansion module"));
    EXPECT_EQ(text(0, StationsModel::DidsColumn), QStringLiteral("0442001001, 0442001002"));
    EXPECT_EQ(text(0, StationsModel::MacColumn), QStringLiteral("80:5e:c0:30:00:01"));
    // Hardware the catalog does not know is shown as written.
    EXPECT_EQ(text(1, StationsModel::ModelColumn), QStringLiteral("Cisco 7940"));
    EXPECT_EQ(text(1, StationsModel::DidsColumn), QStringLiteral("new number"));

    const QModelIndex given = model.index(0, StationsModel::ExtensionColumn);
    const QModelIndex assigned = model.index(1, StationsModel::ExtensionColumn);
    EXPECT_FALSE(given.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(assigned.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_FALSE(assigned.data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(given.data(Qt::ToolTipRole).toString().isEmpty());
}

TEST(GuiStationsModel, MarksTheCellAProblemPointsAt)
{
    StationsModel model(ModelCatalog::builtIn());
    const Problem duplicate { 5, 6, QStringLiteral("extension"), QStringLiteral("duplicate-extension"),
        QStringLiteral("Extension 8000 is already used on row 4."), Problem::Severity::Error };
    const Problem header { 1, 9, QString(), QStringLiteral("unknown-column"), QStringLiteral("Column \"Bureau\""),
        Problem::Severity::Warning };
    model.setStations(stations(), { duplicate, header });

    EXPECT_EQ(model.rowOfFileRow(5), 1);
    EXPECT_EQ(model.rowOfFileRow(1), -1);
    EXPECT_EQ(StationsModel::columnOfField(QStringLiteral("extension")), int(StationsModel::ExtensionColumn));
    EXPECT_EQ(StationsModel::columnOfField(QStringLiteral("customer_id")), -1);

    const QModelIndex cell = model.index(1, StationsModel::ExtensionColumn);
    EXPECT_FALSE(cell.data(Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_EQ(cell.data(Qt::ToolTipRole).toString(), duplicate.message);
    EXPECT_TRUE(model.index(0, StationsModel::ExtensionColumn).data(Qt::DecorationRole).isNull());
}

TEST(GuiStationsModel, CellsAreEditedInPlaceAsTheFileWouldGiveThem)
{
    ModelTestWarnings warnings;
    StationsModel model(ModelCatalog::builtIn());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setStations(stations());
    QSignalSpy edited(&model, &StationsModel::stationEdited);

    EXPECT_FALSE(model.flags(model.index(0, StationsModel::RowColumn)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model.flags(model.index(0, StationsModel::MacColumn)).testFlag(Qt::ItemIsEditable));
    // The editor starts from what the customer wrote, and a new number stays a word the importer knows.
    EXPECT_EQ(model.index(0, StationsModel::ModelColumn).data(Qt::EditRole).toString(),
        QStringLiteral("YEALINK T54W + extension"));
    EXPECT_EQ(model.index(1, StationsModel::DidsColumn).data(Qt::EditRole).toString(), QStringLiteral("new"));

    ASSERT_TRUE(model.setData(model.index(1, StationsModel::MacColumn), QStringLiteral("805EC030000B")));
    EXPECT_EQ(model.stations().at(1).mac, QStringLiteral("80:5e:c0:30:00:0b"));
    ASSERT_TRUE(model.setData(model.index(1, StationsModel::ModelColumn), QStringLiteral("yealink t46u")));
    EXPECT_EQ(model.stations().at(1).modelId, QStringLiteral("yealink-t46u"));
    ASSERT_TRUE(model.setData(
        model.index(1, StationsModel::DidsColumn), model.index(1, StationsModel::DidsColumn).data(Qt::EditRole)));
    ASSERT_EQ(edited.size(), 2); // the same text again is no edit
    EXPECT_EQ(edited.at(0).at(0).toInt(), 1);
    EXPECT_FALSE(model.setData(model.index(1, StationsModel::ProfileColumn), QStringLiteral("DIRECTION")));
    EXPECT_FALSE(model.setData(model.index(1, StationsModel::RowColumn), QStringLiteral("9")));
    EXPECT_EQ(edited.size(), 2);
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

// The voicemail code is typed over a mask and never shown, not even its length; groups and the
// phone label are shown and edited like the file's cells.
TEST(GuiStationsModel, TheVoicemailCodeIsMaskedGroupsAndLabelShown)
{
    QList<Station> list = stations();
    list[0].voicemailPin = QStringLiteral("739154");
    list[0].groups = { QStringLiteral("Accueil"), QStringLiteral("Direction") };
    list[0].phoneLabel = QStringLiteral("Accueil RDC");
    StationsModel model(ModelCatalog::builtIn());
    model.setStations(list);
    QSignalSpy edited(&model, &StationsModel::stationEdited);
    const QModelIndex pin = model.index(0, StationsModel::VoicemailPinColumn);
    EXPECT_EQ(model.headerData(StationsModel::VoicemailPinColumn, Qt::Horizontal).toString(),
        QStringLiteral("Voicemail code"));
    EXPECT_EQ(model.headerData(StationsModel::GroupsColumn, Qt::Horizontal).toString(), QStringLiteral("Groups"));
    EXPECT_EQ(
        model.headerData(StationsModel::PhoneLabelColumn, Qt::Horizontal).toString(), QStringLiteral("Phone label"));
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const int role : { int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole) }) {
            EXPECT_FALSE(model.index(0, column).data(role).toString().contains(QStringLiteral("739154")))
                << column << " " << role;
        }
    }
    EXPECT_FALSE(pin.data().toString().isEmpty());
    EXPECT_TRUE(pin.data(Qt::EditRole).toString().isEmpty());
    EXPECT_TRUE(model.index(1, StationsModel::VoicemailPinColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(0, StationsModel::GroupsColumn).data().toString(), QStringLiteral("Accueil, Direction"));
    EXPECT_EQ(model.index(0, StationsModel::PhoneLabelColumn).data().toString(), QStringLiteral("Accueil RDC"));

    // An editor left empty keeps the code; a new one replaces it.
    ASSERT_TRUE(model.setData(pin, QString()));
    EXPECT_EQ(model.stations().at(0).voicemailPin, QStringLiteral("739154"));
    EXPECT_TRUE(edited.isEmpty());
    ASSERT_TRUE(model.setData(pin, QStringLiteral("4321")));
    EXPECT_EQ(model.stations().at(0).voicemailPin, QStringLiteral("4321"));
    ASSERT_TRUE(model.setData(model.index(1, StationsModel::GroupsColumn), QStringLiteral("Ventes; Accueil")));
    EXPECT_EQ(model.stations().at(1).groups, QStringList({ QStringLiteral("Ventes"), QStringLiteral("Accueil") }));
    EXPECT_EQ(edited.size(), 2);
}

TEST(GuiStationsModel, AReceptionistsKeysAreCountedAndListedInTheTooltip)
{
    Station reception;
    reception.row = 2;
    reception.site = QStringLiteral("Aix");
    reception.name = QStringLiteral("Accueil");
    reception.profile = Profile::CustomerRelationship;
    reception.modelId = QStringLiteral("yealink-t54w");
    Station claire;
    claire.row = 3;
    claire.site = QStringLiteral("AIX");
    claire.name = QStringLiteral("Claire Dubois");
    claire.modelId = QStringLiteral("yealink-t46u");
    Station elsewhere;
    elsewhere.row = 4;
    elsewhere.site = QStringLiteral("Lyon");
    elsewhere.name = QStringLiteral("Paul Martin");
    elsewhere.modelId = QStringLiteral("yealink-t46u");

    StationsModel model(ModelCatalog::builtIn());
    model.setStations({ reception, claire, elsewhere });
    EXPECT_EQ(model.headerData(StationsModel::KeysColumn, Qt::Horizontal).toString(), QStringLiteral("Keys"));
    const QModelIndex keys = model.index(0, StationsModel::KeysColumn);
    // Without a translation loaded the plural is the source's "%n key(s)".
    EXPECT_TRUE(keys.data().toString().startsWith(QStringLiteral("1 key"))) << keys.data().toString().toStdString();
    // The first key carries the receptionist's own line: the colleague's is the second.
    EXPECT_EQ(keys.data(Qt::ToolTipRole).toString(), QStringLiteral("2: Claire Dubois"));
    EXPECT_FALSE(model.flags(keys).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.setData(keys, QStringLiteral("3")));
    // Other profiles have no supervision keys: nothing shown.
    EXPECT_TRUE(model.index(1, StationsModel::KeysColumn).data().toString().isEmpty());
    EXPECT_TRUE(model.index(1, StationsModel::KeysColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

TEST(GuiStationsModel, ColleaguesBeyondTheKeysAreNamedInTheTooltip)
{
    Station reception;
    reception.row = 2;
    reception.site = QStringLiteral("Aix");
    reception.name = QStringLiteral("Accueil");
    reception.profile = Profile::CustomerRelationship;
    reception.modelId = QStringLiteral("yealink-t54w");
    QList<Station> all { reception };
    const PhoneModel *t54w = ModelCatalog::builtIn().find(reception.modelId);
    ASSERT_NE(t54w, nullptr);
    // The line keys but the first hold one colleague each; two more get none.
    const int colleagues = t54w->lineKeys - 1 + 2;
    for (int i = 0; i < colleagues; ++i) {
        Station colleague;
        colleague.row = 3 + i;
        colleague.site = QStringLiteral("Aix");
        colleague.name = QStringLiteral("Colleague %1").arg(i + 1);
        all.append(colleague);
    }
    StationsModel model(ModelCatalog::builtIn());
    model.setStations(all);
    const QModelIndex keys = model.index(0, StationsModel::KeysColumn);
    EXPECT_TRUE(keys.data().toString().startsWith(QString::number(t54w->lineKeys - 1)))
        << keys.data().toString().toStdString();
    const QStringList lines = keys.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), t54w->lineKeys);
    EXPECT_EQ(lines.first(), QStringLiteral("2: Colleague 1"));
    EXPECT_EQ(
        lines.last(), QStringLiteral("Without a key: Colleague %1, Colleague %2").arg(colleagues - 1).arg(colleagues));
}
