// SPDX-License-Identifier: GPL-3.0-or-later
// The training Shuttle's installer against the bench's real PreseedServer over loopback.
#include "joblog/JobLog.h"
#include "shuttle/InstallerReport.h"
#include "shuttle/PreseedServer.h"
#include "shuttle/SimulatedInstaller.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

const QString OrderId = QStringLiteral("ORD-SIM");

class ShuttleSimulatedInstaller : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto log = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(log.hasValue()) << log.error().message.toStdString();
        m_log = std::move(log).value();
        m_server = std::make_unique<PreseedServer>(m_log.get());
        const auto port = m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
        ASSERT_TRUE(port.hasValue()) << port.error().message.toStdString();
        m_preseedUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/d-i/bookworm/./preseed.cfg").arg(*port));
    }

    SimulatedInstallResult runInstaller()
    {
        SimulatedInstaller installer(&m_network);
        installer.setInstallDuration(50);
        QSignalSpy finished(&installer, &SimulatedInstaller::finished);
        installer.start(m_preseedUrl);
        EXPECT_TRUE(finished.wait(15000));
        EXPECT_EQ(finished.size(), 1);
        return finished.isEmpty() ? SimulatedInstallResult {}
                                  : finished.constFirst().constFirst().value<SimulatedInstallResult>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_log;
    std::unique_ptr<PreseedServer> m_server;
    QNetworkAccessManager m_network;
    QUrl m_preseedUrl;
};

} // namespace

TEST_F(ShuttleSimulatedInstaller, FetchesThePreseedAndCallsBackWithHostKeysTheServerAccepts)
{
    PreseedSettings settings;
    settings.hostname = QStringLiteral("wazo-sim42");
    ASSERT_TRUE(m_server->arm(OrderId, QStringLiteral("SIM42"), settings).hasValue());
    QSignalSpy fetched(m_server.get(), &PreseedServer::preseedFetched);
    QSignalSpy received(m_server.get(), &PreseedServer::callbackReceived);
    QSignalSpy refused(m_server.get(), &PreseedServer::callbackRefused);

    const SimulatedInstallResult result = runInstaller();

    ASSERT_TRUE(result.ok()) << result.error.message.toStdString();
    EXPECT_EQ(result.hostname, QStringLiteral("wazo-sim42"));
    ASSERT_EQ(result.keys.size(), 3);
    EXPECT_EQ(fetched.size(), 1);
    EXPECT_EQ(refused.size(), 0);
    ASSERT_EQ(received.size(), 1);
    // The server parsed exactly the keys the installer made up.
    EXPECT_EQ(received.constFirst().at(1).value<QList<HostKeyFingerprint>>(), result.keys);
    EXPECT_NE(result.keys.at(0).sha256, result.keys.at(1).sha256);
    EXPECT_FALSE(m_server->isArmed()); // a good callback disarms

    bool recorded = false;
    for (const JobEvent &e : m_log->history(OrderId).value()) {
        if (e.action == QLatin1String("installer-callback") && e.result == JobResult::Ok) {
            recorded = true;
            EXPECT_EQ(e.detail.value(QLatin1String("fingerprints")).toArray().size(), 3);
            EXPECT_EQ(e.detail.value(QLatin1String("ip")).toString(), QStringLiteral("127.0.0.1"));
        }
    }
    EXPECT_TRUE(recorded);

    // Read back as the post-install will: the same keys, the Shuttle's address.
    const InstallerReport report = InstallerReport::fromHistory(m_log->history(OrderId).value());
    ASSERT_TRUE(report.isValid());
    EXPECT_EQ(report.hostname, QStringLiteral("wazo-sim42"));
    EXPECT_EQ(report.ip, QStringLiteral("127.0.0.1"));
    ASSERT_EQ(report.keys.size(), 3);
    for (const HostKeyFingerprint &key : result.keys) {
        EXPECT_EQ(report.fingerprint(key.type), key.sha256) << key.type.toStdString();
    }
    EXPECT_TRUE(report.fingerprint(QStringLiteral("DSA")).isEmpty());
}

