// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExecutorFixture.h"
#include "joblog/JobLog.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace Staging;
using namespace Staging::Test;
using ItemStatus = ProvisioningItem::Status;

namespace {

class PortalExecutor : public ExecutorFixture
{
protected:
    int mutations()
    {
        const QJsonObject counts =
            simState().value(QLatin1String("requests")).toObject().value(QLatin1String("by_endpoint")).toObject();
        int total = 0;
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            total += it.key().startsWith(QLatin1String("GET ")) ? 0 : it.value().toInt();
        }
        return total;
    }

    QJsonObject defaultRawConfig()
    {
        return m_sim->state()
            .provdConfigs.value(QStringLiteral("defaultconfigdevice"))
            .value(QLatin1String("raw_config"))
            .toObject();
    }
};

QStringList *g_logLines = nullptr;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_logLines) {
        g_logLines->append(message);
    }
}

} // namespace

TEST_F(PortalExecutor, CreatesTheWholeOrderThenNothingTheSecondTime)
{
    const Order order = executorOrder(10);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);

    const ProvisioningOutcome first = run(plan, fastOptions());
    ASSERT_TRUE(first.complete()) << describe(first).toStdString();
    EXPECT_GT(first.count(ItemStatus::Created), 0);
    expectExactTarget(order);
    // The stations with one line went through the import, a few rows a request; the two with a
    // Wazo App line too (every fifth) are one compound POST each.
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/users")), 2);
    EXPECT_GE(countOf(QStringLiteral("POST /api/confd/1.1/users/import")), 1);
    EXPECT_LE(countOf(QStringLiteral("POST /api/confd/1.1/users/import")), 8);

    const int before = mutations();
    const ProvisioningOutcome second = run(plan, fastOptions());
    ASSERT_TRUE(second.complete()) << describe(second).toStdString();
    EXPECT_EQ(second.count(ItemStatus::Created), 0);
    EXPECT_EQ(second.count(ItemStatus::AlreadyThere), second.items.size());
    EXPECT_EQ(mutations(), before + 1) << "a second run changed something (its token request aside)";
    expectExactTarget(order);
}

// Without the import each station is one compound POST /users carrying its phone.
TEST_F(PortalExecutor, TheCompoundPathCarriesEachPhoneInItsStationsPost)
{
    const Order order = executorOrder(10);
    bootPhones(order);
    ProvisioningExecutor::Options options = fastOptions();
    options.importRows = 0;
    const ProvisioningOutcome outcome = run(executorPlan(order), options);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectExactTarget(order);
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/users")), 10);
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/users/import")), 0);
    EXPECT_EQ(countOf(QStringLiteral("PUT /api/confd/1.1/lines/{}/devices/{}")), 0);
}

// An import is all-or-nothing: the row confd refuses is reported with the customer's row and
// confd's words, the other rows of that import are imported again.
TEST_F(PortalExecutor, ARowTheImportRefusesIsReportedTheOthersAreImportedAgain)
{
    SimClient other(m_sim->baseUrl(), m_sim->certificate());
    ASSERT_EQ(other.login().status, 200);
    ASSERT_EQ(other
                  .call("POST", QStringLiteral("/api/confd/1.1/users"),
                      QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Autre") },
                          { QStringLiteral("email"), QStringLiteral("agent4@client.example") } })
                  .status,
        201);
    const Order order = executorOrder(10);
    bootPhones(order);
    ProvisioningExecutor::Options options = fastOptions();
    options.window = 1; // the eight one-line stations in one import
    const ProvisioningOutcome outcome = run(executorPlan(order), options);
    EXPECT_FALSE(outcome.complete());
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/users/import")), 2);
    for (const ProvisioningItem &item : outcome.items) {
        if (item.kind != ProvisioningResource::Kind::User) {
            continue;
        }
        if (item.row == 5) {
            EXPECT_EQ(item.status, ItemStatus::Failed);
            EXPECT_EQ(item.httpStatus, 400);
            EXPECT_TRUE(item.message.startsWith(QLatin1String("Row 5 (user:agent4@client.example)")))
                << item.message.toStdString();
            EXPECT_TRUE(item.message.contains(QLatin1String("already exists"))) << item.message.toStdString();
        } else {
            EXPECT_EQ(item.status, ItemStatus::Created) << item.key.toStdString() << item.message.toStdString();
        }
    }
}

TEST_F(PortalExecutor, DryRunSendsNoChangeAndClassifies)
{
    const Order order = executorOrder(3);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    ProvisioningExecutor::Options options = fastOptions();
    options.dryRun = true;

    const ProvisioningOutcome dry = run(plan, options);
    EXPECT_TRUE(dry.stopped.ok());
    EXPECT_FALSE(dry.complete());
    EXPECT_EQ(mutations(), 1) << "only the token request may be a POST";
    EXPECT_EQ(dry.count(ItemStatus::Create), dry.items.size()) << describe(dry).toStdString();

    ASSERT_TRUE(run(plan, fastOptions()).complete());
    const ProvisioningOutcome after = run(plan, options);
    EXPECT_EQ(after.count(ItemStatus::AlreadyThere), after.items.size()) << describe(after).toStdString();
}

