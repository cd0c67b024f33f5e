// SPDX-License-Identifier: GPL-3.0-or-later
// Registering an on-premise stack on the agency portal (deployd) against the simulator over HTTPS:
// created once, found by name, updated when its addresses changed, never duplicated.
#include "ExecutorFixture.h"
#include "joblog/JobLog.h"
#include "portal/StackRegistrationJob.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QString Instances = QStringLiteral("/api/deployd/0.1/instances");
const QString EnginePassword = QStringLiteral("Engine-Root-Pw-5150");

class PortalStackRegistration : public ExecutorFixture
{
protected:
    // Over HTTP/1.1 Qt re-sends a request whose connection dropped unanswered, as a real portal
    // behind a proxy may see it.
    PortalStackRegistration() { m_http1Only = true; }

    static StackInstance shuttle()
    {
        StackProfile profile;
        profile.publicHost = QStringLiteral("pbx.acme.example");
        profile.preferredConnection = StackProfile::Connection::Public;
        return StackInstance::of(
            profile, QStringLiteral("wazo-sh-0042"), QStringLiteral("192.168.1.10"), QStringLiteral("root"));
    }

    StackRegistrationJob::Result registerStack(
        const StackInstance &instance, bool dryRun = false, const QString &orderId = QStringLiteral("CMD-STACK"))
    {
        TokenSession session(m_connection.get(), QStringLiteral("admin"), QStringLiteral("admin"));
        StackRegistrationJob::Options options;
        options.dryRun = dryRun;
        options.retry.baseDelayMs = 2;
        options.retry.maxDelayMs = 20;
        options.orderId = orderId;
        auto *job = new StackRegistrationJob(m_connection.get(), &session, instance, EnginePassword, options);
        job->setJournal(m_journal.get());
        StackRegistrationJob::Result result;
        bool done = false;
        QEventLoop loop;
        QObject::connect(job, &StackRegistrationJob::finished, &loop, [&](const StackRegistrationJob::Result &r) {
            result = r;
            done = true;
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        job->start();
        if (!done) {
            loop.exec();
        }
        EXPECT_TRUE(done) << "the registration never finished";
        return result;
    }

    QJsonArray instances() { return simState().value(QLatin1String("deployd_instances")).toArray(); }

    QList<JobEvent> history()
    {
        const auto events = m_journal->history(QStringLiteral("CMD-STACK"));
        EXPECT_TRUE(events.hasValue());
        return events.hasValue() ? events.value() : QList<JobEvent> {};
    }
};

} // namespace

TEST_F(PortalStackRegistration, AMissingStackIsRegisteredOnceThenLeftAlone)
{
    const StackRegistrationJob::Result dry = registerStack(shuttle(), true);
    ASSERT_TRUE(dry.ok()) << dry.error.message.toStdString();
    EXPECT_EQ(dry.action, StackRegistrationJob::Action::Create);
    EXPECT_FALSE(dry.applied);
    EXPECT_TRUE(instances().isEmpty()) << "a dry run registered the stack";

    const StackRegistrationJob::Result made = registerStack(shuttle());
    ASSERT_TRUE(made.ok()) << made.error.message.toStdString();
    EXPECT_EQ(made.action, StackRegistrationJob::Action::Create);
    EXPECT_TRUE(made.applied);
    const QJsonArray registered = instances();
    ASSERT_EQ(registered.size(), 1);
    const QJsonObject instance = registered.first().toObject();
    EXPECT_EQ(instance.value(QLatin1String("uuid")).toString(), made.uuid);
    EXPECT_EQ(instance.value(QLatin1String("name")).toString(), QStringLiteral("wazo-sh-0042"));
    EXPECT_EQ(instance.value(QLatin1String("private_host")).toString(), QStringLiteral("192.168.1.10"));
    EXPECT_EQ(instance.value(QLatin1String("private_port")).toInt(), 443);
    EXPECT_EQ(instance.value(QLatin1String("public_host")).toString(), QStringLiteral("pbx.acme.example"));
    EXPECT_EQ(instance.value(QLatin1String("public_port")).toInt(), 443);
    EXPECT_EQ(instance.value(QLatin1String("preferred_connection")).toString(), QStringLiteral("public"));
    EXPECT_EQ(instance.value(QLatin1String("service_id")).toInt(), 1);

    const StackRegistrationJob::Result again = registerStack(shuttle());
    ASSERT_TRUE(again.ok()) << again.error.message.toStdString();
    EXPECT_EQ(again.action, StackRegistrationJob::Action::None);
    EXPECT_FALSE(again.applied);
    EXPECT_EQ(again.uuid, made.uuid);
    EXPECT_EQ(countOf(QStringLiteral("POST ") + Instances), 1);
    EXPECT_EQ(countOf(QStringLiteral("PUT ") + Instances + QStringLiteral("/{}")), 0);

    // Journaled before and after, with the addresses and never the engine's password.
    QStringList seen;
    for (const JobEvent &event : history()) {
        seen.append(event.action + QLatin1Char('/') + jobResultId(event.result));
        EXPECT_EQ(event.target, QStringLiteral("stack:wazo-sh-0042"));
        EXPECT_FALSE(QJsonDocument(event.detail).toJson().contains(EnginePassword.toUtf8()));
    }
    EXPECT_EQ(seen, (QStringList { QStringLiteral("stack-register/intent"), QStringLiteral("stack-register/ok") }));
}

// Order B's Shuttle got the name of order A's (a reused Shuttle, a copied hostname): the portal's
// stack is A's, and B's registration is a conflict, dry run or not, never an update of A's.
TEST_F(PortalStackRegistration, AnotherOrdersStackOfTheSameNameIsAConflictNotAnUpdate)
{
    ASSERT_TRUE(registerStack(shuttle()).ok());
    StackInstance other = shuttle();
    other.privateHost = QStringLiteral("192.168.1.11");
    for (const bool dryRun : { true, false }) {
        const StackRegistrationJob::Result refused = registerStack(other, dryRun, QStringLiteral("CMD-OTHER"));
        ASSERT_FALSE(refused.ok()) << dryRun;
        EXPECT_EQ(refused.error.kind, ErrorKind::InvalidInput);
        EXPECT_TRUE(refused.error.message.contains(QStringLiteral("CMD-STACK"))) << refused.error.message.toStdString();
        EXPECT_FALSE(refused.applied);
    }
    EXPECT_EQ(countOf(QStringLiteral("PUT ") + Instances + QStringLiteral("/{}")), 0);
    EXPECT_EQ(
        instances().first().toObject().value(QLatin1String("private_host")).toString(), QStringLiteral("192.168.1.10"));
    // Its own order still updates it.
    EXPECT_EQ(registerStack(other).action, StackRegistrationJob::Action::Update);
}

TEST_F(PortalStackRegistration, AStackWhoseAddressesChangedIsUpdatedInPlace)
{
    ASSERT_TRUE(registerStack(shuttle()).ok());
    StackInstance moved = shuttle();
    moved.privateHost = QStringLiteral("192.168.1.20");
    moved.preferredConnection = StackProfile::Connection::Any;

    const StackRegistrationJob::Result dry = registerStack(moved, true);
    ASSERT_TRUE(dry.ok()) << dry.error.message.toStdString();
    EXPECT_EQ(dry.action, StackRegistrationJob::Action::Update);
    EXPECT_EQ(dry.differences,
        (QStringList { QStringLiteral("private_host: 192.168.1.10 → 192.168.1.20"),
            QStringLiteral("preferred_connection: public → any") }));

    const StackRegistrationJob::Result updated = registerStack(moved);
    ASSERT_TRUE(updated.ok()) << updated.error.message.toStdString();
    EXPECT_EQ(updated.action, StackRegistrationJob::Action::Update);
    EXPECT_TRUE(updated.applied);
    const QJsonArray registered = instances();
    ASSERT_EQ(registered.size(), 1) << "updated, not registered a second time";
    const QJsonObject instance = registered.first().toObject();
    EXPECT_EQ(instance.value(QLatin1String("private_host")).toString(), QStringLiteral("192.168.1.20"));
    EXPECT_EQ(instance.value(QLatin1String("preferred_connection")).toString(), QStringLiteral("any"));
    EXPECT_TRUE(instance.value(QLatin1String("installed")).toBool());
    EXPECT_EQ(countOf(QStringLiteral("POST ") + Instances), 1);
}

TEST_F(PortalStackRegistration, TwoStacksOfTheSameNameAreAConflictAndNothingIsSent)
{
    SimClient admin(m_sim->baseUrl(), m_sim->certificate());
    ASSERT_EQ(admin.login().status, 200);
    for (const char *host : { "192.168.1.10", "10.9.9.9" }) {
        ASSERT_EQ(admin
                      .call("POST", Instances,
                          QJsonObject { { QStringLiteral("name"), QStringLiteral("wazo-sh-0042") },
                              { QStringLiteral("config"), QJsonObject {} },
                              { QStringLiteral("private_host"), QLatin1String(host) },
                              { QStringLiteral("private_port"), 443 }, { QStringLiteral("password"), EnginePassword } })
                      .status,
            201);
    }
    // A stack whose name merely contains this one's is another stack.
    ASSERT_TRUE(registerStack(shuttle()).error.message.contains(QStringLiteral("2 stacks named \"wazo-sh-0042\"")));
    EXPECT_EQ(countOf(QStringLiteral("POST ") + Instances), 2) << "the two made above only";
    EXPECT_EQ(countOf(QStringLiteral("PUT ") + Instances + QStringLiteral("/{}")), 0);
    EXPECT_TRUE(history().isEmpty());
}

TEST_F(PortalStackRegistration, ACreateAppliedButUnansweredIsFoundNotMadeTwice)
{
    StackInstance other = shuttle();
    other.name = QStringLiteral("wazo-sh-00421");
    ASSERT_TRUE(registerStack(other).ok()); // its name contains the one registered next

    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_after_apply"),
                      QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                          { QStringLiteral("path"), Instances }, { QStringLiteral("count"), 3 } } } })
                  .status,
        200);
    const StackRegistrationJob::Result made = registerStack(shuttle());
    ASSERT_TRUE(made.ok()) << made.error.message.toStdString();
    EXPECT_TRUE(made.applied);
    int named = 0;
    for (const QJsonValue &instance : instances()) {
        named += instance.toObject().value(QLatin1String("name")).toString() == QLatin1String("wazo-sh-0042");
    }
    EXPECT_EQ(named, 1) << "the stack was registered more than once";
    // Every POST was applied (the fault answers only after applying): all copies but one went.
    const int posted = countOf(QStringLiteral("POST ") + Instances) - 1;
    EXPECT_GT(posted, 1);
    EXPECT_EQ(countOf(QStringLiteral("DELETE ") + Instances + QStringLiteral("/{}")), posted - 1);
}

