// SPDX-License-Identifier: GPL-3.0-or-later
// stagingctl phones config / serve / vpn-import, run as the technician would. Serving needs the
// keychain: like every keychain test, run it through .ci/test (a private, unlocked keyring).
#include "PhonesTestSupport.h"
#include "TestSupport.h"
#include "ctl/CtlRunner.h"
#include "joblog/JobLog.h"
#include "phones/YealinkConfig.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging;

namespace {

const QString provisioningUrl = QStringLiteral("http://10.8.0.1:8667/");

QString writePlan(const QTemporaryDir &dir)
{
    return Staging::Test::writeFile(dir, QStringLiteral("plan.csv"),
        QStringLiteral("Site;Nom Prénom Utilisateur;Type profil;Matériel;Numéro de ligne (ou création);Extension;"
                       "Email;MAC\n"
                       "Aix;Hélène Lemaître;POSTE FIXE;YEALINK T54W;04 42 00 10 01;8001;helene@lemaitre.example;"
                       "80:5E:C0:12:34:56\n")
            .toUtf8());
}

quint16 freePort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

} // namespace

TEST(PhonesCtl, ConfigFromAPlanMasksTheAdminPassword)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto run = Staging::Test::runStagingctl(
        { QStringLiteral("phones"), QStringLiteral("config"), QStringLiteral("--plan"), writePlan(dir),
            QStringLiteral("--mac"), QStringLiteral("805ec0123456"), QStringLiteral("--provisioning-url"),
            provisioningUrl, QStringLiteral("--listen"), QStringLiteral("192.168.50.1:8080") });
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto config = YealinkConfig::parse(run.out.toUtf8(), QStringLiteral("stdout"));
    ASSERT_TRUE(config) << config.error().message.toStdString();
    EXPECT_EQ(config->value(QStringLiteral("static.security.user_password")), QStringLiteral("admin:***"));
    EXPECT_EQ(config->value(QStringLiteral("static.openvpn.url")),
        QStringLiteral("http://192.168.50.1:8080/vpn/805ec0123456.tar"));
    EXPECT_EQ(config->value(QStringLiteral("static.auto_provision.server.url")), provisioningUrl);

    const auto common = Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("config"),
        QStringLiteral("--plan"), writePlan(dir), QStringLiteral("--mac"), QStringLiteral("80-5e-c0-12-34-56"),
        QStringLiteral("--provisioning-url"), provisioningUrl, QStringLiteral("--common") });
    ASSERT_EQ(common.exitCode, 0) << common.err.toStdString();
    EXPECT_TRUE(common.out.contains(QStringLiteral("static.firmware.url = http://127.0.0.1:8080/firmware/T54W")));
}

TEST(PhonesCtl, ConfigRefusesUnknownMacsAndBadCommandLines)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString plan = writePlan(dir);
    const QStringList base { QStringLiteral("phones"), QStringLiteral("config"), QStringLiteral("--plan"), plan,
        QStringLiteral("--provisioning-url"), provisioningUrl, QStringLiteral("--mac") };
    const auto unknown = Staging::Test::runStagingctl(base + QStringList { QStringLiteral("80:5e:c0:99:99:99") });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("80:5e:c0:99:99:99"))) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.out.isEmpty());
    // --reveal reads the keychain entry of a saved order: a plan has none.
    const auto reveal =
        Staging::Test::runStagingctl(base + QStringList { QStringLiteral("805ec0123456"), QStringLiteral("--reveal") });
    EXPECT_EQ(reveal.exitCode, 2);
    EXPECT_TRUE(reveal.out.isEmpty());
    const auto badListen = Staging::Test::runStagingctl(
        base + QStringList { QStringLiteral("805ec0123456"), QStringLiteral("--listen"), QStringLiteral("bench:80") });
    EXPECT_EQ(badListen.exitCode, 2);
    EXPECT_TRUE(badListen.err.contains(QStringLiteral("bench:80")));
    const auto noUrl = Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("config"),
        QStringLiteral("--plan"), plan, QStringLiteral("--mac"), QStringLiteral("805ec0123456") });
    EXPECT_EQ(noUrl.exitCode, 2);
}

TEST(PhonesCtl, ConfigFromAPlanTakesTheRegionGivenAndRefusesABadOneByField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList base { QStringLiteral("phones"), QStringLiteral("config"), QStringLiteral("--plan"),
        writePlan(dir), QStringLiteral("--provisioning-url"), provisioningUrl, QStringLiteral("--mac"),
        QStringLiteral("805ec0123456"), QStringLiteral("--common"), QStringLiteral("--locale"),
        QStringLiteral("it_IT") };
    const auto rome = Staging::Test::runStagingctl(base
        + QStringList { QStringLiteral("--timezone"), QStringLiteral("Europe/Rome"), QStringLiteral("--ntp-server"),
            QStringLiteral("it.pool.ntp.org") });
    ASSERT_EQ(rome.exitCode, 0) << rome.err.toStdString();
    const auto config = YealinkConfig::parse(rome.out.toUtf8(), QStringLiteral("stdout"));
    ASSERT_TRUE(config) << config.error().message.toStdString();
    EXPECT_EQ(config->value(QStringLiteral("lang.gui")), QStringLiteral("Italian"));
    EXPECT_EQ(config->value(QStringLiteral("local_time.time_zone")), QStringLiteral("+1"));
    EXPECT_EQ(config->value(QStringLiteral("local_time.ntp_server1")), QStringLiteral("it.pool.ntp.org"));

    const auto badZone = Staging::Test::runStagingctl(
        base + QStringList { QStringLiteral("--timezone"), QStringLiteral("Europe/Roma") });
    EXPECT_EQ(badZone.exitCode, 2);
    EXPECT_TRUE(badZone.err.contains(QStringLiteral("Europe/Roma"))) << badZone.err.toStdString();
    EXPECT_TRUE(badZone.out.isEmpty());
}

