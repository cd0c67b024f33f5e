// SPDX-License-Identifier: GPL-3.0-or-later
// An existing customer's phones moved onto the agency stack one at a time (PhoneMigration) against
// the simulator: phones that arrive through the VPN after a delay, one that never comes, one of
// another model, and a run resumed from the job log.
#include "portal/PhoneMigration.h"

#include "ExecutorFixture.h"
#include "TestSupport.h"
#include "joblog/JobAction.h"
#include "joblog/SignOffSummary.h"

#include <QSignalSpy>

using namespace Staging;
using namespace Staging::Test;

namespace {

class PortalPhoneMigration : public ExecutorFixture
{
protected:
    static Order migrationOrder()
    {
        Order order = executorOrder(3);
        order.orderId = QStringLiteral("MIG-PORTAL");
        order.customerName = QStringLiteral("Client");
        order.customerId = QStringLiteral("73282932000074");
        order.mode = DeploymentMode::OnCloud;
        for (int i = 0; i < order.stations.size(); ++i) {
            order.stations[i].currentIp = QStringLiteral("192.168.1.%1").arg(21 + i);
        }
        return order;
    }

    static PhoneMigration::Options fast()
    {
        PhoneMigration::Options options;
        options.run = fastOptions();
        options.run.orderId = QStringLiteral("MIG-PORTAL");
        options.run.technician = QStringLiteral("tech");
        options.run.bench = QStringLiteral("bench-1");
        options.pollIntervalMs = 50;
        options.timeoutPerPhoneMs = 5000;
        return options;
    }

