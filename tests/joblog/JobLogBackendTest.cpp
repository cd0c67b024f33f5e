// SPDX-License-Identifier: GPL-3.0-or-later
// The job log's behaviour, run identically on SQLite and on a real PostgreSQL server.
#include "JoblogTestSupport.h"
#include "TestSupport.h"
#include "joblog/JobLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace Staging;
using namespace Staging::Test;

namespace {

constexpr qint64 T0 = 1'700'000'000'000; // 2023-11-14T22:13:20Z

Order sampleOrder(const QString &id, const QString &customer)
{
    Order order;
    order.orderId = id;
    order.customerName = customer;
    order.customerId = QStringLiteral("73282932000074");
    order.mode = DeploymentMode::OnCloud;
    order.range = ExtensionRange { 200, 299 };
    Station station;
    station.row = 2;
    station.site = QStringLiteral("Marseille");
    station.name = QStringLiteral("Jean Dupont");
    station.profile = Profile::UnifiedCommunication;
    station.modelId = QStringLiteral("yealink-t54w");
    station.hardwareText = QStringLiteral("YEALINK T54W + extension");
    station.expansionModule = true;
    station.extension = QStringLiteral("201");
    station.dids = { QStringLiteral("0491230000"), QStringLiteral("0491230001") };
    station.email = QStringLiteral("jean.dupont@example.org");
    station.mac = QStringLiteral("80:5e:c0:2a:00:01");
    station.extra.insert(QStringLiteral("Service"), QStringLiteral("Compta"));
    order.stations = { station, station };
    order.stations[1].name = QStringLiteral("POSTE 3 – accueil");
    order.stations[1].mac.clear();
    return order;
}

JobEvent makeEvent(const QString &order, const QString &step, const QString &action, qint64 startMs,
    JobResult result = JobResult::Ok, const QString &technician = QStringLiteral("Camille"),
    const QString &bench = QStringLiteral("banc-2"))
{
    JobEvent e;
    e.orderId = order;
    e.step = step;
    e.action = action;
    e.target = QStringLiteral("user:8001");
    e.technician = technician;
    e.bench = bench;
    e.started = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    e.finished = e.started.addMSecs(250);
    e.result = result;
    e.detail = QJsonObject { { QStringLiteral("n"), 1 } };
    return e;
}

QList<qint64> ids(const QList<JobEvent> &events)
{
    QList<qint64> out;
    for (const JobEvent &e : events) {
        out.append(e.id);
    }
    return out;
}

QStringList actions(const QList<JobEvent> &events)
{
    QStringList out;
    for (const JobEvent &e : events) {
        out.append(e.action);
    }
    return out;
}

} // namespace

class JoblogBackend : public JoblogBackendFixture
{
};

INSTANTIATE_TEST_SUITE_P(, JoblogBackend, ::testing::Values(Backend::Sqlite, Backend::Postgres), backendName);

TEST_P(JoblogBackend, OpensAtTheCurrentSchemaVersionAndReopens)
{
    {
        auto log = openLog();
        ASSERT_TRUE(log);
        EXPECT_EQ(log->schemaVersion(), JobLog::SchemaVersion);
        EXPECT_EQ(log->isPostgres(), postgres());
        ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-1"), QStringLiteral("A")), {}, {}));
    }
    auto again = openLog();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->schemaVersion(), JobLog::SchemaVersion);
    const auto orders = again->orders();
    ASSERT_TRUE(orders);
    EXPECT_EQ(orders->size(), 1);
    RawConnection raw(location());
    ASSERT_TRUE(raw.isOpen()) << raw.openError().toStdString();
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")).toInt(), JobLog::SchemaVersion);
}

TEST_P(JoblogBackend, OrderRoundTrip)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    const Order order = sampleOrder(QStringLiteral("CMD-1001"), QStringLiteral("Boulangerie Lemaître"));
    const auto saved = log->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2"));
    ASSERT_TRUE(saved) << saved.error().message.toStdString();
    const auto loaded = log->loadOrder(QStringLiteral("CMD-1001"));
    ASSERT_TRUE(loaded) << loaded.error().message.toStdString();
    EXPECT_EQ(*loaded, order);

    const auto missing = log->loadOrder(QStringLiteral("CMD-404"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::InvalidInput);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("CMD-404"))) << missing.error().message.toStdString();
}

