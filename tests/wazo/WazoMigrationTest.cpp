// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19 on the real services: an existing customer's phones moved one at a time. A phone
// "arrives through the VPN" by its first provisioning request to provd, sent only once the
// migration waits for it; the next phone is claimed only once the one before is configured, and a
// phone that never comes stops the run with the phones after it untouched.
#include "TestSupport.h"
#include "WazoFixture.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "order/ModelCatalog.h"
#include "portal/PhoneMigration.h"
#include "portal/PortalConnection.h"
#include "portal/ProvisioningTarget.h"
#include "portal/TokenSession.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Staging;
using namespace Staging::Test;

namespace {

class WazoMigration : public WazoFixture
{
protected:
    void SetUp() override
    {
        WazoFixture::SetUp();
        if (HasFatalFailure()) {
            return;
        }
        auto journal = JobLog::open(dir().filePath(QStringLiteral("journal.sqlite")));
        ASSERT_TRUE(journal.hasValue()) << journal.error().detail.toStdString();
        m_journal = std::move(journal).value();
        m_provisioningUrl = qEnvironmentVariable("STAGING_WAZO_PROVISIONING_URL");
        ASSERT_FALSE(m_provisioningUrl.isEmpty()) << "STAGING_WAZO_PROVISIONING_URL names provd's HTTP port";
    }

    Order order() const
    {
        Order o;
        o.orderId = QStringLiteral("MIG-") + tag();
        o.customerName = QStringLiteral("Migr ") + tag();
        o.customerId = QStringLiteral("73282932000074");
        o.mode = DeploymentMode::OnCloud;
        o.range = { 8000, 8020 };
        for (int i = 0; i < 3; ++i) {
            Station s;
            s.row = i + 2;
            s.name = QStringLiteral("Agent%1 Migr").arg(i + 1);
            s.modelId = QStringLiteral("yealink-t54w");
            s.hardwareText = QStringLiteral("YEALINK T54W");
            s.extension = QString::number(8000 + i);
            s.email = QStringLiteral("agent%1-%2@migration.example").arg(i + 1).arg(tag());
            s.mac = mac(i + 1);
            s.currentIp = QStringLiteral("192.168.1.%1").arg(21 + i);
            o.stations.append(s);
        }
        return o;
    }

    /** What a Yealink sends first, without waiting for provd's answer: the migration sees it come. */
    void sendFirstRequest(const QString &phoneMac)
    {
        QNetworkRequest request(QUrl(m_provisioningUrl + QStringLiteral("/y000000000000.cfg")));
        request.setRawHeader("User-Agent", QStringLiteral("Yealink SIP-T54W 96.85.0.5 %1").arg(phoneMac).toLatin1());
        request.setRawHeader("X-Forwarded-For", "10.8.0.21");
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_phones.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    /**
     * Runs a migration; each phone listed in arriving sends its first request 300 ms after the
     * migration begins to wait for it.
     */
    PhoneMigration::Result migrate(const Order &o, int timeoutMs, const QSet<int> &arriving, QList<int> *configured)
    {
        PortalEndpoint endpoint;
        endpoint.baseUrl = QUrl(url());
        endpoint.pinSha256 = pin();
        QNetworkAccessManager nam;
        PortalConnection connection(&nam, endpoint);
        TokenSession session(&connection, QStringLiteral("admin"), QStringLiteral("admin"));
        PhoneMigration::Options options;
        options.run.orderId = o.orderId;
        options.run.technician = QStringLiteral("tech");
        options.timeoutPerPhoneMs = timeoutMs;
        options.pollIntervalMs = 250;
        PhoneMigration migration(&connection, &session, ModelCatalog::builtIn(), o, *m_journal, options);
        QObject::connect(&migration, &PhoneMigration::phoneStateChanged, &migration,
            [&, phones = PhoneMigration::phonesOf(ModelCatalog::builtIn(), o)](
                int index, PhoneMigration::PhoneState state) {
                if (state == PhoneMigration::PhoneState::Waiting && arriving.contains(index)) {
                    QTimer::singleShot(300, &migration, [this, mac = phones.at(index).mac] { sendFirstRequest(mac); });
                } else if (state == PhoneMigration::PhoneState::Configured && configured) {
                    configured->append(index);
                }
            });
        const auto result = runToEnd(migration, &PhoneMigration::finished, 240000);
        EXPECT_TRUE(result.has_value()) << "the migration never finished";
        return result.value_or(PhoneMigration::Result {});
    }

    /** The phone of this MAC as confd lists it from the master tenant (any tenant), or empty. */
    QJsonObject device(const QString &phoneMac)
    {
        client().tenant.clear();
        const SimReply r = client().call("GET", confd(QStringLiteral("/devices?recurse=true&search=") + phoneMac));
        for (const QJsonValue &d : r.json.object().value(QLatin1String("items")).toArray()) {
            if (d.toObject().value(QLatin1String("mac")).toString() == phoneMac) {
                return d.toObject();
            }
        }
        return {};
    }

    qsizetype eventIndex(const QString &orderId, const QString &action, const QString &target, JobResult result)
    {
        const auto history = m_journal->history(orderId);
        EXPECT_TRUE(history.hasValue());
        const QList<JobEvent> events = history.hasValue() ? *history : QList<JobEvent> {};
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).action == action && events.at(i).target.endsWith(target)
                && events.at(i).result == result) {
                return i;
            }
        }
        return -1;
    }

    std::unique_ptr<JobLog> m_journal;
    QString m_provisioningUrl;
    QNetworkAccessManager m_phones;
};

} // namespace

