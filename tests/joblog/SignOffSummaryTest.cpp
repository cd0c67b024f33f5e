// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/SignOffSummary.h"

#include "joblog/JobAction.h"
#include "order/ModelCatalog.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);

JobEvent event(
    const QString &step, const QString &action, const QString &target, JobResult result, int startMinute, int endMinute)
{
    JobEvent e;
    e.orderId = QStringLiteral("CMD-1");
    e.step = step;
    e.action = action;
    e.target = target;
    e.result = result;
    e.started = T0.addSecs(startMinute * 60);
    e.finished = T0.addSecs(endMinute * 60);
    return e;
}

Order order()
{
    Order o;
    o.orderId = QStringLiteral("CMD-1");
    o.mode = DeploymentMode::OnCloud;
    Station desk;
    desk.name = QStringLiteral("Accueil");
    desk.modelId = QStringLiteral("yealink-t54w");
    desk.extension = QStringLiteral("8001");
    desk.mac = QStringLiteral("80:5e:c0:30:00:01");
    Station unsynced = desk;
    unsynced.name = QStringLiteral("Camille");
    unsynced.extension = QStringLiteral("8002");
    unsynced.mac = QStringLiteral("80:5e:c0:30:00:02");
    Station skipped = desk;
    skipped.name = QStringLiteral("Réserve");
    skipped.extension = QStringLiteral("8003");
    skipped.mac.clear();
    Station soft;
    soft.name = QStringLiteral("Inès");
    soft.modelId = QStringLiteral("wazo-softphone");
    soft.extension = QStringLiteral("8004");
    o.stations = { desk, unsynced, skipped, soft };
    return o;
}

} // namespace

TEST(JoblogSignOffSummary, StepsDifferencesWarningsAndApprovalFromTheEvents)
{
    const QList<JobEvent> events = {
        event(
            QStringLiteral("intake"), QStringLiteral("plan-imported"), QStringLiteral("plan.csv"), JobResult::Ok, 0, 2),
        event(QStringLiteral("intake"), JobAction::stepDone(), QStringLiteral("CMD-1"), JobResult::Ok, 0, 3),
        // A failure put right later is not open; one that stays failed is.
        event(QStringLiteral("portal"), QStringLiteral("create-user"), QStringLiteral("user:8001"), JobResult::Failed,
            10, 11),
        event(QStringLiteral("portal"), QStringLiteral("create-user"), QStringLiteral("user:8001"), JobResult::Ok, 12,
            13),
        event(QStringLiteral("portal"), QStringLiteral("create-line"), QStringLiteral("line:8002"), JobResult::Unknown,
            14, 15),
        event(QStringLiteral("portal"), JobAction::stepDone(), QStringLiteral("CMD-1"), JobResult::Ok, 10, 20),
        event(QStringLiteral("phones"), QStringLiteral("phone-synchronized"), QStringLiteral("80:5E:C0:30:00:01"),
            JobResult::Ok, 30, 31),
        event(QStringLiteral("phones"), QStringLiteral("skip-phone"), QStringLiteral("Réserve"), JobResult::Ok, 32, 32),
        event(QStringLiteral("signoff"), JobAction::supervisorApproval(), QStringLiteral("Dominique Leroy"),
            JobResult::Ok, 40, 40),
    };
    const SignOffSummary summary = SignOffSummary::build(order(), events, ModelCatalog::builtIn());

    // On-cloud: order, portal, phones, labels, sign-off.
    ASSERT_EQ(summary.steps.size(), 5);
    EXPECT_EQ(summary.steps.at(0).step, OrderStep::Order);
    EXPECT_EQ(summary.steps.at(0).state, OrderProgress::State::Done);
    EXPECT_EQ(summary.steps.at(0).elapsedMs, 3 * 60 * 1000);
    EXPECT_EQ(summary.steps.at(0).events, 2);
    EXPECT_EQ(summary.steps.at(1).step, OrderStep::Portal);
    EXPECT_EQ(summary.steps.at(1).elapsedMs, 10 * 60 * 1000);
    EXPECT_EQ(summary.steps.at(1).failures, 2);
    EXPECT_EQ(summary.steps.at(2).state, OrderProgress::State::Started);
    EXPECT_EQ(summary.steps.at(3).state, OrderProgress::State::NotStarted);
    EXPECT_FALSE(summary.steps.at(3).first.isValid());
    EXPECT_EQ(summary.steps.at(3).elapsedMs, 0);

    ASSERT_EQ(summary.differences.size(), 3);
    EXPECT_EQ(summary.differences.at(0).code, QStringLiteral("phone-not-synchronized"));
    EXPECT_EQ(summary.differences.at(0).target, QStringLiteral("80:5e:c0:30:00:02"));
    EXPECT_EQ(summary.differences.at(1).code, QStringLiteral("no-phone"));
    EXPECT_EQ(summary.differences.at(1).target, QStringLiteral("Réserve"));
    EXPECT_TRUE(summary.differences.at(1).message.contains(QStringLiteral("skipped")));
    EXPECT_EQ(summary.differences.at(2).code, QStringLiteral("no-labels"));

    ASSERT_EQ(summary.warnings.size(), 1);
    EXPECT_EQ(summary.warnings.at(0).event.target, QStringLiteral("line:8002"));

    ASSERT_TRUE(summary.approval.has_value());
    EXPECT_EQ(summary.approval->target, QStringLiteral("Dominique Leroy"));
}