TEST_F(PortalExecutor, ExtensionOfAnotherUserIsRefusedOnceAndReportedWithTheRow)
{
    const Order order = executorOrder(4);
    bootPhones(order);
    Order firstHalf = order;
    firstHalf.stations = order.stations.mid(0, 2);
    ASSERT_TRUE(run(executorPlan(firstHalf), fastOptions()).complete());

    // Between the look-up and the creation, somebody gives extension 1003 to another user.
    const auto intrude = [this](ProvisioningExecutor &executor) {
        const ProvisioningResource *tenantResource = executor.plan().find(QStringLiteral("tenant:client"));
        ASSERT_NE(tenantResource, nullptr);
        SimClient c(m_sim->baseUrl(), m_sim->certificate());
        ASSERT_EQ(c.login().status, 200);
        QString tenant;
        QString context;
        for (const QJsonValue &t : simState().value(QLatin1String("tenants")).toArray()) {
            if (t.toObject().value(QLatin1String("slug")).toString() == QLatin1String("client")) {
                tenant = t.toObject().value(QLatin1String("uuid")).toString();
            }
        }
        for (const QJsonValue &ctx : simState().value(QLatin1String("contexts")).toArray()) {
            if (ctx.toObject().value(QLatin1String("label")).toString() == QLatin1String("Client internal")) {
                context = ctx.toObject().value(QLatin1String("name")).toString();
            }
        }
        c.tenant = tenant;
        const SimReply user = c.call("POST", QStringLiteral("/api/confd/1.1/users"),
            QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Intrus") },
                { QStringLiteral("lines"),
                    QJsonArray { QJsonObject { { QStringLiteral("context"), context },
                        { QStringLiteral("endpoint_sip"),
                            QJsonObject { { QStringLiteral("name"), QStringLiteral("intrus") } } },
                        { QStringLiteral("extensions"),
                            QJsonArray { QJsonObject { { QStringLiteral("exten"), QStringLiteral("1003") },
                                { QStringLiteral("context"), context } } } } } } } });
        ASSERT_EQ(user.status, 201) << user.body.toStdString();
    };
    const QString imports = QStringLiteral("POST /api/confd/1.1/users/import");
    const int postsBefore = countOf(QStringLiteral("POST /api/confd/1.1/users"));
    const int importsBefore = countOf(imports);
    const ProvisioningOutcome outcome = run(executorPlan(order), fastOptions(), nullptr, intrude);
    EXPECT_FALSE(outcome.complete());
    // Two new stations, one import each: the refused one was not sent again (the POST is the
    // intruder's).
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/users")) - postsBefore, 1);
    EXPECT_EQ(countOf(imports) - importsBefore, 2);

    const ProvisioningItem *refused = nullptr;
    for (const ProvisioningItem &item : outcome.items) {
        if (item.key == QLatin1String("user:agent4@client.example")) {
            refused = &item;
        }
    }
    ASSERT_NE(refused, nullptr);
    EXPECT_EQ(refused->status, ItemStatus::Failed);
    EXPECT_EQ(refused->httpStatus, 400);
    EXPECT_EQ(refused->row, 5);
    EXPECT_TRUE(refused->message.contains(QLatin1String("5"))) << refused->message.toStdString();
    EXPECT_TRUE(refused->serviceText.contains(QLatin1String("Extension is already associated")))
        << refused->serviceText.toStdString();
    EXPECT_TRUE(refused->message.contains(refused->serviceText)) << refused->message.toStdString();
    // The phone of that station waits for its line; the other station is complete.
    for (const ProvisioningItem &item : outcome.items) {
        if (item.row == 5 && item.kind == ProvisioningResource::Kind::DeviceAttach) {
            EXPECT_EQ(item.status, ItemStatus::Skipped);
        }
        if (item.row == 4) {
            EXPECT_TRUE(item.status == ItemStatus::Created || item.status == ItemStatus::AlreadyThere)
                << item.key.toStdString();
        }
    }

    // A dry run now names the conflict and its owner before anything is sent.
    ProvisioningExecutor::Options dry = fastOptions();
    dry.dryRun = true;
    const ProvisioningOutcome diff = run(executorPlan(order), dry);
    bool named = false;
    for (const ProvisioningItem &item : diff.items) {
        if (item.key == QLatin1String("user:agent4@client.example")) {
            EXPECT_EQ(item.status, ItemStatus::Conflict);
            named = item.message.contains(QLatin1String("Intrus"));
        }
    }
    EXPECT_TRUE(named);
}

TEST_F(PortalExecutor, EveryFailurePointThenResumeEndsAtTheTarget)
{
    const Order order = executorOrder(10);
    const ProvisioningPlan plan = executorPlan(order);
    bootPhones(order);
    const int before = simState().value(QLatin1String("requests")).toObject().value(QLatin1String("total")).toInt();
    ASSERT_TRUE(run(plan, fastOptions()).complete());
    const int requests =
        simState().value(QLatin1String("requests")).toObject().value(QLatin1String("total")).toInt() - before;
    ASSERT_GT(requests, 30);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto journal = JobLog::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.hasValue()) << journal.error().detail.toStdString();

    int crashes = 0;
    ProvisioningExecutor::Options failing = fastOptions();
    failing.retry.maxAttempts = 2; // fail fast: the stack stays broken until the faults are cleared
    for (int k = 1; k <= requests; ++k) {
        SCOPED_TRACE(k);
        ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
        bootPhones(order);
        ASSERT_EQ(
            control(QStringLiteral("/_sim/faults"), QJsonObject { { QStringLiteral("fail_after"), k - 1 } }).status,
            200);
        ProvisioningExecutor::Options broken = failing;
        broken.orderId = QStringLiteral("K%1").arg(k);
        const ProvisioningOutcome crashed = run(plan, broken, journal.value().get());
        // Polling provd makes the request count vary a little: the last k may come after the end.
        crashes += crashed.complete() ? 0 : 1;

        ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
        ProvisioningExecutor::Options resume = fastOptions();
        resume.orderId = broken.orderId;
        const ProvisioningOutcome resumed = run(plan, resume, journal.value().get());
        ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
        expectExactTarget(order);

        // Each resource created once in the journal, across the crash and the resume.
        const QHash<QString, int> created = expectCreatedOnce(*journal.value(), broken.orderId);
        for (const Station &s : order.stations) {
            EXPECT_EQ(created.value(QStringLiteral("user:") + s.email), 1) << s.email.toStdString();
        }
        if (HasFatalFailure() || HasFailure()) {
            break; // one k is enough to read
        }
    }
    EXPECT_GE(crashes, requests - 3);
}

