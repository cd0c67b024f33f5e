// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OrderWizard.h"

#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "joblog/TeamLedger.h"
#include "models/OrdersModel.h"
#include "order/ModelCatalog.h"
#include "wizard/OrderSession.h"
#include "wizard/TrainingEnvironment.h"
#include "wizard/WizardPage.h"

#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

class GuiOrderWizard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("wizard.sqlite")));
        ASSERT_TRUE(log) << log.error().message.toStdString();
        m_log = std::move(log).value();
        m_settings.technician = QStringLiteral("Camille Martin");
        m_settings.bench = QStringLiteral("banc-2");
    }

    Order saveSample(const QString &orderId, DeploymentMode mode)
    {
        TrainingEnvironment training(ModelCatalog::builtIn());
        auto order = training.sampleOrder(orderId);
        EXPECT_TRUE(order) << order.error().message.toStdString();
        order->mode = mode;
        EXPECT_TRUE(m_log->saveOrder(*order, m_settings.technician, m_settings.bench));
        return *order;
    }

    void recordDone(const QString &orderId, OrderStep step)
    {
        JobEvent event;
        event.orderId = orderId;
        event.step = orderStepId(step);
        event.action = JobAction::stepDone();
        event.target = orderId;
        event.technician = m_settings.technician;
        event.bench = m_settings.bench;
        event.started = QDateTime::currentDateTimeUtc();
        event.finished = event.started;
        event.result = JobResult::Ok;
        ASSERT_TRUE(m_log->append(event));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_log;
    WorkbenchSettings m_settings;
    Staging::Test::ApplicationStateGuard m_state;
};

} // namespace

TEST_F(GuiOrderWizard, OnCloudOrdersSkipTheShuttlePagesAndOnPremiseOrdersDoNot)
{
    saveSample(QStringLiteral("CMD-CLOUD"), DeploymentMode::OnCloud);
    saveSample(QStringLiteral("CMD-PREM"), DeploymentMode::OnPremise);
    const auto pagesAfter = [this](const QString &orderId) {
        OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
        EXPECT_TRUE(session.load(orderId));
        OrderWizard wizard(session);
        QList<OrderStep> visited;
        // nextId() is what QWizard follows on Next: walk it from the order page.
        wizard.setStartId(int(OrderStep::Order));
        wizard.restart();
        for (int id = wizard.currentId(); id >= 0;) {
            visited.append(OrderStep(id));
            wizard.setStartId(id);
            wizard.restart();
            id = wizard.nextId();
        }
        return visited;
    };
    EXPECT_EQ(pagesAfter(QStringLiteral("CMD-CLOUD")), orderSteps(DeploymentMode::OnCloud));
    EXPECT_EQ(pagesAfter(QStringLiteral("CMD-PREM")), orderSteps(DeploymentMode::OnPremise));
}

TEST_F(GuiOrderWizard, AnOrderReopensAtItsFirstStepNotDoneWithTheStepsMarked)
{
    const Order order = saveSample(QStringLiteral("CMD-7"), DeploymentMode::OnPremise);
    for (const OrderStep step : { OrderStep::Order, OrderStep::Hardware, OrderStep::Debian, OrderStep::PostInstall }) {
        recordDone(order.orderId, step);
    }
    OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, nullptr);
    ASSERT_TRUE(session.load(order.orderId));
    OrderWizard wizard(session);
    wizard.show();
    EXPECT_EQ(wizard.currentStep(), OrderStep::Portal);
    EXPECT_EQ(wizard.currentPage(), wizard.stepPage(OrderStep::Portal));
    EXPECT_TRUE(wizard.windowTitle().contains(QStringLiteral("CMD-7")));
    auto *steps = wizard.findChild<QLabel *>(QStringLiteral("wizardStepsLabel"));
    ASSERT_NE(steps, nullptr);
    EXPECT_EQ(steps->text().count(QStringLiteral("✔")), 4) << steps->text().toStdString();
    EXPECT_TRUE(steps->text().contains(QStringLiteral("<b>○ Portal</b>"))) << steps->text().toStdString();
}

