// SPDX-License-Identifier: GPL-3.0-or-later
#include "CtlRunner.h"
#include "SimServeProcess.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "phones/BenchSecretsJob.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

/** stagingctl order apply against `stagingctl sim serve`. */
class CtlOrderApply : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_sim.start());

        // Two softphone users and a UC desk user: lines, extensions, voicemails, DIDs, no phone to wait for.
        QFile plan(m_dir.filePath(QStringLiteral("plan.csv")));
        ASSERT_TRUE(plan.open(QIODevice::WriteOnly));
        plan.write(
            QStringLiteral("Site;Nom Prénom Utilisateur;Type profil;Matériel;Numéro de ligne (ou création);"
                           "Extension;Email;MAC\n"
                           "Aix;Hélène Lemaître;SOFTPHONE;SOFTPHONE;04 42 00 10 01;8001;helene@lemaitre.example;\n"
                           "Aix;Paul Durand;SOFTPHONE;SOFTPHONE;04 42 00 10 02;8002;paul@lemaitre.example;\n")
                .toUtf8());
        plan.close();
        qputenv("STAGING_PORTAL_PASSWORD", "admin");
    }

    void TearDown() override { qunsetenv("STAGING_PORTAL_PASSWORD"); }

    CtlRun apply(const QStringList &extra)
    {
        QStringList args { QStringLiteral("order"), QStringLiteral("apply"), QStringLiteral("--plan"),
            m_dir.filePath(QStringLiteral("plan.csv")), QStringLiteral("--portal"), m_sim.url(),
            QStringLiteral("--pin-sha256"), m_sim.pin(), QStringLiteral("--user"), QStringLiteral("admin"),
            QStringLiteral("--customer"), QStringLiteral("Boulangerie Lemaître"), QStringLiteral("--customer-id"),
            QStringLiteral("73282932000074"), QStringLiteral("--range"), QStringLiteral("8000-8020"),
            QStringLiteral("--order-id"), m_orderId, QStringLiteral("--joblog"),
            m_dir.filePath(QStringLiteral("journal.sqlite")) };
        return runStagingctl(args + extra);
    }

    /** The same plan without its last station. */
    void writeFirstStationOnly()
    {
        QFile plan(m_dir.filePath(QStringLiteral("plan.csv")));
        ASSERT_TRUE(plan.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = plan.readAll().split('\n');
        plan.close();
        QFile first(m_dir.filePath(QStringLiteral("first.csv")));
        ASSERT_TRUE(first.open(QIODevice::WriteOnly));
        first.write(lines.at(0) + '\n' + lines.at(1) + '\n');
    }

    static SecretResult waitFor(SecretJob *job)
    {
        SecretResult result;
        QEventLoop loop;
        QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &r) {
            result = r;
            loop.quit();
        });
        job->start();
        if (!job->isFinished()) {
            loop.exec();
        }
        return result;
    }

    /** The simulated stack's defaultconfigdevice raw_config, read through its provd API. */
    QJsonObject stackDefaultRawConfig()
    {
        QNetworkAccessManager nam;
        PortalEndpoint endpoint;
        endpoint.baseUrl = QUrl(m_sim.url());
        endpoint.pinSha256 = m_sim.pin();
        PortalConnection connection(&nam, endpoint);
        TokenSession session(&connection, QStringLiteral("admin"), QStringLiteral("admin"));
        auto *job =
            new PortalJob(&connection, "GET", QStringLiteral("/api/provd/0.2/cfg_mgr/configs/defaultconfigdevice"));
        job->setTokenSession(&session);
        job->setMediaType(QByteArrayLiteral("application/vnd.proformatique.provd+json"));
        PortalResult result;
        QEventLoop loop;
        QObject::connect(job, &PortalJob::finished, &loop, [&](const PortalResult &r) {
            result = r;
            loop.quit();
        });
        job->start();
        loop.exec();
        EXPECT_TRUE(result.ok()) << result.message.toStdString();
        return result.body.object()
            .value(QLatin1String("config"))
            .toObject()
            .value(QLatin1String("raw_config"))
            .toObject();
    }

    QTemporaryDir m_dir;
    SimServeProcess m_sim;
    // Its own per run: the order's phone admin password is a keychain entry, and a keyring kept
    // from an earlier run would already hold one for a fixed id.
    const QString m_orderId = QStringLiteral("CMD-42-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
};

} // namespace

