// SPDX-License-Identifier: GPL-3.0-or-later
// Live stack health against the in-process simulator over real HTTPS: what the technician sees
// before applying an order, on demand and on a timer.
#include "SimClient.h"
#include "portal/PortalConnection.h"
#include "portal/StackHealthCheck.h"
#include "portal/StackHealthMonitor.h"
#include "simulator/WazoSimulator.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace Staging;

namespace {

class PortalStackHealth : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sim = std::make_unique<WazoSimulator>(WazoSimulator::Options {});
        ASSERT_TRUE(m_sim->start().hasValue());
    }

    PortalEndpoint endpoint(const QString &pin, int timeoutMs = 10000) const
    {
        PortalEndpoint e;
        e.baseUrl = QUrl(m_sim->baseUrl());
        e.pinSha256 = pin;
        e.timeoutMs = timeoutMs;
        return e;
    }

    static StackHealth check(PortalConnection *connection)
    {
        StackHealthCheck check(connection);
        check.setAutoDelete(false);
        QEventLoop loop;
        bool done = false;
        QObject::connect(&check, &StackHealthCheck::finished, &loop, [&] {
            done = true;
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hung test fails instead of blocking
        check.start();
        if (!done) {
            loop.exec();
        }
        EXPECT_TRUE(done);
        return check.health();
    }

    void control(const QString &path, const QJsonObject &body)
    {
        Staging::Test::SimClient client(m_sim->baseUrl(), m_sim->certificate());
        ASSERT_EQ(client.call("POST", path, body).status, 200);
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<WazoSimulator> m_sim;
};

TEST_F(PortalStackHealth, EveryServiceAnswersOnAHealthyStack)
{
    PortalConnection connection(&m_nam, endpoint(m_sim->fingerprint()));
    const StackHealth health = check(&connection);
    ASSERT_EQ(health.services.size(), 3);
    EXPECT_TRUE(health.allUp());
    EXPECT_TRUE(health.certificateProblem.ok());
    EXPECT_EQ(health.services[0].name, QLatin1String("wazo-auth"));
    EXPECT_EQ(health.services[0].state, ServiceHealth::State::Up);
    // confd's and provd's /status need a token: a 401 proves they run.
    EXPECT_EQ(health.services[1].state, ServiceHealth::State::NeedsToken);
    EXPECT_EQ(health.services[1].result.httpStatus, 401);
    EXPECT_EQ(health.services[2].name, QLatin1String("wazo-provd"));
    EXPECT_EQ(health.services[2].state, ServiceHealth::State::NeedsToken);
    EXPECT_LE(qAbs(health.checkedAt.secsTo(QDateTime::currentDateTimeUtc())), 5);
}

TEST_F(PortalStackHealth, FailingServicesAreDown)
{
    control(QStringLiteral("/_sim/faults"),
        QJsonObject { { QStringLiteral("fail_after"), 0 }, { QStringLiteral("status"), 503 } });
    PortalConnection connection(&m_nam, endpoint(m_sim->fingerprint()));
    const StackHealth health = check(&connection);
    EXPECT_FALSE(health.allUp());
    for (const ServiceHealth &service : health.services) {
        EXPECT_EQ(service.state, ServiceHealth::State::Down) << service.name.toStdString();
        EXPECT_EQ(service.result.httpStatus, 503);
        EXPECT_FALSE(service.result.message.isEmpty());
    }
}

TEST_F(PortalStackHealth, AHangingStackTimesOut)
{
    control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("hang"), true } });
    PortalConnection connection(&m_nam, endpoint(m_sim->fingerprint(), 300));
    const StackHealth health = check(&connection);
    EXPECT_FALSE(health.allUp());
    for (const ServiceHealth &service : health.services) {
        EXPECT_EQ(service.state, ServiceHealth::State::Down);
        EXPECT_EQ(service.result.kind, ErrorKind::Timeout);
    }
}

TEST_F(PortalStackHealth, AChangedCertificateIsReportedOnceAndNoServiceCounts)
{
    PortalConnection connection(&m_nam, endpoint(QString(64, QLatin1Char('a'))));
    const StackHealth health = check(&connection);
    EXPECT_FALSE(health.allUp());
    EXPECT_EQ(health.certificateProblem.kind, ErrorKind::TlsPinMismatch);
    EXPECT_EQ(health.certificateProblem.peerFingerprint, m_sim->fingerprint());
}

TEST_F(PortalStackHealth, MonitorChecksOnTheTimerAndOnDemand)
{
    PortalConnection connection(&m_nam, endpoint(m_sim->fingerprint()));
    StackHealthMonitor monitor(&connection);
    EXPECT_TRUE(monitor.last().services.isEmpty());
    int updates = 0;
    QEventLoop loop;
    QObject::connect(&monitor, &StackHealthMonitor::updated, &loop, [&](const StackHealth &health) {
        EXPECT_TRUE(health.allUp());
        if (++updates == 3) {
            loop.quit();
        }
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    monitor.checkNow();
    monitor.checkNow(); // one check at a time: this one joins the running check
    monitor.setInterval(50);
    loop.exec();
    EXPECT_EQ(updates, 3);
    EXPECT_EQ(monitor.interval(), 50);
    EXPECT_TRUE(monitor.last().allUp());

    // Stopped: no more checks.
    monitor.setInterval(0);
    const int before = updates;
    QEventLoop idle;
    QTimer::singleShot(300, &idle, &QEventLoop::quit);
    idle.exec();
    EXPECT_LE(updates - before, 1); // at most the check that was already running
    EXPECT_EQ(monitor.interval(), 0);
}

} // namespace