    /** A phone arriving through the VPN after delayMs; model T54W unless said. */
    void arrive(const Station &s, int delayMs, const QString &model = QStringLiteral("T54W"))
    {
        const QJsonObject phone { { QStringLiteral("mac"), s.mac }, { QStringLiteral("model"), model },
            { QStringLiteral("vendor"), QStringLiteral("Yealink") },
            { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") },
            { QStringLiteral("ip"), QStringLiteral("10.8.0.%1").arg(s.row) } };
        ASSERT_EQ(control(QStringLiteral("/_sim/devices"),
                      QJsonObject { { QStringLiteral("delay_ms"), delayMs },
                          { QStringLiteral("devices"), QJsonArray { phone } } })
                      .status,
            202);
    }

    PhoneMigration::Result migrate(const Order &order, const PhoneMigration::Options &options,
        const std::function<void(PhoneMigration &)> &watch = {})
    {
        TokenSession session(m_connection.get(), QStringLiteral("admin"), QStringLiteral("admin"));
        PhoneMigration migration(m_connection.get(), &session, ModelCatalog::builtIn(), order, *m_journal, options);
        if (watch) {
            watch(migration);
        }
        const auto result = runToEnd(migration, &PhoneMigration::finished);
        EXPECT_TRUE(result.has_value()) << "the migration never finished";
        return result.value_or(PhoneMigration::Result {});
    }

    /** The migration's and the executor's events of the order, as "action target", in order. */
    QStringList events()
    {
        QStringList out;
        const auto history = m_journal->history(QStringLiteral("MIG-PORTAL"));
        EXPECT_TRUE(history.hasValue());
        for (const JobEvent &e : history.hasValue() ? *history : QList<JobEvent> {}) {
            if (e.result != JobResult::Intent) {
                out.append(e.action + QLatin1Char(' ') + e.target + QLatin1Char(' ') + jobResultId(e.result));
            }
        }
        return out;
    }

    static qsizetype indexOf(const QStringList &events, const QString &prefix, qsizetype from = 0)
    {
        for (qsizetype i = from; i < events.size(); ++i) {
            if (events.at(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    /** The stack's device of this MAC (any tenant), or an empty object. */
    QJsonObject device(const QString &mac)
    {
        SimClient c(m_sim->baseUrl(), m_sim->certificate());
        EXPECT_EQ(c.login().status, 200);
        const SimReply r = c.call("GET", QStringLiteral("/api/confd/1.1/devices?recurse=true&search=%1").arg(mac));
        for (const QJsonValue &d : r.json.object().value(QLatin1String("items")).toArray()) {
            if (d.toObject().value(QLatin1String("mac")).toString() == mac) {
                return d.toObject();
            }
        }
        return {};
    }
};

} // namespace

TEST_F(PortalPhoneMigration, ThreePhonesAreMovedInPlanOrderEachOnlyAfterThePreviousIsConfigured)
{
    const Order order = migrationOrder();
    // The third phone is on the stack first: it still waits for its turn.
    arrive(order.stations.at(0), 100);
    arrive(order.stations.at(1), 400);
    arrive(order.stations.at(2), 0);
    QList<int> configuredOrder;
    const PhoneMigration::Result result = migrate(order, fast(), [&](PhoneMigration &m) {
        QObject::connect(&m, &PhoneMigration::phoneStateChanged, [&](int index, PhoneMigration::PhoneState state) {
            if (state == PhoneMigration::PhoneState::Configured) {
                configuredOrder.append(index);
            }
        });
    });
    ASSERT_TRUE(result.ok()) << result.message.toStdString();
    EXPECT_EQ(result.configured, 3);
    EXPECT_EQ(configuredOrder, QList<int>({ 0, 1, 2 }));

    const QStringList log = events();
    for (int i = 0; i < 3; ++i) {
        const QString mac = order.stations.at(i).mac;
        const qsizetype started = indexOf(log, JobAction::migrationPhoneStarted() + QLatin1Char(' ') + mac);
        const qsizetype seen = indexOf(log, JobAction::migrationPhoneSeen() + QLatin1Char(' ') + mac);
        const qsizetype claimed = indexOf(log, QStringLiteral("claim device:") + mac);
        const qsizetype attached = indexOf(log, JobAction::migrationPhoneAttached() + QLatin1Char(' ') + mac);
        const qsizetype configured =
            indexOf(log, JobAction::migrationPhoneConfigured() + QLatin1Char(' ') + mac + QStringLiteral(" ok"));
        ASSERT_GE(started, 0) << log.join(QLatin1Char('\n')).toStdString();
        EXPECT_LT(started, seen);
        EXPECT_LT(seen, claimed) << log.join(QLatin1Char('\n')).toStdString();
        EXPECT_LT(claimed, attached);
        EXPECT_LT(attached, configured);
        if (i > 0) {
            // The one-at-a-time rule: this phone is touched only once the one before works.
            const QString before = order.stations.at(i - 1).mac;
            EXPECT_LT(indexOf(log, JobAction::migrationPhoneConfigured() + QLatin1Char(' ') + before), started);
            EXPECT_LT(indexOf(log, JobAction::migrationPhoneConfigured() + QLatin1Char(' ') + before), claimed);
        }
        const QJsonObject onStack = device(mac);
        EXPECT_EQ(onStack.value(QLatin1String("status")).toString(), QStringLiteral("configured")) << mac.toStdString();
        EXPECT_FALSE(onStack.value(QLatin1String("is_new")).toBool(true));
    }
}

TEST_F(PortalPhoneMigration, APhoneThatNeverComesStopsTheRunAndThePhonesAfterItAreUntouched)
{
    const Order order = migrationOrder();
    arrive(order.stations.at(0), 0);
    arrive(order.stations.at(2), 0); // on the stack, waiting: it must stay unallocated
    PhoneMigration::Options options = fast();
    options.timeoutPerPhoneMs = 1500;
    const PhoneMigration::Result result = migrate(order, options);
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.failure, PhoneMigration::Failure::Timeout);
    EXPECT_EQ(result.failedPhone, 1);
    EXPECT_EQ(result.configured, 1);
    EXPECT_TRUE(result.message.contains(order.stations.at(1).mac)) << result.message.toStdString();
    EXPECT_FALSE(PhoneMigration::whatToCheck(result.failure).isEmpty());

    EXPECT_EQ(device(order.stations.at(0).mac).value(QLatin1String("status")).toString(), QStringLiteral("configured"));
    const QJsonObject third = device(order.stations.at(2).mac);
    ASSERT_FALSE(third.isEmpty());
    EXPECT_TRUE(third.value(QLatin1String("is_new")).toBool()) << "the third phone was touched";
    EXPECT_EQ(third.value(QLatin1String("status")).toString(), QStringLiteral("autoprov"));
    const QStringList log = events();
    EXPECT_EQ(indexOf(log, QStringLiteral("claim device:") + order.stations.at(2).mac), -1);
    EXPECT_EQ(indexOf(log, JobAction::migrationPhoneStarted() + QLatin1Char(' ') + order.stations.at(2).mac), -1);
    EXPECT_GE(indexOf(log,
                  JobAction::migrationPhoneConfigured() + QLatin1Char(' ') + order.stations.at(1).mac
                      + QStringLiteral(" failed")),
        0);

    // The journal knows where each phone stands.
    const QList<PhoneMigration::PhoneState> states = PhoneMigration::journalStates(
        PhoneMigration::phonesOf(ModelCatalog::builtIn(), order), *m_journal, QStringLiteral("MIG-PORTAL"));
    EXPECT_EQ(states,
        QList<PhoneMigration::PhoneState>({ PhoneMigration::PhoneState::Configured, PhoneMigration::PhoneState::Failed,
            PhoneMigration::PhoneState::Untouched }));

    // The technician leaves the second phone on the old server: the next run moves the third only.
    const QList<PhoneMigration::Phone> phones = PhoneMigration::phonesOf(ModelCatalog::builtIn(), order);
    ASSERT_TRUE(PhoneMigration::leaveOnOldServer(*m_journal, options, phones.at(1)).hasValue());
    const PhoneMigration::Result next = migrate(order, options);
    ASSERT_TRUE(next.ok()) << next.message.toStdString();
    EXPECT_EQ(next.configured, 2);
    EXPECT_EQ(next.left, 1);
    EXPECT_EQ(device(order.stations.at(2).mac).value(QLatin1String("status")).toString(), QStringLiteral("configured"));
    EXPECT_TRUE(device(order.stations.at(1).mac).isEmpty());

    // Sign-off: the phone left behind is a difference the supervisor sees; the moved ones are not.
    const auto history = m_journal->history(QStringLiteral("MIG-PORTAL"));
    ASSERT_TRUE(history.hasValue());
    const SignOffSummary summary = SignOffSummary::build(order, *history, ModelCatalog::builtIn());
    QStringList differences;
    for (const SignOffSummary::Difference &d : summary.differences) {
        differences.append(d.code + QLatin1Char(' ') + d.target);
    }
    EXPECT_TRUE(differences.contains(QStringLiteral("phone-left-on-old-server ") + order.stations.at(1).mac))
        << differences.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(differences.filter(QStringLiteral("phone-not-synchronized")), QStringList())
        << differences.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PortalPhoneMigration, APhoneOfAnotherModelIsNotClaimed)
{
    const Order order = migrationOrder();
    arrive(order.stations.at(0), 0, QStringLiteral("T46U"));
    const PhoneMigration::Result result = migrate(order, fast());
    EXPECT_EQ(result.failure, PhoneMigration::Failure::WrongModel);
    EXPECT_EQ(result.failedPhone, 0);
    EXPECT_TRUE(result.message.contains(QStringLiteral("T46U"))) << result.message.toStdString();
    EXPECT_TRUE(device(order.stations.at(0).mac).value(QLatin1String("is_new")).toBool());
}

TEST_F(PortalPhoneMigration, ARunStoppedBetweenTwoPhonesResumesWithTheNextOne)
{
    const Order order = migrationOrder();
    arrive(order.stations.at(0), 0);
    // The workbench is closed while it waits for the second phone.
    const PhoneMigration::Result stopped = migrate(order, fast(), [](PhoneMigration &m) {
        QObject::connect(&m, &PhoneMigration::phoneStateChanged, &m, [&m](int index, PhoneMigration::PhoneState state) {
            if (index == 1 && state == PhoneMigration::PhoneState::Waiting) {
                QTimer::singleShot(0, &m, &PhoneMigration::cancel);
            }
        });
    });
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(stopped.configured, 1);
    const qsizetype claimsBefore = events().filter(QStringLiteral("claim device:")).size();
    EXPECT_EQ(claimsBefore, 1);

    arrive(order.stations.at(1), 0);
    arrive(order.stations.at(2), 200);
    QList<int> started;
    const PhoneMigration::Result resumed = migrate(order, fast(), [&](PhoneMigration &m) {
        QObject::connect(&m, &PhoneMigration::phoneStateChanged, [&](int index, PhoneMigration::PhoneState state) {
            if (state == PhoneMigration::PhoneState::Waiting) {
                started.append(index);
            }
        });
    });
    ASSERT_TRUE(resumed.ok()) << resumed.message.toStdString();
    EXPECT_EQ(resumed.configured, 3);
    EXPECT_EQ(started, QList<int>({ 1, 2 })); // the first phone is not waited for again
    const QStringList claims = events().filter(QStringLiteral("claim device:"));
    EXPECT_EQ(claims.size(), 3) << claims.join(QLatin1Char('\n')).toStdString();
    const QHash<QString, int> created = expectCreatedOnce(*m_journal, QStringLiteral("MIG-PORTAL"));
    EXPECT_FALSE(created.isEmpty());
}

TEST_F(PortalPhoneMigration, PhonesOfAnOrderAreItsPhonesInRowOrderADectBaseOnce)
{
    Order order = migrationOrder();
    Station handset = order.stations.at(0);
    handset.row = 9;
    handset.name = QStringLiteral("DECT 1");
    handset.modelId = QStringLiteral("yealink-w60p");
    handset.mac = QStringLiteral("80:5E:C0:77:00:01");
    Station second = handset;
    second.row = 10;
    second.name = QStringLiteral("DECT 2");
    Station softphone = order.stations.at(0);
    softphone.row = 11;
    softphone.modelId = QStringLiteral("wazo-softphone");
    softphone.mac.clear();
    order.stations << handset << second << softphone;
    const QList<PhoneMigration::Phone> phones = PhoneMigration::phonesOf(ModelCatalog::builtIn(), order);
    ASSERT_EQ(phones.size(), 4);
    EXPECT_EQ(phones.at(0).currentIp, QStringLiteral("192.168.1.21"));
    EXPECT_EQ(phones.at(0).model, QStringLiteral("T54W"));
    EXPECT_EQ(phones.at(3).mac, QStringLiteral("80:5e:c0:77:00:01"));
    EXPECT_EQ(phones.at(3).stations, QList<int>({ 3, 4 }));
    EXPECT_EQ(phones.at(3).row, 9);
}