TEST_F(PortalExecutor, HundredStationsThroughResetsAnd503s)
{
    const Order order = executorOrder(100);
    bootPhones(order);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_rate"), 0.05 }, { QStringLiteral("error_rate"), 0.05 },
                      { QStringLiteral("status"), 503 }, { QStringLiteral("seed"), 7 } })
                  .status,
        200);
    ProvisioningExecutor::Options options = fastOptions();
    options.retry.maxAttempts = 10;
    const ProvisioningOutcome outcome = run(executorPlan(order), options);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    expectExactTarget(order);
}

TEST_F(PortalExecutor, ThePlansOwnGraphReachesTheSameTarget)
{
    const Order order = executorOrder(5);
    bootPhones(order);
    ProvisioningExecutor::Options options = fastOptions();
    options.bundleStations = false;
    const ProvisioningPlan plan = executorPlan(order);
    const ProvisioningOutcome outcome = run(plan, options);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    // One item per resource of the plan, each SIP endpoint posted with its line.
    EXPECT_EQ(outcome.items.size(), plan.resources().size() - plan.count(ProvisioningResource::Kind::SipEndpoint));
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/endpoints/sip")), 0);
    expectExactTarget(order);
    const ProvisioningOutcome again = run(plan, options);
    EXPECT_EQ(again.count(ItemStatus::AlreadyThere), again.items.size()) << describe(again).toStdString();
}