TEST_P(JoblogBackend, SavingAnOrderAgainReplacesItsDocument)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    Order order = sampleOrder(QStringLiteral("CMD-1001"), QStringLiteral("Boulangerie Lemaître"));
    ASSERT_TRUE(log->saveOrder(order, QStringLiteral("Camille"), QStringLiteral("banc-2")));
    const auto first = log->orders();
    ASSERT_TRUE(first);
    ASSERT_EQ(first->size(), 1);

    order.customerName = QStringLiteral("Boulangerie Lemaître & Fils");
    order.stations.removeLast();
    order.mode = DeploymentMode::OnPremise;
    ASSERT_TRUE(log->saveOrder(order, QStringLiteral("Yanis"), QStringLiteral("banc-1")));
    const auto loaded = log->loadOrder(QStringLiteral("CMD-1001"));
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, order);

    const auto summaries = log->orders();
    ASSERT_TRUE(summaries);
    ASSERT_EQ(summaries->size(), 1);
    const OrderSummary &s = summaries->first();
    EXPECT_EQ(s.customerName, order.customerName);
    EXPECT_EQ(s.stationCount, 1);
    EXPECT_EQ(s.mode, QStringLiteral("on-premise"));
    EXPECT_EQ(s.technician, QStringLiteral("Yanis"));
    EXPECT_EQ(s.bench, QStringLiteral("banc-1"));
    EXPECT_EQ(s.created, first->first().created); // the first save is when it was created
    EXPECT_GE(s.updated, s.created);
}

TEST_P(JoblogBackend, OrderSummariesCarryTheLastStepAndLatestActivity)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-1"), QStringLiteral("Alpha")), QStringLiteral("Camille"),
        QStringLiteral("banc-2")));
    ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-2"), QStringLiteral("Beta")), QStringLiteral("Yanis"),
        QStringLiteral("banc-1")));
    // Events dated after the saves: the summary's "updated" follows the latest activity.
    const qint64 later = QDateTime::currentMSecsSinceEpoch() + 3'600'000;
    ASSERT_TRUE(log->append(makeEvent(QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("a"), later)));
    ASSERT_TRUE(log->append(makeEvent(QStringLiteral("CMD-2"), QStringLiteral("intake"), QStringLiteral("b"), later)));
    // The steps done come from step-done events that succeeded, whatever their position.
    ASSERT_TRUE(
        log->append(makeEvent(QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("step-done"), later)));
    JobEvent failedDone =
        makeEvent(QStringLiteral("CMD-2"), QStringLiteral("intake"), QStringLiteral("step-done"), later);
    failedDone.result = JobResult::Failed;
    ASSERT_TRUE(log->append(failedDone));
    ASSERT_TRUE(log->append(makeEvent(QStringLiteral("CMD-2"), QStringLiteral("intake"), QStringLiteral("b"), later)));
    JobEvent open = makeEvent(QStringLiteral("CMD-1"), QStringLiteral("portal"), QStringLiteral("c"), later + 1000);
    open.finished = QDateTime();
    open.result = JobResult::Intent;
    ASSERT_TRUE(log->append(open));
    ASSERT_TRUE(log->append(makeEvent(QStringLiteral("CMD-3"), QStringLiteral("labels"), QStringLiteral("d"), later)));

    const auto summaries = log->orders();
    ASSERT_TRUE(summaries) << summaries.error().message.toStdString();
    ASSERT_EQ(summaries->size(), 2); // CMD-3 has events but was never saved
    const OrderSummary &one = summaries->at(0);
    const OrderSummary &two = summaries->at(1);
    EXPECT_EQ(one.orderId, QStringLiteral("CMD-1")); // most recently active first
    EXPECT_EQ(one.lastStep, QStringLiteral("portal"));
    EXPECT_EQ(one.stepsDone, QStringList { QStringLiteral("intake") });
    EXPECT_EQ(one.updated.toMSecsSinceEpoch(), later + 1000);
    EXPECT_EQ(one.customerName, QStringLiteral("Alpha"));
    EXPECT_EQ(one.customerId, QStringLiteral("73282932000074"));
    EXPECT_EQ(one.mode, QStringLiteral("on-cloud"));
    EXPECT_EQ(one.stationCount, 2);
    EXPECT_EQ(one.technician, QStringLiteral("Camille"));
    EXPECT_EQ(two.orderId, QStringLiteral("CMD-2"));
    EXPECT_EQ(two.lastStep, QStringLiteral("intake"));
    EXPECT_TRUE(two.stepsDone.isEmpty());
    EXPECT_EQ(two.updated.toMSecsSinceEpoch(), later + 250); // its event's end
    EXPECT_EQ(two.created.timeSpec(), Qt::UTC);

    ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-4"), QStringLiteral("Gamma")), {}, {}));
    const auto withNew = log->orders();
    ASSERT_TRUE(withNew);
    const auto it = std::find_if(
        withNew->cbegin(), withNew->cend(), [](const OrderSummary &s) { return s.orderId == QLatin1String("CMD-4"); });
    ASSERT_NE(it, withNew->cend());
    EXPECT_TRUE(it->lastStep.isEmpty());
}