TEST_F(GuiOrderWizard, ASessionRecordsEveryEventWithItsOrderTechnicianBenchAndTrainingMark)
{
    const Order order = saveSample(QStringLiteral("CMD-8"), DeploymentMode::OnCloud);
    TrainingEnvironment training(ModelCatalog::builtIn());
    OrderSession session(*m_log, ModelCatalog::builtIn(), m_settings, &training);
    ASSERT_TRUE(session.load(order.orderId));
    ASSERT_TRUE(session.record(OrderStep::Portal, QStringLiteral("dry-run"), QStringLiteral("stack"), JobResult::Ok));
    ASSERT_TRUE(session.completeStep(OrderStep::Order));
    ASSERT_TRUE(session.completeStep(OrderStep::Order)); // once is enough: no second event
    const auto events = m_log->history(order.orderId);
    ASSERT_TRUE(events);
    QStringList actions;
    for (const JobEvent &event : *events) {
        actions.append(event.action);
        EXPECT_EQ(event.technician, m_settings.technician);
        EXPECT_EQ(event.bench, m_settings.bench);
        if (event.action == QLatin1String("dry-run") || event.action == JobAction::stepDone()) {
            EXPECT_TRUE(event.detail.value(QStringLiteral("training")).toBool()) << event.action.toStdString();
        }
    }
    EXPECT_EQ(actions.count(JobAction::stepDone()), 1);
    EXPECT_EQ(session.progress().state(OrderStep::Order), OrderProgress::State::Done);
    EXPECT_EQ(session.progress().state(OrderStep::Portal), OrderProgress::State::Started);
    EXPECT_EQ(session.progress().current(), OrderStep::Portal);
}

TEST_F(GuiOrderWizard, AnOrderHeldByAnotherBenchIsNotOpenedAndTheHolderIsNamed)
{
    const Order order = saveSample(QStringLiteral("CMD-9"), DeploymentMode::OnCloud);
    ASSERT_TRUE(TeamLedger(*m_log).claim(
        order.orderId, QStringLiteral("banc-5"), QStringLiteral("Yanis Diallo"), std::chrono::minutes(10)));
    MainWindow window(*m_log, ModelCatalog::builtIn(), m_settings);
    window.show();
    EXPECT_EQ(window.openOrder(order.orderId), nullptr);
    EXPECT_EQ(window.wizardFor(order.orderId), nullptr);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("errorBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("banc-5"))) << banner->text().toStdString();

    // Once released, this bench opens it and holds it while the wizard is open; closing frees it.
    ASSERT_TRUE(TeamLedger(*m_log).release(order.orderId, QStringLiteral("banc-5"), QStringLiteral("Yanis Diallo")));
    OrderWizard *wizard = window.openOrder(order.orderId);
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(window.openOrder(order.orderId), wizard); // raised, not opened twice
    const auto held = TeamLedger(*m_log).holder(order.orderId);
    ASSERT_TRUE(held && held->has_value());
    EXPECT_EQ(held->value().bench, m_settings.bench);
    wizard->close();
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window.wizardFor(order.orderId), nullptr);
    const auto free = TeamLedger(*m_log).holder(order.orderId);
    ASSERT_TRUE(free);
    EXPECT_FALSE(free->has_value());
}

TEST_F(GuiOrderWizard, ResumeOnTheSelectedRowOpensItsWizard)
{
    saveSample(QStringLiteral("CMD-10"), DeploymentMode::OnCloud);
    recordDone(QStringLiteral("CMD-10"), OrderStep::Order);
    MainWindow window(*m_log, ModelCatalog::builtIn(), m_settings);
    window.show();
    auto *view = window.findChild<QTableView *>(QStringLiteral("ordersTableView"));
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, OrdersModel::CurrentStepColumn).data().toString(), QStringLiteral("Portal"));
    view->setCurrentIndex(view->model()->index(0, 0));
    auto *resume = window.findChild<QAction *>(QStringLiteral("resumeAction"));
    ASSERT_NE(resume, nullptr);
    resume->trigger();
    OrderWizard *wizard = window.wizardFor(QStringLiteral("CMD-10"));
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(wizard->currentStep(), OrderStep::Portal);
    wizard->close();
}