TEST_F(PortalExecutor, GeneratedSecretsReachTheStackButNeverTheJournal)
{
    const Order order = executorOrder(3);
    bootPhones(order);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString location = dir.filePath(QStringLiteral("journal.sqlite"));
    QStringList logLines;
    {
        auto journal = JobLog::open(location);
        ASSERT_TRUE(journal.hasValue());
        ProvisioningExecutor::Options options = fastOptions();
        options.orderId = QStringLiteral("CMD-SECRETS");
        options.phoneAdminPassword = QStringLiteral("Planted-Phone-Admin-77");
        options.phoneUserPassword = QStringLiteral("Planted-Phone-User-88");
        // The customer's voicemail codes, as OrderApply hands them in from the order.
        int pin = 739150;
        for (const Station &station : order.stations) {
            options.givenSecrets.voicemailPins.insert(station.extension, QString::number(++pin));
        }
        g_logLines = &logLines;
        QLoggingCategory::setFilterRules(QStringLiteral("staging.*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        const bool complete = run(executorPlan(order), options, journal.value().get()).complete();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        g_logLines = nullptr;
        ASSERT_TRUE(complete);
        const auto history = journal.value()->history(options.orderId);
        ASSERT_TRUE(history.hasValue());
        // Before and after each change, with the server's id once it exists.
        int intents = 0;
        int withServerId = 0;
        for (const JobEvent &event : history.value()) {
            intents += event.result == JobResult::Intent ? 1 : 0;
            withServerId += event.detail.contains(QLatin1String("server_id")) ? 1 : 0;
        }
        EXPECT_GT(intents, 0);
        EXPECT_EQ(history.value().size(), 2 * intents);
        EXPECT_GE(withServerId, 3 + 3); // three users, three phones at least
    }

    // The secrets the executor generated, as the stack stored them.
    QStringList secrets;
    const SimState &state = m_sim->state();
    for (const QString &password : state.userAuthPasswords) {
        secrets.append(password);
    }
    for (const QJsonObject &endpoint : state.sipEndpoints) {
        for (const QJsonValue &pair : endpoint.value(QLatin1String("auth_section_options")).toArray()) {
            if (pair.toArray().at(0).toString() == QLatin1String("password")) {
                secrets.append(pair.toArray().at(1).toString());
            }
        }
    }
    for (const QJsonObject &voicemail : state.voicemails) {
        secrets.append(voicemail.value(QLatin1String("password")).toString());
        EXPECT_TRUE(secrets.constLast().startsWith(QLatin1String("73915"))) << "not the customer's code";
    }
    ASSERT_EQ(secrets.size(), 3 + 4 + 3); // users, endpoints (one UC user has two), voicemails
    // The order's phone admin and user passwords, given by the caller, are the phones' defaults on the stack.
    const QJsonObject raw = defaultRawConfig();
    EXPECT_EQ(raw.value(QLatin1String("admin_username")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(raw.value(QLatin1String("admin_password")).toString(), QStringLiteral("Planted-Phone-Admin-77"));
    EXPECT_EQ(raw.value(QLatin1String("user_username")).toString(), QStringLiteral("user"));
    EXPECT_EQ(raw.value(QLatin1String("user_password")).toString(), QStringLiteral("Planted-Phone-User-88"));
    EXPECT_EQ(raw.value(QLatin1String("sip_dtmf_mode")).toString(), QStringLiteral("RTP-out-of-band"));
    secrets.append(QStringLiteral("Planted-Phone-Admin-77"));
    secrets.append(QStringLiteral("Planted-Phone-User-88"));
    EXPECT_FALSE(logLines.isEmpty()); // the debug log was on, so the search below means something
    const QString log = logLines.join(QLatin1Char('\n'));
    QFile file(location);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QFile wal(location + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly)) {
        bytes += wal.readAll();
    }
    for (const QString &secret : std::as_const(secrets)) {
        ASSERT_GE(secret.size(), 6);
        EXPECT_FALSE(bytes.contains(secret.toUtf8())) << "a generated secret is in the journal";
        EXPECT_FALSE(log.contains(secret)) << "a secret is in the log output";
    }
}

// The plan holds no password, so a stack whose default config already has the plan's settings (set
// by a run without the order's secrets, or by hand) used to keep its own admin password: the
// phones staged there would not open with the order's.
TEST_F(PortalExecutor, ADefaultConfigWithAnotherPasswordGetsTheOrdersOnApplyThenIsLeftAlone)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    ASSERT_TRUE(run(plan, fastOptions()).complete());
    const QString stacksOwn = defaultRawConfig().value(QLatin1String("admin_password")).toString();
    ASSERT_FALSE(stacksOwn.isEmpty());
    const auto configItem = [](const ProvisioningOutcome &outcome) {
        for (const ProvisioningItem &item : outcome.items) {
            if (item.kind == ProvisioningResource::Kind::DefaultDeviceConfig) {
                return item;
            }
        }
        return ProvisioningItem {};
    };
    const QString put = QStringLiteral("PUT /api/provd/0.2/cfg_mgr/configs/{}");

    // A dry run has no secrets: it compares the plan's settings only, as before.
    ProvisioningExecutor::Options dry = fastOptions();
    dry.dryRun = true;
    EXPECT_EQ(configItem(run(plan, dry)).status, ItemStatus::AlreadyThere);

    ProvisioningExecutor::Options options = fastOptions();
    options.phoneAdminPassword = QStringLiteral("Order-Admin-Pw-31");
    options.phoneUserPassword = QStringLiteral("Order-User-Pw-47");
    const int putsBefore = countOf(put);
    const ProvisioningOutcome applied = run(plan, options);
    ASSERT_TRUE(applied.complete()) << describe(applied).toStdString();
    EXPECT_EQ(configItem(applied).status, ItemStatus::Created) << describe(applied).toStdString();
    EXPECT_EQ(countOf(put), putsBefore + 1);
    const QJsonObject raw = defaultRawConfig();
    EXPECT_EQ(raw.value(QLatin1String("admin_password")).toString(), options.phoneAdminPassword);
    EXPECT_EQ(raw.value(QLatin1String("user_password")).toString(), options.phoneUserPassword);
    EXPECT_EQ(raw.value(QLatin1String("admin_username")).toString(), QStringLiteral("admin"));
    EXPECT_EQ(raw.value(QLatin1String("user_username")).toString(), QStringLiteral("user"));

    const int before = mutations();
    const ProvisioningOutcome again = run(plan, options);
    ASSERT_TRUE(again.complete()) << describe(again).toStdString();
    EXPECT_EQ(again.count(ItemStatus::AlreadyThere), again.items.size()) << describe(again).toStdString();
    EXPECT_EQ(mutations(), before + 1) << "a second run changed something (its token request aside)";

    // Only the user password differs: that is enough to put the order's back.
    options.phoneUserPassword = QStringLiteral("Other-User-Pw-59");
    EXPECT_EQ(configItem(run(plan, options)).status, ItemStatus::Created);
    EXPECT_EQ(defaultRawConfig().value(QLatin1String("user_password")).toString(), options.phoneUserPassword);
    EXPECT_EQ(defaultRawConfig().value(QLatin1String("admin_password")).toString(), options.phoneAdminPassword);
}

// provd renders a phone's file from its default config when the phone is synchronized: phones
// attached and synchronized before the order's passwords reached the stack keep the stack's own
// until they are synchronized again, which the journal alone would never ask for.
TEST_F(PortalExecutor, PhonesAttachedBeforeTheirDefaultConfigChangedAreSynchronizedAgain)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto journal = JobLog::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.hasValue());
    ProvisioningExecutor::Options options = fastOptions();
    options.orderId = QStringLiteral("CMD-RESYNC");
    ASSERT_TRUE(run(plan, options, journal.value().get()).complete());
    const QString synchronize = QStringLiteral("GET /api/confd/1.1/devices/{}/synchronize");
    const int first = countOf(synchronize);
    EXPECT_EQ(first, 2);

    options.phoneAdminPassword = QStringLiteral("Order-Admin-Pw-31");
    options.phoneUserPassword = QStringLiteral("Order-User-Pw-47");
    ASSERT_TRUE(run(plan, options, journal.value().get()).complete());
    EXPECT_EQ(countOf(synchronize), first + 2) << "the phones kept the stack's own passwords";

    const ProvisioningOutcome again = run(plan, options, journal.value().get());
    ASSERT_TRUE(again.complete()) << describe(again).toStdString();
    EXPECT_EQ(again.count(ItemStatus::AlreadyThere), again.items.size()) << describe(again).toStdString();
    EXPECT_EQ(countOf(synchronize), first + 2) << "synchronized although nothing changed";
}

