// SPDX-License-Identifier: GPL-3.0-or-later
// Over HTTP/1.1 Qt sends a request again, on its own, when its connection drops before any answer
// byte. A POST the stack had already applied then exists twice when confd does not refuse the copy
// (a context's label, a user without e-mail): the executor keeps the first and deletes the other.
#include "ExecutorFixture.h"
#include "joblog/JobLog.h"
#include "portal/PortalJob.h"

#include <QTemporaryDir>

#include <functional>

using namespace Staging;
using namespace Staging::Test;
using ItemStatus = ProvisioningItem::Status;

namespace {

const QString Contexts = QStringLiteral("/api/confd/1.1/contexts");
const QString Users = QStringLiteral("/api/confd/1.1/users");
const QString Lines = QStringLiteral("/api/confd/1.1/lines");
const QString Incalls = QStringLiteral("/api/confd/1.1/incalls");

class PortalExecutorResent : public ExecutorFixture
{
protected:
    PortalExecutorResent() { m_http1Only = true; }

    void dropAfterApply(const QString &path, int count = 1)
    {
        ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                      QJsonObject { { QStringLiteral("drop_after_apply"),
                          QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                              { QStringLiteral("path"), path }, { QStringLiteral("count"), count } } } })
                      .status,
            200);
    }

    /** The plan's own graph, journaled under orderId. */
    static ProvisioningExecutor::Options graphOptions(const QString &orderId)
    {
        ProvisioningExecutor::Options options = fastOptions();
        options.bundleStations = false;
        options.orderId = orderId;
        return options;
    }

    QList<JobEvent> events(const QString &orderId, const QString &action, JobResult result)
    {
        QList<JobEvent> found;
        const auto history = m_journal->history(orderId);
        EXPECT_TRUE(history.hasValue());
        if (!history.hasValue()) {
            return found;
        }
        for (const JobEvent &event : history.value()) {
            if (event.action == action && event.result == result) {
                found.append(event);
            }
        }
        return found;
    }

    /** Each resource of the order created once in the journal. */
    /** A dry run afterwards: nothing to create, no conflict. */
    void expectNothingLeft(const ProvisioningPlan &plan, bool bundle)
    {
        ProvisioningExecutor::Options options = fastOptions();
        options.dryRun = true;
        options.bundleStations = bundle;
        const ProvisioningOutcome dry = run(plan, options);
        EXPECT_EQ(dry.count(ItemStatus::Create), 0) << describe(dry).toStdString();
        EXPECT_EQ(dry.count(ItemStatus::Conflict), 0) << describe(dry).toStdString();
    }

    QList<QJsonObject> contextsLabelled(const QString &label)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &c : simState().value(QLatin1String("contexts")).toArray()) {
            if (c.toObject().value(QLatin1String("label")).toString() == label) {
                found.append(c.toObject());
            }
        }
        return found;
    }
};

} // namespace

TEST_F(PortalExecutorResent, AContextSentTwiceIsKeptOnceAndTheCopyDeleted)
{
    const Order order = executorOrder(3);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    dropAfterApply(Contexts);
    ProvisioningExecutor::Options options = fastOptions();
    options.orderId = QStringLiteral("RESENT-CONTEXT");
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    EXPECT_EQ(countOf(QStringLiteral("POST ") + Contexts), 3) << "two contexts and the copy Qt sent again";
    EXPECT_EQ(countOf(QStringLiteral("DELETE ") + Contexts + QStringLiteral("/{}")), 1);
    expectExactTarget(order);

    const QList<JobEvent> deleted = events(options.orderId, QStringLiteral("delete"), JobResult::Ok);
    ASSERT_EQ(deleted.size(), 1);
    EXPECT_TRUE(deleted.first().target.startsWith(QLatin1String("context-"))) << deleted.first().target.toStdString();
    const QString deletedId = deleted.first().detail.value(QLatin1String("server_id")).toString();
    EXPECT_FALSE(deletedId.isEmpty());
    // The one kept is the one the journal names; the other is gone.
    const QString label = plan.find(deleted.first().target)->body.value(QLatin1String("label")).toString();
    const QList<QJsonObject> kept = contextsLabelled(label);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.first().value(QLatin1String("uuid")).toString(),
        deleted.first().detail.value(QLatin1String("kept")).toString());
    EXPECT_NE(kept.first().value(QLatin1String("uuid")).toString(), deletedId);
    expectCreatedOnce(*m_journal, options.orderId);
    expectNothingLeft(plan, true);
}

