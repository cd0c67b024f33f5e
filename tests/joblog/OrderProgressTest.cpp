// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/OrderProgress.h"

#include "joblog/JobAction.h"

#include <gtest/gtest.h>

using namespace Staging;

namespace {

JobEvent event(OrderStep step, const QString &action, JobResult result, int minute)
{
    JobEvent e;
    e.orderId = QStringLiteral("CMD-1");
    e.step = orderStepId(step);
    e.action = action;
    e.result = result;
    e.started = QDateTime(QDate(2026, 11, 27), QTime(9, minute), Qt::UTC);
    e.finished = e.started.addSecs(30);
    return e;
}

JobEvent done(OrderStep step, int minute)
{
    return event(step, JobAction::stepDone(), JobResult::Ok, minute);
}

} // namespace

TEST(JoblogOrderProgress, StepIdsRoundTripAndUnknownIdsAreRefused)
{
    for (const OrderStep step : orderSteps(DeploymentMode::OnPremise)) {
        EXPECT_EQ(orderStepFromId(orderStepId(step)), step) << orderStepId(step).toStdString();
    }
    EXPECT_EQ(orderStepId(OrderStep::Order), QStringLiteral("intake"));
    EXPECT_FALSE(orderStepFromId(QStringLiteral("Intake")).has_value());
    EXPECT_FALSE(orderStepFromId(QString()).has_value());
}

TEST(JoblogOrderProgress, OnCloudOrdersHaveNoShuttleSteps)
{
    const QList<OrderStep> cloud = orderSteps(DeploymentMode::OnCloud);
    EXPECT_EQ(orderSteps(DeploymentMode::OnPremise).size(), 8);
    EXPECT_EQ(cloud.size(), 5);
    for (const OrderStep shuttle : { OrderStep::Hardware, OrderStep::Debian, OrderStep::PostInstall }) {
        EXPECT_FALSE(cloud.contains(shuttle));
    }
    EXPECT_EQ(cloud.constLast(), OrderStep::SignOff);
}

TEST(JoblogOrderProgress, AnOrderWithoutEventsStartsAtItsFirstStep)
{
    const OrderProgress progress(DeploymentMode::OnPremise, {});
    EXPECT_EQ(progress.current(), OrderStep::Order);
    EXPECT_EQ(progress.state(OrderStep::Portal), OrderProgress::State::NotStarted);
    EXPECT_FALSE(progress.isComplete());
}

TEST(JoblogOrderProgress, ResumesAtTheFirstStepNotDoneWithItsStateFromTheLatestEvent)
{
    const QList<JobEvent> events { done(OrderStep::Order, 0),
        event(OrderStep::Hardware, QStringLiteral("serial"), JobResult::Ok, 1), done(OrderStep::Hardware, 2),
        done(OrderStep::Debian, 3), done(OrderStep::PostInstall, 4),
        event(OrderStep::Portal, QStringLiteral("create-user"), JobResult::Intent, 5),
        event(OrderStep::Portal, QStringLiteral("create-user"), JobResult::Failed, 6) };
    const OrderProgress progress(DeploymentMode::OnPremise, events);
    EXPECT_EQ(progress.current(), OrderStep::Portal);
    EXPECT_EQ(progress.state(OrderStep::Hardware), OrderProgress::State::Done);
    EXPECT_EQ(progress.state(OrderStep::Portal), OrderProgress::State::Failed);
    EXPECT_EQ(progress.firstActivity(OrderStep::Hardware).time(), QTime(9, 1));
    EXPECT_EQ(progress.lastActivity(OrderStep::Hardware).time(), QTime(9, 2, 30));

    // A later success on the failed step makes it started again, not done.
    QList<JobEvent> retried = events;
    retried.append(event(OrderStep::Portal, QStringLiteral("create-user"), JobResult::Ok, 7));
    EXPECT_EQ(
        OrderProgress(DeploymentMode::OnPremise, retried).state(OrderStep::Portal), OrderProgress::State::Started);
}

TEST(JoblogOrderProgress, ADoneStepStaysDoneAndAFailedStepDoneEventDoesNotCount)
{
    const QList<JobEvent> events { done(OrderStep::Order, 0), done(OrderStep::Portal, 1),
        event(OrderStep::Labels, JobAction::stepDone(), JobResult::Failed, 2),
        event(OrderStep::Portal, QStringLiteral("print-label"), JobResult::Failed, 3) };
    const OrderProgress progress(DeploymentMode::OnCloud, events);
    EXPECT_EQ(progress.state(OrderStep::Portal), OrderProgress::State::Done);
    EXPECT_EQ(progress.state(OrderStep::Labels), OrderProgress::State::Failed);
    EXPECT_EQ(progress.current(), OrderStep::Phones);
}

TEST(JoblogOrderProgress, CompleteOnlyWhenEveryStepOfTheModeIsDone)
{
    QList<JobEvent> events;
    int minute = 0;
    for (const OrderStep step : orderSteps(DeploymentMode::OnCloud)) {
        events.append(done(step, minute++));
    }
    EXPECT_TRUE(OrderProgress(DeploymentMode::OnCloud, events).isComplete());
    EXPECT_EQ(OrderProgress(DeploymentMode::OnCloud, events).current(), OrderStep::SignOff);
    // The same events do not complete an on-premise order: its Shuttle steps are missing.
    const OrderProgress premise(DeploymentMode::OnPremise, events);
    EXPECT_FALSE(premise.isComplete());
    EXPECT_EQ(premise.current(), OrderStep::Hardware);
    // An event of a step this program does not know (a newer bench wrote it) changes nothing.
    JobEvent unknown = event(OrderStep::Order, QStringLiteral("x"), JobResult::Failed, 30);
    unknown.step = QStringLiteral("calibration");
    events.append(unknown);
    EXPECT_TRUE(OrderProgress(DeploymentMode::OnCloud, events).isComplete());
}
