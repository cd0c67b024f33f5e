// SPDX-License-Identifier: GPL-3.0-or-later
// The bench provisioning service, fetched over loopback by a real HTTP client as a phone would.
#include "PhonesTestSupport.h"
#include "TestSupport.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "phones/BenchDiscovery.h"
#include "phones/BenchProvisioningService.h"
#include "phones/OpenVpnBundle.h"
#include "phones/YealinkConfig.h"
#include "phones/YealinkUserAgent.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

QStringList g_logLines;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
}

const QByteArray t54wAgent = QByteArrayLiteral("Yealink SIP-T54W 96.86.0.100 80:5e:c0:12:34:56");

struct Reply
{
    int status = 0;
    QByteArray body;
};

class PhonesService : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto joblog = JobLog::open(m_dir.filePath(QStringLiteral("joblog.sqlite")));
        ASSERT_TRUE(joblog) << joblog.error().message.toStdString();
        m_joblog = std::move(joblog).value();
        ASSERT_TRUE(m_joblog->saveOrder(Staging::Test::phonesTestOrder(), QStringLiteral("Léa"), QStringLiteral("B2")));
        const auto bundle = OpenVpnBundle::fromProfile(Staging::Test::phonesTestProfile(), QStringLiteral("p.ovpn"));
        ASSERT_TRUE(bundle);
        m_tar = *bundle->yealinkTar(QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC));

        // The files name the bench URL, so the port is picked first by a service that is then closed.
        {
            const auto probe = makeService(QUrl(QStringLiteral("http://127.0.0.1:1/")));
            const auto picked = probe->listen(QHostAddress::LocalHost, 0);
            ASSERT_TRUE(picked);
            m_port = *picked;
        }
        m_service = makeService(benchUrl());
        const auto port = m_service->listen(QHostAddress::LocalHost, m_port);
        ASSERT_TRUE(port) << port.error().message.toStdString();

        g_logLines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("staging.*=true"));
        m_previousHandler = qInstallMessageHandler(captureLog);
    }

    void TearDown() override
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    std::unique_ptr<BenchProvisioningService> makeService(const QUrl &bench)
    {
        auto service = std::make_unique<BenchProvisioningService>(
            YealinkConfigGenerator(
                ModelCatalog::builtIn(), Staging::Test::phonesTestOrder(), Staging::Test::phonesTestSettings(bench)),
            m_tar, m_joblog.get());
        service->setOperator(QStringLiteral("Léa"), QStringLiteral("B2"));
        return service;
    }

    QUrl benchUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }

    Reply get(const QString &path, const QByteArray &userAgent)
    {
        QNetworkRequest request(benchUrl().resolved(QUrl(path)));
        if (!userAgent.isEmpty()) {
            request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
        }
        QNetworkReply *reply = m_network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
        reply->deleteLater();
        return result;
    }

    QList<JobEvent> fetchEvents() const
    {
        const auto history = m_joblog->history(Staging::Test::phonesTestOrder().orderId);
        EXPECT_TRUE(history);
        QList<JobEvent> fetches;
        for (const JobEvent &e : *history) {
            if (e.action == QLatin1String("phone-fetch")) {
                fetches.append(e);
            }
        }
        return fetches;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<JobLog> m_joblog;
    QByteArray m_tar;
    quint16 m_port = 0;
    std::unique_ptr<BenchProvisioningService> m_service;
    QNetworkAccessManager m_network;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace

TEST_F(PhonesService, PhoneFetchesItsFilesByMacAndEachFetchIsRecorded)
{
    QSignalSpy fetched(m_service.get(), &BenchProvisioningService::fetched);

    const Reply common = get(QStringLiteral("y000000000096.cfg"), t54wAgent);
    ASSERT_EQ(common.status, 200);
    const auto commonConfig = YealinkConfig::parse(common.body, QStringLiteral("common"));
    ASSERT_TRUE(commonConfig);
    EXPECT_EQ(QUrl::fromEncoded(commonConfig->value(QStringLiteral("static.firmware.url")).toLatin1()).port(), m_port);

    const Reply own = get(QStringLiteral("805ec0123456.cfg"), t54wAgent);
    ASSERT_EQ(own.status, 200);
    const auto ownConfig = YealinkConfig::parse(own.body, QStringLiteral("own"));
    ASSERT_TRUE(ownConfig);
    const QUrl vpn = QUrl::fromEncoded(ownConfig->value(QStringLiteral("static.openvpn.url")).toLatin1());
    EXPECT_EQ(vpn.host(), QStringLiteral("127.0.0.1"));

    const Reply tar = get(vpn.path(), t54wAgent);
    ASSERT_EQ(tar.status, 200);
    EXPECT_EQ(tar.body, m_tar);

    ASSERT_EQ(fetched.count(), 3);
    const auto events = fetchEvents();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(1).target, QStringLiteral("device:80:5e:c0:12:34:56"));
    EXPECT_EQ(events.at(1).step, QStringLiteral("phones"));
    EXPECT_EQ(events.at(1).technician, QStringLiteral("Léa"));
    EXPECT_EQ(events.at(1).detail.value(QLatin1String("ip")).toString(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(events.at(1).detail.value(QLatin1String("firmware")).toString(), QStringLiteral("96.86.0.100"));
    EXPECT_EQ(events.at(1).detail.value(QLatin1String("file")).toString(), QStringLiteral("805ec0123456.cfg"));
    EXPECT_EQ(events.at(2).detail.value(QLatin1String("kind")).toString(), QStringLiteral("vpn-bundle"));
}

TEST_F(PhonesService, UnknownMacsAndStrangersGetNotFoundAndNothingIsRecorded)
{
    const QByteArray strangerAgent = QByteArrayLiteral("Yealink SIP-T54W 96.86.0.100 80:5e:c0:99:99:99");
    EXPECT_EQ(get(QStringLiteral("805ec0999999.cfg"), strangerAgent).status, 404);
    EXPECT_EQ(get(QStringLiteral("805ec0999999.cfg"), QByteArray()).status, 404);
    // A phone of the order asking for another phone's file, or another model's common file.
    EXPECT_EQ(get(QStringLiteral("805ec0123457.cfg"), t54wAgent).status, 404);
    EXPECT_EQ(get(QStringLiteral("y000000000108.cfg"), t54wAgent).status, 404);
    // The common file, the VPN tar and the firmware for a stranger or without a User-Agent.
    EXPECT_EQ(get(QStringLiteral("y000000000096.cfg"), strangerAgent).status, 404);
    EXPECT_EQ(get(QStringLiteral("y000000000096.cfg"), QByteArrayLiteral("curl/7.88")).status, 404);
    EXPECT_EQ(get(QStringLiteral("vpn/805ec0999999.tar"), QByteArray()).status, 404);
    EXPECT_EQ(get(QStringLiteral("vpn/805ec0123456.tar"), strangerAgent).status, 404);
    // No firmware folder was given.
    EXPECT_EQ(get(QStringLiteral("firmware/W60B-77.85.0.25.rom"),
                  QByteArrayLiteral("Yealink W60B 77.85.0.20 80:5e:c0:aa:00:01"))
                  .status,
        404);
    EXPECT_TRUE(fetchEvents().isEmpty());
}

TEST_F(PhonesService, FirmwareIsServedFromTheFolderToTheOrdersPhonesOnly)
{
    QTemporaryDir firmware;
    ASSERT_TRUE(firmware.isValid());
    const PhoneModel *w60b = ModelCatalog::builtIn().find(QStringLiteral("yealink-w60b"));
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    QStringList everyFile { catalog.find(QStringLiteral("yealink-t54w"))->firmwareFile,
        catalog.find(QStringLiteral("yealink-t46u"))->firmwareFile,
        catalog.find(QStringLiteral("yealink-w60p"))->firmwareFile };
    everyFile.sort();
    // No folder: every phone of the order would stay on its factory firmware.
    EXPECT_EQ(m_service->missingFirmware(), everyFile);
    Staging::Test::writeFile(firmware, w60b->firmwareFile, QByteArrayLiteral("ROM-IMAGE"));
    m_service->setFirmwareDirectory(firmware.path());
    everyFile.removeOne(w60b->firmwareFile);
    EXPECT_EQ(m_service->missingFirmware(), everyFile);
    const QByteArray baseAgent = QByteArrayLiteral("Yealink W60B 77.85.0.20 80:5e:c0:aa:00:01");
    const Reply rom = get(QStringLiteral("firmware/") + w60b->firmwareFile, baseAgent);
    ASSERT_EQ(rom.status, 200);
    EXPECT_EQ(rom.body, QByteArrayLiteral("ROM-IMAGE"));
    EXPECT_EQ(get(QStringLiteral("firmware/") + w60b->firmwareFile, t54wAgent).status, 404);
    EXPECT_EQ(get(QStringLiteral("firmware/..%2Fjoblog.sqlite"), baseAgent).status, 404);
    ASSERT_EQ(fetchEvents().size(), 1);
    EXPECT_EQ(fetchEvents().at(0).detail.value(QLatin1String("firmware")).toString(), QStringLiteral("77.85.0.20"));
}

TEST_F(PhonesService, PlantedSecretsNeverReachTheJobLogOrTheLog)
{
    get(QStringLiteral("805ec0123456.cfg"), t54wAgent);
    get(QStringLiteral("vpn/805ec0123456.tar"), t54wAgent);
    get(QStringLiteral("805ec0999999.cfg"), QByteArray());
    ASSERT_EQ(fetchEvents().size(), 2);
    ASSERT_FALSE(g_logLines.isEmpty()); // the log did speak of the fetches
    const QString log = g_logLines.join(QLatin1Char('\n'));
    EXPECT_TRUE(log.contains(QStringLiteral("805ec0123456.cfg")));
    const auto history = m_joblog->history(Staging::Test::phonesTestOrder().orderId);
    ASSERT_TRUE(history);
    QString stored;
    for (const JobEvent &e : *history) {
        stored += e.action + e.target + QString::fromUtf8(QJsonDocument(e.detail).toJson());
    }
    for (const QString &secret : { Staging::Test::phonesTestAdminPassword, QStringLiteral("PLANTED-VPN-KEY-SECRET") }) {
        EXPECT_FALSE(log.contains(secret)) << secret.toStdString();
        EXPECT_FALSE(stored.contains(secret)) << secret.toStdString();
    }
}

TEST(PhonesDiscovery, TextsNameTheBenchUrl)
{
    const QUrl bench(QStringLiteral("http://192.168.50.1:8080/"));
    EXPECT_TRUE(BenchDiscovery::dhcpOption66Text(bench).contains(
        QStringLiteral("dhcp-option=66,\"http://192.168.50.1:8080/\"")));
    EXPECT_TRUE(BenchDiscovery::webInterfaceText(bench).contains(QStringLiteral("http://192.168.50.1:8080/")));
}

TEST(PhonesUserAgent, YealinkUserAgentsAreRead)
{
    const auto desk = YealinkUserAgent::parse("Yealink SIP-T54W 96.86.0.100 80:5e:c0:12:34:56");
    ASSERT_TRUE(desk);
    EXPECT_EQ(desk->model, QStringLiteral("T54W"));
    EXPECT_EQ(desk->firmware, QStringLiteral("96.86.0.100"));
    EXPECT_EQ(desk->mac, QStringLiteral("80:5e:c0:12:34:56"));
    const auto base = YealinkUserAgent::parse("Yealink W60B 77.85.0.25 805EC0AA0001");
    ASSERT_TRUE(base);
    EXPECT_EQ(base->model, QStringLiteral("W60B"));
    EXPECT_EQ(base->mac, QStringLiteral("80:5e:c0:aa:00:01"));
    EXPECT_FALSE(YealinkUserAgent::parse("Mozilla/5.0 (X11; Linux x86_64)"));
    EXPECT_FALSE(YealinkUserAgent::parse("Yealink SIP-T54W 96.86.0.100 not-a-mac"));
    EXPECT_FALSE(YealinkUserAgent::parse("Yealink SIP-T54W 96.86.0.100 ff:ff:ff:ff:ff:ff"));
}

TEST_F(PhonesService, ATakenPortIsReportedNotIgnored)
{
    const auto second = makeService(benchUrl());
    const auto port = second->listen(QHostAddress::LocalHost, m_port);
    ASSERT_FALSE(port);
    EXPECT_EQ(port.error().kind, ErrorKind::Network);
    EXPECT_TRUE(port.error().message.contains(QString::number(m_port))) << port.error().message.toStdString();
}