TEST_F(CtlOrderApply, DryRunThenApplyThenNothingToDo)
{
    const CtlRun dry = apply({ QStringLiteral("--dry-run") });
    ASSERT_FALSE(dry.crashed) << dry.err.toStdString();
    EXPECT_EQ(dry.exitCode, 1) << dry.err.toStdString(); // work left: the stack is not the plan yet
    EXPECT_TRUE(dry.out.contains(QLatin1String("create        user:helene@lemaitre.example"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QLatin1String("0 created, 0 already there, 6 to create"))) << dry.out.toStdString();

    const CtlRun applied = apply({});
    ASSERT_FALSE(applied.crashed) << applied.err.toStdString();
    EXPECT_EQ(applied.exitCode, 0) << applied.out.toStdString() << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QLatin1String("created       user:paul@lemaitre.example")))
        << applied.out.toStdString();
    EXPECT_TRUE(applied.err.contains(QLatin1String("user: 2/2"))) << applied.err.toStdString(); // progress
    EXPECT_FALSE(applied.out.contains(QLatin1String("admin")) && applied.out.contains(QLatin1String("password")));

    // The phones' default admin and user passwords were made for the order, once, and kept in the keychain.
    {
        auto journal = JobLog::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(journal.hasValue()) << journal.error().message.toStdString();
        int adminMade = 0;
        int userMade = 0;
        for (const JobEvent &event : journal.value()->history(m_orderId).value()) {
            // Found by its action although this test's portal password, "admin", is masked.
            adminMade += event.action == JobAction::adminPasswordMade() ? 1 : 0;
            userMade += event.action == JobAction::userPasswordMade() ? 1 : 0;
        }
        EXPECT_EQ(adminMade, 1);
        EXPECT_EQ(userMade, 1);
    }
    // ... and the stack's phones have them as their default accounts.
    {
        KeychainSecretStore store;
        const QJsonObject raw = stackDefaultRawConfig();
        const QString admin = waitFor(store.read(SecretStore::phoneAdminKey(m_orderId))).secret;
        const QString user = waitFor(store.read(SecretStore::phoneUserKey(m_orderId))).secret;
        ASSERT_FALSE(admin.isEmpty());
        ASSERT_FALSE(user.isEmpty());
        EXPECT_EQ(raw.value(QLatin1String("admin_password")).toString(), admin);
        EXPECT_EQ(raw.value(QLatin1String("user_username")).toString(), QStringLiteral("user"));
        EXPECT_EQ(raw.value(QLatin1String("user_password")).toString(), user);
        EXPECT_FALSE(applied.out.contains(user) || applied.err.contains(user));
    }

    // Again: everything is there, nothing is created.
    const CtlRun again = apply({});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QLatin1String("0 created, 6 already there"))) << again.out.toStdString();

    const CtlRun resumed = apply({ QStringLiteral("--resume") });
    EXPECT_EQ(resumed.exitCode, 0) << resumed.out.toStdString() << resumed.err.toStdString();
    EXPECT_TRUE(resumed.out.contains(QLatin1String("0 created, 6 already there"))) << resumed.out.toStdString();
}

TEST_F(CtlOrderApply, BadOptionsAreRefusedBeforeAnythingIsSent)
{
    const CtlRun noPlan = runStagingctl({ QStringLiteral("order"), QStringLiteral("apply"), QStringLiteral("--portal"),
        m_sim.url(), QStringLiteral("--user"), QStringLiteral("admin") });
    EXPECT_EQ(noPlan.exitCode, 2);
    EXPECT_TRUE(noPlan.err.contains(QLatin1String("--plan is required"))) << noPlan.err.toStdString();

    const CtlRun badWindow = apply({ QStringLiteral("--window"), QStringLiteral("0") });
    EXPECT_EQ(badWindow.exitCode, 2);
    EXPECT_TRUE(badWindow.err.contains(QLatin1String("--window"))) << badWindow.err.toStdString();

    QStringList wrongId { QStringLiteral("--customer-id"), QStringLiteral("12345678901234") };
    const CtlRun badId = apply(wrongId);
    EXPECT_EQ(badId.exitCode, 2) << badId.err.toStdString();
    EXPECT_TRUE(badId.err.contains(QLatin1String("--customer-id"))) << badId.err.toStdString();

    const CtlRun badNtp = apply({ QStringLiteral("--ntp-server"), QStringLiteral("ntp server.example") });
    EXPECT_EQ(badNtp.exitCode, 2);
    EXPECT_TRUE(badNtp.err.contains(QLatin1String("Phone time server"))) << badNtp.err.toStdString();
    EXPECT_TRUE(badNtp.out.isEmpty()) << badNtp.out.toStdString(); // not even the dry run
}

TEST_F(CtlOrderApply, APartlyProvisionedStackNeedsResume)
{
    writeFirstStationOnly();
    QStringList firstPlan { QStringLiteral("--plan"), m_dir.filePath(QStringLiteral("first.csv")) };
    const CtlRun first = apply(firstPlan);
    ASSERT_EQ(first.exitCode, 0) << first.out.toStdString() << first.err.toStdString();

    const CtlRun refused = apply({});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QLatin1String("--resume"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.contains(QLatin1String("0 created"))) << refused.out.toStdString();

    const CtlRun resumed = apply({ QStringLiteral("--resume") });
    EXPECT_EQ(resumed.exitCode, 0) << resumed.out.toStdString() << resumed.err.toStdString();
    EXPECT_TRUE(resumed.out.contains(QLatin1String("created       user:paul@lemaitre.example")))
        << resumed.out.toStdString();
    EXPECT_TRUE(resumed.out.contains(QLatin1String("1 created"))) << resumed.out.toStdString();
}

