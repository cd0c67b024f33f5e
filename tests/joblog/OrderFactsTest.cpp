// SPDX-License-Identifier: GPL-3.0-or-later
// What OrderFacts reads from an order's history: the latest value of an event that ended well, never
// a failed one's; the warnings of each thing's latest event; and a stored result this workbench does
// not know, which fails the reading instead of passing for another result.
#include "joblog/OrderFacts.h"

#include "JoblogTestSupport.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "order/OrderStep.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

JobEvent event(OrderStep step, const QString &action, JobResult result, const QJsonObject &detail = {},
    const QString &target = QStringLiteral("shuttle:pbx-1"))
{
    JobEvent e;
    e.orderId = QStringLiteral("CMD-1");
    e.step = orderStepId(step);
    e.action = action;
    e.target = target;
    e.result = result;
    e.detail = detail;
    return e;
}

} // namespace

TEST(OrderFacts, TheLatestSuccessfulValueWins)
{
    const OrderFacts facts = OrderFacts::fromHistory({
        event(OrderStep::Hardware, JobAction::checklistConfirm(), JobResult::Ok,
            { { QStringLiteral("serial"), QStringLiteral("SH-OLD") } }),
        event(OrderStep::Hardware, JobAction::checklistConfirm(), JobResult::Ok,
            { { QStringLiteral("serial"), QStringLiteral("SH-NEW") },
                { QStringLiteral("hostname"), QStringLiteral("pbx-1") } }),
        event(OrderStep::PostInstall, JobAction::postInstallCertificate(), JobResult::Ok,
            { { QStringLiteral("sha256"), QStringLiteral("aa") } }),
        // Found already made on the Shuttle: still what it holds.
        event(OrderStep::PostInstall, JobAction::postInstallCertificate(), JobResult::Skipped,
            { { QStringLiteral("sha256"), QStringLiteral("bb") } }),
    });
    EXPECT_EQ(facts.serial, QStringLiteral("SH-NEW"));
    EXPECT_EQ(facts.hostname, QStringLiteral("pbx-1"));
    EXPECT_EQ(facts.certificateSha256, QStringLiteral("bb"));
}

TEST(OrderFacts, AFailedEventsValuesAreIgnored)
{
    const OrderFacts facts = OrderFacts::fromHistory({
        event(OrderStep::Debian, JobAction::installerCallback(), JobResult::Ok,
            { { QStringLiteral("ip"), QStringLiteral("10.0.0.5") } }),
        event(OrderStep::Debian, JobAction::installerCallback(), JobResult::Failed,
            { { QStringLiteral("ip"), QStringLiteral("10.0.0.99") } }),
        event(OrderStep::PostInstall, JobAction::postInstallNetwork(), JobResult::Failed,
            { { QStringLiteral("address"), QStringLiteral("10.9.9.9") } }),
        event(OrderStep::Phones, JobAction::phoneSynchronized(), JobResult::Failed, {},
            QStringLiteral("80:5e:c0:10:00:01")),
        event(OrderStep::Labels, JobAction::printLabels(), JobResult::Failed,
            { { QStringLiteral("kind"), QStringLiteral("station") } }),
    });
    EXPECT_EQ(facts.ip, QStringLiteral("10.0.0.5"));
    EXPECT_TRUE(facts.lanAddress.isEmpty());
    EXPECT_FALSE(facts.isSynchronized(QStringLiteral("80:5E:C0:10:00:01")));
    EXPECT_FALSE(facts.labelsPrinted);
    EXPECT_TRUE(facts.printedLabelKinds.isEmpty());
}

TEST(OrderFacts, PhonesAndLabels)
{
    const OrderFacts facts = OrderFacts::fromHistory({
        event(OrderStep::Phones, JobAction::skipPhone(), JobResult::Ok, { { QStringLiteral("row"), 4 } },
            QStringLiteral("Réserve")),
        event(
            OrderStep::Phones, JobAction::phoneSynchronized(), JobResult::Ok, {}, QStringLiteral("80:5e:c0:10:00:01")),
        event(OrderStep::Phones, JobAction::replacePhone(), JobResult::Ok, {}, QStringLiteral("Accueil")),
        event(OrderStep::Labels, JobAction::printLabels(), JobResult::Ok,
            { { QStringLiteral("kind"), QStringLiteral("station") } }),
        event(OrderStep::Phones, JobAction::replacePhone(), JobResult::Ok, {}, QStringLiteral("Atelier")),
        // Closing the labels step prints nothing.
        event(OrderStep::Labels, JobAction::stepDone(), JobResult::Ok),
    });
    ASSERT_EQ(facts.skippedStations.size(), 1);
    EXPECT_EQ(facts.skippedStations.first().row, 4);
    EXPECT_TRUE(facts.isStationSkipped(QStringLiteral("Réserve")));
    EXPECT_TRUE(facts.isSynchronized(QStringLiteral("80:5E:C0:10:00:01")));
    EXPECT_TRUE(facts.labelsPrinted);
    EXPECT_EQ(facts.printedLabelKinds, QSet<QString> { QStringLiteral("station") });
    EXPECT_EQ(facts.replacedSinceLabels, QSet<QString> { QStringLiteral("Atelier") });
}