// The plan's own graph posts a user alone: without e-mail, confd takes a second copy of it.
TEST_F(PortalExecutorResent, AUserWithoutEmailSentTwiceInTheGraphIsKeptOnce)
{
    Order order = executorOrder(3);
    order.stations[0].email.clear();
    order.stations[0].name = QStringLiteral("Salle de réunion");
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    dropAfterApply(Users);
    ProvisioningExecutor::Options options = fastOptions();
    options.bundleStations = false;
    options.window = 1; // the station without e-mail is the first user posted
    options.orderId = QStringLiteral("RESENT-USER");
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectExactTarget(order);

    const QList<JobEvent> deleted = events(options.orderId, QStringLiteral("delete"), JobResult::Ok);
    ASSERT_EQ(deleted.size(), 1);
    EXPECT_EQ(deleted.first().target, QStringLiteral("user:Salle de réunion/1000"));
    EXPECT_EQ(deleted.first().detail.value(QLatin1String("row")).toInt(), 2);
    EXPECT_FALSE(deleted.first().detail.value(QLatin1String("server_id")).toString().isEmpty());
    EXPECT_EQ(countOf(QStringLiteral("DELETE ") + Users + QStringLiteral("/{}")), 1);
    expectCreatedOnce(*m_journal, options.orderId);
    expectNothingLeft(plan, false);
}

// What the stack held before the run is never deleted: two contexts someone made with the order's
// label are reported and left alone, while this run's own copy of the other context is removed.
TEST_F(PortalExecutorResent, ADuplicateThatWasThereBeforeIsLeftAloneAndReported)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    SimClient admin(m_sim->baseUrl(), m_sim->certificate());
    ASSERT_EQ(admin.login().status, 200);
    const SimReply tenant = admin.call("POST", QStringLiteral("/api/auth/0.1/tenants"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Client") },
            { QStringLiteral("slug"), QStringLiteral("client") } });
    ASSERT_EQ(tenant.status, 200) << tenant.body.toStdString();
    admin.tenant = tenant.json.object().value(QLatin1String("uuid")).toString();
    QList<int> before;
    for (int i = 0; i < 2; ++i) {
        const SimReply made = admin.call("POST", Contexts,
            QJsonObject { { QStringLiteral("label"), QStringLiteral("Client internal") },
                { QStringLiteral("type"), QStringLiteral("internal") },
                { QStringLiteral("user_ranges"),
                    QJsonArray { QJsonObject { { QStringLiteral("start"), QStringLiteral("1000") },
                        { QStringLiteral("end"), QStringLiteral("1199") } } } } });
        ASSERT_EQ(made.status, 201) << made.body.toStdString();
        before.append(made.json.object().value(QLatin1String("id")).toInt());
    }

    dropAfterApply(Contexts); // hits the incall context, the one this run creates
    ProvisioningExecutor::Options options = fastOptions();
    options.orderId = QStringLiteral("RESENT-BEFORE");
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    EXPECT_FALSE(outcome.complete());
    bool reported = false;
    for (const ProvisioningItem &item : outcome.items) {
        if (item.kind == ProvisioningResource::Kind::InternalContext) {
            reported = item.status == ItemStatus::Conflict && item.message.contains(QLatin1String("Client internal"));
        }
    }
    EXPECT_TRUE(reported) << describe(outcome).toStdString();

    QList<int> after;
    for (const QJsonObject &c : contextsLabelled(QStringLiteral("Client internal"))) {
        after.append(c.value(QLatin1String("id")).toInt());
    }
    EXPECT_EQ(after, before) << "a context that was there before the run was touched";
    EXPECT_EQ(contextsLabelled(QStringLiteral("Client incall")).size(), 1);
    const QList<JobEvent> deleted = events(options.orderId, QStringLiteral("delete"), JobResult::Ok);
    ASSERT_EQ(deleted.size(), 1);
    EXPECT_EQ(deleted.first().detail.value(QLatin1String("kind")).toString(), QStringLiteral("context-incall"));
    EXPECT_EQ(countOf(QStringLiteral("DELETE ") + Contexts + QStringLiteral("/{}")), 1);
}

