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

} // namespace
