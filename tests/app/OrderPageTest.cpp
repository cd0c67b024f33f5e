// SPDX-License-Identifier: GPL-3.0-or-later
// The order page as a technician goes through it: fields typed, a plan chosen (its columns said
// when the workbench does not recognize them), cells corrected, problems followed to their cell,
// the order saved into a real job log, and shown again on a resumed order.
#include "wizard/OrderPage.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TestSupport.h"
#include "WizardPagesFixture.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "models/GroupsModel.h"
#include "models/OrdersModel.h"
#include "models/ProblemsModel.h"
#include "models/StationsModel.h"
#include "order/ModelCatalog.h"
#include "wizard/OrderSession.h"
#include "wizard/OrderWizard.h"
#include "wizard/TrainingEnvironment.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QString ValidSiret = QStringLiteral("73282932000074");

template <typename T> T *childOf(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

// QTest::keyClicks only knows ASCII; an accented letter is typed as the key event a keyboard
// layout would send, with its text.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(widget, &press);
            QCoreApplication::sendEvent(widget, &release);
        }
    }
}

void fill(QWidget &page, const QString &orderId, const QString &customer, const QString &customerId)
{
    type(childOf<QLineEdit>(page, "orderIdLineEdit"), orderId);
    type(childOf<QLineEdit>(page, "customerNameLineEdit"), customer);
    type(childOf<QLineEdit>(page, "customerIdLineEdit"), customerId);
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

/** The row of the problem whose message contains text, or -1. */
int problemRow(QTableView *problems, const QString &text)
{
    for (int row = 0; row < problems->model()->rowCount(); ++row) {
        if (cell(problems, row, ProblemsModel::MessageColumn).contains(text)) {
            return row;
        }
    }
    return -1;
}

// A receptionist, a colleague naming the group as members write it, and the group's own row (4).
const QByteArray GroupsPlan = "Site;Nom;Type profil;Materiel;Numero de ligne;Extension;Email;MAC;Groupe;Sonnerie\n"
                              "Aix;Accueil Aix;STANDARDISTE;YEALINK T54W;0442001001;8001;;;Accueil;\n"
                              "Aix;Claire Dubois;POSTE FIXE;YEALINK T46U;0442001002;8002;;;accueil;\n"
                              "Aix;Accueil;GROUPE;;0442001010;8010;;;;lineaire\n";

/** Whether the page has a problem of that code on that file row. */
bool hasProblem(const Problems &problems, const QString &code, int row)
{
    return std::any_of(problems.cbegin(), problems.cend(),
        [&](const Problem &problem) { return problem.code == code && problem.row == row; });
}

class GuiOrderPage : public WizardPagesFixture
{
protected:
    /** A wizard on a new order (or on orderId, read from the job log), shown at its current page. */
    OrderWizard &openOrder(const QString &orderId = {}, TrainingEnvironment *training = nullptr)
    {
        m_wizard.reset();
        m_session = std::make_unique<OrderSession>(*m_log, ModelCatalog::builtIn(), m_settings, training);
        if (!orderId.isEmpty()) {
            const Status loaded = m_session->load(orderId);
            EXPECT_TRUE(loaded.hasValue()) << loaded.error().message.toStdString();
        }
        m_wizard = std::make_unique<OrderWizard>(*m_session);
        m_wizard->show();
        return *m_wizard;
    }

    OrderPage &page() const { return *qobject_cast<OrderPage *>(m_wizard->stepPage(OrderStep::Order)); }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }

    /** The order step's events: the session's claims on the order (step "team") are not this page's. */
    QList<JobEvent> history(const QString &orderId) const
    {
        const auto events = m_log->history(orderId);
        EXPECT_TRUE(events.hasValue()) << events.error().message.toStdString();
        QList<JobEvent> intake;
        for (const JobEvent &event : events ? *events : QList<JobEvent>()) {
            if (event.step == QLatin1String("intake")) {
                intake.append(event);
            }
        }
        return intake;
    }

    QString writePlan(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
};

} // namespace

TEST_F(GuiOrderPage, ShowsTheDuplicateExtensionWithItsRowAndCannotGoOn)
{
    openOrder();
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::Order));
    fill(page(), QStringLiteral("CMD-2024-0153"), QStringLiteral("Boulangerie Lemaître"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-sample.csv")));

    auto *stations = childOf<QTableView>(page(), "stationsTableView");
    auto *problems = childOf<QTableView>(page(), "problemsTableView");
    ASSERT_TRUE(stations && problems);

    ASSERT_EQ(stations->model()->rowCount(), 4);
    // Read as Windows-1252: the accents and the ligature survive.
    EXPECT_EQ(cell(stations, 0, StationsModel::NameColumn), QStringLiteral("Hélène Lemaître"));
    EXPECT_EQ(cell(stations, 2, StationsModel::NameColumn), QStringLiteral("François Œuvray"));
    EXPECT_EQ(cell(stations, 1, StationsModel::ModelColumn), QStringLiteral("Yealink T57W + expansion module"));
    EXPECT_EQ(cell(stations, 1, StationsModel::MacColumn), QStringLiteral("80:5e:c0:30:00:02"));
    // The softphone had no extension: the workbench took the first free one of 8000-8020.
    EXPECT_EQ(cell(stations, 2, StationsModel::ExtensionColumn), QStringLiteral("8000"));
    // Recognized headers: no column to map.
    EXPECT_FALSE(childOf<QGroupBox>(page(), "columnMappingGroupBox")->isVisible());

    ASSERT_EQ(problems->model()->rowCount(), 1);
    EXPECT_EQ(cell(problems, 0, ProblemsModel::SeverityColumn), QStringLiteral("Error"));
    EXPECT_EQ(cell(problems, 0, ProblemsModel::RowColumn), QStringLiteral("5"));
    EXPECT_EQ(cell(problems, 0, ProblemsModel::ColumnColumn), QStringLiteral("F"));
    EXPECT_TRUE(cell(problems, 0, ProblemsModel::MessageColumn).contains(QStringLiteral("8002")));
    EXPECT_FALSE(page().isComplete());
    EXPECT_FALSE(nextButton()->isEnabled());
}

TEST_F(GuiOrderPage, ActivatingAProblemSelectsItsCell)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-sample.csv")));
    auto *stations = childOf<QTableView>(page(), "stationsTableView");
    auto *problems = childOf<QTableView>(page(), "problemsTableView");
    ASSERT_EQ(problems->model()->rowCount(), 1);

    // Enter on the problem activates it, as a double-click does.
    problems->setFocus();
    problems->setCurrentIndex(problems->model()->index(0, ProblemsModel::MessageColumn));
    stations->clearSelection();
    stations->setCurrentIndex({});
    QTest::keyClick(problems, Qt::Key_Return);
    const QModelIndex current = stations->currentIndex();
    EXPECT_EQ(current.row(), 3);
    EXPECT_EQ(current.column(), int(StationsModel::ExtensionColumn));
    EXPECT_TRUE(stations->selectionModel()->isSelected(current));
}

