// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecutorFixture.h"
#include "order/PhoneKeys.h"

using namespace Staging;
using namespace Staging::Test;
using ItemStatus = ProvisioningItem::Status;
using Kind = ProvisioningResource::Kind;

namespace {

/**
 * Six stations of one site: the first a receptionist on a T54W with its module, the next two in
 * ring group "Accueil" (one after the other, with a DID), the fourth alone in "Support"; the
 * second station's voicemail has the customer's code.
 */
Order groupsOrder()
{
    Order order = executorOrder(6);
    order.stations[0].profile = Profile::CustomerRelationship;
    order.stations[0].expansionModule = true;
    order.stations[0].phoneLabel = QStringLiteral("Standard");
    order.stations[1].groups = { QStringLiteral("Accueil") };
    order.stations[1].voicemailPin = QStringLiteral("739154");
    order.stations[2].groups = { QStringLiteral("accueil"), QStringLiteral("Support") };
    RingGroup accueil;
    accueil.row = 20;
    accueil.name = QStringLiteral("Accueil");
    accueil.extension = QStringLiteral("1100");
    accueil.dids = { QStringLiteral("0442009901") };
    accueil.strategy = RingGroup::Strategy::Linear;
    RingGroup support;
    support.row = 21;
    support.name = QStringLiteral("Support");
    support.extension = QStringLiteral("1101");
    order.groups = { accueil, support };
    return order;
}

ProvisioningExecutor::Options withPins(ProvisioningExecutor::Options options, const Order &order)
{
    for (const Station &station : order.stations) {
        if (!station.voicemailPin.isEmpty()) {
            options.givenSecrets.voicemailPins.insert(station.extension, station.voicemailPin);
        }
    }
    return options;
}

} // namespace

class PortalGroups : public ExecutorFixture
{
protected:
    // confd as the workbench's own client reads it, in the order's tenant.
    std::unique_ptr<SimClient> confd()
    {
        auto c = std::make_unique<SimClient>(m_sim->baseUrl(), m_sim->certificate());
        EXPECT_EQ(c->login().status, 200);
        for (const QJsonValue &t : simState().value(QLatin1String("tenants")).toArray()) {
            if (t.toObject().value(QLatin1String("slug")).toString() == QLatin1String("client")) {
                c->tenant = t.toObject().value(QLatin1String("uuid")).toString();
            }
        }
        return c;
    }

    static QJsonArray items(const SimReply &reply)
    {
        return reply.json.object().value(QLatin1String("items")).toArray();
    }

    // The user of a station, by its e-mail, as confd lists it.
    static QJsonObject user(SimClient &c, const Station &station)
    {
        for (const QJsonValue &u : items(c.call("GET", QStringLiteral("/api/confd/1.1/users")))) {
            if (u.toObject().value(QLatin1String("email")).toString() == station.email) {
                return u.toObject();
            }
        }
        return {};
    }

    void expectGroupsKeysAndPin(const Order &order)
    {
        const std::unique_ptr<SimClient> client = confd();
        SimClient &c = *client;
        const QJsonArray groups = items(c.call("GET", QStringLiteral("/api/confd/1.1/groups")));
        ASSERT_EQ(groups.size(), 2);
        QHash<QString, QJsonObject> byLabel;
        for (const QJsonValue &g : groups) {
            byLabel.insert(g.toObject().value(QLatin1String("label")).toString(), g.toObject());
        }
        const QJsonObject accueil =
            c.call("GET",
                 QStringLiteral("/api/confd/1.1/groups/%1")
                     .arg(byLabel.value(QStringLiteral("Accueil")).value(QLatin1String("uuid")).toString()))
                .json.object();
        EXPECT_EQ(accueil.value(QLatin1String("ring_strategy")).toString(), QStringLiteral("linear"));
        QStringList members;
        for (const QJsonValue &m :
            accueil.value(QLatin1String("members")).toObject().value(QLatin1String("users")).toArray()) {
            members.append(m.toObject().value(QLatin1String("uuid")).toString());
        }
        EXPECT_EQ(members,
            QStringList({ user(c, order.stations[1]).value(QLatin1String("uuid")).toString(),
                user(c, order.stations[2]).value(QLatin1String("uuid")).toString() }))
            << "the members, in row order";
        const QJsonArray extensions = accueil.value(QLatin1String("extensions")).toArray();
        ASSERT_EQ(extensions.size(), 1);
        EXPECT_EQ(extensions.at(0).toObject().value(QLatin1String("exten")).toString(), QStringLiteral("1100"));
        const QJsonArray incalls = accueil.value(QLatin1String("incalls")).toArray();
        ASSERT_EQ(incalls.size(), 1);
        const QJsonObject support = byLabel.value(QStringLiteral("Support"));
        EXPECT_EQ(support.value(QLatin1String("ring_strategy")).toString(), QStringLiteral("all"));

        // The receptionist: one BLF key per colleague, labelled with the colleague's name.
        const QJsonObject receptionist = user(c, order.stations[0]);
        const QJsonObject keys = c.call("GET",
                                      QStringLiteral("/api/confd/1.1/users/%1/funckeys")
                                          .arg(receptionist.value(QLatin1String("uuid")).toString()))
                                     .json.object()
                                     .value(QLatin1String("keys"))
                                     .toObject();
        const PhoneKeyPlan planned = PhoneKeys::of(order, order.stations[0], ModelCatalog::builtIn());
        ASSERT_EQ(planned.keys.size(), 5);
        EXPECT_EQ(keys.size(), 5);
        for (const PhoneKey &key : planned.keys) {
            const QJsonObject live = keys.value(QString::number(key.position)).toObject();
            EXPECT_EQ(live.value(QLatin1String("label")).toString(), key.colleagueName);
            EXPECT_TRUE(live.value(QLatin1String("blf")).toBool());
            const QJsonObject destination = live.value(QLatin1String("destination")).toObject();
            EXPECT_EQ(destination.value(QLatin1String("type")).toString(), QStringLiteral("user"));
            const Station *colleague = nullptr;
            for (const Station &s : order.stations) {
                colleague = s.row == key.colleagueRow ? &s : colleague;
            }
            ASSERT_NE(colleague, nullptr);
            EXPECT_EQ(destination.value(QLatin1String("user_id")).toInt(),
                user(c, *colleague).value(QLatin1String("id")).toInt());
        }

        // The customer's code on the second station's voicemail; none on the others.
        int withPassword = 0;
        for (const QJsonValue &v : items(c.call("GET", QStringLiteral("/api/confd/1.1/voicemails")))) {
            const QString password = v.toObject().value(QLatin1String("password")).toString();
            if (!password.isEmpty()) {
                ++withPassword;
                EXPECT_EQ(password, QStringLiteral("739154"));
                EXPECT_EQ(v.toObject().value(QLatin1String("number")).toString(), order.stations[1].extension);
            }
        }
        EXPECT_EQ(withPassword, 1);

        // The receptionist's phone label is its line's caller id name; the others show their name.
        const auto lineCallerName = [&c](const QJsonObject &u) {
            const QJsonObject full =
                c.call("GET", QStringLiteral("/api/confd/1.1/users/") + u.value(QLatin1String("uuid")).toString())
                    .json.object();
            const int line =
                full.value(QLatin1String("lines")).toArray().at(0).toObject().value(QLatin1String("id")).toInt();
            return c.call("GET", QStringLiteral("/api/confd/1.1/lines/%1").arg(line))
                .json.object()
                .value(QLatin1String("caller_id_name"))
                .toString();
        };
        EXPECT_EQ(lineCallerName(receptionist), QStringLiteral("Standard"));
        EXPECT_EQ(lineCallerName(user(c, order.stations[1])), order.stations[1].name);
    }
};