// The job says when Qt sent its request again: the executor's only sign of a second copy.
TEST_F(PortalExecutorResent, AJobSaysWhenQtSentItsRequestAgain)
{
    TokenSession session(m_connection.get(), QStringLiteral("admin"), QStringLiteral("admin"));
    const auto post = [&](const QString &label) {
        PortalJob job(m_connection.get(), "POST", Contexts);
        job.setAutoDelete(false);
        job.setTokenSession(&session);
        job.setJsonBody(QJsonDocument(QJsonObject {
            { QStringLiteral("label"), label }, { QStringLiteral("type"), QStringLiteral("internal") } }));
        QEventLoop loop;
        QObject::connect(&job, &PortalJob::finished, &loop, &QEventLoop::quit);
        job.start();
        if (!job.isFinished()) {
            loop.exec();
        }
        return job.result();
    };
    const PortalResult once = post(QStringLiteral("Once"));
    EXPECT_EQ(once.httpStatus, 201);
    EXPECT_FALSE(once.resent);
    dropAfterApply(Contexts);
    const PortalResult twice = post(QStringLiteral("Twice"));
    EXPECT_EQ(twice.httpStatus, 201);
    EXPECT_TRUE(twice.resent);
    EXPECT_EQ(contextsLabelled(QStringLiteral("Twice")).size(), 2);
}

// Dropped again and again: Qt gives up after its own re-sends (a transport error, retried after a
// lookup) or gets an answer for the last copy; either way every copy but the first is deleted.
TEST_F(PortalExecutorResent, AContextMadeManyTimesIsKeptOnce)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    dropAfterApply(Contexts, 4);
    ProvisioningExecutor::Options options = fastOptions();
    options.window = 1;
    options.orderId = QStringLiteral("RESENT-MANY");
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectExactTarget(order);
    const int posts = countOf(QStringLiteral("POST ") + Contexts);
    EXPECT_GE(posts, 5) << "the fault did not bite";
    EXPECT_EQ(events(options.orderId, QStringLiteral("delete"), JobResult::Ok).size(), posts - 2);
    expectCreatedOnce(*m_journal, options.orderId);
    expectNothingLeft(plan, true);
}

// Random applied-then-dropped requests over HTTP/1.1 with compound users (what the application
// runs), a station without e-mail among them: the exact target.
TEST_F(PortalExecutorResent, AppliedThenDroppedAtRandomEndsAtTheTarget)
{
    Order order = executorOrder(10);
    order.stations[3].email.clear();
    order.stations[3].name = QStringLiteral("Atelier");
    const ProvisioningPlan plan = executorPlan(order);
    bootPhones(order);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_after_apply_rate"), 0.2 }, { QStringLiteral("seed"), 3 } })
                  .status,
        200);
    ProvisioningExecutor::Options options = fastOptions();
    options.retry.maxAttempts = 10;
    const ProvisioningOutcome outcome = run(plan, options);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectExactTarget(order);
    expectNothingLeft(plan, true);
}

// The hundred stations through resets and 503s, over HTTP/1.1 and with answers lost after
// the change was made besides: the exact target.
TEST_F(PortalExecutorResent, HundredStationsThroughResets503sAndLostAnswers)
{
    const Order order = executorOrder(100);
    bootPhones(order);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_rate"), 0.04 }, { QStringLiteral("error_rate"), 0.04 },
                      { QStringLiteral("drop_after_apply_rate"), 0.04 }, { QStringLiteral("status"), 503 },
                      { QStringLiteral("seed"), 13 } })
                  .status,
        200);
    ProvisioningExecutor::Options options = fastOptions();
    options.retry.maxAttempts = 10;
    const ProvisioningPlan plan = executorPlan(order);
    const ProvisioningOutcome outcome = run(plan, options);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectExactTarget(order);
    expectNothingLeft(plan, true);
}