TEST(JoblogSignOffSummary, NothingRecordedYet)
{
    Order o = order();
    o.mode = DeploymentMode::OnPremise;
    const SignOffSummary summary = SignOffSummary::build(o, {}, ModelCatalog::builtIn());
    EXPECT_EQ(summary.steps.size(), 8);
    EXPECT_FALSE(summary.approval.has_value());
    EXPECT_TRUE(summary.warnings.isEmpty());
    // Two phones never synchronized, one station without a phone, no label.
    EXPECT_EQ(summary.differences.size(), 4);
}

// A step that ended well may still have found something the supervisor must see: the RAM of the
// Shuttle, a plan row. Its latest run decides: a run that no longer warns closes the warning.
TEST(JoblogSignOffSummary, WarningsOfStepsThatEndedWellReachSignOffUntilALaterRunClearsThem)
{
    Order o = order();
    o.mode = DeploymentMode::OnPremise;
    JobEvent hardware = event(QStringLiteral("postinstall"), QStringLiteral("hardware"),
        QStringLiteral("shuttle:wazo-a"), JobResult::Ok, 5, 6);
    hardware.detail = QJsonObject { { JobEvent::warningsKey(),
        QJsonArray {
            QStringLiteral("RAM: 24 GiB found, 8 GiB expected."), QStringLiteral("Disks: no internal SSD found.") } } };
    JobEvent plan = event(
        QStringLiteral("intake"), QStringLiteral("plan-imported"), QStringLiteral("plan.csv"), JobResult::Ok, 0, 1);
    plan.detail =
        QJsonObject { { JobEvent::warningsKey(), QJsonArray { QStringLiteral("plan.csv, row 4: no e-mail") } } };

    SignOffSummary summary = SignOffSummary::build(o, { plan, hardware }, ModelCatalog::builtIn());
    ASSERT_EQ(summary.warnings.size(), 3);
    EXPECT_EQ(summary.warnings.at(0).message, QStringLiteral("plan.csv, row 4: no e-mail"));
    EXPECT_EQ(summary.warnings.at(1).message, QStringLiteral("RAM: 24 GiB found, 8 GiB expected."));
    EXPECT_EQ(summary.warnings.at(1).event.action, QStringLiteral("hardware"));
    EXPECT_EQ(summary.warnings.at(2).message, QStringLiteral("Disks: no internal SSD found."));
    EXPECT_FALSE(summary.signOff.has_value());

    // The RAM was changed and post-install run again: its hardware check found nothing to say.
    JobEvent again = hardware;
    again.started = T0.addSecs(20 * 60);
    again.finished = again.started;
    again.detail = QJsonObject { { JobEvent::warningsKey(), QJsonArray {} } };
    JobEvent signOff =
        event(QStringLiteral("signoff"), JobAction::stepDone(), QStringLiteral("CMD-1"), JobResult::Ok, 30, 31);
    summary = SignOffSummary::build(o, { plan, hardware, again, signOff }, ModelCatalog::builtIn());
    ASSERT_EQ(summary.warnings.size(), 1);
    EXPECT_EQ(summary.warnings.at(0).event.action, QStringLiteral("plan-imported"));
    ASSERT_TRUE(summary.signOff.has_value());
    EXPECT_EQ(summary.signOff->finished, T0.addSecs(31 * 60));
}

// A phone replaced after the labels were printed: its station's labels are stale until printed again.
TEST(JoblogSignOffSummary, APhoneReplacedAfterTheLabelsAsksForThemAgain)
{
    const QList<JobEvent> printedThenReplaced = {
        event(QStringLiteral("labels"), QStringLiteral("print-labels"), QStringLiteral("labels.pdf"), JobResult::Ok, 10,
            11),
        event(QStringLiteral("phones"), QStringLiteral("replace-phone"), QStringLiteral("Accueil"), JobResult::Ok, 12,
            12),
    };
    const auto stale = [](const SignOffSummary &summary) {
        QStringList found;
        for (const SignOffSummary::Difference &d : summary.differences) {
            if (d.code == QLatin1String("labels-stale")) {
                found.append(d.target);
            }
        }
        return found;
    };
    EXPECT_EQ(stale(SignOffSummary::build(order(), printedThenReplaced, ModelCatalog::builtIn())),
        QStringList { QStringLiteral("Accueil") });
    QList<JobEvent> reprinted = printedThenReplaced;
    reprinted.append(event(QStringLiteral("labels"), QStringLiteral("print-labels"), QStringLiteral("labels-2.pdf"),
        JobResult::Ok, 13, 14));
    EXPECT_TRUE(stale(SignOffSummary::build(order(), reprinted, ModelCatalog::builtIn())).isEmpty());
}
