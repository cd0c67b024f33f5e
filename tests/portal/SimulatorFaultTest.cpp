// SPDX-License-Identifier: GPL-3.0-or-later
// The "applied then dropped" fault: the request changes the state, the answer never arrives.
#include "SimTestFixture.h"

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalSimulatorDropAfterApply : public SimTestFixture
{
};

TEST_F(PortalSimulatorDropAfterApply, TheWriteHappenedButTheClientNeverHeard)
{
    const SimReply set =
        control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_after_apply_rate"), 1.0 } });
    ASSERT_EQ(set.status, 200) << set.body.toStdString();
    EXPECT_EQ(set.json.object().value(QLatin1String("drop_after_apply_rate")).toDouble(), 1.0);

    const SimReply dropped = client().call("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Alice") } });
    EXPECT_EQ(dropped.status, 0);
    EXPECT_NE(dropped.error, QNetworkReply::NoError);
    EXPECT_TRUE(dropped.body.isEmpty());
    // Applied - possibly more than once over HTTP/1.1: Qt's HTTP layer silently re-sends a request
    // whose connection dies before any answer byte, so one client call can create several users. That is
    // exactly the duplicate a resumable job must guard against (reconcile by natural key).
    const qsizetype applied = m_sim->state().users.size();
    EXPECT_GE(applied, 1);

    // Once the fault is cleared, the reconciling GET by natural key finds it.
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    const SimReply found = client().call("GET", confd(QStringLiteral("/users?firstname=Alice")));
    ASSERT_EQ(found.status, 200);
    EXPECT_EQ(found.json.object().value(QLatin1String("total")).toInt(), applied);
}

TEST_F(PortalSimulatorDropAfterApply, RefusedRequestsAreDroppedToo_AndNothingIsApplied)
{
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_after_apply_rate"), 1.0 } })
                  .status,
        200);
    // A request confd refuses changes nothing; dropping its answer still leaves "did it happen?" open.
    const SimReply dropped = client().call("POST", confd(QStringLiteral("/users")), QJsonObject {});
    EXPECT_EQ(dropped.status, 0);
    EXPECT_TRUE(m_sim->state().users.isEmpty());
}

TEST_F(PortalSimulatorDropAfterApply, RateIsValidatedAndSeedable)
{
    EXPECT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_after_apply_rate"), 1.5 } })
                  .status,
        400);
    // With a rate of 0.5 and a fixed seed, some writes are answered and some are not, yet all apply.
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_after_apply_rate"), 0.5 }, { QStringLiteral("seed"), 7 } })
                  .status,
        200);
    int answered = 0;
    for (int i = 0; i < 12; ++i) {
        const SimReply r = client().call("POST", confd(QStringLiteral("/users")),
            QJsonObject { { QStringLiteral("firstname"), QStringLiteral("U%1").arg(i) } });
        answered += r.status == 201 ? 1 : 0;
    }
    EXPECT_GT(answered, 0);
    EXPECT_LT(answered, 12);
    EXPECT_GE(m_sim->state().users.size(), 12); // every call applied at least once (see above)
}

// The targeted fault drops what one method and path apply, a number of times, and nothing else.
TEST_F(PortalSimulatorDropAfterApply, TargetedDropHitsOnlyItsMethodAndPathCountTimes)
{
    const QJsonObject target { { QStringLiteral("method"), QStringLiteral("POST") },
        { QStringLiteral("path"), confd(QStringLiteral("/users")) }, { QStringLiteral("count"), 1 } };
    const SimReply set =
        control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_after_apply"), target } });
    ASSERT_EQ(set.status, 200) << set.body.toStdString();
    EXPECT_EQ(set.json.object().value(QLatin1String("drop_after_apply")).toObject(), target);

    // Another path, and a request confd refuses, are answered and do not use the count up.
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/users"))).status, 200);
    EXPECT_EQ(client().call("POST", confd(QStringLiteral("/users")), QJsonObject {}).status, 400);
    const SimReply dropped = client().call("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Alice") } });
    EXPECT_EQ(dropped.status, 0);
    EXPECT_GE(m_sim->state().users.size(), 1);
    const qsizetype afterDrop = m_sim->state().users.size();
    const SimReply next = client().call("POST", confd(QStringLiteral("/users")),
        QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Bob") } });
    EXPECT_EQ(next.status, 201) << "the count was 1";
    EXPECT_EQ(m_sim->state().users.size(), afterDrop + 1);

    // A route's pattern matches every id; {} clears it; bad values are refused.
    const SimReply pattern = control(QStringLiteral("/_sim/faults"),
        QJsonObject { { QStringLiteral("drop_after_apply"),
            QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                { QStringLiteral("path"), confd(QStringLiteral("/users/{}")) }, { QStringLiteral("count"), 2 } } } });
    ASSERT_EQ(pattern.status, 200);
    const int id = next.json.object().value(QLatin1String("id")).toInt();
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/users/%1").arg(id))).status, 0);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    EXPECT_EQ(client().call("GET", confd(QStringLiteral("/users/%1").arg(id))).status, 200);
    for (const QJsonObject &bad : { QJsonObject { { QStringLiteral("path"), confd(QStringLiteral("/users")) } },
             QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                 { QStringLiteral("path"), QStringLiteral("users") } },
             QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                 { QStringLiteral("path"), confd(QStringLiteral("/users")) }, { QStringLiteral("count"), 0 } } }) {
        EXPECT_EQ(
            control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("drop_after_apply"), bad } }).status,
            400);
    }
}

