// SPDX-License-Identifier: GPL-3.0-or-later
// The intake of an order as a technician does it: fields typed, a plan chosen, problems read,
// the order saved into a real job log.
#include "NewOrderDialog.h"

#include "MainWindow.h"
#include "MessageBanner.h"
#include "TestSupport.h"
#include "joblog/JobLog.h"
#include "models/OrdersModel.h"
#include "models/ProblemsModel.h"
#include "models/StationsModel.h"
#include "order/ModelCatalog.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QString ValidSiret = QStringLiteral("73282932000074");

class GuiNewOrderDialog : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
        m_log = std::move(log).value();
    }

    template <typename T> static T *child(QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // QTest::keyClicks only knows ASCII; an accented letter is typed as the key event a keyboard
    // layout would send, with its text.
    static void type(QWidget *widget, const QString &text)
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

    static void fill(QWidget &dialog, const QString &orderId, const QString &customer, const QString &customerId)
    {
        type(child<QLineEdit>(dialog, "orderIdLineEdit"), orderId);
        type(child<QLineEdit>(dialog, "customerNameLineEdit"), customer);
        type(child<QLineEdit>(dialog, "customerIdLineEdit"), customerId);
    }

    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_log;
};

} // namespace

TEST_F(GuiNewOrderDialog, ShowsTheDuplicateExtensionWithItsRowAndRefusesToSave)
{
    NewOrderDialog dialog(ModelCatalog::builtIn(), *m_log, QStringLiteral("Camille Martin"), QStringLiteral("banc-2"));
    dialog.show();
    fill(dialog, QStringLiteral("CMD-2024-0153"), QStringLiteral("Boulangerie Lemaître"), ValidSiret);
    dialog.setPlanFile(dataPath(QStringLiteral("plans/gui-sample.csv")));

    auto *stations = child<QTableView>(dialog, "stationsTableView");
    auto *problems = child<QTableView>(dialog, "problemsTableView");
    auto *save = child<QPushButton>(dialog, "saveButton");
    ASSERT_TRUE(stations && problems && save);

    ASSERT_EQ(stations->model()->rowCount(), 4);
    // Read as Windows-1252: the accents and the ligature survive.
    EXPECT_EQ(cell(stations, 0, StationsModel::NameColumn), QStringLiteral("Hélène Lemaître"));
    EXPECT_EQ(cell(stations, 2, StationsModel::NameColumn), QStringLiteral("François Œuvray"));
    EXPECT_EQ(cell(stations, 1, StationsModel::ModelColumn), QStringLiteral("Yealink T57W + expansion module"));
    EXPECT_EQ(cell(stations, 1, StationsModel::MacColumn), QStringLiteral("80:5e:c0:30:00:02"));
    // The softphone had no extension: the workbench took the first free one of 8000-8020.
    EXPECT_EQ(cell(stations, 2, StationsModel::ExtensionColumn), QStringLiteral("8000"));

    ASSERT_EQ(problems->model()->rowCount(), 1);
    EXPECT_EQ(cell(problems, 0, ProblemsModel::SeverityColumn), QStringLiteral("Error"));
    EXPECT_EQ(cell(problems, 0, ProblemsModel::RowColumn), QStringLiteral("5"));
    EXPECT_EQ(cell(problems, 0, ProblemsModel::ColumnColumn), QStringLiteral("F"));
    EXPECT_TRUE(cell(problems, 0, ProblemsModel::MessageColumn).contains(QStringLiteral("8002")));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_FALSE(dialog.canSave());

    // Selecting the problem shows the station and the field it is about.
    problems->selectionModel()->setCurrentIndex(
        problems->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = stations->currentIndex();
    EXPECT_EQ(current.row(), 3);
    EXPECT_EQ(current.column(), int(StationsModel::ExtensionColumn));
    EXPECT_TRUE(stations->selectionModel()->isSelected(current));
}

TEST_F(GuiNewOrderDialog, RevalidatesWhenTheRangeChanges)
{
    NewOrderDialog dialog(ModelCatalog::builtIn(), *m_log, QStringLiteral("Camille Martin"), QStringLiteral("banc-2"));
    fill(dialog, QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    dialog.setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    EXPECT_TRUE(dialog.canSave());

    // A range that no longer holds the customer's extensions: each one is out of range.
    auto *start = child<QSpinBox>(dialog, "rangeStartSpinBox");
    auto *end = child<QSpinBox>(dialog, "rangeEndSpinBox");
    end->setValue(8150);
    start->setValue(8100);
    EXPECT_FALSE(dialog.canSave());
    const auto outOfRange = std::count_if(dialog.problems().cbegin(), dialog.problems().cend(),
        [](const Problem &p) { return p.code == QLatin1String("extension-out-of-range"); });
    EXPECT_EQ(outOfRange, 3);
    // The extension the workbench chose follows the range.
    EXPECT_EQ(dialog.order().stations.at(2).extension, QStringLiteral("8100"));

    start->setValue(8000);
    EXPECT_TRUE(dialog.canSave());
    EXPECT_EQ(dialog.order().range.toString(), QStringLiteral("8000-8150"));
}

TEST_F(GuiNewOrderDialog, NeedsOrderIdCustomerAndAValidCustomerId)
{
    NewOrderDialog dialog(ModelCatalog::builtIn(), *m_log, QStringLiteral("Camille Martin"), QStringLiteral("banc-2"));
    dialog.setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    auto *save = child<QPushButton>(dialog, "saveButton");
    EXPECT_FALSE(save->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "orderIdLineEdit"), QStringLiteral("CMD-1"));
    QTest::keyClicks(child<QLineEdit>(dialog, "customerNameLineEdit"), QStringLiteral("Boulangerie"));
    EXPECT_FALSE(save->isEnabled()); // the customer id is missing: an error
    QTest::keyClicks(child<QLineEdit>(dialog, "customerIdLineEdit"), QStringLiteral("73282932000075"));
    EXPECT_FALSE(save->isEnabled()); // checksum
    child<QLineEdit>(dialog, "customerIdLineEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "customerIdLineEdit"), ValidSiret);
    EXPECT_TRUE(save->isEnabled());
    child<QLineEdit>(dialog, "orderIdLineEdit")->setText(QStringLiteral("   "));
    EXPECT_FALSE(save->isEnabled());
}

TEST_F(GuiNewOrderDialog, ShowsAnUnreadablePlanInTheBanner)
{
    NewOrderDialog dialog(ModelCatalog::builtIn(), *m_log, QStringLiteral("Camille Martin"), QStringLiteral("banc-2"));
    dialog.show();
    fill(dialog, QStringLiteral("CMD-1"), QStringLiteral("Boulangerie"), ValidSiret);
    dialog.setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    ASSERT_TRUE(dialog.canSave());

    dialog.setPlanFile(m_dir.filePath(QStringLiteral("no-such-plan.csv")));
    auto *banner = child<MessageBanner>(dialog, "messageBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("no-such-plan.csv")));
    EXPECT_EQ(child<QTableView>(dialog, "stationsTableView")->model()->rowCount(), 0);
    EXPECT_FALSE(dialog.canSave());
}

TEST_F(GuiNewOrderDialog, SavesTheOrderAndRecordsTheImport)
{
    NewOrderDialog dialog(ModelCatalog::builtIn(), *m_log, QStringLiteral("Camille Martin"), QStringLiteral("banc-2"));
    fill(dialog, QStringLiteral("CMD-2024-0153"), QStringLiteral("Boulangerie Lemaître"), ValidSiret);
    child<QComboBox>(dialog, "modeComboBox")->setCurrentIndex(1);
    dialog.setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    QString saved;
    QObject::connect(&dialog, &NewOrderDialog::orderSaved, [&saved](const QString &id) { saved = id; });
    auto *save = child<QPushButton>(dialog, "saveButton");
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    EXPECT_EQ(saved, QStringLiteral("CMD-2024-0153"));
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));

    const auto order = m_log->loadOrder(QStringLiteral("CMD-2024-0153"));
    ASSERT_TRUE(order.hasValue()) << order.error().message.toStdString();
    EXPECT_EQ(order->customerName, QStringLiteral("Boulangerie Lemaître"));
    EXPECT_EQ(order->customerId, ValidSiret);
    EXPECT_EQ(order->mode, DeploymentMode::OnCloud);
    ASSERT_EQ(order->stations.size(), 4);
    EXPECT_EQ(order->stations.at(2).extension, QStringLiteral("8000"));
    EXPECT_TRUE(order->stations.at(2).extensionAssigned);

    const auto history = m_log->history(QStringLiteral("CMD-2024-0153"));
    ASSERT_TRUE(history.hasValue()) << history.error().message.toStdString();
    ASSERT_EQ(history->size(), 1);
    const JobEvent &event = history->constFirst();
    EXPECT_EQ(event.step, QStringLiteral("intake"));
    EXPECT_EQ(event.action, QStringLiteral("plan-imported"));
    EXPECT_EQ(event.target, QStringLiteral("gui-clean.csv"));
    EXPECT_EQ(event.result, QStringLiteral("ok"));
    EXPECT_EQ(event.technician, QStringLiteral("Camille Martin"));
    EXPECT_EQ(event.bench, QStringLiteral("banc-2"));
    EXPECT_TRUE(event.started.isValid());
    EXPECT_TRUE(event.finished.isValid());
    EXPECT_EQ(event.detail.value(QStringLiteral("file")).toString(), QStringLiteral("gui-clean.csv"));
    EXPECT_EQ(event.detail.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    EXPECT_EQ(event.detail.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1252"));
    EXPECT_EQ(event.detail.value(QStringLiteral("stations")).toInt(), 4);
    EXPECT_EQ(event.detail.value(QStringLiteral("warnings")).toInt(-1), 0);
}

TEST_F(GuiNewOrderDialog, FromTheMainWindowTheSavedOrderAppearsInTheTable)
{
    WorkbenchSettings settings;
    settings.technician = QStringLiteral("Camille Martin");
    settings.bench = QStringLiteral("banc-2");
    MainWindow window(*m_log, ModelCatalog::builtIn(), settings);
    window.setTrainingMode(true);
    window.show();
    auto *orders = child<QTableView>(window, "ordersTableView");
    ASSERT_EQ(orders->model()->rowCount(), 0);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("TRAINING")));
    EXPECT_TRUE(child<MessageBanner>(window, "trainingBanner")->isVisible());

    child<QAction>(window, "newOrderAction")->trigger();
    auto *dialog = window.findChild<NewOrderDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    // First the plan with the duplicate: nothing can be saved.
    fill(*dialog, QStringLiteral("CMD-2024-0153"), QStringLiteral("Boulangerie Lemaître"), ValidSiret);
    dialog->setPlanFile(dataPath(QStringLiteral("plans/gui-sample.csv")));
    auto *problems = child<QTableView>(*dialog, "problemsTableView");
    ASSERT_EQ(problems->model()->rowCount(), 1);
    EXPECT_EQ(cell(problems, 0, ProblemsModel::RowColumn), QStringLiteral("5"));
    auto *save = child<QPushButton>(*dialog, "saveButton");
    EXPECT_FALSE(save->isEnabled());

    // The customer sent the corrected plan.
    dialog->setPlanFile(dataPath(QStringLiteral("plans/gui-clean.csv")));
    EXPECT_EQ(problems->model()->rowCount(), 0);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());

    ASSERT_EQ(orders->model()->rowCount(), 1);
    EXPECT_EQ(cell(orders, 0, OrdersModel::OrderColumn), QStringLiteral("CMD-2024-0153"));
    EXPECT_EQ(cell(orders, 0, OrdersModel::CustomerColumn), QStringLiteral("Boulangerie Lemaître"));
    EXPECT_EQ(cell(orders, 0, OrdersModel::StationsColumn), QStringLiteral("4"));
    EXPECT_EQ(cell(orders, 0, OrdersModel::TechnicianColumn), QStringLiteral("Camille Martin"));
    EXPECT_EQ(cell(orders, 0, OrdersModel::CurrentStepColumn), QStringLiteral("Order"));
    EXPECT_EQ(orders->currentIndex().row(), 0);
}

TEST_F(GuiNewOrderDialog, TheSearchFiltersTheOrders)
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
    auto *orders = child<QTableView>(window, "ordersTableView");
    ASSERT_EQ(orders->model()->rowCount(), 3);
    auto *search = child<QLineEdit>(window, "searchLineEdit");
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
    child<QAction>(window, "refreshAction")->trigger();
    EXPECT_EQ(orders->model()->rowCount(), 4);
}