TEST_F(PortalStackRegistration, ARefusalIsReportedWithThePortalsWordsAndNotRetried)
{
    StackInstance bad = shuttle();
    bad.privatePort = 0; // what the order's own check refuses, sent anyway to see the portal's answer
    const StackRegistrationJob::Result refused = registerStack(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_FALSE(refused.applied);
    EXPECT_TRUE(refused.error.message.contains(QStringLiteral("wazo-sh-0042"))) << refused.error.message.toStdString();
    EXPECT_TRUE(refused.error.message.contains(QStringLiteral("private_port"))) << refused.error.message.toStdString();
    EXPECT_FALSE(refused.error.message.contains(EnginePassword));
    EXPECT_EQ(countOf(QStringLiteral("POST ") + Instances), 1);
    EXPECT_TRUE(instances().isEmpty());
}

TEST_F(PortalStackRegistration, CancelledItEndsOnceAsCancelledAndRegistersNothing)
{
    TokenSession session(m_connection.get(), QStringLiteral("admin"), QStringLiteral("admin"));
    auto *job = new StackRegistrationJob(
        m_connection.get(), &session, shuttle(), EnginePassword, StackRegistrationJob::Options {});
    QList<StackRegistrationJob::Result> results;
    QObject::connect(
        job, &StackRegistrationJob::finished, [&results](const StackRegistrationJob::Result &r) { results.append(r); });
    job->start();
    job->cancel(); // the look-up is in flight
    QTest::qWait(300);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().error.kind, ErrorKind::Cancelled);
    EXPECT_FALSE(results.first().applied);
    EXPECT_TRUE(instances().isEmpty());
}