TEST_F(GuiOrderPage, TheRingGroupsBoxShowsOnlyForAnOrderWithGroups)
{
    ModelTestWarnings warnings;
    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-sample.csv")));
    auto *box = childOf<QGroupBox>(page(), "groupsBox");
    auto *groups = childOf<QTableView>(page(), "groupsTableView");
    auto *stations = childOf<QTableView>(page(), "stationsTableView");
    ASSERT_TRUE(box && groups && stations);
    QAbstractItemModelTester groupsTester(groups->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_TRUE(box->isHidden());
    EXPECT_EQ(groups->model()->rowCount(), 0);

    page().setPlanFile(writePlan(QStringLiteral("groups.csv"), GroupsPlan));
    EXPECT_FALSE(box->isHidden());
    ASSERT_EQ(groups->model()->rowCount(), 1);
    EXPECT_EQ(cell(groups, 0, GroupsModel::RowColumn), QStringLiteral("4"));
    EXPECT_EQ(cell(groups, 0, GroupsModel::NameColumn), QStringLiteral("Accueil"));
    EXPECT_EQ(cell(groups, 0, GroupsModel::ExtensionColumn), QStringLiteral("8010"));
    EXPECT_EQ(cell(groups, 0, GroupsModel::DidsColumn), QStringLiteral("0442001010"));
    EXPECT_EQ(cell(groups, 0, GroupsModel::StrategyColumn), QStringLiteral("One after the other"));
    EXPECT_EQ(cell(groups, 0, GroupsModel::MembersColumn), QStringLiteral("Accueil Aix, Claire Dubois"));
    EXPECT_FALSE(hasErrors(page().problems()));
    auto *summary = childOf<QLabel>(page(), "summaryLabel");
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("2 station(s) · 1 ring group(s) · 0 error(s)")))
        << summary->text().toStdString();

    // The receptionist's supervision key shows the colleague of its site.
    ASSERT_EQ(stations->model()->rowCount(), 2);
    EXPECT_TRUE(cell(stations, 0, StationsModel::KeysColumn).startsWith(QStringLiteral("1 key")));
    EXPECT_EQ(stations->model()->index(0, StationsModel::KeysColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("2: Claire Dubois"));
    EXPECT_TRUE(cell(stations, 1, StationsModel::KeysColumn).isEmpty());

    // Back to a plan without groups: the box goes again.
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-sample.csv")));
    EXPECT_TRUE(box->isHidden());
    EXPECT_FALSE(summary->text().contains(QStringLiteral("group"))) << summary->text().toStdString();
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiOrderPage, AGroupGivenAStationsExtensionIsADuplicateWhoseProblemSelectsTheGroupsCell)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(writePlan(QStringLiteral("groups.csv"), GroupsPlan));
    auto *groups = childOf<QTableView>(page(), "groupsTableView");
    auto *stations = childOf<QTableView>(page(), "stationsTableView");
    auto *problems = childOf<QTableView>(page(), "problemsTableView");
    ASSERT_TRUE(groups && stations && problems);
    ASSERT_TRUE(nextButton()->isEnabled());

    ASSERT_TRUE(
        groups->model()->setData(groups->model()->index(0, GroupsModel::ExtensionColumn), QStringLiteral("8002")));
    EXPECT_TRUE(QTest::qWaitFor(
        [this]() { return hasProblem(page().problems(), QStringLiteral("duplicate-extension"), 4); }, 2000));
    EXPECT_EQ(page().order().groups.at(0).extension, QStringLiteral("8002"));
    EXPECT_EQ(cell(groups, 0, GroupsModel::ExtensionColumn), QStringLiteral("8002"));
    EXPECT_FALSE(nextButton()->isEnabled());

    // Enter on the problem selects the group's cell, not a station's.
    const int problem = problemRow(problems, QStringLiteral("8002"));
    ASSERT_GE(problem, 0);
    problems->setFocus();
    problems->setCurrentIndex(problems->model()->index(problem, ProblemsModel::MessageColumn));
    groups->clearSelection();
    groups->setCurrentIndex({});
    QTest::keyClick(problems, Qt::Key_Return);
    const QModelIndex current = groups->currentIndex();
    EXPECT_EQ(current.row(), 0);
    EXPECT_EQ(current.column(), int(GroupsModel::ExtensionColumn));
    EXPECT_TRUE(groups->selectionModel()->isSelected(current));
    EXPECT_FALSE(stations->selectionModel()->hasSelection());

    // Fixed in its cell: the order can go on again.
    ASSERT_TRUE(
        groups->model()->setData(groups->model()->index(0, GroupsModel::ExtensionColumn), QStringLiteral("8011")));
    EXPECT_TRUE(QTest::qWaitFor([this]() { return nextButton()->isEnabled(); }, 2000));
    EXPECT_EQ(page().order().groups.at(0).extension, QStringLiteral("8011"));
}