TEST(PhonesCtl, ServeRefusesAnOnPremiseOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("joblog.sqlite"));
    {
        auto joblog = JobLog::open(location);
        ASSERT_TRUE(joblog);
        Order order = Staging::Test::phonesTestOrder();
        order.mode = DeploymentMode::OnPremise;
        ASSERT_TRUE((*joblog)->saveOrder(order, QStringLiteral("Léa"), QStringLiteral("B2")));
    }
    const auto run = Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("serve"),
        QStringLiteral("--order"), Staging::Test::phonesTestOrder().orderId, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(freePort()), QStringLiteral("--provisioning-url"), provisioningUrl,
        QStringLiteral("--joblog"), location });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("on-premise"))) << run.err.toStdString();
}

TEST(PhonesCtl, VpnImportRefusesAProfileWithoutItsKey)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray profile = Staging::Test::phonesTestProfile();
    profile.truncate(profile.indexOf("<key>"));
    const QString file = Staging::Test::writeFile(dir, QStringLiteral("agence.ovpn"), profile);
    const auto run = Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("vpn-import"),
        QStringLiteral("--customer"), QStringLiteral("73282932000074"), file });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("<key>"))) << run.err.toStdString();
}

TEST(PhonesCtl, ServeGivesAPhoneItsFileWithTheOrdersAdminPasswordFromTheKeychain)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        FAIL() << "No D-Bus session bus, so no keychain: run the tests through .ci/test.";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("joblog.sqlite"));
    Order order = Staging::Test::phonesTestOrder();
    // An order and a customer of their own, so no entry left in the keyring by another run counts.
    order.orderId = QStringLiteral("CMD-CTL-%1").arg(QDateTime::currentMSecsSinceEpoch());
    order.customerId = QStringLiteral("CTL%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        auto joblog = JobLog::open(location);
        ASSERT_TRUE(joblog);
        ASSERT_TRUE((*joblog)->saveOrder(order, QStringLiteral("Léa"), QStringLiteral("B2")));
    }
    const QString profile =
        Staging::Test::writeFile(dir, QStringLiteral("agence.ovpn"), Staging::Test::phonesTestProfile());
    const auto imported = Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("vpn-import"),
        QStringLiteral("--customer"), order.customerId, profile });
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const quint16 port = freePort();
    QProcess serve;
    serve.setProcessChannelMode(QProcess::SeparateChannels);
    serve.start(QStringLiteral(STAGINGCTL_PATH),
        { QStringLiteral("phones"), QStringLiteral("serve"), QStringLiteral("--order"), order.orderId,
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--provisioning-url"),
            provisioningUrl, QStringLiteral("--joblog"), location });
    ASSERT_TRUE(serve.waitForStarted());
    while (!serve.canReadLine() && serve.waitForReadyRead(30000)) { }
    const QString first = QString::fromUtf8(serve.readLine()).trimmed();
    ASSERT_EQ(first, QStringLiteral("listening http://127.0.0.1:%1/").arg(port))
        << first.toStdString() << serve.readAllStandardError().toStdString();

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/805ec0123456.cfg").arg(port)));
    request.setHeader(
        QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Yealink SIP-T54W 96.86.0.100 80:5e:c0:12:34:56"));
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray served = reply->readAll();
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    // It tells what it served and where the phone stands: already on the expected firmware.
    QByteArray said = serve.readAllStandardOutput();
    while (!said.contains("80:5e:c0:12:34:56: expected firmware") && serve.waitForReadyRead(10000)) {
        said += serve.readAllStandardOutput();
    }
    EXPECT_TRUE(said.contains("80:5e:c0:12:34:56 (127.0.0.1, firmware 96.86.0.100) fetched 805ec0123456.cfg"))
        << said.toStdString();
    EXPECT_TRUE(said.contains("80:5e:c0:12:34:56: expected firmware")) << said.toStdString();
    // Stopped as systemd or Ctrl+C would: it leaves through its destructors and says so.
    serve.terminate();
    ASSERT_TRUE(serve.waitForFinished(10000));
    EXPECT_EQ(serve.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(serve.exitCode(), 0);
    said += serve.readAllStandardOutput();
    EXPECT_TRUE(said.contains("Stopped.")) << said.toStdString();

    const auto config = YealinkConfig::parse(served, QStringLiteral("served"));
    ASSERT_TRUE(config) << served.toStdString();
    const QString userPassword = config->value(QStringLiteral("static.security.user_password"));
    ASSERT_TRUE(userPassword.startsWith(QStringLiteral("admin:")));
    const QString password = userPassword.mid(6);
    EXPECT_EQ(password.size(), 16);

    // config --reveal shows the same password: it was kept, not made again.
    const auto revealed = Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("config"),
        QStringLiteral("--order"), order.orderId, QStringLiteral("--mac"), QStringLiteral("805ec0123456"),
        QStringLiteral("--provisioning-url"), provisioningUrl, QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--reveal"), QStringLiteral("--joblog"), location });
    ASSERT_EQ(revealed.exitCode, 0) << revealed.err.toStdString();
    EXPECT_EQ(revealed.out.toUtf8(), served);

    auto joblog = JobLog::open(location);
    ASSERT_TRUE(joblog);
    const auto history = (*joblog)->history(order.orderId);
    ASSERT_TRUE(history);
    QStringList actions;
    QString stored;
    for (const JobEvent &e : *history) {
        actions.append(e.action);
        stored += e.target + QString::fromUtf8(QJsonDocument(e.detail).toJson());
    }
    EXPECT_EQ(actions.count(QStringLiteral("phone-admin-password-generated")), 1);
    EXPECT_EQ(actions.count(QStringLiteral("phone-fetch")), 1);
    EXPECT_FALSE(stored.contains(password));
}

TEST(PhonesCtl, AnAdminPasswordTheKeychainLostIsNotSilentlyRemade)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        FAIL() << "No D-Bus session bus, so no keychain: run the tests through .ci/test.";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("joblog.sqlite"));
    Order order = Staging::Test::phonesTestOrder();
    order.orderId = QStringLiteral("CMD-LOST-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        auto joblog = JobLog::open(location);
        ASSERT_TRUE(joblog);
        ASSERT_TRUE((*joblog)->saveOrder(order, QStringLiteral("Léa"), QStringLiteral("B2")));
        // A password was made for this order on another bench, whose keychain this one does not share.
        JobEvent made;
        made.orderId = order.orderId;
        made.step = QStringLiteral("phones");
        made.action = QStringLiteral("phone-admin-password-generated");
        made.target = QStringLiteral("order/%1/phone-admin").arg(order.orderId);
        made.started = QDateTime::currentDateTimeUtc();
        made.finished = made.started;
        made.result = JobResult::Ok;
        ASSERT_TRUE((*joblog)->append(made));
    }
    const QStringList reveal { QStringLiteral("phones"), QStringLiteral("config"), QStringLiteral("--order"),
        order.orderId, QStringLiteral("--mac"), QStringLiteral("805ec0123456"), QStringLiteral("--provisioning-url"),
        provisioningUrl, QStringLiteral("--reveal"), QStringLiteral("--joblog"), location };
    const auto first = Staging::Test::runStagingctl(reveal);
    EXPECT_EQ(first.exitCode, 2);
    EXPECT_TRUE(first.err.contains(QStringLiteral("order/%1/phone-admin").arg(order.orderId)))
        << first.err.toStdString();
    EXPECT_TRUE(first.out.isEmpty());
    // Nothing was written meanwhile: a second try refuses the same way.
    EXPECT_EQ(Staging::Test::runStagingctl(reveal).exitCode, 2);

    // Serving refuses too, before answering any phone.
    const auto serve =
        Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("serve"), QStringLiteral("--order"),
            order.orderId, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
            QStringLiteral("--provisioning-url"), provisioningUrl, QStringLiteral("--joblog"), location });
    EXPECT_EQ(serve.exitCode, 2);
    EXPECT_FALSE(serve.out.contains(QStringLiteral("listening")));
}