// "fail_request" answers its method and path with a status, count times, and applies nothing.
TEST_F(PortalSimulatorDropAfterApply, TargetedFailureRefusesWithoutApplying)
{
    const SimReply set = control(QStringLiteral("/_sim/faults"),
        QJsonObject { { QStringLiteral("fail_request"),
            QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                { QStringLiteral("path"), confd(QStringLiteral("/users")) }, { QStringLiteral("count"), 1 },
                { QStringLiteral("status"), 503 } } } });
    ASSERT_EQ(set.status, 200) << set.body.toStdString();
    EXPECT_EQ(
        set.json.object().value(QLatin1String("fail_request")).toObject().value(QLatin1String("status")).toInt(), 503);
    const QJsonObject alice { { QStringLiteral("firstname"), QStringLiteral("Alice") } };
    EXPECT_EQ(client().call("POST", confd(QStringLiteral("/users")), alice).status, 503);
    EXPECT_TRUE(m_sim->state().users.isEmpty());
    EXPECT_EQ(client().call("POST", confd(QStringLiteral("/users")), alice).status, 201);
    EXPECT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("fail_request"),
                      QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                          { QStringLiteral("path"), confd(QStringLiteral("/users")) },
                          { QStringLiteral("status"), 200 } } } })
                  .status,
        400);
}

// Over HTTP/1.1 only, Qt re-sends a POST whose connection dropped unanswered: confd does not refuse
// a second context with the same label, so one call leaves two.
TEST(PortalSimulatorHttp1Only, OffersNoHttp2AndAReSentPostIsAppliedTwice)
{
    WazoSimulator::Options options;
    options.http2 = false;
    WazoSimulator sim(options);
    ASSERT_TRUE(sim.start().hasValue());
    SimClient client(sim.baseUrl(), sim.certificate()); // offers h2, as QNetworkAccessManager does
    ASSERT_EQ(client.login().status, 200);
    const SimReply listed = client.call("GET", QStringLiteral("/api/confd/1.1/contexts"));
    EXPECT_EQ(listed.status, 200);
    EXPECT_FALSE(listed.http2);

    SimClient controller(sim.baseUrl(), sim.certificate());
    ASSERT_EQ(controller
                  .call("POST", QStringLiteral("/_sim/faults"),
                      QJsonObject { { QStringLiteral("drop_after_apply"),
                          QJsonObject { { QStringLiteral("method"), QStringLiteral("POST") },
                              { QStringLiteral("path"), QStringLiteral("/api/confd/1.1/contexts") } } } })
                  .status,
        200);
    const SimReply created = client.call("POST", QStringLiteral("/api/confd/1.1/contexts"),
        QJsonObject { { QStringLiteral("label"), QStringLiteral("Interne") },
            { QStringLiteral("type"), QStringLiteral("internal") } });
    EXPECT_EQ(created.status, 201) << "the copy Qt sent again was answered";
    int copies = 0;
    for (const QJsonObject &context : sim.state().contexts) {
        copies += context.value(QLatin1String("label")).toString() == QLatin1String("Interne") ? 1 : 0;
    }
    EXPECT_EQ(copies, 2);
}

} // namespace