TEST(OrderFacts, WarningsOfEachThingsLatestEvent)
{
    const auto warned = [](const QString &action, JobResult result, const QStringList &warnings) {
        return event(OrderStep::PostInstall, action, result,
            { { JobEvent::warningsKey(), QJsonArray::fromStringList(warnings) },
                { QStringLiteral("message"), QStringLiteral("no route") } });
    };
    const OrderFacts facts = OrderFacts::fromHistory({
        warned(JobAction::postInstallHardware(), JobResult::Ok, { QStringLiteral("RAM 8 GiB, not 16") }),
        warned(JobAction::postInstallNetwork(), JobResult::Ok, { QStringLiteral("replaced below") }),
        warned(JobAction::postInstallNetwork(), JobResult::Failed, {}),
        warned(JobAction::postInstallWazo(), JobResult::Skipped, { QStringLiteral("a"), QStringLiteral("b") }),
    });
    ASSERT_EQ(facts.warnings.size(), 4);
    EXPECT_EQ(facts.warnings.at(0).message, QStringLiteral("RAM 8 GiB, not 16"));
    // A thing that did not end well is one warning, in its own words.
    EXPECT_EQ(facts.warnings.at(1).message, QStringLiteral("no route"));
    EXPECT_EQ(facts.warnings.at(1).event.result, JobResult::Failed);
    EXPECT_EQ(facts.warnings.at(2).message, QStringLiteral("a"));
    EXPECT_EQ(facts.warnings.at(3).message, QStringLiteral("b"));
}

TEST(OrderFacts, ResultsAreStoredUnderTheirIds)
{
    for (const JobResult result : { JobResult::Intent, JobResult::Ok, JobResult::Failed, JobResult::Unknown,
             JobResult::Skipped, JobResult::Started, JobResult::Paused, JobResult::Cancelled }) {
        EXPECT_EQ(jobResultFromId(jobResultId(result)), result);
    }
    EXPECT_EQ(jobResultId(JobResult::Ok), QStringLiteral("ok"));
    EXPECT_EQ(jobResultId(JobResult::Unknown), QStringLiteral("unknown"));
    EXPECT_FALSE(jobResultFromId(QStringLiteral("OK")));
    EXPECT_FALSE(jobResultFromId(QString()));
}

// A result written by a newer workbench (or by hand) is not taken for another one: the history
// cannot be read, and the error names the event, rather than an unknown word closing a step.
TEST(OrderFacts, AStoredResultThisWorkbenchDoesNotKnowFailsTheReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("joblog.sqlite"));
    auto log = JobLog::open(path);
    ASSERT_TRUE(log) << log.error().message.toStdString();
    ASSERT_TRUE((*log)->append(event(OrderStep::Hardware, JobAction::checklistConfirm(), JobResult::Ok)));
    {
        RawConnection raw(path);
        ASSERT_TRUE(raw.isOpen()) << raw.openError().toStdString();
        QString error;
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO events (order_id, step, action, target, technician, bench, "
                                            "started_ms, finished_ms, result, detail) VALUES ('CMD-1', 'hardware', "
                                            "'checklist-confirm', 'x', '', '', 0, 0, 'approved', '{}')"),
            &error))
            << error.toStdString();
    }
    const auto history = (*log)->history(QStringLiteral("CMD-1"));
    ASSERT_FALSE(history);
    EXPECT_TRUE(history.error().message.contains(QLatin1String("approved"))) << history.error().message.toStdString();
    HistoryFilter filter;
    filter.orderId = QStringLiteral("CMD-1");
    EXPECT_FALSE((*log)->query(filter));
}