TEST_F(GuiOrderPage, AWrongValueTypedIntoAGroupIsAProblemOrRefused)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(writePlan(QStringLiteral("groups.csv"), GroupsPlan));
    auto *groups = childOf<QTableView>(page(), "groupsTableView");
    ASSERT_NE(groups, nullptr);
    QAbstractItemModel *model = groups->model();

    ASSERT_TRUE(model->setData(model->index(0, GroupsModel::ExtensionColumn), QStringLiteral("80a1")));
    EXPECT_TRUE(QTest::qWaitFor(
        [this]() { return hasProblem(page().problems(), QStringLiteral("invalid-extension"), 4); }, 2000));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_FALSE(model->index(0, GroupsModel::ExtensionColumn).data(Qt::DecorationRole).isNull());

    // A ring strategy the workbench does not know is refused in its cell: nothing changes.
    EXPECT_FALSE(model->setData(model->index(0, GroupsModel::StrategyColumn), QStringLiteral("au hasard")));
    EXPECT_EQ(page().order().groups.at(0).strategy, RingGroup::Strategy::Linear);
    // A group without a name is the validator's problem, on the name's cell.
    ASSERT_TRUE(model->setData(model->index(0, GroupsModel::NameColumn), QStringLiteral("  ")));
    EXPECT_TRUE(
        QTest::qWaitFor([this]() { return hasProblem(page().problems(), QStringLiteral("missing-name"), 4); }, 2000));
}

TEST_F(GuiOrderPage, ARingStrategyTheFileHadWrongIsFixedInTheGroupsTable)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    QByteArray plan = GroupsPlan;
    plan.replace("lineaire", "au hasard");
    page().setPlanFile(writePlan(QStringLiteral("groups.csv"), plan));
    auto *groups = childOf<QTableView>(page(), "groupsTableView");
    ASSERT_NE(groups, nullptr);
    ASSERT_TRUE(hasProblem(page().problems(), QStringLiteral("invalid-ring-strategy"), 4));
    EXPECT_FALSE(nextButton()->isEnabled());
    const QModelIndex strategy = groups->model()->index(0, GroupsModel::StrategyColumn);
    EXPECT_FALSE(strategy.data(Qt::DecorationRole).isNull());

    // Read as ringing all at once: typing that in answers the file's problem.
    ASSERT_TRUE(groups->model()->setData(strategy, QStringLiteral("All at once")));
    EXPECT_TRUE(QTest::qWaitFor([this]() { return nextButton()->isEnabled(); }, 2000));
    EXPECT_FALSE(hasProblem(page().problems(), QStringLiteral("invalid-ring-strategy"), 4));
    EXPECT_EQ(page().order().groups.at(0).strategy, RingGroup::Strategy::AllAtOnce);
}