TEST_F(WazoMigration, ThreePhonesArriveOneAfterAnotherAndAreConfiguredInOrder)
{
    const Order o = order();
    QList<int> configured;
    const PhoneMigration::Result result = migrate(o, 60000, { 0, 1, 2 }, &configured);
    ASSERT_TRUE(result.ok()) << result.message.toStdString();
    EXPECT_EQ(result.configured, 3);
    EXPECT_EQ(configured, QList<int>({ 0, 1, 2 }));
    const QString tenant = tenantBySlug(ProvisioningTarget::tenantSlug(o.customerName, o.customerId));
    ASSERT_FALSE(tenant.isEmpty());
    for (int i = 0; i < 3; ++i) {
        const QJsonObject d = device(mac(i + 1));
        EXPECT_EQ(d.value(QLatin1String("status")).toString(), QStringLiteral("configured"))
            << mac(i + 1).toStdString();
        EXPECT_EQ(d.value(QLatin1String("tenant_uuid")).toString(), tenant);
        if (i > 0) {
            // The one-at-a-time rule, from the job log: claimed only after the one before was configured.
            const qsizetype before =
                eventIndex(o.orderId, JobAction::migrationPhoneConfigured(), mac(i), JobResult::Ok);
            const qsizetype claimed = eventIndex(o.orderId, QStringLiteral("claim"), mac(i + 1), JobResult::Ok);
            ASSERT_GE(before, 0);
            ASSERT_GE(claimed, 0);
            EXPECT_LT(before, claimed);
        }
    }
}

TEST_F(WazoMigration, APhoneThatNeverComesStopsTheRunAndTheThirdIsUntouched)
{
    const Order o = order();
    // The third phone is already on the stack (it booted through the VPN early): it must stay unallocated.
    bootPhone(QStringLiteral("T54W"), mac(3));
    const PhoneMigration::Result result = migrate(o, 8000, { 0 }, nullptr);
    EXPECT_EQ(result.failure, PhoneMigration::Failure::Timeout) << result.message.toStdString();
    EXPECT_EQ(result.failedPhone, 1);
    EXPECT_EQ(result.configured, 1);
    EXPECT_EQ(device(mac(1)).value(QLatin1String("status")).toString(), QStringLiteral("configured"));
    EXPECT_TRUE(device(mac(2)).isEmpty());
    const QJsonObject third = device(mac(3));
    ASSERT_FALSE(third.isEmpty());
    EXPECT_EQ(third.value(QLatin1String("status")).toString(), QStringLiteral("autoprov"));
    EXPECT_EQ(eventIndex(o.orderId, QStringLiteral("claim"), mac(3), JobResult::Ok), -1);
}

// The same through stagingctl migrate, the phones already booted through the VPN: moved one at a
// time all the same, each claimed only once the one before is configured.
TEST_F(WazoMigration, StagingctlMigrateMovesThreePhonesInPlanOrder)
{
    const Order o = order();
    QString csv = QStringLiteral("Nom;Matériel;Extension;Email;MAC;IP\n");
    for (const Station &s : o.stations) {
        csv += QStringList { s.name, s.hardwareText, s.extension, s.email, s.mac, s.currentIp }.join(QLatin1Char(';'))
            + QLatin1Char('\n');
    }
    const QString plan = writeFile(dir(), QStringLiteral("migration.csv"), csv.toUtf8());
    for (const Station &s : o.stations) {
        bootPhone(QStringLiteral("T54W"), s.mac);
    }
    const CtlRun run =
        stagingctl(QStringList { QStringLiteral("migrate"), QStringLiteral("--plan"), plan } + portalArguments()
            + QStringList { QStringLiteral("--customer"), o.customerName, QStringLiteral("--customer-id"), o.customerId,
                QStringLiteral("--order-id"), o.orderId, QStringLiteral("--provisioning-url"), m_provisioningUrl,
                QStringLiteral("--vpn-dir"), dir().path(), QStringLiteral("--timeout-per-phone"), QStringLiteral("60"),
                QStringLiteral("--poll-interval"), QStringLiteral("0.3"), QStringLiteral("--joblog"),
                dir().filePath(QStringLiteral("journal.sqlite")) });
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    qsizetype at = 0;
    for (const Station &s : o.stations) {
        // Each phone's instructions, then its end, before the next phone's.
        at = run.out.indexOf(QStringLiteral("http://") + s.currentIp, at);
        ASSERT_GE(at, 0) << run.out.toStdString();
        EXPECT_EQ(device(s.mac).value(QLatin1String("status")).toString(), QStringLiteral("configured"));
    }
    for (int i = 1; i < 3; ++i) {
        const qsizetype before = eventIndex(o.orderId, JobAction::migrationPhoneConfigured(), mac(i), JobResult::Ok);
        const qsizetype claimed = eventIndex(o.orderId, QStringLiteral("claim"), mac(i + 1), JobResult::Ok);
        ASSERT_GE(before, 0);
        ASSERT_GE(claimed, 0);
        EXPECT_LT(before, claimed);
    }
}