TEST_P(JoblogBackend, AppendedEventsComeBackOldestFirstWithEveryField)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    JobEvent first = makeEvent(QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("plan-imported"), T0);
    first.detail =
        QJsonObject { { QStringLiteral("rows"), 12 }, { QStringLiteral("file"), QStringLiteral("plan é.xlsx") },
            { QStringLiteral("list"), QJsonArray { 1, QStringLiteral("two") } } };
    JobEvent other =
        makeEvent(QStringLiteral("CMD-2"), QStringLiteral("intake"), QStringLiteral("plan-imported"), T0 + 5);
    JobEvent intent =
        makeEvent(QStringLiteral("CMD-1"), QStringLiteral("portal"), QStringLiteral("create-user"), T0 + 10);
    intent.finished = QDateTime();
    intent.result = JobResult::Intent;
    intent.target = QStringLiteral("user:8001");
    // Written out of time order: the history is in the order things were recorded.
    JobEvent last = makeEvent(QStringLiteral("CMD-1"), QStringLiteral("portal"), QStringLiteral("create-user"), T0 + 9);
    last.technician.clear();
    last.detail = {};

    QList<qint64> written;
    for (const JobEvent &e : { first, other, intent, last }) {
        const auto id = log->append(e);
        ASSERT_TRUE(id) << id.error().message.toStdString() << id.error().detail.toStdString();
        written.append(*id);
    }
    EXPECT_TRUE(std::is_sorted(written.cbegin(), written.cend()));
    EXPECT_EQ(QSet<qint64>(written.cbegin(), written.cend()).size(), 4);

    const auto history = log->history(QStringLiteral("CMD-1"));
    ASSERT_TRUE(history) << history.error().message.toStdString();
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(ids(*history), (QList<qint64> { written[0], written[2], written[3] }));
    const JobEvent &h = history->at(0);
    EXPECT_EQ(h.orderId, first.orderId);
    EXPECT_EQ(h.step, first.step);
    EXPECT_EQ(h.action, first.action);
    EXPECT_EQ(h.target, first.target);
    EXPECT_EQ(h.technician, first.technician);
    EXPECT_EQ(h.bench, first.bench);
    EXPECT_EQ(h.started, first.started);
    EXPECT_EQ(h.started.timeSpec(), Qt::UTC);
    EXPECT_EQ(h.finished, first.finished);
    EXPECT_EQ(h.durationMs(), 250);
    EXPECT_EQ(h.result, first.result);
    EXPECT_EQ(h.detail, first.detail);
    EXPECT_FALSE(history->at(1).finished.isValid());
    EXPECT_EQ(history->at(1).durationMs(), -1);
    EXPECT_EQ(history->at(1).result, JobResult::Intent);
    EXPECT_TRUE(history->at(2).technician.isEmpty());
    EXPECT_TRUE(history->at(2).detail.isEmpty());

    const auto none = log->history(QStringLiteral("CMD-404"));
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(JoblogBackend, AppendBatchIsAllOrNothing)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    ASSERT_TRUE(
        log->append(makeEvent(QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("before"), T0)));

    for (const QString &badId : { QString(), QStringLiteral("") }) {
        QList<JobEvent> batch;
        for (int i = 0; i < 20; ++i) {
            batch.append(
                makeEvent(QStringLiteral("CMD-1"), QStringLiteral("phones"), QStringLiteral("provision"), T0 + i));
        }
        batch[13].orderId = badId; // the database refuses an event that belongs to no order
        const auto status = log->appendBatch(batch);
        ASSERT_FALSE(status);
        EXPECT_EQ(status.error().kind, ErrorKind::Database);
        EXPECT_TRUE(status.error().message.contains(log->location())) << status.error().message.toStdString();
        EXPECT_FALSE(status.error().detail.isEmpty());
    }
    const auto after = log->query({});
    ASSERT_TRUE(after);
    EXPECT_EQ(actions(*after), QStringList { QStringLiteral("before") });

    // The log is still usable after a failed batch, and a good batch lands whole.
    QList<JobEvent> good;
    for (int i = 0; i < 500; ++i) {
        good.append(makeEvent(
            QStringLiteral("CMD-%1").arg(i % 7), QStringLiteral("phones"), QStringLiteral("provision"), T0 + i));
    }
    const auto status = log->appendBatch(good);
    ASSERT_TRUE(status) << status.error().message.toStdString() << status.error().detail.toStdString();
    HistoryFilter all;
    all.limit = 0;
    const auto everything = log->query(all);
    ASSERT_TRUE(everything);
    EXPECT_EQ(everything->size(), 501);
    EXPECT_TRUE(log->appendBatch({}));
}