TEST_F(GuiOrderPage, EditingTheCellFixesTheProblem)
{
    ModelTestWarnings warnings;
    openOrder();
    auto *stations = childOf<QTableView>(page(), "stationsTableView");
    auto *problems = childOf<QTableView>(page(), "problemsTableView");
    QAbstractItemModelTester stationsTester(stations->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester problemsTester(problems->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-sample.csv")));
    ASSERT_EQ(problems->model()->rowCount(), 1);
    ASSERT_FALSE(nextButton()->isEnabled());

    // The duplicate extension on row 5: typed over in its cell, as a technician does (F2, text, Enter).
    const QModelIndex extension = stations->model()->index(3, StationsModel::ExtensionColumn);
    stations->setFocus();
    stations->setCurrentIndex(extension);
    QTest::keyClick(stations, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(stations->indexWidget(extension));
    if (!editor) {
        editor = stations->viewport()->findChild<QLineEdit *>();
    }
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("8010"));
    QTest::keyClick(editor, Qt::Key_Return);

    EXPECT_TRUE(QTest::qWaitFor([problems]() { return problems->model()->rowCount() == 0; }, 2000));
    EXPECT_EQ(cell(stations, 3, StationsModel::ExtensionColumn), QStringLiteral("8010"));
    EXPECT_EQ(page().order().stations.at(3).extension, QStringLiteral("8010"));
    EXPECT_FALSE(page().order().stations.at(3).extensionAssigned);
    EXPECT_TRUE(nextButton()->isEnabled());

    // A MAC typed any way is stored the one way; a wrong one is an error in its cell.
    const QModelIndex mac = stations->model()->index(2, StationsModel::MacColumn);
    ASSERT_TRUE(stations->model()->setData(mac, QStringLiteral("80-5E-C0-30-00-0A")));
    EXPECT_TRUE(QTest::qWaitFor(
        [this]() { return page().order().stations.at(2).mac == QLatin1String("80:5e:c0:30:00:0a"); }, 2000));
    ASSERT_TRUE(stations->model()->setData(mac, QStringLiteral("80:5e:c0")));
    EXPECT_TRUE(QTest::qWaitFor([problems]() { return problems->model()->rowCount() == 1; }, 2000));
    EXPECT_EQ(cell(problems, 0, ProblemsModel::RowColumn), QStringLiteral("4"));
    EXPECT_FALSE(nextButton()->isEnabled());
    // A profile the workbench does not know is refused in the cell: nothing changes.
    EXPECT_FALSE(stations->model()->setData(
        stations->model()->index(0, StationsModel::ProfileColumn), QStringLiteral("DIRECTION")));
    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiOrderPage, RevalidatesWhenTheRangeChanges)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    EXPECT_TRUE(page().isComplete());

    // A range that no longer holds the customer's extensions: each one is out of range.
    auto *start = childOf<QSpinBox>(page(), "rangeStartSpinBox");
    auto *end = childOf<QSpinBox>(page(), "rangeEndSpinBox");
    end->setValue(8150);
    start->setValue(8100);
    EXPECT_FALSE(page().isComplete());
    const auto outOfRange = std::count_if(page().problems().cbegin(), page().problems().cend(),
        [](const Problem &p) { return p.code == QLatin1String("extension-out-of-range"); });
    EXPECT_EQ(outOfRange, 3);
    // The extension the workbench chose follows the range.
    EXPECT_EQ(page().order().stations.at(2).extension, QStringLiteral("8100"));

    start->setValue(8000);
    EXPECT_TRUE(page().isComplete());
    EXPECT_EQ(page().order().range.toString(), QStringLiteral("8000-8150"));
}

TEST_F(GuiOrderPage, NeedsOrderIdCustomerAndAValidCustomerId)
{
    openOrder();
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    EXPECT_FALSE(nextButton()->isEnabled());
    QTest::keyClicks(childOf<QLineEdit>(page(), "orderIdLineEdit"), QStringLiteral("CMD-1"));
    QTest::keyClicks(childOf<QLineEdit>(page(), "customerNameLineEdit"), QStringLiteral("Boulangerie"));
    EXPECT_FALSE(nextButton()->isEnabled()); // the customer id is missing: an error
    QTest::keyClicks(childOf<QLineEdit>(page(), "customerIdLineEdit"), QStringLiteral("73282932000075"));
    EXPECT_FALSE(nextButton()->isEnabled()); // checksum
    childOf<QLineEdit>(page(), "customerIdLineEdit")->clear();
    QTest::keyClicks(childOf<QLineEdit>(page(), "customerIdLineEdit"), ValidSiret);
    EXPECT_TRUE(nextButton()->isEnabled());
    childOf<QLineEdit>(page(), "orderIdLineEdit")->setText(QStringLiteral("   "));
    EXPECT_FALSE(nextButton()->isEnabled());
}

TEST_F(GuiOrderPage, ShowsAnUnreadablePlanInTheBanner)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    ASSERT_TRUE(page().isComplete());

    page().setPlanFile(m_dir.filePath(QStringLiteral("no-such-plan.csv")));
    auto *banner = childOf<MessageBanner>(page(), "messageBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("no-such-plan.csv")));
    EXPECT_EQ(childOf<QTableView>(page(), "stationsTableView")->model()->rowCount(), 0);
    EXPECT_FALSE(page().isComplete());
}

TEST_F(GuiOrderPage, UnrecognizedColumnsAreMappedWithTheComboBoxes)
{
    const QString path = writePlan(QStringLiteral("export.csv"),
        "Who;Handset;Internal no.;Floor\n"
        "Alice Martin;YEALINK T54W;8001;2\n"
        "Bob Durand;YEALINK T46U;8002;3\n");
    openOrder();
    fill(page(), QStringLiteral("CMD-7"), QStringLiteral("Garage du Port"), ValidSiret);
    page().setPlanFile(path);

    // Nothing recognized: the page says so and asks which column is which.
    auto *banner = childOf<MessageBanner>(page(), "messageBanner");
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("export.csv")));
    auto *mapping = childOf<QGroupBox>(page(), "columnMappingGroupBox");
    ASSERT_TRUE(mapping->isVisible());
    // On a small bench screen the wizard is made short: the page scrolls, and the panel's rows
    // keep their height, one under the other, never squeezed over each other.
    m_wizard->resize(1000, 560);
    QTest::qWait(0);
    EXPECT_LE(m_wizard->height(), 560) << "the wizard cannot be made that short";
    int lastBottom = -1;
    for (int column = 1; column <= 4; ++column) {
        auto *combo = page().findChild<QComboBox *>(QStringLiteral("mappingComboBox%1").arg(column));
        ASSERT_NE(combo, nullptr) << column;
        EXPECT_GE(combo->height(), combo->sizeHint().height()) << column;
        const QRect at(combo->mapTo(mapping, QPoint(0, 0)), combo->size());
        EXPECT_GT(at.top(), lastBottom) << column << " overlaps the row above";
        lastBottom = at.bottom();
    }
    auto *stations = childOf<QTableView>(page(), "stationsTableView");
    EXPECT_EQ(stations->model()->rowCount(), 0);
    EXPECT_FALSE(nextButton()->isEnabled());

    const auto choose = [this](const char *combo, const QString &field) {
        auto *box = childOf<QComboBox>(page(), combo);
        ASSERT_NE(box, nullptr);
        const int index = box->findData(field);
        ASSERT_GE(index, 0) << field.toStdString();
        box->setCurrentIndex(index);
    };
    choose("mappingComboBox1", QStringLiteral("name"));
    choose("mappingComboBox2", QStringLiteral("hardware"));
    EXPECT_EQ(stations->model()->rowCount(), 0); // two fields are not a plan yet
    choose("mappingComboBox3", QStringLiteral("extension"));

    ASSERT_EQ(stations->model()->rowCount(), 2);
    EXPECT_EQ(cell(stations, 0, StationsModel::NameColumn), QStringLiteral("Alice Martin"));
    EXPECT_EQ(cell(stations, 1, StationsModel::ModelColumn), QStringLiteral("Yealink T46U"));
    EXPECT_EQ(cell(stations, 1, StationsModel::ExtensionColumn), QStringLiteral("8002"));
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Information);
    EXPECT_EQ(page().order().stations.at(0).extra.value(QStringLiteral("Floor")), QStringLiteral("2"));
    // The unmapped column is a warning, not an error: the order can go on.
    EXPECT_FALSE(hasErrors(page().problems()));
    ASSERT_TRUE(nextButton()->isEnabled());

    QTest::mouseClick(nextButton(), Qt::LeftButton);
    const QList<JobEvent> events = history(QStringLiteral("CMD-7"));
    ASSERT_FALSE(events.isEmpty());
    const JobEvent &imported = events.constFirst();
    EXPECT_EQ(imported.action, QStringLiteral("plan-imported"));
    EXPECT_TRUE(imported.detail.value(QStringLiteral("columnsChosen")).toBool());
    EXPECT_EQ(
        imported.detail.value(QStringLiteral("columns")).toObject().value(QStringLiteral("extension")).toInt(), 3);
}

