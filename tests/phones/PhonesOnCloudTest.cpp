// SPDX-License-Identifier: GPL-3.0-or-later
// An on-cloud order end to end, in training mode: the phones fetch their files from the bench
// service, appear on the (simulated) agency stack, the order is provisioned there, and the tracker
// reports each phone configured.
#include "PhonesTestSupport.h"
#include "joblog/JobLog.h"
#include "phones/BenchProvisioningService.h"
#include "phones/OpenVpnBundle.h"
#include "phones/PhoneStateTracker.h"
#include "portal/ConfdClient.h"
#include "portal/ExecutorFixture.h"
#include "portal/ExecutorOrder.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

using namespace Staging;

namespace {

class PhonesOnCloud : public Staging::Test::ExecutorFixture
{
protected:
    int get(const QUrl &url, const QByteArray &userAgent)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
        QNetworkReply *reply = m_phoneNetwork.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QNetworkAccessManager m_phoneNetwork;
};

} // namespace

TEST_F(PhonesOnCloud, PhonesFetchTheirFilesThenShowConfiguredOnTheAgencyStack)
{
    Order order = Staging::Test::executorOrder(3);
    order.orderId = QStringLiteral("CMD-CLOUD");
    order.mode = DeploymentMode::OnCloud;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto joblog = JobLog::open(dir.filePath(QStringLiteral("joblog.sqlite")));
    ASSERT_TRUE(joblog);
    ASSERT_TRUE((*joblog)->saveOrder(order, QStringLiteral("Léa"), QStringLiteral("B2")));

    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QUrl bench(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    const auto bundle = OpenVpnBundle::fromProfile(Staging::Test::phonesTestProfile(), QStringLiteral("p.ovpn"));
    ASSERT_TRUE(bundle);
    BenchProvisioningService service(
        YealinkConfigGenerator(ModelCatalog::builtIn(), order, Staging::Test::phonesTestSettings(bench)),
        *bundle->yealinkTar(QDateTime::currentDateTimeUtc()), joblog->get());
    ASSERT_TRUE(service.listen(QHostAddress::LocalHost, port));
    PhoneStateTracker tracker(ModelCatalog::builtIn(), order);
    QObject::connect(&service, &BenchProvisioningService::fetched, &tracker, &PhoneStateTracker::recordFetch);

    // Each phone boots on the bench in factory settings with an old firmware, takes its files,
    // upgrades, and asks again.
    const QString expected = ModelCatalog::builtIn().find(QStringLiteral("yealink-t54w"))->firmwareVersion;
    for (const Station &station : order.stations) {
        const QString stem = YealinkConfigGenerator::macFileStem(station.mac);
        const QByteArray oldAgent = "Yealink SIP-T54W 96.85.0.5 " + station.mac.toLatin1();
        const QByteArray newAgent = "Yealink SIP-T54W " + expected.toLatin1() + ' ' + station.mac.toLatin1();
        EXPECT_EQ(get(bench.resolved(QUrl(QStringLiteral("y000000000096.cfg"))), oldAgent), 200);
        EXPECT_EQ(get(bench.resolved(QUrl(stem + QStringLiteral(".cfg"))), oldAgent), 200);
        EXPECT_EQ(get(bench.resolved(QUrl(QStringLiteral("vpn/") + stem + QStringLiteral(".tar"))), oldAgent), 200);
        EXPECT_EQ(tracker.state(station.mac), PhoneStateTracker::State::Fetched);
        EXPECT_EQ(get(bench.resolved(QUrl(stem + QStringLiteral(".cfg"))), newAgent), 200);
        EXPECT_EQ(tracker.state(station.mac), PhoneStateTracker::State::FirmwareOk);
    }

    // Through the VPN they reach the agency stack's provisioning server and wait there...
    QJsonArray devices;
    for (const Station &s : order.stations) {
        devices.append(
            QJsonObject { { QStringLiteral("mac"), s.mac }, { QStringLiteral("model"), QStringLiteral("T54W") },
                { QStringLiteral("vendor"), QStringLiteral("Yealink") }, { QStringLiteral("version"), expected },
                { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") },
                { QStringLiteral("ip"), QStringLiteral("10.8.0.%1").arg(10 + s.row) } });
    }
    ASSERT_EQ(
        control(QStringLiteral("/_sim/devices"), QJsonObject { { QStringLiteral("devices"), devices } }).status, 201);
    // What the workbench polls: confd's devices of every tenant, through the portal client.
    TokenSession session(m_connection.get(), QStringLiteral("admin"), QStringLiteral("admin"));
    const ConfdClient confd(m_connection.get(), &session);
    const auto stackDevices = [&confd] {
        ConfdListQuery query;
        query.recurse = true;
        PortalJob *job = confd.listDevices(query);
        QEventLoop loop;
        QJsonArray items;
        QObject::connect(job, &PortalJob::finished, &loop, [&](const PortalResult &result) {
            EXPECT_TRUE(result.ok()) << result.message.toStdString();
            items = result.body.object().value(QLatin1String("items")).toArray();
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        return items;
    };
    tracker.recordStackDevices(stackDevices());
    EXPECT_FALSE(tracker.allConfigured()); // detected, not yet given to the customer's lines

    // ... until the order is provisioned on the stack and the phones are attached to their lines.
    const ProvisioningOutcome outcome = run(Staging::Test::executorPlan(order), fastOptions());
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    tracker.recordStackDevices(stackDevices());
    for (const Station &station : order.stations) {
        EXPECT_EQ(tracker.state(station.mac), PhoneStateTracker::State::Configured) << station.mac.toStdString();
    }
    EXPECT_TRUE(tracker.allConfigured());

    const auto history = (*joblog)->history(order.orderId);
    ASSERT_TRUE(history);
    EXPECT_EQ(history->size(), 3 * 4);
}