TEST_P(JoblogBackend, TheDatabaseRefusesToChangeOrDeleteEvents)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    ASSERT_TRUE(log->append(makeEvent(
        QStringLiteral("CMD-1"), QStringLiteral("portal"), QStringLiteral("create-user"), T0, JobResult::Failed)));
    ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-1"), QStringLiteral("Alpha")), {}, {}));

    RawConnection raw(location());
    ASSERT_TRUE(raw.isOpen()) << raw.openError().toStdString();
    QString error;
    EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE events SET result = 'ok'"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("append-only"))) << error.toStdString();
    error.clear();
    EXPECT_FALSE(raw.exec(QStringLiteral("DELETE FROM events"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("append-only"))) << error.toStdString();
    if (raw.isPostgres()) {
        error.clear();
        EXPECT_FALSE(raw.exec(QStringLiteral("TRUNCATE events"), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("append-only"))) << error.toStdString();
    }
    // Orders are documents that get saved again: those may change.
    EXPECT_TRUE(raw.exec(QStringLiteral("UPDATE orders SET bench = 'banc-9'"), &error)) << error.toStdString();

    const auto history = log->history(QStringLiteral("CMD-1"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().result, JobResult::Failed);
}

TEST_P(JoblogBackend, ADatabaseFromANewerWorkbenchIsRefused)
{
    {
        auto log = openLog();
        ASSERT_TRUE(log);
    }
    {
        RawConnection raw(location());
        ASSERT_TRUE(raw.isOpen()) << raw.openError().toStdString();
        QString error;
        ASSERT_TRUE(
            raw.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_ms) VALUES (99, 0)"), &error))
            << error.toStdString();
    }
    const auto refused = JobLog::open(location());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, ErrorKind::Unsupported);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("99"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("newer"))) << refused.error().message.toStdString();
}