TEST_F(GuiOrderPage, NextSavesTheOrderAndRecordsTheImport)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-2024-0153"), QStringLiteral("Boulangerie Lemaître"), ValidSiret);
    childOf<QComboBox>(page(), "modeComboBox")->setCurrentIndex(1);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    ASSERT_TRUE(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);

    // On-cloud: straight from the order to the portal.
    EXPECT_EQ(m_wizard->currentId(), int(OrderStep::Portal));
    EXPECT_EQ(m_session->order().orderId, QStringLiteral("CMD-2024-0153"));
    EXPECT_EQ(m_session->progress().state(OrderStep::Order), OrderProgress::State::Done);

    const auto order = m_log->loadOrder(QStringLiteral("CMD-2024-0153"));
    ASSERT_TRUE(order.hasValue()) << order.error().message.toStdString();
    EXPECT_EQ(order->customerName, QStringLiteral("Boulangerie Lemaître"));
    EXPECT_EQ(order->customerId, ValidSiret);
    EXPECT_EQ(order->mode, DeploymentMode::OnCloud);
    ASSERT_EQ(order->stations.size(), 4);
    EXPECT_EQ(order->stations.at(2).extension, QStringLiteral("8000"));
    EXPECT_TRUE(order->stations.at(2).extensionAssigned);

    const QList<JobEvent> events = history(QStringLiteral("CMD-2024-0153"));
    ASSERT_EQ(events.size(), 2);
    const JobEvent &event = events.constFirst();
    EXPECT_EQ(event.step, QStringLiteral("intake"));
    EXPECT_EQ(event.action, QStringLiteral("plan-imported"));
    EXPECT_EQ(event.target, QStringLiteral("gui-clean.csv"));
    EXPECT_EQ(event.result, JobResult::Ok);
    EXPECT_EQ(event.technician, QStringLiteral("Camille Martin"));
    EXPECT_EQ(event.bench, QStringLiteral("banc-2"));
    EXPECT_TRUE(event.started.isValid());
    EXPECT_TRUE(event.finished.isValid());
    EXPECT_EQ(event.detail.value(QStringLiteral("file")).toString(), QStringLiteral("gui-clean.csv"));
    EXPECT_EQ(event.detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    EXPECT_EQ(event.detail.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
    EXPECT_EQ(event.detail.value(QStringLiteral("stations")).toInt(), 4);
    EXPECT_TRUE(event.detail.value(QStringLiteral("warnings")).isArray());
    EXPECT_TRUE(event.warnings().isEmpty());
    EXPECT_FALSE(event.detail.value(QStringLiteral("columnsChosen")).toBool(true));
    EXPECT_EQ(events.at(1).action, JobAction::stepDone());
    EXPECT_EQ(events.at(1).step, QStringLiteral("intake"));
}

TEST_F(GuiOrderPage, AnOrderIdAlreadyInTheJobLogIsRefused)
{
    Order other;
    other.orderId = QStringLiteral("CMD-1");
    other.customerName = QStringLiteral("Garage du Port");
    ASSERT_TRUE(m_log->saveOrder(other, QStringLiteral("Louis"), QStringLiteral("banc-1")).hasValue());

    openOrder();
    fill(page(), QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    ASSERT_TRUE(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);

    EXPECT_EQ(m_wizard->currentId(), int(OrderStep::Order));
    auto *banner = childOf<MessageBanner>(page(), "messageBanner");
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Garage du Port")));
    EXPECT_EQ(m_log->loadOrder(QStringLiteral("CMD-1"))->customerName, QStringLiteral("Garage du Port"));
    EXPECT_TRUE(history(QStringLiteral("CMD-1")).isEmpty());
}

TEST_F(GuiOrderPage, AResumedOrderIsShownAsSaved)
{
    // Saved by a first run that was closed before the step was recorded done.
    {
        openOrder();
        fill(page(), QStringLiteral("CMD-9"), QStringLiteral("Pharmacie du Port"), ValidSiret);
        childOf<QSpinBox>(page(), "rangeEndSpinBox")->setValue(8099);
        page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
        Order order = page().order();
        ASSERT_TRUE(m_log->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2")).hasValue());
        m_wizard.reset();
    }

    openOrder(QStringLiteral("CMD-9"));
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::Order));
    auto *orderId = childOf<QLineEdit>(page(), "orderIdLineEdit");
    EXPECT_EQ(orderId->text(), QStringLiteral("CMD-9"));
    EXPECT_TRUE(orderId->isReadOnly());
    EXPECT_EQ(childOf<QLineEdit>(page(), "customerNameLineEdit")->text(), QStringLiteral("Pharmacie du Port"));
    EXPECT_EQ(childOf<QLineEdit>(page(), "customerIdLineEdit")->text(), ValidSiret);
    EXPECT_EQ(childOf<QSpinBox>(page(), "rangeEndSpinBox")->value(), 8099);
    auto *stations = childOf<QTableView>(page(), "stationsTableView");
    ASSERT_EQ(stations->model()->rowCount(), 4);
    EXPECT_EQ(cell(stations, 2, StationsModel::ExtensionColumn), QStringLiteral("8000"));
    ASSERT_TRUE(nextButton()->isEnabled());

    QTest::mouseClick(nextButton(), Qt::LeftButton);
    EXPECT_EQ(m_wizard->currentId(), int(OrderStep::Hardware));
    // No plan was imported this time: only the step is recorded.
    const QList<JobEvent> events = history(QStringLiteral("CMD-9"));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).action, JobAction::stepDone());
}