TEST_F(PortalExecutor, CancelledMidwayThenResumed)
{
    const Order order = executorOrder(10);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    int progressSeen = 0;
    const ProvisioningOutcome cancelled =
        run(plan, fastOptions(), nullptr, [&progressSeen](ProvisioningExecutor &executor) {
            QObject::connect(&executor, &ProvisioningExecutor::progress, &executor, [&progressSeen, &executor] {
                if (++progressSeen == 8) {
                    executor.cancel();
                }
            });
        });
    EXPECT_EQ(cancelled.stopped.kind, ErrorKind::Cancelled);
    EXPECT_FALSE(cancelled.complete());
    EXPECT_GT(cancelled.count(ItemStatus::Skipped), 0);

    const ProvisioningOutcome resumed = run(plan, fastOptions());
    ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
    EXPECT_GT(resumed.count(ItemStatus::AlreadyThere), 0);
    expectExactTarget(order);
}

TEST_F(PortalExecutor, AUserThatExistsButDiffersIsAConflictAndLeftAlone)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    Order first = order;
    first.stations = order.stations.mid(0, 1);
    ASSERT_TRUE(run(executorPlan(first), fastOptions()).complete());

    // Somebody made agent2 by hand, without any line.
    SimClient c(m_sim->baseUrl(), m_sim->certificate());
    ASSERT_EQ(c.login().status, 200);
    for (const QJsonValue &t : simState().value(QLatin1String("tenants")).toArray()) {
        if (t.toObject().value(QLatin1String("slug")).toString() == QLatin1String("client")) {
            c.tenant = t.toObject().value(QLatin1String("uuid")).toString();
        }
    }
    ASSERT_EQ(c.call("POST", QStringLiteral("/api/confd/1.1/users"),
                   QJsonObject { { QStringLiteral("firstname"), QStringLiteral("Agent") },
                       { QStringLiteral("email"), QStringLiteral("agent2@client.example") } })
                  .status,
        201);
    const int posts = countOf(QStringLiteral("POST /api/confd/1.1/users"));

    const ProvisioningOutcome outcome = run(executorPlan(order), fastOptions());
    EXPECT_FALSE(outcome.complete());
    for (const ProvisioningItem &item : outcome.items) {
        if (item.key == QLatin1String("user:agent2@client.example")) {
            EXPECT_EQ(item.status, ItemStatus::Conflict);
            EXPECT_TRUE(item.message.contains(QLatin1String("differs"))) << item.message.toStdString();
            EXPECT_TRUE(item.message.contains(QLatin1String("Row 3"))) << item.message.toStdString();
        } else if (item.kind == ProvisioningResource::Kind::DeviceAttach && item.row == 3) {
            EXPECT_EQ(item.status, ItemStatus::Skipped) << item.key.toStdString(); // no line to attach to
        } else if (item.row == 3) {
            EXPECT_EQ(item.status, ItemStatus::Created) << item.key.toStdString(); // its phone, claimed
        } else {
            EXPECT_EQ(item.status, ItemStatus::AlreadyThere) << item.key.toStdString();
        }
    }
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/users")), posts) << "the conflict was sent anyway";
}

TEST_F(PortalExecutor, RequestsAppliedThenDroppedAreFoundNotDuplicated)
{
    const Order order = executorOrder(10);
    bootPhones(order);
    Order first = order;
    first.stations = order.stations.mid(0, 1);
    ASSERT_TRUE(run(executorPlan(first), fastOptions()).complete());

    // From now on one request in five is applied, then its connection reset unanswered: Qt sends
    // it again on its own, so the stack answers "already used" or "not found" to the copy.
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_after_apply_rate"), 0.2 }, { QStringLiteral("seed"), 11 } })
                  .status,
        200);
    ProvisioningExecutor::Options options = fastOptions();
    options.retry.maxAttempts = 10;
    const ProvisioningOutcome outcome = run(executorPlan(order), options);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    expectExactTarget(order);
}

// The window bounds every request the executor makes: the reconcile's list reads, the lookups after
// an ambiguous failure, and the graph itself. Checked on the server, which counts the requests it
// is serving at once.
TEST_F(PortalExecutor, TheWindowIsNeverExceeded)
{
    const Order order = executorOrder(10);
    const ProvisioningPlan plan = executorPlan(order);
    ProvisioningExecutor::Options options = fastOptions();
    options.window = 3;
    options.retry.maxAttempts = 10;
    const auto maxConcurrent = [this] {
        return simState().value(QLatin1String("requests")).toObject().value(QLatin1String("max_concurrent")).toInt();
    };
    const auto slow = [this] {
        ASSERT_EQ(control(QStringLiteral("/_sim/latency"), QJsonObject { { QStringLiteral("ms"), 20 } }).status, 200);
    };
    bootPhones(order);
    slow();
    ASSERT_TRUE(run(plan, options).complete());
    EXPECT_LE(maxConcurrent(), 3) << "first run";
    EXPECT_GE(maxConcurrent(), 2) << "the run used no concurrency at all";

    // Everything exists: the reconcile reads a dozen lists, all of them tenant-scoped at once.
    const ProvisioningOutcome again = run(plan, options);
    EXPECT_EQ(again.count(ItemStatus::AlreadyThere), again.items.size());
    EXPECT_LE(maxConcurrent(), 3) << "second run";

    // Applied then dropped: each ambiguous create is looked up (three lists) before anything else.
    ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
    bootPhones(order);
    slow();
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("drop_after_apply_rate"), 0.2 }, { QStringLiteral("seed"), 5 } })
                  .status,
        200);
    const ProvisioningOutcome outcome = run(plan, options);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    EXPECT_LE(maxConcurrent(), 3) << "run with lookups";
    expectExactTarget(order);
}