TEST_P(JoblogBackend, SecretsNeverReachTheDatabase)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    log->addSecret(QStringLiteral("Known-Portal-Secret-7731"));
    ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-1"), QStringLiteral("Alpha")), {}, {}));

    JobEvent e = makeEvent(QStringLiteral("CMD-1"), QStringLiteral("portal"), QStringLiteral("login"), T0);
    e.target = QStringLiteral("https://admin:Known-Portal-Secret-7731@pbx.example.org/");
    e.action = QStringLiteral("login");
    e.detail = QJsonObject {
        { QStringLiteral("password"), QStringLiteral("Planted-Password-1934") },
        { QStringLiteral("note"), QStringLiteral("said Known-Portal-Secret-7731 aloud; Visible-Marker-5521") },
        { QStringLiteral("request"),
            QJsonObject { { QStringLiteral("headers"),
                QJsonObject { { QStringLiteral("Authorization"), QStringLiteral("Bearer Planted-Bearer-8812") } } } } },
        { QStringLiteral("users"),
            QJsonArray { QJsonObject { { QStringLiteral("api_key"), QStringLiteral("Planted-ApiKey-4410") } },
                QStringLiteral("Known-Portal-Secret-7731") } },
    };
    ASSERT_TRUE(log->append(e));
    JobEvent batched = e;
    batched.detail = QJsonObject { { QStringLiteral("sessionToken"), QStringLiteral("Planted-Token-3307") } };
    ASSERT_TRUE(log->appendBatch({ batched }));

    const auto history = log->history(QStringLiteral("CMD-1"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2);
    const JobEvent &stored = history->first();
    EXPECT_EQ(stored.detail.value(QLatin1String("password")).toString(), QStringLiteral("***"));
    EXPECT_EQ(
        stored.detail.value(QLatin1String("note")).toString(), QStringLiteral("said *** aloud; Visible-Marker-5521"));
    EXPECT_EQ(stored.target, QStringLiteral("https://admin:***@pbx.example.org/"));
    EXPECT_EQ(stored.action, QStringLiteral("login"));

    // The search works (the harmless marker is found), and finds none of the secrets.
    EXPECT_TRUE(storageContains("Visible-Marker-5521"));
    for (const char *secret : { "Known-Portal-Secret-7731", "Planted-Password-1934", "Planted-Bearer-8812",
             "Planted-ApiKey-4410", "Planted-Token-3307" }) {
        EXPECT_FALSE(storageContains(secret)) << secret;
    }
    log.reset(); // SQLite folds the write-ahead log into the file on close: search that too
    for (const char *secret : { "Known-Portal-Secret-7731", "Planted-Password-1934", "Planted-Token-3307" }) {
        EXPECT_FALSE(storageContains(secret)) << secret;
    }
    EXPECT_TRUE(storageContains("Visible-Marker-5521"));
}

TEST_P(JoblogBackend, ASecretThatIsACommonWordLeavesActionsWhole)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    log->addSecret(QStringLiteral("admin")); // a weak portal password, as the simulator's
    JobEvent e = makeEvent(
        QStringLiteral("CMD-1"), QStringLiteral("phones"), QStringLiteral("phone-admin-password-generated"), T0);
    e.detail = QJsonObject { { QStringLiteral("note"), QStringLiteral("user admin") } };
    ASSERT_TRUE(log->append(e));
    const auto history = log->history(QStringLiteral("CMD-1"));
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().action, QStringLiteral("phone-admin-password-generated"));
    EXPECT_EQ(history->first().detail.value(QLatin1String("note")).toString(), QStringLiteral("user ***"));
}

