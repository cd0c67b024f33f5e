// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecutorFixture.h"
#include "portal/ProvisioningTarget.h"

using namespace Staging;
using namespace Staging::Test;

namespace {

/**
 * The executor against stacks as Wazo really leaves them (the simulator playing them, held to the
 * real services by the wazo suite): an agency stack whose Yealink plugin is installed and whose
 * plugin server is out of reach, a confd that hears of a new tenant late, a stack whose setup
 * wizard never ran.
 */
class PortalExecutorStack : public ExecutorFixture
{
protected:
    PortalExecutorStack()
    {
        m_simOptions.preinstalledPlugins = { QStringLiteral("wazo-yealink-v85") };
        m_simOptions.pluginServerReachable = false;
        m_simOptions.tenantPropagationMs = 400;
    }
};

TEST_F(PortalExecutorStack, AnInstalledPluginIsTheStacksNotTheOrdersAndATenantConfdLearnsLateIsWaitedFor)
{
    const Order order = executorOrder(3);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    QStringList waits;

    const ProvisioningOutcome diff = [&] {
        ProvisioningExecutor::Options options = fastOptions();
        options.dryRun = true;
        return run(plan, options);
    }();
    ASSERT_TRUE(diff.stopped.ok()) << diff.stopped.message.toStdString();
    EXPECT_GE(diff.count(ProvisioningItem::Status::AlreadyThere), 1); // the plugin
    EXPECT_EQ(diff.ordersOwnPresent(), 0); // a new order: nothing of it is there

    ProvisioningExecutor::Options options = fastOptions();
    options.orderId = QStringLiteral("LATE-TENANT");
    // The wait comes after the reconcile, once the tenant is made.
    const ProvisioningOutcome outcome = run(plan, options, nullptr, [&waits](ProvisioningExecutor &executor) {
        QObject::connect(&executor, &ProvisioningExecutor::waiting, [&waits](const QString &m) { waits.append(m); });
    });
    EXPECT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    ASSERT_EQ(waits.size(), 1);
    EXPECT_TRUE(waits.first().contains(QStringLiteral("wazo-confd"))) << waits.first().toStdString();
    expectExactTarget(order);
}

TEST_F(PortalExecutorStack, AProvdUpdateThatFailsIsReportedAtOnce)
{
    ProvisioningPlan plan;
    plan.addResource({ ProvisioningResource::Kind::Plugin, QStringLiteral("plugin:wazo-snom-v10"),
        QStringLiteral("POST"), QStringLiteral("/api/provd/0.2/pg_mgr/install/install"),
        QJsonObject { { QStringLiteral("id"), QStringLiteral("wazo-snom-v10") } }, {}, {}, 0 });
    const ProvisioningOutcome outcome = run(plan, fastOptions());
    ASSERT_EQ(outcome.items.size(), 1);
    EXPECT_EQ(outcome.items.first().status, ProvisioningItem::Status::Failed);
    EXPECT_TRUE(outcome.items.first().message.contains(QStringLiteral("update|fail")))
        << describe(outcome).toStdString();
    EXPECT_EQ(outcome.items.first().serviceText, QStringLiteral("update|fail;0"));
    // Token, the installed list, the update, one read of its operation: no polling until a timeout.
    EXPECT_LE(outcome.requests, 6);
}

TEST_F(PortalExecutorStack, AStackWhoseSetupWizardNeverRanIsSaidSoEvenInADryRun)
{
    ASSERT_EQ(
        control(QStringLiteral("/_sim/faults"),
            QJsonObject { { QStringLiteral("fail_request"),
                QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                    { QStringLiteral("path"), QStringLiteral("/api/provd/0.2/cfg_mgr/configs/defaultconfigdevice") },
                    { QStringLiteral("count"), 10 }, { QStringLiteral("status"), 404 } } } })
            .status,
        200);
    ProvisioningExecutor::Options options = fastOptions();
    options.dryRun = true;
    const ProvisioningOutcome outcome = run(executorPlan(executorOrder(2)), options);
    EXPECT_FALSE(outcome.stopped.ok());
    EXPECT_TRUE(outcome.stopped.message.contains(QStringLiteral("setup wizard has not been run")))
        << outcome.stopped.message.toStdString();
}

} // namespace