// The plan's own graph (no compound users): a station whose user is refused leaves nothing of
// itself on the stack, no SIP endpoint without its line, no line without its user.
TEST_F(PortalExecutor, ARefusedUserLeavesNoOrphanInTheGraph)
{
    Order order = executorOrder(3);
    order.stations[1].email = QStringLiteral("agent2@invalid"); // confd: "Not a valid email address."
    bootPhones(order);
    ProvisioningExecutor::Options options = fastOptions();
    options.bundleStations = false;
    const ProvisioningOutcome outcome = run(executorPlan(order), options);
    EXPECT_FALSE(outcome.complete());
    bool reported = false;
    for (const ProvisioningItem &item : outcome.items) {
        if (item.key == QLatin1String("user:agent2@invalid")) {
            reported = item.status == ProvisioningItem::Status::Failed && item.row == 3;
        }
    }
    EXPECT_TRUE(reported) << describe(outcome).toStdString();

    const QJsonObject state = simState();
    QSet<QString> endpoints;
    for (const QJsonValue &e : state.value(QLatin1String("endpoints_sip")).toArray()) {
        endpoints.insert(e.toObject().value(QLatin1String("name")).toString());
    }
    EXPECT_FALSE(endpoints.contains(QStringLiteral("client-1001"))) << "orphan SIP endpoint of the refused station";
    EXPECT_TRUE(endpoints.contains(QStringLiteral("client-1002")));
    const QJsonObject assoc = state.value(QLatin1String("associations")).toObject();
    const qsizetype lines = state.value(QLatin1String("lines")).toArray().size();
    EXPECT_EQ(assoc.value(QLatin1String("user_line")).toArray().size(), lines) << "a line without its user";
    EXPECT_EQ(assoc.value(QLatin1String("line_endpoint_sip")).toArray().size(), lines) << "a line without endpoint";
    int orderEndpoints = 0;
    for (const QString &name : std::as_const(endpoints)) {
        orderEndpoints += name.startsWith(QLatin1String("client-")) ? 1 : 0;
    }
    EXPECT_EQ(orderEndpoints, lines) << "a SIP endpoint on no line";
}

// A resume trusts the stack, not the journal: what the journal says was made but is gone from the
// stack (a phone detached by hand after the crash) is made again.
TEST_F(PortalExecutor, AResumeRereadsTheStackNotTheJournal)
{
    const Order order = executorOrder(3);
    const ProvisioningPlan plan = executorPlan(order);
    bootPhones(order);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto journal = JobLog::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.hasValue()) << journal.error().detail.toStdString();
    ProvisioningExecutor::Options options = fastOptions();
    options.orderId = QStringLiteral("RESYNC");
    ASSERT_TRUE(run(plan, options, journal.value().get()).complete());

    // Someone detaches the first station's phone on the stack.
    const QJsonObject state = simState();
    const QJsonObject pair = state.value(QLatin1String("associations"))
                                 .toObject()
                                 .value(QLatin1String("line_device"))
                                 .toArray()
                                 .first()
                                 .toObject();
    const int line = pair.value(QLatin1String("line_id")).toInt();
    const QString device = pair.value(QLatin1String("device_id")).toString();
    ASSERT_GT(line, 0);
    SimClient admin(m_sim->baseUrl(), m_sim->certificate());
    ASSERT_EQ(admin.login().status, 200);
    for (const QJsonValue &t : state.value(QLatin1String("tenants")).toArray()) {
        if (t.toObject().value(QLatin1String("slug")).toString() == QLatin1String("client")) {
            admin.tenant = t.toObject().value(QLatin1String("uuid")).toString();
        }
    }
    ASSERT_EQ(
        admin.call("DELETE", QStringLiteral("/api/confd/1.1/lines/%1/devices/%2").arg(line).arg(device)).status, 204);

    const ProvisioningOutcome resumed = run(plan, options, journal.value().get());
    ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
    EXPECT_EQ(resumed.count(ItemStatus::Created), 1) << describe(resumed).toStdString();
    expectExactTarget(order);
}

TEST_F(PortalExecutor, StationsWithoutEmailOrDidAreFoundByNameOnTheSecondRun)
{
    // Meeting rooms and workshops: no e-mail and a number still to be assigned, so the name and
    // the extension are all that identify them on the stack.
    Order order = executorOrder(4);
    order.stations[1].email.clear();
    order.stations[1].name = QStringLiteral("Salle de réunion");
    order.stations[1].dids.clear();
    order.stations[2].email.clear();
    order.stations[2].name = QStringLiteral("Atelier");
    order.stations[2].dids.clear();
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    const ProvisioningOutcome first = run(plan, fastOptions());
    ASSERT_TRUE(first.complete()) << describe(first).toStdString();

    const ProvisioningOutcome second = run(plan, fastOptions());
    ASSERT_TRUE(second.complete()) << describe(second).toStdString();
    EXPECT_EQ(second.count(ItemStatus::Conflict), 0) << describe(second).toStdString();
    EXPECT_EQ(second.count(ItemStatus::AlreadyThere), second.items.size()) << describe(second).toStdString();
}