TEST(PhonesCtl, ServeWithoutTheCustomersVpnProfileSaysHowToStoreIt)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        FAIL() << "No D-Bus session bus, so no keychain: run the tests through .ci/test.";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("joblog.sqlite"));
    Order order = Staging::Test::phonesTestOrder();
    order.orderId = QStringLiteral("CMD-NOVPN-%1").arg(QDateTime::currentMSecsSinceEpoch());
    order.customerId = QStringLiteral("NOVPN%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        auto joblog = JobLog::open(location);
        ASSERT_TRUE(joblog);
        ASSERT_TRUE((*joblog)->saveOrder(order, QStringLiteral("Léa"), QStringLiteral("B2")));
    }
    const auto serve =
        Staging::Test::runStagingctl({ QStringLiteral("phones"), QStringLiteral("serve"), QStringLiteral("--order"),
            order.orderId, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(freePort()),
            QStringLiteral("--provisioning-url"), provisioningUrl, QStringLiteral("--joblog"), location });
    EXPECT_EQ(serve.exitCode, 2);
    EXPECT_TRUE(serve.err.contains(QStringLiteral("stagingctl phones vpn-import --customer ") + order.customerId))
        << serve.err.toStdString();
    EXPECT_FALSE(serve.out.contains(QStringLiteral("listening")));
}
