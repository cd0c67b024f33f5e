// SPDX-License-Identifier: GPL-3.0-or-later
// The traffic record is what CI checks against Wazo's OpenAPI files: if it lost exchanges or
// mislabelled forced faults, that check would pass on nothing or fail on the tests' own faults.
#include "SimClient.h"
#include "simulator/WazoSimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace Staging::Test {
namespace {

QList<QJsonObject> readRecords(const QString &dir)
{
    QList<QJsonObject> records;
    const QStringList files = QDir(dir).entryList({ QStringLiteral("*.jsonl") }, QDir::Files);
    for (const QString &name : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "cannot read " << name.toStdString();
            continue;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty()) {
                records.append(QJsonDocument::fromJson(line).object());
            }
        }
    }
    return records;
}

TEST(PortalSimulatorTraffic, RecordsApiExchangesAndMarksForcedFaults)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray previous = qgetenv("STAGING_SIM_TRAFFIC_DIR");
    qputenv("STAGING_SIM_TRAFFIC_DIR", dir.path().toUtf8());
    WazoSimulator sim(WazoSimulator::Options {});
    if (previous.isEmpty()) {
        qunsetenv("STAGING_SIM_TRAFFIC_DIR");
    } else {
        qputenv("STAGING_SIM_TRAFFIC_DIR", previous);
    }
    ASSERT_TRUE(sim.start().hasValue());

    SimClient client(sim.baseUrl(), sim.certificate());
    ASSERT_EQ(client.login().status, 200);
    ASSERT_EQ(client.call("GET", QStringLiteral("/api/confd/1.1/contexts?type=internal")).status, 200);
    ASSERT_EQ(client
                  .call("POST", QStringLiteral("/_sim/faults"),
                      QJsonObject { { QStringLiteral("fail_after"), 0 }, { QStringLiteral("status"), 409 } })
                  .status,
        200);
    ASSERT_EQ(client.call("GET", QStringLiteral("/api/confd/1.1/users")).status, 409);

    const QList<QJsonObject> records = readRecords(dir.path());
    // The control call is not an API exchange and is not recorded.
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].value(QLatin1String("path")).toString(), QLatin1String("/api/auth/0.1/token"));
    EXPECT_EQ(records[0].value(QLatin1String("status")).toInt(), 200);
    EXPECT_EQ(records[1].value(QLatin1String("query")).toString(), QLatin1String("type=internal"));
    EXPECT_TRUE(records[1].value(QLatin1String("response_body")).toString().contains(QLatin1String("\"items\"")));
    EXPECT_FALSE(records[1].value(QLatin1String("simulated_fault")).toBool());
    EXPECT_EQ(records[2].value(QLatin1String("status")).toInt(), 409);
    EXPECT_TRUE(records[2].value(QLatin1String("simulated_fault")).toBool());
}

} // namespace
} // namespace Staging::Test