// A crash between a phone's attach and its synchronize: the phone sits on its line with its old
// configuration. confd does not say whether a phone was synchronized, the journal does: the resume
// synchronizes what it never saw synchronized, and a later run leaves synchronized phones alone.
TEST_F(PortalExecutor, APhoneAttachedBeforeACrashIsSynchronizedOnResume)
{
    const Order order = executorOrder(3);
    const ProvisioningPlan plan = executorPlan(order);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto journal = JobLog::open(dir.filePath(QStringLiteral("journal.sqlite")));
    ASSERT_TRUE(journal.hasValue()) << journal.error().detail.toStdString();
    const QString synchronize = QStringLiteral("/api/confd/1.1/devices/{}/synchronize");
    const auto synchronized = [this] {
        int count = 0;
        for (const QJsonValue &d : simState().value(QLatin1String("devices")).toArray()) {
            count += d.toObject().value(QLatin1String("synchronized")).toInt() > 0 ? 1 : 0;
        }
        return count;
    };

    // Attached by the user's compound POST, or by its own PUT in the plan's own graph.
    for (const bool bundle : { true, false }) {
        SCOPED_TRACE(bundle ? "compound users" : "the plan's own graph");
        ASSERT_EQ(control(QStringLiteral("/_sim/reset")).status, 204);
        bootPhones(order);
        // The stack fails every synchronize: the run stops right after the attachments.
        ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                      QJsonObject { { QStringLiteral("fail_request"),
                          QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
                              { QStringLiteral("path"), synchronize }, { QStringLiteral("count"), 100 },
                              { QStringLiteral("status"), 503 } } } })
                      .status,
            200);
        ProvisioningExecutor::Options options = fastOptions();
        options.bundleStations = bundle;
        options.retry.maxAttempts = 1;
        options.orderId = bundle ? QStringLiteral("SYNC-COMPOUND") : QStringLiteral("SYNC-GRAPH");
        const ProvisioningOutcome crashed = run(plan, options, journal.value().get());
        EXPECT_FALSE(crashed.complete());
        EXPECT_EQ(simState()
                      .value(QLatin1String("associations"))
                      .toObject()
                      .value(QLatin1String("line_device"))
                      .toArray()
                      .size(),
            3);
        EXPECT_EQ(synchronized(), 0);
        ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);

        ProvisioningExecutor::Options resume = fastOptions();
        resume.bundleStations = bundle;
        resume.orderId = options.orderId;
        const ProvisioningOutcome resumed = run(plan, resume, journal.value().get());
        ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
        EXPECT_EQ(synchronized(), 3);
        expectExactTarget(order);

        const int synchronizations = countOf(QStringLiteral("GET ") + synchronize);
        const ProvisioningOutcome again = run(plan, resume, journal.value().get());
        ASSERT_TRUE(again.complete()) << describe(again).toStdString();
        EXPECT_EQ(countOf(QStringLiteral("GET ") + synchronize), synchronizations) << "synchronized phones again";
    }
}

// Without its default config a phone must not be attached (attaching writes its provd config from
// that template), but the station's user, lines and numbers need no phone: when the config fails,
// the users whose compound POST was to carry the phone are created without it, the attachments
// are skipped with the reason, and a resume attaches and synchronizes the phones.
TEST_F(PortalExecutor, AFailedDefaultConfigSkipsThePhonesNotTheirStations)
{
    const Order order = executorOrder(3);
    const ProvisioningPlan plan = executorPlan(order);
    bootPhones(order);
    ASSERT_EQ(control(QStringLiteral("/_sim/faults"),
                  QJsonObject { { QStringLiteral("fail_request"),
                      QJsonObject { { QStringLiteral("method"), QStringLiteral("PUT") },
                          { QStringLiteral("path"), QStringLiteral("/api/provd/0.2/cfg_mgr/configs/{}") },
                          { QStringLiteral("count"), 100 }, { QStringLiteral("status"), 400 } } } })
                  .status,
        200);
    const ProvisioningOutcome failed = run(plan, fastOptions());
    EXPECT_FALSE(failed.complete());
    int attachmentsSkipped = 0;
    for (const ProvisioningItem &item : failed.items) {
        if (item.kind == ProvisioningResource::Kind::DefaultDeviceConfig) {
            EXPECT_EQ(item.status, ItemStatus::Failed);
        } else if (item.kind == ProvisioningResource::Kind::DeviceAttach) {
            attachmentsSkipped +=
                item.status == ItemStatus::Skipped && item.message.contains(QLatin1String("default-device-config")) ? 1
                                                                                                                    : 0;
        } else if (item.kind != ProvisioningResource::Kind::Device) {
            EXPECT_TRUE(item.status == ItemStatus::Created || item.status == ItemStatus::AlreadyThere)
                << item.key.toStdString() << ": " << item.message.toStdString();
        }
    }
    EXPECT_EQ(attachmentsSkipped, 3) << describe(failed).toStdString();
    const QJsonObject state = simState();
    EXPECT_EQ(state.value(QLatin1String("users")).toArray().size(), 3);
    EXPECT_TRUE(
        state.value(QLatin1String("associations")).toObject().value(QLatin1String("line_device")).toArray().isEmpty())
        << "a phone was attached without its default config";

    ASSERT_EQ(control(QStringLiteral("/_sim/faults"), QJsonObject {}).status, 200);
    const ProvisioningOutcome resumed = run(plan, fastOptions());
    ASSERT_TRUE(resumed.complete()) << describe(resumed).toStdString();
    expectExactTarget(order);
}

TEST_F(PortalExecutor, APhonebookAccessMadeMeanwhileIsFoundAfterConfdRefusesTheDuplicate)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    const QString key = QStringLiteral("access-feature:phonebook@10.0.0.0/24");
    ASSERT_NE(plan.find(key), nullptr);

    // Someone adds the same access on the stack after the executor read it: the POST is refused
    // with "already exists" and the look-up that follows finds the one there.
    const ProvisioningOutcome outcome = run(plan, fastOptions(), nullptr, [this](ProvisioningExecutor &) {
        SimClient admin(m_sim->baseUrl(), m_sim->certificate());
        ASSERT_EQ(admin.login().status, 200);
        const SimReply made = admin.call("POST", QStringLiteral("/api/confd/1.1/access_features"),
            QJsonObject { { QStringLiteral("host"), QStringLiteral("10.0.0.0/24") },
                { QStringLiteral("feature"), QStringLiteral("phonebook") }, { QStringLiteral("enabled"), true } });
        ASSERT_EQ(made.status, 201);
    });
    ASSERT_TRUE(outcome.complete()) << describe(outcome).toStdString();
    EXPECT_EQ(countOf(QStringLiteral("POST /api/confd/1.1/access_features")), 2) << "the bench's, then the refused one";
    expectExactTarget(order); // exactly one access feature
}