TEST_F(GuiOrderPage, TrainingSampleFillsAnOrderATraineeCanTakeOn)
{
    openOrder({}, m_training.get());
    auto *sample = childOf<QPushButton>(page(), "trainingSampleButton");
    ASSERT_TRUE(sample->isVisible());
    QTest::mouseClick(sample, Qt::LeftButton);

    EXPECT_TRUE(childOf<QLineEdit>(page(), "orderIdLineEdit")->text().startsWith(QStringLiteral("TRAINING-")));
    EXPECT_FALSE(childOf<QLineEdit>(page(), "customerNameLineEdit")->text().isEmpty());
    EXPECT_EQ(childOf<QTableView>(page(), "stationsTableView")->model()->rowCount(), 6);
    EXPECT_FALSE(hasErrors(page().problems()));
    ASSERT_TRUE(nextButton()->isEnabled());

    const QString orderId = page().order().orderId;
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    EXPECT_EQ(m_wizard->currentId(), int(OrderStep::Hardware));
    const QList<JobEvent> events = history(orderId);
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).target, QStringLiteral("sample-plan.csv"));
    EXPECT_TRUE(events.at(0).detail.value(QStringLiteral("training")).toBool());
}

TEST_F(GuiOrderPage, NoTrainingSampleForRealWork)
{
    openOrder();
    EXPECT_FALSE(childOf<QPushButton>(page(), "trainingSampleButton")->isVisible());
}

TEST_F(GuiOrderPage, FromTheMainWindowTheSavedOrderAppearsInTheTable)
{
    MainWindow window(*m_log, ModelCatalog::builtIn(), m_settings);
    window.show();
    auto *orders = childOf<QTableView>(window, "ordersTableView");
    ASSERT_EQ(orders->model()->rowCount(), 0);

    childOf<QAction>(window, "newOrderAction")->trigger();
    auto *wizard = window.findChild<OrderWizard *>();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isVisible());
    auto *orderPage = qobject_cast<OrderPage *>(wizard->currentPage());
    ASSERT_NE(orderPage, nullptr);

    fill(*orderPage, QStringLiteral("CMD-2024-0153"), QStringLiteral("Boulangerie Lemaître"), ValidSiret);
    orderPage->setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    auto *next = wizard->button(QWizard::NextButton);
    ASSERT_TRUE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    ASSERT_EQ(orders->model()->rowCount(), 1);
    EXPECT_EQ(cell(orders, 0, OrdersModel::OrderColumn), QStringLiteral("CMD-2024-0153"));
    EXPECT_EQ(cell(orders, 0, OrdersModel::CustomerColumn), QStringLiteral("Boulangerie Lemaître"));
    EXPECT_EQ(cell(orders, 0, OrdersModel::StationsColumn), QStringLiteral("4"));
    EXPECT_EQ(cell(orders, 0, OrdersModel::TechnicianColumn), QStringLiteral("Camille Martin"));
    EXPECT_EQ(orders->currentIndex().row(), 0);
    // Closed as a technician closes it, and gone before the main window.
    wizard->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.findChildren<OrderWizard *>().isEmpty());
}

