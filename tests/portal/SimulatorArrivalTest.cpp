// SPDX-License-Identifier: GPL-3.0-or-later
// Phones that arrive later, as a migrated phone reaches the stack through the customer's VPN:
// POST /_sim/devices with delay_ms, seen on GET /devices/unallocated only once the delay is over.
#include "SimTestFixture.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Staging;
using namespace Staging::Test;

namespace {

QJsonObject phone(const char *mac)
{
    return QJsonObject { { QStringLiteral("mac"), QLatin1String(mac) },
        { QStringLiteral("model"), QStringLiteral("T54W") }, { QStringLiteral("vendor"), QStringLiteral("Yealink") },
        { QStringLiteral("ip"), QStringLiteral("10.8.0.21") } };
}

class PortalSimulatorArrival : public SimTestFixture
{
protected:
    QStringList unallocatedMacs()
    {
        const SimReply r = client().call("GET", confd(QStringLiteral("/devices/unallocated")));
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        QStringList macs;
        for (const QJsonValue &d : r.json.object().value(QLatin1String("items")).toArray()) {
            macs.append(d.toObject().value(QLatin1String("mac")).toString());
        }
        return macs;
    }

    int pending()
    {
        return client()
            .call("GET", QStringLiteral("/_sim/state"))
            .json.object()
            .value(QLatin1String("pending_devices"))
            .toInt(-1);
    }
};

} // namespace

TEST_F(PortalSimulatorArrival, APhoneScheduledWithADelayAppearsOnlyAfterIt)
{
    QElapsedTimer clock;
    clock.start();
    const SimReply scheduled = control(QStringLiteral("/_sim/devices"),
        QJsonObject { { QStringLiteral("delay_ms"), 400 },
            { QStringLiteral("devices"), QJsonArray { phone("80:5e:c0:aa:00:01") } } });
    ASSERT_EQ(scheduled.status, 202) << scheduled.body.toStdString();
    EXPECT_EQ(scheduled.json.object().value(QLatin1String("scheduled")).toInt(), 1);
    EXPECT_EQ(pending(), 1);
    if (clock.elapsed() < 350) {
        EXPECT_FALSE(unallocatedMacs().contains(QStringLiteral("80:5e:c0:aa:00:01")));
    }
    ASSERT_TRUE(
        QTest::qWaitFor([this] { return unallocatedMacs().contains(QStringLiteral("80:5e:c0:aa:00:01")); }, 5000));
    EXPECT_GE(clock.elapsed(), 400);
    EXPECT_EQ(pending(), 0);
}

TEST_F(PortalSimulatorArrival, AResetCancelsAnArrivalStillToCome)
{
    ASSERT_EQ(control(QStringLiteral("/_sim/devices"),
                  QJsonObject { { QStringLiteral("delay_ms"), 300 },
                      { QStringLiteral("devices"), QJsonArray { phone("80:5e:c0:aa:00:02") } } })
                  .status,
        202);
    ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
    ASSERT_EQ(client().login().status, 200);
    EXPECT_EQ(pending(), 0);
    QTest::qWait(600);
    EXPECT_FALSE(unallocatedMacs().contains(QStringLiteral("80:5e:c0:aa:00:02")));
}

TEST_F(PortalSimulatorArrival, ABadMacOrDelayIsRefusedAndNothingIsScheduled)
{
    const SimReply badMac = control(QStringLiteral("/_sim/devices"),
        QJsonObject { { QStringLiteral("delay_ms"), 100 },
            { QStringLiteral("devices"), QJsonArray { phone("80:5e:c0:aa:00") } } });
    EXPECT_EQ(badMac.status, 400);
    EXPECT_TRUE(badMac.body.contains("mac")) << badMac.body.toStdString();
    const SimReply badDelay = control(QStringLiteral("/_sim/devices"),
        QJsonObject { { QStringLiteral("delay_ms"), QStringLiteral("soon") },
            { QStringLiteral("mac"), QStringLiteral("80:5e:c0:aa:00:03") } });
    EXPECT_EQ(badDelay.status, 400);
    const SimReply negative = control(QStringLiteral("/_sim/devices"),
        QJsonObject {
            { QStringLiteral("delay_ms"), -5 }, { QStringLiteral("mac"), QStringLiteral("80:5e:c0:aa:00:03") } });
    EXPECT_EQ(negative.status, 400);
    EXPECT_EQ(pending(), 0);
}