TEST_F(PortalExecutor, AStaleProvisioningHostIsReplacedADisabledPhonebookAccessIsAConflict)
{
    const Order order = executorOrder(2);
    bootPhones(order);
    SimClient admin(m_sim->baseUrl(), m_sim->certificate());
    ASSERT_EQ(admin.login().status, 200);
    ASSERT_EQ(admin
                  .call("PUT", QStringLiteral("/api/confd/1.1/provisioning/networking"),
                      QJsonObject { { QStringLiteral("provision_host"), QStringLiteral("192.168.1.250") } })
                  .status,
        204);
    ASSERT_EQ(
        admin
            .call("POST", QStringLiteral("/api/confd/1.1/access_features"),
                QJsonObject { { QStringLiteral("host"), QStringLiteral("10.0.0.0/24") },
                    { QStringLiteral("feature"), QStringLiteral("phonebook") }, { QStringLiteral("enabled"), false } })
            .status,
        201);

    const ProvisioningOutcome outcome = run(executorPlan(order), fastOptions());
    EXPECT_FALSE(outcome.complete());
    int conflicts = 0;
    for (const ProvisioningItem &item : outcome.items) {
        if (item.key == QLatin1String("provisioning-networking:stack")) {
            EXPECT_EQ(item.status, ItemStatus::Created);
        }
        if (item.status == ItemStatus::Conflict) {
            ++conflicts;
            EXPECT_EQ(item.key, QStringLiteral("access-feature:phonebook@10.0.0.0/24"));
            EXPECT_TRUE(item.message.contains(QLatin1String("disabled"))) << item.message.toStdString();
        }
    }
    EXPECT_EQ(conflicts, 1) << describe(outcome).toStdString();
    const QJsonObject state = simState();
    EXPECT_EQ(state.value(QLatin1String("provisioning_networking"))
                  .toObject()
                  .value(QLatin1String("provision_host"))
                  .toString(),
        QStringLiteral("10.0.0.2"));
    const QJsonArray features = state.value(QLatin1String("access_features")).toArray();
    ASSERT_EQ(features.size(), 1);
    EXPECT_FALSE(features.first().toObject().value(QLatin1String("enabled")).toBool()) << "left as the stack had it";
}

TEST_F(PortalExecutor, TheStunServerAndIceAreMergedIntoTheStacksRtpSettings)
{
    Order order = executorOrder(2);
    order.stack.stunServer = QStringLiteral("stun.acme.example:3478");
    order.stack.ice = true;
    bootPhones(order);
    const ProvisioningPlan plan = executorPlan(order);
    ASSERT_NE(plan.find(QStringLiteral("rtp-general:stack")), nullptr);

    const ProvisioningOutcome first = run(plan, fastOptions());
    ASSERT_TRUE(first.complete()) << describe(first).toStdString();
    // confd's PUT replaces the whole map: the stack's own RTP port range must survive it.
    const QJsonObject options =
        simState().value(QLatin1String("rtp_general")).toObject().value(QLatin1String("options")).toObject();
    EXPECT_EQ(options.value(QLatin1String("stunaddr")).toString(), QStringLiteral("stun.acme.example:3478"));
    EXPECT_EQ(options.value(QLatin1String("icesupport")).toString(), QStringLiteral("yes"));
    EXPECT_EQ(options.value(QLatin1String("rtpstart")).toString(), QStringLiteral("10000"));
    EXPECT_EQ(options.value(QLatin1String("rtpend")).toString(), QStringLiteral("20000"));
    EXPECT_EQ(countOf(QStringLiteral("PUT /api/confd/1.1/asterisk/rtp/general")), 1);

    const ProvisioningOutcome second = run(plan, fastOptions());
    ASSERT_TRUE(second.complete()) << describe(second).toStdString();
    EXPECT_EQ(second.count(ItemStatus::Created), 0);
    EXPECT_EQ(countOf(QStringLiteral("PUT /api/confd/1.1/asterisk/rtp/general")), 1) << "sent again on the second run";

    // Another STUN server on the stack is replaced by the order's, the rest still kept.
    SimClient admin(m_sim->baseUrl(), m_sim->certificate());
    ASSERT_EQ(admin.login().status, 200);
    ASSERT_EQ(admin
                  .call("PUT", QStringLiteral("/api/confd/1.1/asterisk/rtp/general"),
                      QJsonObject { { QStringLiteral("options"),
                          QJsonObject { { QStringLiteral("rtpstart"), QStringLiteral("12000") },
                              { QStringLiteral("stunaddr"), QStringLiteral("old-stun.example") } } } })
                  .status,
        204);
    const ProvisioningOutcome third = run(plan, fastOptions());
    ASSERT_TRUE(third.complete()) << describe(third).toStdString();
    const QJsonObject replaced =
        simState().value(QLatin1String("rtp_general")).toObject().value(QLatin1String("options")).toObject();
    EXPECT_EQ(replaced,
        (QJsonObject { { QStringLiteral("rtpstart"), QStringLiteral("12000") },
            { QStringLiteral("stunaddr"), QStringLiteral("stun.acme.example:3478") },
            { QStringLiteral("icesupport"), QStringLiteral("yes") } }));
}
