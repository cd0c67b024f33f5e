// SPDX-License-Identifier: GPL-3.0-or-later
#include "WazoFixture.h"
#include "portal/PortalConnection.h"
#include "portal/StackHealthCheck.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QUrl>

using namespace Staging;
using namespace Staging::Test;

namespace {

using WazoHealth = WazoFixture;

// Real wazo-auth answers its /status to HEAD only (405 to GET); confd's and provd's want a token.
TEST_F(WazoHealth, EveryServiceOfAHealthyStackIsUp)
{
    PortalEndpoint endpoint;
    endpoint.baseUrl = QUrl(url());
    endpoint.pinSha256 = pin();
    QNetworkAccessManager nam;
    PortalConnection connection(&nam, endpoint);
    StackHealthCheck check(&connection);
    check.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&check, &StackHealthCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();

    const StackHealth &health = check.health();
    ASSERT_EQ(health.services.size(), 3);
    for (const ServiceHealth &service : health.services) {
        EXPECT_NE(service.state, ServiceHealth::State::Down)
            << service.name.toStdString() << ": " << service.result.message.toStdString();
    }
    EXPECT_EQ(health.services.at(0).state, ServiceHealth::State::Up);
    EXPECT_EQ(health.services.at(0).result.httpStatus, 200);
    EXPECT_TRUE(health.allUp());
}

TEST_F(WazoHealth, StackStatusExitsZeroAndSaysSo)
{
    const CtlRun run =
        stagingctl({ QStringLiteral("stack"), QStringLiteral("status"), url(), QStringLiteral("--pin-sha256"), pin() });
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("wazo-auth   ok (HTTP 200)"))) << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("DOWN"))) << run.out.toStdString();
}

} // namespace
