// SPDX-License-Identifier: GPL-3.0-or-later
// stagingctl migrate against `stagingctl sim serve`: the phones arrive on the stack as moved phones
// do through the customer's VPN (POST /_sim/devices with delay_ms), scheduled before the command runs.
#include "../portal/SimClient.h"
#include "CtlRunner.h"
#include "SimServeProcess.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "portal/PhoneMigration.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using namespace Staging;
using namespace Staging::Test;

namespace {

const QString Mac1 = QStringLiteral("80:5e:c0:4d:00:01");
const QString Mac2 = QStringLiteral("80:5e:c0:4d:00:02");
const QString Mac3 = QStringLiteral("80:5e:c0:4d:00:03");

/** stagingctl migrate of three desk phones, rows 2 to 4 of the plan, against a simulated stack. */
class CtlMigrate : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_sim.start());
        writePlan(QStringLiteral("plan.csv"), QStringLiteral("192.168.1.22"));
        qputenv("STAGING_PORTAL_PASSWORD", "admin");
        m_client =
            std::make_unique<SimClient>(m_sim.url(), SimClient::pinnedCertificate(QUrl(m_sim.url()), m_sim.pin()));
    }

    void TearDown() override { qunsetenv("STAGING_PORTAL_PASSWORD"); }

    /** Three Yealink T54W users; the second phone's address is secondIp. */
    void writePlan(const QString &name, const QString &secondIp)
    {
        QFile plan(m_dir.filePath(name));
        ASSERT_TRUE(plan.open(QIODevice::WriteOnly));
        plan.write(QStringLiteral("Site;Nom Prénom Utilisateur;Type profil;Matériel;Numéro de ligne (ou création);"
                                  "Extension;Email;MAC;IP\n"
                                  "Aix;Anne Martin;POSTE FIXE;YEALINK T54W;04 42 00 10 01;8001;;%1;192.168.1.21\n"
                                  "Aix;Bruno Petit;POSTE FIXE;YEALINK T54W;04 42 00 10 02;8002;;%2;%4\n"
                                  "Aix;Chloé Roux;POSTE FIXE;YEALINK T54W;04 42 00 10 03;8003;;%3;192.168.1.23\n")
                       .arg(Mac1, Mac2, Mac3, secondIp)
                       .toUtf8());
    }

    QStringList baseArguments() const
    {
        return { QStringLiteral("migrate"), QStringLiteral("--plan"), m_dir.filePath(QStringLiteral("plan.csv")),
            QStringLiteral("--portal"), m_sim.url(), QStringLiteral("--pin-sha256"), m_sim.pin(),
            QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--customer"),
            QStringLiteral("Boulangerie Lemaître"), QStringLiteral("--customer-id"), QStringLiteral("73282932000074"),
            QStringLiteral("--order-id"), m_orderId, QStringLiteral("--provisioning-url"),
            QStringLiteral("http://10.8.0.1:8667/"), QStringLiteral("--vpn-dir"), m_dir.path(),
            QStringLiteral("--poll-interval"), QStringLiteral("0.2"), QStringLiteral("--joblog"), journalPath() };
    }

    CtlRun migrate(const QStringList &extra) { return runStagingctl(baseArguments() + extra); }

    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

    /** The phone boots on the stack after delayMs (now when negative), as POST /_sim/devices makes it. */
    void arrive(const QString &mac, int delayMs)
    {
        const QJsonObject phone { { QStringLiteral("mac"), mac }, { QStringLiteral("model"), QStringLiteral("T54W") },
            { QStringLiteral("vendor"), QStringLiteral("Yealink") },
            { QStringLiteral("ip"), QStringLiteral("10.8.0.21") } };
        QJsonObject body { { QStringLiteral("devices"), QJsonArray { phone } } };
        if (delayMs >= 0) {
            body.insert(QStringLiteral("delay_ms"), delayMs);
        }
        const SimReply reply = m_client->call("POST", QStringLiteral("/_sim/devices"), body);
        ASSERT_EQ(reply.status, delayMs >= 0 ? 202 : 201) << reply.body.toStdString();
    }

    /** GET path as the stack's admin; its "items". */
    QJsonArray adminItems(const QString &path)
    {
        if (m_client->token.isEmpty()) {
            EXPECT_EQ(m_client->login().status, 200);
        }
        const SimReply reply = m_client->call("GET", path);
        EXPECT_EQ(reply.status, 200) << path.toStdString() << ' ' << reply.body.toStdString();
        return reply.json.object().value(QLatin1String("items")).toArray();
    }

    static QJsonObject deviceWithMac(const QJsonArray &devices, const QString &mac)
    {
        for (const QJsonValue &device : devices) {
            if (device.toObject().value(QLatin1String("mac")).toString().compare(mac, Qt::CaseInsensitive) == 0) {
                return device.toObject();
            }
        }
        return {};
    }

    /** The keychain's entry, waited for; empty when it has none. */
    static QString keychainSecret(const QString &key)
    {
        KeychainSecretStore store;
        SecretJob *job = store.read(key);
        QString secret;
        QEventLoop loop;
        QObject::connect(job, &SecretJob::finished, &loop, [&](const SecretResult &result) {
            secret = result.secret;
            loop.quit();
        });
        job->start();
        if (!job->isFinished()) {
            loop.exec();
        }
        return secret;
    }

    static qsizetype lineCount(const QString &text, const QString &line)
    {
        return text.split(QLatin1Char('\n')).count(line);
    }

    QTemporaryDir m_dir;
    SimServeProcess m_sim;
    std::unique_ptr<SimClient> m_client;
    // Its own per run: the order's phone passwords are keychain entries, kept from run to run.
    const QString m_orderId = QStringLiteral("MIG-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
};

} // namespace