TEST_F(GuiOrderPage, TheMainWindowSearchFiltersTheOrders)
{
    const auto save = [this](const QString &id, const QString &customer) {
        Order order;
        order.orderId = id;
        order.customerName = customer;
        ASSERT_TRUE(m_log->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2")).hasValue());
    };
    save(QStringLiteral("CMD-1"), QStringLiteral("Boulangerie Lemaître"));
    save(QStringLiteral("CMD-2"), QStringLiteral("Garage du Port"));
    save(QStringLiteral("CMD-3"), QStringLiteral("Pharmacie du Port"));

    MainWindow window(*m_log, ModelCatalog::builtIn(), WorkbenchSettings {});
    auto *orders = childOf<QTableView>(window, "ordersTableView");
    ASSERT_EQ(orders->model()->rowCount(), 3);
    auto *search = childOf<QLineEdit>(window, "searchLineEdit");
    QTest::keyClicks(search, QStringLiteral("port"));
    EXPECT_EQ(orders->model()->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("CMD-1"));
    ASSERT_EQ(orders->model()->rowCount(), 1);
    EXPECT_EQ(cell(orders, 0, OrdersModel::CustomerColumn), QStringLiteral("Boulangerie Lemaître"));
    search->clear();
    EXPECT_EQ(orders->model()->rowCount(), 3);

    // Refresh picks up what another bench saved meanwhile.
    save(QStringLiteral("CMD-4"), QStringLiteral("Fleuriste"));
    childOf<QAction>(window, "refreshAction")->trigger();
    EXPECT_EQ(orders->model()->rowCount(), 4);
}

TEST_F(GuiOrderPage, ThePhonesRegionStartsAsTheBenchSaysIsCheckedAndIsSavedWithTheOrder)
{
    m_settings.phoneRegion.locale = QStringLiteral("fr_CA");
    m_settings.phoneRegion.timeZone = QStringLiteral("America/Montreal");
    openOrder();
    auto *locale = childOf<QComboBox>(page(), "phoneLocaleComboBox");
    auto *zone = childOf<QComboBox>(page(), "phoneTimeZoneComboBox");
    auto *ntp = childOf<QLineEdit>(page(), "phoneNtpLineEdit");
    EXPECT_EQ(locale->currentData().toString(), QStringLiteral("fr_CA"));
    EXPECT_EQ(zone->currentText(), QStringLiteral("America/Montreal"));
    fill(page(), QStringLiteral("CMD-77"), QStringLiteral("Érablière Gagnon"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    ASSERT_TRUE(nextButton()->isEnabled());

    // A time server typed wrong is a problem of the order that stops it, and activating it goes
    // back to the field.
    ntp->clear();
    type(ntp, QStringLiteral("ntp_local"));
    EXPECT_FALSE(nextButton()->isEnabled());
    auto *problems = childOf<QTableView>(page(), "problemsTableView");
    int regionRow = -1;
    for (int row = 0; row < problems->model()->rowCount(); ++row) {
        if (cell(problems, row, ProblemsModel::MessageColumn).contains(QStringLiteral("Phone time server"))) {
            regionRow = row;
        }
    }
    ASSERT_GE(regionRow, 0);
    QMetaObject::invokeMethod(problems, "activated", Q_ARG(QModelIndex, problems->model()->index(regionRow, 0)));
    EXPECT_EQ(m_wizard->focusWidget(), ntp); // the window need not be active, as offscreen

    ntp->clear();
    type(ntp, QStringLiteral("ntp.gagnon.example"));
    zone->setCurrentText(QStringLiteral("America/Toronto"));
    ASSERT_TRUE(nextButton()->isEnabled());
    const Order order = page().order();
    EXPECT_EQ(order.region.locale, QStringLiteral("fr_CA"));
    EXPECT_EQ(order.region.timeZone, QStringLiteral("America/Toronto"));
    EXPECT_EQ(order.region.ntpServer, QStringLiteral("ntp.gagnon.example"));

    // Saved, then reopened on a bench whose own starting region differs: the order keeps its own.
    ASSERT_TRUE(m_log->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2")).hasValue());
    m_wizard.reset();
    m_settings.phoneRegion = PhoneRegion {};
    openOrder(QStringLiteral("CMD-77"));
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::Order));
    EXPECT_EQ(childOf<QComboBox>(page(), "phoneTimeZoneComboBox")->currentText(), QStringLiteral("America/Toronto"));
    EXPECT_EQ(childOf<QLineEdit>(page(), "phoneNtpLineEdit")->text(), QStringLiteral("ntp.gagnon.example"));
}

TEST_F(GuiOrderPage, TheStacksAddressesTypedAreSavedWithTheOnPremiseOrderAndShownOnReopen)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-80"), QStringLiteral("Érablière Gagnon"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    auto *editor = childOf<QWidget>(page(), "stackProfileEditor");
    auto *host = childOf<QLineEdit>(page(), "stackPublicHostLineEdit");
    auto *publicPort = childOf<QSpinBox>(page(), "stackPublicPortSpinBox");
    auto *privatePort = childOf<QSpinBox>(page(), "stackPrivatePortSpinBox");
    auto *connection = childOf<QComboBox>(page(), "stackConnectionComboBox");
    auto *stun = childOf<QLineEdit>(page(), "stackStunLineEdit");
    auto *ice = childOf<QCheckBox>(page(), "stackIceCheckBox");
    ASSERT_TRUE(editor && host && publicPort && privatePort && connection && stun && ice);

    // A new on-premise order starts with the built-in profile, whatever the bench.
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(host->text().isEmpty());
    EXPECT_EQ(publicPort->value(), 443);
    EXPECT_EQ(privatePort->value(), 443);
    EXPECT_EQ(connection->currentData().toString(), QStringLiteral("private"));
    EXPECT_EQ(connection->currentText(), QStringLiteral("private address preferred"));
    EXPECT_EQ(page().order().stack, StackProfile {});
    ASSERT_TRUE(nextButton()->isEnabled());

    type(host, QStringLiteral("voip.gagnon.example"));
    publicPort->setValue(8443);
    privatePort->setValue(4443);
    connection->setCurrentIndex(connection->findData(QStringLiteral("public")));
    type(stun, QStringLiteral("stun.gagnon.example:3478"));
    QTest::mouseClick(ice, Qt::LeftButton);
    ASSERT_TRUE(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::Hardware));

    StackProfile expected;
    expected.publicHost = QStringLiteral("voip.gagnon.example");
    expected.publicPort = 8443;
    expected.privatePort = 4443;
    expected.preferredConnection = StackProfile::Connection::Public;
    expected.stunServer = QStringLiteral("stun.gagnon.example:3478");
    expected.ice = true;
    const auto saved = m_log->loadOrder(QStringLiteral("CMD-80"));
    ASSERT_TRUE(saved.hasValue()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->stack, expected);

    m_wizard.reset();
    openOrder(QStringLiteral("CMD-80"));
    m_wizard->setStartId(int(OrderStep::Order));
    m_wizard->restart();
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::Order));
    EXPECT_EQ(childOf<QLineEdit>(page(), "stackPublicHostLineEdit")->text(), QStringLiteral("voip.gagnon.example"));
    EXPECT_EQ(childOf<QSpinBox>(page(), "stackPublicPortSpinBox")->value(), 8443);
    EXPECT_EQ(childOf<QSpinBox>(page(), "stackPrivatePortSpinBox")->value(), 4443);
    EXPECT_EQ(
        childOf<QComboBox>(page(), "stackConnectionComboBox")->currentData().toString(), QStringLiteral("public"));
    EXPECT_EQ(childOf<QLineEdit>(page(), "stackStunLineEdit")->text(), QStringLiteral("stun.gagnon.example:3478"));
    EXPECT_TRUE(childOf<QCheckBox>(page(), "stackIceCheckBox")->isChecked());
    EXPECT_EQ(page().order().stack, expected);
}

TEST_F(GuiOrderPage, ABadStunServerIsAProblemNamingItThatStopsTheOrderUntilFixed)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-81"), QStringLiteral("Garage du Port"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    ASSERT_TRUE(nextButton()->isEnabled());
    auto *stun = childOf<QLineEdit>(page(), "stackStunLineEdit");
    auto *problems = childOf<QTableView>(page(), "problemsTableView");

    type(stun, QStringLiteral("stun_port"));
    EXPECT_FALSE(nextButton()->isEnabled());
    const int row = problemRow(problems, QStringLiteral("STUN server \"stun_port\""));
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(problems, row, ProblemsModel::SeverityColumn), QStringLiteral("Error"));
    // Activating the problem goes back to the field it names.
    childOf<QLineEdit>(page(), "orderIdLineEdit")->setFocus();
    QMetaObject::invokeMethod(problems, "activated", Q_ARG(QModelIndex, problems->model()->index(row, 0)));
    EXPECT_EQ(m_wizard->focusWidget(), stun);

    // A port past 65535 is refused too, then a well-formed address lets the order go on.
    stun->clear();
    type(stun, QStringLiteral("stun.port.example:70000"));
    EXPECT_FALSE(nextButton()->isEnabled());
    EXPECT_GE(problemRow(problems, QStringLiteral("the port after")), 0);
    stun->clear();
    type(stun, QStringLiteral("stun.port.example:3478"));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_EQ(problemRow(problems, QStringLiteral("STUN")), -1);
    EXPECT_EQ(page().order().stack.stunServer, QStringLiteral("stun.port.example:3478"));
}