// Two stations of the order with the same name and no e-mail: a copy cannot be told from the other
// station's user, so nothing is deleted and the station sent twice is reported.
TEST_F(PortalExecutorResent, NothingIsDeletedWhenAnotherStationHasTheSameNaturalKey)
{
    Order order = executorOrder(3);
    for (const int i : { 0, 1 }) {
        order.stations[i].email.clear();
        order.stations[i].name = QStringLiteral("Accueil");
    }
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    dropAfterApply(Users);
    ProvisioningExecutor::Options options = fastOptions();
    options.bundleStations = false;
    options.window = 1;
    options.orderId = QStringLiteral("RESENT-SAME-NAME");
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    EXPECT_FALSE(outcome.complete());
    bool reported = false;
    for (const ProvisioningItem &item : outcome.items) {
        reported = reported
            || (item.kind == ProvisioningResource::Kind::User && item.status == ItemStatus::Conflict && item.row == 2);
    }
    EXPECT_TRUE(reported) << describe(outcome).toStdString();
    EXPECT_EQ(countOf(QStringLiteral("DELETE ") + Users + QStringLiteral("/{}")), 0);
    EXPECT_TRUE(events(options.orderId, QStringLiteral("delete"), JobResult::Ok).isEmpty());
}

// The plan's own graph posts a line and an incall before what names them (the line's SIP endpoint,
// the incall's DID) is linked: an answer lost there must not leave a line or an incall behind.
TEST_F(PortalExecutorResent, ALineAppliedThenDroppedInTheGraphIsMadeOnce)
{
    const Order order = executorOrder(3);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    dropAfterApply(Lines);
    const ProvisioningExecutor::Options options = graphOptions(QStringLiteral("GRAPH-LINE"));
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    EXPECT_GE(countOf(QStringLiteral("POST ") + Lines), 4 + 1) << "the fault did not bite";
    expectExactTarget(order);
    expectCreatedOnce(*m_journal, options.orderId);
    expectNothingLeft(plan, false);
}

TEST_F(PortalExecutorResent, AnIncallAppliedThenDroppedInTheGraphIsMadeOnce)
{
    const Order order = executorOrder(3);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    dropAfterApply(Incalls);
    const ProvisioningExecutor::Options options = graphOptions(QStringLiteral("GRAPH-INCALL"));
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    EXPECT_GE(countOf(QStringLiteral("POST ") + Incalls), 3 + 1) << "the fault did not bite";
    expectExactTarget(order);
    // confd takes the copy Qt sent again (an incall has no natural key of its own): deleted.
    const QList<JobEvent> deleted = events(options.orderId, QStringLiteral("delete"), JobResult::Ok);
    ASSERT_EQ(deleted.size(), countOf(QStringLiteral("POST ") + Incalls) - 3);
    for (const JobEvent &event : deleted) {
        EXPECT_TRUE(event.target.startsWith(QLatin1String("incall:"))) << event.target.toStdString();
    }
    expectCreatedOnce(*m_journal, options.orderId);
    expectNothingLeft(plan, false);
}

TEST_F(PortalExecutorResent, AppliedThenDroppedAtRandomInTheGraphEndsAtTheTarget)
{
    const Order order = executorOrder(20);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_after_apply_rate"), 0.2 }, { QStringLiteral("seed"), 17 } })
                  .status,
        200);
    ProvisioningExecutor::Options options = graphOptions(QStringLiteral("GRAPH-RANDOM"));
    options.retry.maxAttempts = 10;
    const ProvisioningOutcome outcome = run(plan, options, m_journal.get());
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectExactTarget(order);
    expectCreatedOnce(*m_journal, options.orderId);
    expectNothingLeft(plan, false);
}