TEST_F(CtlMigrate, ThreePhonesAreMovedOneAfterTheOtherInPlanOrder)
{
    arrive(Mac1, 300);
    arrive(Mac2, 600);
    arrive(Mac3, 900);
    const CtlRun run = migrate({ QStringLiteral("--timeout-per-phone"), QStringLiteral("30") });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();

    // Each phone's instructions, then its end, before the next phone is offered.
    const qsizetype first = run.out.indexOf(QStringLiteral("phone 1/3  row 2  Anne Martin  T54W  ") + Mac1);
    const qsizetype second = run.out.indexOf(QStringLiteral("phone 2/3  row 3  Bruno Petit  T54W  ") + Mac2);
    const qsizetype third = run.out.indexOf(QStringLiteral("phone 3/3  row 4  Chloé Roux  T54W  ") + Mac3);
    ASSERT_GE(first, 0) << run.out.toStdString();
    ASSERT_GT(second, first) << run.out.toStdString();
    ASSERT_GT(third, second) << run.out.toStdString();
    EXPECT_GT(run.out.indexOf(QLatin1String("  configured\n"), first), first);
    EXPECT_LT(run.out.indexOf(QLatin1String("  configured\n"), first), second) << run.out.toStdString();
    EXPECT_LT(run.out.indexOf(QLatin1String("  configured\n"), second), third) << run.out.toStdString();
    EXPECT_EQ(lineCount(run.out, QStringLiteral("  configured")), 3) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("http://192.168.1.21\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QLatin1String("http://10.8.0.1:8667/\n"))) << run.out.toStdString();
    // The admin password is named by its keychain entry, never shown.
    EXPECT_TRUE(run.out.contains(QLatin1String("order/") + m_orderId + QLatin1String("/phone-admin")))
        << run.out.toStdString();
    const QString admin = keychainSecret(SecretStore::phoneAdminKey(m_orderId));
    ASSERT_FALSE(admin.isEmpty());
    EXPECT_FALSE(run.out.contains(admin) || run.err.contains(admin));

    auto journal = JobLog::open(journalPath());
    ASSERT_TRUE(journal.hasValue()) << journal.error().message.toStdString();
    const auto history = journal.value()->history(m_orderId);
    ASSERT_TRUE(history.hasValue()) << history.error().message.toStdString();
    QStringList configured;
    for (const JobEvent &event : *history) {
        if (event.action == JobAction::migrationPhoneConfigured()) {
            EXPECT_EQ(event.result, JobResult::Ok) << event.target.toStdString();
            configured.append(event.target.toLower());
        }
    }
    ASSERT_EQ(configured.size(), 3);
    EXPECT_TRUE(configured.at(0).contains(Mac1)) << configured.at(0).toStdString();
    EXPECT_TRUE(configured.at(1).contains(Mac2)) << configured.at(1).toStdString();
    EXPECT_TRUE(configured.at(2).contains(Mac3)) << configured.at(2).toStdString();
}

TEST_F(CtlMigrate, APhoneThatNeverComesBackStopsTheMigrationAndTheNextIsUntouched)
{
    arrive(Mac1, 300);
    arrive(Mac3, -1); // on the stack from the start, waiting for its turn
    const CtlRun run = migrate({ QStringLiteral("--timeout-per-phone"), QStringLiteral("2") });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1) << run.out.toStdString() << run.err.toStdString();
    const QString all = run.out + run.err;
    EXPECT_EQ(lineCount(run.out, QStringLiteral("  configured")), 1) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("phone 2/3  row 3  Bruno Petit"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("  waiting for ") + Mac2 + QStringLiteral(" on the stack (0s of 2s)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("stopped at phone 2/3 (row 3, Bruno Petit)"))) << all.toStdString();
    const QString check = PhoneMigration::whatToCheck(PhoneMigration::Failure::Timeout);
    ASSERT_FALSE(check.isEmpty());
    EXPECT_TRUE(all.contains(check)) << all.toStdString();
    // The third phone was never offered, and the stack still has it as it booted.
    EXPECT_FALSE(run.out.contains(QLatin1String("phone 3/3"))) << run.out.toStdString();
    const QJsonObject third = deviceWithMac(adminItems(QStringLiteral("/api/confd/1.1/devices?recurse=true")), Mac3);
    ASSERT_FALSE(third.isEmpty());
    EXPECT_TRUE(third.value(QLatin1String("is_new")).toBool()) << QJsonDocument(third).toJson().toStdString();
    EXPECT_FALSE(deviceWithMac(adminItems(QStringLiteral("/api/confd/1.1/devices/unallocated")), Mac3).isEmpty());
    // The first one was moved.
    const QJsonObject first = deviceWithMac(adminItems(QStringLiteral("/api/confd/1.1/devices?recurse=true")), Mac1);
    EXPECT_FALSE(first.value(QLatin1String("is_new")).toBool(true)) << QJsonDocument(first).toJson().toStdString();
}

TEST_F(CtlMigrate, BadInputIsRefusedWithTheOptionFileOrRowNamed)
{
    for (const char *bad : { "abc", "0", "-5" }) {
        const CtlRun run = migrate({ QStringLiteral("--timeout-per-phone"), QLatin1String(bad) });
        EXPECT_EQ(run.exitCode, 2) << bad;
        EXPECT_TRUE(run.err.contains(QLatin1String("--timeout-per-phone"))) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    }
    const CtlRun badPoll = migrate({ QStringLiteral("--poll-interval"), QStringLiteral("soon") });
    EXPECT_EQ(badPoll.exitCode, 2);
    EXPECT_TRUE(badPoll.err.contains(QLatin1String("--poll-interval"))) << badPoll.err.toStdString();

    QStringList noPlan = baseArguments();
    noPlan.remove(1, 2);
    ASSERT_FALSE(noPlan.contains(QLatin1String("--plan")));
    const CtlRun missing = runStagingctl(noPlan);
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QLatin1String("--plan is required"))) << missing.err.toStdString();

    const CtlRun absent = migrate({ QStringLiteral("--plan"), m_dir.filePath(QStringLiteral("absent.csv")) });
    EXPECT_EQ(absent.exitCode, 2);
    EXPECT_TRUE(absent.err.contains(QLatin1String("absent.csv"))) << absent.err.toStdString();

    writePlan(QStringLiteral("bad-ip.csv"), QStringLiteral("192.168.1.300"));
    const CtlRun badIp = migrate({ QStringLiteral("--plan"), m_dir.filePath(QStringLiteral("bad-ip.csv")) });
    EXPECT_EQ(badIp.exitCode, 2) << badIp.out.toStdString() << badIp.err.toStdString();
    EXPECT_TRUE(badIp.err.contains(QLatin1String("row 3"))) << badIp.err.toStdString();
    EXPECT_TRUE(badIp.err.contains(QLatin1String("192.168.1.300"))) << badIp.err.toStdString();
    EXPECT_FALSE(badIp.out.contains(QLatin1String("phone 1/3"))) << badIp.out.toStdString();

    const CtlRun badUrl = migrate({ QStringLiteral("--provisioning-url"), QStringLiteral("10.8.0.1:8667") });
    EXPECT_EQ(badUrl.exitCode, 2);
    EXPECT_TRUE(badUrl.err.contains(QLatin1String("--provisioning-url"))) << badUrl.err.toStdString();

    // Nothing of it reached the stack.
    EXPECT_TRUE(adminItems(QStringLiteral("/api/confd/1.1/users?recurse=true")).isEmpty());
}