TEST_F(GuiOrderPage, PublicPreferredWithoutAPublicHostIsRefused)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-82"), QStringLiteral("Garage du Port"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    auto *connection = childOf<QComboBox>(page(), "stackConnectionComboBox");
    auto *host = childOf<QLineEdit>(page(), "stackPublicHostLineEdit");
    auto *problems = childOf<QTableView>(page(), "problemsTableView");

    connection->setCurrentIndex(connection->findData(QStringLiteral("public")));
    EXPECT_FALSE(nextButton()->isEnabled());
    const int row = problemRow(problems, QStringLiteral("needs the stack's public host"));
    ASSERT_GE(row, 0);
    QMetaObject::invokeMethod(problems, "activated", Q_ARG(QModelIndex, problems->model()->index(row, 0)));
    EXPECT_EQ(m_wizard->focusWidget(), connection);

    // A public host that is not one is named, and activating it goes to the host.
    type(host, QStringLiteral("voip gagnon"));
    EXPECT_FALSE(nextButton()->isEnabled());
    const int hostRow = problemRow(problems, QStringLiteral("Stack public host \"voip gagnon\""));
    ASSERT_GE(hostRow, 0);
    QMetaObject::invokeMethod(problems, "activated", Q_ARG(QModelIndex, problems->model()->index(hostRow, 0)));
    EXPECT_EQ(m_wizard->focusWidget(), host);

    host->clear();
    type(host, QStringLiteral("203.0.113.7"));
    EXPECT_TRUE(nextButton()->isEnabled());
    EXPECT_EQ(page().order().stack.preferredConnection, StackProfile::Connection::Public);
    EXPECT_EQ(page().order().stack.publicHost, QStringLiteral("203.0.113.7"));
}

TEST_F(GuiOrderPage, IceIsOnlyOfferedWithAStunServer)
{
    openOrder();
    auto *stun = childOf<QLineEdit>(page(), "stackStunLineEdit");
    auto *ice = childOf<QCheckBox>(page(), "stackIceCheckBox");
    EXPECT_FALSE(ice->isEnabled());
    EXPECT_FALSE(ice->isChecked());

    type(stun, QStringLiteral("stun.example"));
    ASSERT_TRUE(ice->isEnabled());
    QTest::mouseClick(ice, Qt::LeftButton);
    EXPECT_TRUE(page().order().stack.ice);

    // The STUN server gone, ICE goes with it rather than leaving the order refused.
    stun->clear();
    EXPECT_FALSE(ice->isEnabled());
    EXPECT_FALSE(ice->isChecked());
    EXPECT_FALSE(page().order().stack.ice);
    EXPECT_TRUE(page().order().stack.check().hasValue());
}

TEST_F(GuiOrderPage, AnOnCloudOrderHasNoStackRowAndNoStackProblem)
{
    openOrder();
    fill(page(), QStringLiteral("CMD-83"), QStringLiteral("Garage du Port"), ValidSiret);
    page().setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    auto *editor = childOf<QWidget>(page(), "stackProfileEditor");
    auto *problems = childOf<QTableView>(page(), "problemsTableView");
    QLabel *label = nullptr;
    for (QLabel *candidate : page().findChildren<QLabel *>()) {
        if (candidate->buddy() == editor) {
            label = candidate;
        }
    }
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("Stac&k:"));
    EXPECT_TRUE(label->isVisible());

    type(childOf<QLineEdit>(page(), "stackStunLineEdit"), QStringLiteral("stun_port"));
    ASSERT_GE(problemRow(problems, QStringLiteral("STUN")), 0);
    ASSERT_FALSE(nextButton()->isEnabled());

    auto *mode = childOf<QComboBox>(page(), "modeComboBox");
    mode->setCurrentIndex(mode->findData(deploymentModeId(DeploymentMode::OnCloud)));
    EXPECT_FALSE(editor->isVisible());
    EXPECT_FALSE(label->isVisible());
    EXPECT_EQ(problemRow(problems, QStringLiteral("STUN")), -1);
    ASSERT_TRUE(nextButton()->isEnabled());
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    ASSERT_EQ(m_wizard->currentId(), int(OrderStep::Portal));
    const auto saved = m_log->loadOrder(QStringLiteral("CMD-83"));
    ASSERT_TRUE(saved.hasValue()) << saved.error().message.toStdString();
    EXPECT_EQ(saved->mode, DeploymentMode::OnCloud);
    EXPECT_EQ(saved->stack, StackProfile {});
}

TEST_F(GuiOrderPage, EveryMnemonicOfThePageIsItsOwn)
{
    openOrder();
    QHash<QChar, QString> owners;
    const auto take = [&owners](const QString &text) {
        QString plain = text;
        plain.replace(QLatin1String("&&"), QString());
        const qsizetype amp = plain.indexOf(QLatin1Char('&'));
        if (amp < 0 || amp + 1 >= plain.size()) {
            return;
        }
        const QChar key = plain.at(amp + 1).toLower();
        EXPECT_FALSE(owners.contains(key)) << text.toStdString() << " and " << owners.value(key).toStdString();
        owners.insert(key, text);
    };
    for (const QLabel *label : page().findChildren<QLabel *>()) {
        if (label->isVisibleTo(m_wizard.get())) {
            take(label->text());
        }
    }
    for (const QAbstractButton *button : m_wizard->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(m_wizard.get())) {
            take(button->text());
        }
    }
    EXPECT_TRUE(owners.contains(QLatin1Char('k')));
}