TEST_P(JoblogBackend, QueryFiltersAndPagesByKey)
{
    auto log = openLog();
    ASSERT_TRUE(log);
    ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-1"), QStringLiteral("Boulangerie Lemaître")), {}, {}));
    ASSERT_TRUE(log->saveOrder(sampleOrder(QStringLiteral("CMD-2"), QStringLiteral("Garage Durand")), {}, {}));
    const QString camille = QStringLiteral("Camille");
    const QString yanis = QStringLiteral("Yanis");
    const QString bench1 = QStringLiteral("banc-1");
    const QString bench2 = QStringLiteral("banc-2");
    const JobResult ok = JobResult::Ok;
    const JobResult failed = JobResult::Failed;
    const QList<JobEvent> events {
        makeEvent(QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("e0"), T0, ok, camille, bench2),
        makeEvent(
            QStringLiteral("CMD-2"), QStringLiteral("intake"), QStringLiteral("e1"), T0 + 1000, failed, yanis, bench1),
        makeEvent(
            QStringLiteral("CMD-1"), QStringLiteral("portal"), QStringLiteral("e2"), T0 + 2000, ok, camille, bench1),
        makeEvent(
            QStringLiteral("CMD-2"), QStringLiteral("portal"), QStringLiteral("e3"), T0 + 3000, ok, yanis, bench1),
        makeEvent(QStringLiteral("CMD-1"), QStringLiteral("phones"), QStringLiteral("e4"), T0 + 4000, failed, camille,
            bench2),
        makeEvent(
            QStringLiteral("CMD-3"), QStringLiteral("labels"), QStringLiteral("e5"), T0 + 5000, ok, yanis, bench2),
    };
    ASSERT_TRUE(log->appendBatch(events));

    const auto run = [&log](const HistoryFilter &filter) {
        const auto found = log->query(filter);
        EXPECT_TRUE(found) << (found ? std::string() : found.error().message.toStdString());
        return found ? actions(*found) : QStringList { QStringLiteral("error") };
    };
    const auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names) {
            out.append(QString::fromLatin1(n));
        }
        return out;
    };
    HistoryFilter f;
    EXPECT_EQ(run(f), list({ "e0", "e1", "e2", "e3", "e4", "e5" }));
    f.orderId = QStringLiteral("CMD-1");
    EXPECT_EQ(run(f), list({ "e0", "e2", "e4" }));
    f = {};
    f.technician = yanis;
    EXPECT_EQ(run(f), list({ "e1", "e3", "e5" }));
    f = {};
    f.bench = bench1;
    EXPECT_EQ(run(f), list({ "e1", "e2", "e3" }));
    f = {};
    f.result = jobResultId(failed);
    EXPECT_EQ(run(f), list({ "e1", "e4" }));
    f = {};
    f.customer = QStringLiteral("LEMAÎTRE"); // case-insensitive, accents included
    EXPECT_EQ(run(f), list({ "e0", "e2", "e4" }));
    f.customer = QStringLiteral("lemaitre");
    EXPECT_EQ(run(f), list({ "e0", "e2", "e4" }));
    f.customer = QStringLiteral("rage du");
    EXPECT_EQ(run(f), list({ "e1", "e3" }));
    f.customer = QStringLiteral("nobody");
    EXPECT_TRUE(run(f).isEmpty());
    f = {};
    f.from = QDateTime::fromMSecsSinceEpoch(T0 + 1000, Qt::UTC); // inclusive
    f.to = QDateTime::fromMSecsSinceEpoch(T0 + 4000, Qt::UTC); // exclusive
    EXPECT_EQ(run(f), list({ "e1", "e2", "e3" }));
    f.technician = camille;
    EXPECT_EQ(run(f), list({ "e2" }));
    f = {};
    f.bench = bench2;
    f.result = jobResultId(ok);
    f.technician = yanis;
    EXPECT_EQ(run(f), list({ "e5" }));

    // Keyset paging: pages, each after the last id seen, cover everything exactly once.
    const auto pageByPage = [&log](HistoryFilter page) {
        QStringList seen;
        for (int guard = 0; guard < 10; ++guard) {
            const auto found = log->query(page);
            EXPECT_TRUE(found);
            if (!found || found->isEmpty()) {
                break;
            }
            EXPECT_LE(found->size(), page.limit);
            seen += actions(*found);
            page.afterId = found->last().id;
        }
        return seen;
    };
    HistoryFilter page;
    page.limit = 2;
    EXPECT_EQ(pageByPage(page), list({ "e0", "e1", "e2", "e3", "e4", "e5" }));
    page = {};
    page.technician = camille;
    page.limit = 1;
    const auto firstPage = log->query(page);
    ASSERT_TRUE(firstPage);
    ASSERT_EQ(firstPage->size(), 1);
    page.afterId = firstPage->first().id;
    page.limit = 5;
    EXPECT_EQ(run(page), list({ "e2", "e4" }));

    // Newest first: the same keyset, read downwards, with and without a filter.
    page = {};
    page.newestFirst = true;
    page.limit = 4;
    EXPECT_EQ(pageByPage(page), list({ "e5", "e4", "e3", "e2", "e1", "e0" }));
    page = {};
    page.newestFirst = true;
    page.technician = camille;
    page.limit = 1;
    const auto newestPage = log->query(page);
    ASSERT_TRUE(newestPage);
    ASSERT_EQ(actions(*newestPage), list({ "e4" }));
    page.afterId = newestPage->first().id;
    page.limit = 5;
    EXPECT_EQ(run(page), list({ "e2", "e0" }));
}

TEST_P(JoblogBackend, TwoLogsOnOneDatabaseSeeEachOther)
{
    auto a = openLog();
    auto b = openLog();
    ASSERT_TRUE(a && b);
    EXPECT_NE(a->connectionName(), b->connectionName());
    ASSERT_TRUE(a->append(makeEvent(QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("from-a"), T0)));
    ASSERT_TRUE(b->append(makeEvent(QStringLiteral("CMD-1"), QStringLiteral("intake"), QStringLiteral("from-b"), T0)));
    const auto history = a->history(QStringLiteral("CMD-1"));
    ASSERT_TRUE(history);
    EXPECT_EQ(actions(*history), (QStringList { QStringLiteral("from-a"), QStringLiteral("from-b") }));
    const QString name = a->connectionName();
    a.reset();
    EXPECT_FALSE(QSqlDatabase::contains(name)); // the connection is removed with its log
}