TEST_F(ShuttleSimulatedInstaller, AReportIsOnlyAnAcceptedCallbackAndTheLatestWins)
{
    const auto callback = [](JobResult result, const QString &ip, const QJsonArray &fingerprints) {
        JobEvent e;
        e.orderId = OrderId;
        e.step = QStringLiteral("debian");
        e.action = QStringLiteral("installer-callback");
        e.result = result;
        e.detail = { { QStringLiteral("ip"), ip }, { QStringLiteral("fingerprints"), fingerprints } };
        return e;
    };
    const QString first = QStringLiteral("SHA256:") + QString(43, QLatin1Char('a'));
    const QString second = QStringLiteral("SHA256:") + QString(43, QLatin1Char('b'));
    EXPECT_FALSE(InstallerReport::fromHistory({}).isValid());
    const InstallerReport report = InstallerReport::fromHistory({
        callback(JobResult::Ok, QStringLiteral("10.0.0.5"), { QString(QStringLiteral("ED25519 ") + first) }),
        callback(JobResult::Ok, QStringLiteral("10.0.0.6"), { QString(QStringLiteral("ED25519 ") + second) }),
        callback(JobResult::Failed, QStringLiteral("10.0.0.7"), { QString(QStringLiteral("ED25519 ") + first) }),
    });
    EXPECT_EQ(report.ip, QStringLiteral("10.0.0.6"));
    EXPECT_EQ(report.fingerprint(QStringLiteral("ED25519")), second);
}

TEST_F(ShuttleSimulatedInstaller, StopsWithAnErrorWhenTheServerIsNotArmed)
{
    const SimulatedInstallResult result = runInstaller();
    EXPECT_EQ(result.error.kind, ErrorKind::Network);
    EXPECT_TRUE(result.error.message.contains(m_preseedUrl.toString().section(QLatin1Char('/'), 2, 2)))
        << result.error.message.toStdString();
    EXPECT_TRUE(result.keys.isEmpty());
}

TEST_F(ShuttleSimulatedInstaller, CancelledWhileInstallingNeverCallsBack)
{
    PreseedSettings settings;
    settings.hostname = QStringLiteral("wazo-sim43");
    ASSERT_TRUE(m_server->arm(OrderId, QStringLiteral("SIM43"), settings).hasValue());
    QSignalSpy received(m_server.get(), &PreseedServer::callbackReceived);
    SimulatedInstaller installer(&m_network);
    installer.setInstallDuration(60000);
    QSignalSpy loaded(&installer, &SimulatedInstaller::preseedLoaded);
    QSignalSpy finished(&installer, &SimulatedInstaller::finished);
    installer.start(m_preseedUrl);
    ASSERT_TRUE(loaded.wait(15000));
    EXPECT_EQ(loaded.constFirst().constFirst().toString(), QStringLiteral("wazo-sim43"));
    installer.cancel();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.constFirst().constFirst().value<SimulatedInstallResult>().error.kind, ErrorKind::Cancelled);
    QTest::qWait(100);
    EXPECT_EQ(received.size(), 0);
    EXPECT_TRUE(m_server->isArmed());
}

TEST_F(ShuttleSimulatedInstaller, ReadsTheCallbackUrlOnlyFromTheLateCommand)
{
    EXPECT_FALSE(
        SimulatedInstaller::callbackUrl("d-i preseed/late_command string echo 'x' > /target/etc/hostname\n").isValid());
    EXPECT_EQ(SimulatedInstaller::callbackUrl(
                  "d-i preseed/late_command string in-target wget -q -O /dev/null "
                  "--post-file=/tmp/staging-host-keys 'http://10.0.0.1:8080/d-i/callback/wazo-a1'\n"),
        QUrl(QStringLiteral("http://10.0.0.1:8080/d-i/callback/wazo-a1")));
}