// The run is aborted after each k-th request of the graph in turn, while the stack has applied
// the requests in flight without answering them (they wait out its latency), or the stack fails
// every request from the k-th on: the resume ends at exactly the target, each resource created
// once in the journal.
TEST_F(PortalExecutorResent, EveryAbortOrFailurePointInTheGraphThenResumeEndsAtTheTarget)
{
    const Order order = executorOrder(2); // the first station is a UC user: two lines
    const ProvisioningPlan plan = executorPlan(order);
    const auto served = [this] { return m_sim->state().apiRequests; };
    bootPhones(order);
    const int before = served();
    int reconcileRequests = 0;
    ASSERT_TRUE(run(plan, graphOptions(QStringLiteral("GRAPH-COUNT")), nullptr, [&](ProvisioningExecutor &) {
        reconcileRequests = served() - before;
    }).complete());
    const int graphRequests = served() - before - reconcileRequests;
    ASSERT_GT(graphRequests, 20);

    int crashed = 0;
    for (int k = 1; k <= graphRequests; ++k) {
        for (const bool abort : { true, false }) {
            SCOPED_TRACE(QStringLiteral("%1 at %2")
                             .arg(abort ? QStringLiteral("aborted") : QStringLiteral("failing"))
                             .arg(k)
                             .toStdString());
            ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
            bootPhones(order);
            const QString orderId =
                QStringLiteral("GRAPH-%1%2").arg(abort ? QLatin1Char('A') : QLatin1Char('F')).arg(k);
            ProvisioningExecutor::Options options = graphOptions(orderId);
            QTimer watch;
            std::function<void(ProvisioningExecutor &)> onReconciled;
            if (abort) {
                ASSERT_EQ(
                    control(QStringLiteral("/_sim/latency"), QJsonObject { { QStringLiteral("ms"), 5 } }).status, 200);
                onReconciled = [&](ProvisioningExecutor &executor) {
                    const int from = served();
                    QObject::connect(&watch, &QTimer::timeout, &executor, [&, from] {
                        if (served() - from >= k) {
                            watch.stop();
                            executor.cancel();
                        }
                    });
                    watch.start(0);
                };
            } else {
                options.retry.maxAttempts = 2; // fail fast: the stack stays broken until the faults are cleared
                ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                              QJsonObject { { QStringLiteral("fail_after"), reconcileRequests + k - 1 } })
                              .status,
                    200);
            }
            crashed += run(plan, options, m_journal.get(), onReconciled).complete() ? 0 : 1;
            watch.stop();

            ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
            ASSERT_EQ(
                control(QStringLiteral("/_sim/latency"), QJsonObject { { QStringLiteral("ms"), 0 } }).status, 200);
            const ProvisioningOutcome resumed = run(plan, graphOptions(orderId), m_journal.get());
            ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
            expectExactTarget(order);
            expectCreatedOnce(*m_journal, orderId);
            if (HasFailure()) {
                return; // one k is enough to read
            }
        }
    }
    // Polling provd makes the request count vary a little: the last k may come after the end.
    EXPECT_GE(crashed, 2 * graphRequests - 6);
}

// An incall confd took twice before the run gave up on it (Qt's re-sends dropped too, no retry
// left): the resume of that order deletes the copy its journal shows it made; another order's run
// finds the same copies and leaves them alone, reported.
TEST_F(PortalExecutorResent, IncallCopiesOfAnOrderThatGaveUpAreKeptOnceOnItsResume)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    dropAfterApply(Incalls, 10);
    ProvisioningExecutor::Options options = graphOptions(QStringLiteral("GRAPH-GAVE-UP"));
    options.window = 1;
    options.retry.maxAttempts = 1;
    EXPECT_FALSE(run(plan, options, m_journal.get()).complete());
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    const int incalls = int(simState().value(QLatin1String("incalls")).toArray().size());
    ASSERT_GT(incalls, 2) << "the fault did not bite";

    const ProvisioningOutcome other = run(plan, graphOptions(QStringLiteral("GRAPH-OTHER")), m_journal.get());
    EXPECT_FALSE(other.complete());
    EXPECT_GE(other.count(ItemStatus::Conflict), 1) << describe(other).toStdString();
    EXPECT_EQ(countOf(QStringLiteral("DELETE ") + Incalls + QStringLiteral("/{}")), 0);

    const ProvisioningOutcome resumed = run(plan, graphOptions(options.orderId), m_journal.get());
    ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
    expectExactTarget(order);
    EXPECT_EQ(events(options.orderId, QStringLiteral("delete"), JobResult::Ok).size(), incalls - 2);
    expectNothingLeft(plan, false);
}