TEST_F(PortalGroups, GroupsKeysAndCodesReadBackThroughConfdAndASecondRunCreatesNothing)
{
    const Order order = groupsOrder();
    const ProvisioningPlan plan = executorPlan(order);
    ASSERT_TRUE(plan.structuralErrors().isEmpty()) << plan.structuralErrors().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(plan.count(Kind::Group), 2);
    EXPECT_EQ(plan.count(Kind::GroupMembers), 2);
    EXPECT_EQ(plan.count(Kind::FuncKeys), 1);
    EXPECT_FALSE(plan.toJsonBytes().contains("739154")) << "a plan is logged and diffed: no code in it";
    bootPhones(order);
    const ProvisioningOutcome outcome = run(plan, withPins(fastOptions(), order));
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectGroupsKeysAndPin(order);

    const ProvisioningOutcome again = run(plan, withPins(fastOptions(), order));
    ASSERT_TRUE(again.complete()) << describe(again).toStdString();
    EXPECT_EQ(again.count(ItemStatus::AlreadyThere), again.items.size()) << describe(again).toStdString();
    expectGroupsKeysAndPin(order);
}

TEST_F(PortalGroups, AKeyChangedOnTheStackIsPutBackAndOthersAreLeft)
{
    const Order order = groupsOrder();
    const ProvisioningPlan plan = executorPlan(order);
    bootPhones(order);
    ASSERT_TRUE(run(plan, withPins(fastOptions(), order)).complete());
    const std::unique_ptr<SimClient> client = confd();
    SimClient &c = *client;
    const QString receptionist = user(c, order.stations[0]).value(QLatin1String("uuid")).toString();
    const QString keysPath = QStringLiteral("/api/confd/1.1/users/%1/funckeys/2").arg(receptionist);
    QJsonObject changed = c.call("GET", keysPath).json.object();
    changed.insert(QStringLiteral("label"), QStringLiteral("Someone else"));
    ASSERT_EQ(c.call("PUT", keysPath, changed).status, 204);

    const ProvisioningOutcome again = run(plan, withPins(fastOptions(), order));
    ASSERT_TRUE(again.complete()) << describe(again).toStdString();
    EXPECT_EQ(again.count(ItemStatus::Created), 1) << "only the keys, sent again";
    expectGroupsKeysAndPin(order);
}

TEST_F(PortalGroups, EveryFailurePointThenResumeMakesNoGroupOrKeyTwice)
{
    const Order order = groupsOrder();
    const ProvisioningPlan plan = executorPlan(order);
    bootPhones(order);
    const int before = simState().value(QLatin1String("requests")).toObject().value(QLatin1String("total")).toInt();
    ASSERT_TRUE(run(plan, withPins(fastOptions(), order)).complete());
    const int requests =
        simState().value(QLatin1String("requests")).toObject().value(QLatin1String("total")).toInt() - before;
    ASSERT_GT(requests, 20);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto journal = JobLog::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.hasValue()) << journal.error().detail.toStdString();
    for (int k = 1; k <= requests; ++k) {
        SCOPED_TRACE(k);
        ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
        bootPhones(order);
        ASSERT_EQ(
            control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("fail_after"), k - 1 } }).status,
            200);
        ProvisioningExecutor::Options broken = withPins(fastOptions(), order);
        broken.retry.maxAttempts = 2;
        broken.orderId = QStringLiteral("G%1").arg(k);
        run(plan, broken, journal.value().get());
        ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
        ProvisioningExecutor::Options resume = withPins(fastOptions(), order);
        resume.orderId = broken.orderId;
        const ProvisioningOutcome resumed = run(plan, resume, journal.value().get());
        ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
        expectGroupsKeysAndPin(order);
        expectCreatedOnce(*journal.value(), broken.orderId);
    }
}