TEST_F(CtlOrderApply, PasswordFromTheKeychainWhenTheEnvironmentHasNone)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        FAIL() << "No D-Bus session bus, so no Secret Service: run the tests through .ci/test.";
    }
    qunsetenv("STAGING_PORTAL_PASSWORD");
    const QString key = Staging::SecretStore::portalKey(QUrl(m_sim.url()).host(), QStringLiteral("admin"));
    Staging::KeychainSecretStore store;
    ASSERT_EQ(waitFor(store.write(key, QStringLiteral("admin"))).kind, Staging::ErrorKind::None);
    const CtlRun fromKeychain = apply({ QStringLiteral("--dry-run") });
    ASSERT_EQ(waitFor(store.remove(key)).kind, Staging::ErrorKind::None);
    EXPECT_EQ(fromKeychain.exitCode, 1) << fromKeychain.err.toStdString(); // a dry run with work left
    EXPECT_TRUE(fromKeychain.out.contains(QLatin1String("6 to create"))) << fromKeychain.out.toStdString();

    // Neither the environment nor the keychain, and no terminal to ask on: refused, nothing sent.
    const CtlRun none = apply({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QLatin1String("STAGING_PORTAL_PASSWORD"))) << none.err.toStdString();
    EXPECT_TRUE(none.err.contains(key)) << none.err.toStdString();
}

TEST_F(CtlOrderApply, TheShuttlesLanIsProvisionedAndAMalformedOneRefused)
{
    const CtlRun malformed = apply({ QStringLiteral("--shuttle-lan"), QStringLiteral("10.0.0.2/255.0.255.0") });
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_TRUE(malformed.err.contains(QLatin1String("--shuttle-lan: \"10.0.0.2/255.0.255.0\"")))
        << malformed.err.toStdString();
    EXPECT_TRUE(malformed.out.isEmpty()) << malformed.out.toStdString(); // not even the dry run

    // The DHCP interface needs the LAN its pool is in, and a name Linux could give an interface.
    const CtlRun lonely = apply({ QStringLiteral("--dhcp-interface"), QStringLiteral("eno1") });
    EXPECT_EQ(lonely.exitCode, 2);
    EXPECT_TRUE(lonely.err.contains(QLatin1String("--dhcp-interface needs --shuttle-lan"))) << lonely.err.toStdString();
    const CtlRun slashed = apply({ QStringLiteral("--shuttle-lan"), QStringLiteral("10.0.0.2/24"),
        QStringLiteral("--dhcp-interface"), QStringLiteral("eno1/2") });
    EXPECT_EQ(slashed.exitCode, 2);
    EXPECT_TRUE(slashed.err.contains(QLatin1String("\"eno1/2\" is not a network interface name")))
        << slashed.err.toStdString();

    const QStringList lan { QStringLiteral("--shuttle-lan"), QStringLiteral("10.0.0.2/24"),
        QStringLiteral("--dhcp-interface"), QStringLiteral("eno1") };
    const CtlRun applied = apply(lan);
    EXPECT_EQ(applied.exitCode, 0) << applied.out.toStdString() << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QLatin1String("created       dhcp:eno1"))) << applied.out.toStdString();
    EXPECT_TRUE(applied.out.contains(QLatin1String("created       provisioning-networking:stack")))
        << applied.out.toStdString();
    EXPECT_TRUE(applied.out.contains(QLatin1String("created       access-feature:phonebook@10.0.0.0/24")))
        << applied.out.toStdString();
    EXPECT_TRUE(applied.out.contains(QLatin1String("10 created"))) << applied.out.toStdString();

    const CtlRun again = apply(lan);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QLatin1String("0 created, 10 already there"))) << again.out.toStdString();
}

TEST_F(CtlOrderApply, TheStacksStunServerAndIceReachItsRtpSettings)
{
    const CtlRun iceAlone = apply({ QStringLiteral("--ice") });
    EXPECT_EQ(iceAlone.exitCode, 2);
    EXPECT_TRUE(iceAlone.err.contains(QLatin1String("ICE needs a STUN server"))) << iceAlone.err.toStdString();
    const CtlRun badStun = apply({ QStringLiteral("--stun-server"), QStringLiteral("stun.example:99999") });
    EXPECT_EQ(badStun.exitCode, 2);
    EXPECT_TRUE(badStun.err.contains(QLatin1String("STUN server \"stun.example:99999\""))) << badStun.err.toStdString();
    EXPECT_TRUE(badStun.out.isEmpty()) << badStun.out.toStdString(); // not even the dry run

    const QStringList stun { QStringLiteral("--stun-server"), QStringLiteral("stun.lemaitre.example:3478"),
        QStringLiteral("--ice") };
    const CtlRun applied = apply(stun);
    EXPECT_EQ(applied.exitCode, 0) << applied.out.toStdString() << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QLatin1String("created       rtp-general:stack"))) << applied.out.toStdString();
    const CtlRun again = apply(stun);
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QLatin1String("0 created"))) << again.out.toStdString();
}