TEST_F(CtlMigrate, ADryRunPrintsEachPhonesInstructionsAndCreatesNothing)
{
    const CtlRun run = migrate({ QStringLiteral("--dry-run") });
    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const qsizetype first = run.out.indexOf(QStringLiteral("phone 1/3  row 2  Anne Martin  T54W  ") + Mac1);
    const qsizetype second = run.out.indexOf(QStringLiteral("phone 2/3  row 3  Bruno Petit  T54W  ") + Mac2);
    const qsizetype third = run.out.indexOf(QStringLiteral("phone 3/3  row 4  Chloé Roux  T54W  ") + Mac3);
    ASSERT_GE(first, 0) << run.out.toStdString();
    EXPECT_GT(second, first) << run.out.toStdString();
    EXPECT_GT(third, second) << run.out.toStdString();
    for (const char *url : { "http://192.168.1.21\n", "http://192.168.1.22\n", "http://192.168.1.23\n" }) {
        EXPECT_TRUE(run.out.contains(QLatin1String(url))) << url << run.out.toStdString();
    }
    EXPECT_EQ(run.out.count(QLatin1String("would wait")), 3) << run.out.toStdString();
    EXPECT_EQ(lineCount(run.out, QStringLiteral("  configured")), 0) << run.out.toStdString();

    // No tenant, no user: nothing was sent.
    for (const QJsonValue &tenant : adminItems(QStringLiteral("/api/auth/0.1/tenants"))) {
        EXPECT_NE(tenant.toObject().value(QLatin1String("name")).toString(), QStringLiteral("Boulangerie Lemaître"));
    }
    EXPECT_TRUE(adminItems(QStringLiteral("/api/confd/1.1/users?recurse=true")).isEmpty());
}
