// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for BENCHMARKS.md on the real Wazo services (.ci/test-wazo starts them; point
// STAGING_WAZO_URL and STAGING_WAZO_PIN at them; STAGING_WAZO_PROVISIONING_URL at provd's
// provisioning server for the runs with phones): an order of N stations (a T54W desk phone each,
// no DID: a user, its SIP line, extension and voicemail, and its phone) provisioned by the workbench's
// executor, and the same users, lines, extensions and voicemails through Wazo's own
// POST /users/import, back to back in one run, each in a tenant of its own; groups:1 adds ring
// groups and a receptionist with 60 supervision keys (issue 18).
//
// With STAGING_WAZO_CONFD_LOG naming wazo-confd's log, each run also prints confd's own time per
// request shape, from its "response to ... in S s: METHOD URL STATUS" lines.
#include "../portal/SimClient.h"
#include "order/ModelCatalog.h"
#include "portal/PortalConnection.h"
#include "portal/PortalEndpoint.h"
#include "portal/ProvisioningExecutor.h"
#include "portal/ProvisioningPlanner.h"
#include "portal/TokenSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Staging;
using namespace Staging::Test;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QSslCertificate stackCertificate()
{
    return SimClient::pinnedCertificate(QUrl(env("STAGING_WAZO_URL")), env("STAGING_WAZO_PIN"));
}

QString uniqueSlug()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz";
    QString slug = QStringLiteral("b");
    for (int i = 0; i < 9; ++i) {
        slug.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(26)]));
    }
    return slug;
}

/** With phones: each station's T54W has a MAC of its own run (two bytes from the slug). */
Order stationsOrder(int n, const QString &slug, bool phones)
{
    Order order;
    order.orderId = QStringLiteral("BENCH-") + slug;
    order.mode = DeploymentMode::OnPremise;
    order.range = { 10000, 10000 + n - 1 };
    for (int i = 0; i < n; ++i) {
        Station s;
        s.row = i + 2;
        s.name = QStringLiteral("Agent %1").arg(i + 1);
        s.extension = QString::number(10000 + i);
        s.modelId = QStringLiteral("yealink-t54w");
        s.hardwareText = s.modelId;
        s.email = QStringLiteral("agent%1.%2@bench.example").arg(i + 1).arg(slug);
        if (phones) {
            const size_t hash = qHash(slug);
            s.mac = QStringLiteral("80:5e:c0:%1:%2:%3")
                        .arg(uint(hash & 0xff), 2, 16, QLatin1Char('0'))
                        .arg(uint((hash >> 8) & 0xff), 2, 16, QLatin1Char('0'))
                        .arg(i, 2, 16, QLatin1Char('0'));
        }
        order.stations.append(s);
    }
    return order;
}

/**
 * Issue 18's extras: 10 ring groups of 10 members, each with an extension and a DID, and the first
 * station a receptionist on a T54W with its module whose site holds 60 colleagues (60 BLF keys).
 */
Order withGroupsAndKeys(Order order, const QString &slug)
{
    order.stations[0].profile = Profile::CustomerRelationship;
    order.stations[0].expansionModule = true;
    for (qsizetype i = 61; i < order.stations.size(); ++i) {
        order.stations[i].site = QStringLiteral("Annexe");
    }
    const qsizetype stations = order.stations.size();
    order.range.end += 10; // the groups' extensions follow the stations'
    for (int g = 0; g < 10; ++g) {
        RingGroup group;
        group.row = int(stations) + 2 + g;
        group.name = QStringLiteral("Groupe %1 %2").arg(g + 1).arg(slug);
        group.extension = QString::number(10000 + stations + g);
        group.dids = { QStringLiteral("04420031%1").arg(g, 2, 10, QLatin1Char('0')) };
        order.groups.append(group);
    }
    for (qsizetype i = 0; i < stations; ++i) {
        order.stations[i].groups = { order.groups.at(i % 10).name };
    }
    return order;
}

/**
 * Each phone asks provd's provisioning server for its common file, as a Yealink does when it
 * boots (STAGING_WAZO_PROVISIONING_URL), then waits in confd's unallocated devices.
 */
bool bootPhones(const Order &order)
{
    QNetworkAccessManager nam;
    QSet<QString> macs;
    for (const Station &s : order.stations) {
        QNetworkRequest request(QUrl(env("STAGING_WAZO_PROVISIONING_URL") + QStringLiteral("/y000000000000.cfg")));
        request.setRawHeader("User-Agent", QStringLiteral("Yealink SIP-T54W 96.85.0.5 %1").arg(s.mac).toLatin1());
        request.setRawHeader("X-Forwarded-For", "10.0.0.101");
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        macs.insert(s.mac);
    }
    SimClient c(env("STAGING_WAZO_URL"), stackCertificate());
    c.login();
    for (int attempt = 0; attempt < 600; ++attempt) {
        const SimReply r = c.call("GET", QStringLiteral("/api/confd/1.1/devices/unallocated?search=80:5e:c0"));
        QSet<QString> seen;
        for (const QJsonValue &d : r.json.object().value(QLatin1String("items")).toArray()) {
            seen.insert(d.toObject().value(QLatin1String("mac")).toString().toLower());
        }
        if (seen.contains(macs)) {
            return true;
        }
        QEventLoop wait;
        QTimer::singleShot(100, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return false;
}

/** confd's own time per request shape, read from the lines its log gained since construction. */
class ConfdLog
{
public:
    ConfdLog()
        : m_file(env("STAGING_WAZO_CONFD_LOG"))
    {
        m_start = m_file.size();
    }
    void print(const char *what)
    {
        if (m_file.fileName().isEmpty() || !m_file.open(QIODevice::ReadOnly)) {
            return;
        }
        m_file.seek(m_start);
        // Each line comes twice (two handlers in confd's logging set-up): counted once by its span.
        static const QRegularExpression line(QStringLiteral(
            "response to \\S+ in ([0-9.]+)s: (\\w+) https?://[^/]+(\\S+) (\\d+) \\[span_id=([0-9a-f]+)"));
        QSet<QString> spans;
        static const QRegularExpression id(QStringLiteral("/([0-9]+|[0-9a-f-]{36}|[0-9a-f]{32})(?=/|$|\\?)"));
        struct Shape
        {
            int count = 0;
            double seconds = 0;
        };
        QMap<QString, Shape> shapes;
        double total = 0;
        while (!m_file.atEnd()) {
            const QString text = QString::fromUtf8(m_file.readLine());
            const auto m = line.match(text);
            if (!m.hasMatch() || spans.contains(m.captured(5))) {
                continue;
            }
            spans.insert(m.captured(5));
            QString path = m.captured(3).section(QLatin1Char('?'), 0, 0);
            path.replace(id, QStringLiteral("/{}"));
            Shape &s = shapes[m.captured(2) + QLatin1Char(' ') + path];
            ++s.count;
            s.seconds += m.captured(1).toDouble();
            total += m.captured(1).toDouble();
        }
        m_file.close();
        std::fprintf(stderr, "-- %s: wazo-confd's own time per request shape (count, total s, mean ms)\n", what);
        for (auto it = shapes.cbegin(); it != shapes.cend(); ++it) {
            std::fprintf(stderr, "%5d %8.2f %8.1f  %s\n", it->count, it->seconds, 1000 * it->seconds / it->count,
                qPrintable(it.key()));
        }
        std::fprintf(stderr, "       %8.2f total\n", total);
    }

private:
    QFile m_file;
    qint64 m_start = 0;
};

// The workbench: the executor's plan for the order (tenant, contexts, stack settings, then the
// stations), as `stagingctl order apply` sends it.
void BM_RealProvision(benchmark::State &state)
{
    const bool bundled = state.range(0) != 0;
    const int window = int(state.range(1));
    const int stations = int(state.range(2));
    const int importRows = int(state.range(3));
    const bool phones = state.range(4) != 0;
    const bool groups = state.range(5) != 0;
    if (env("STAGING_WAZO_URL").isEmpty() || stackCertificate().isNull()) {
        state.SkipWithError("STAGING_WAZO_URL/STAGING_WAZO_PIN do not name a running stack");
        return;
    }
    QNetworkAccessManager nam;
    PortalEndpoint endpoint;
    endpoint.baseUrl = QUrl(env("STAGING_WAZO_URL"));
    endpoint.pinSha256 = env("STAGING_WAZO_PIN");
    endpoint.timeoutMs = 120000;
    PortalConnection connection(&nam, endpoint);
    int requests = 0;
    bool complete = true;
    for (auto _ : state) {
        state.PauseTiming();
        const QString slug = uniqueSlug();
        const Order order = groups ? withGroupsAndKeys(stationsOrder(stations, slug, phones), slug)
                                   : stationsOrder(stations, slug, phones);
        if (phones && !bootPhones(order)) {
            state.SkipWithError("the phones did not show in confd's unallocated devices");
            return;
        }
        ProvisioningPlanner::Settings settings;
        settings.tenantSlug = slug;
        settings.tenantName = slug;
        settings.internalContext = slug + QStringLiteral(" internal");
        settings.incallContext = slug + QStringLiteral(" incall");
        const ProvisioningPlan plan = ProvisioningPlanner(ModelCatalog::builtIn(), settings).plan(order);
        TokenSession session(&connection, QStringLiteral("admin"), QStringLiteral("admin"));
        ProvisioningExecutor::Options options;
        options.window = window;
        options.bundleStations = bundled;
        options.importRows = importRows;
        ProvisioningExecutor executor(&connection, &session, plan, options);
        ProvisioningOutcome outcome;
        QEventLoop loop;
        QObject::connect(&executor, &ProvisioningExecutor::finished, &loop, [&](const ProvisioningOutcome &o) {
            outcome = o;
            loop.quit();
        });
        ConfdLog log;
        state.ResumeTiming();
        QElapsedTimer clock;
        clock.start();
        executor.start();
        loop.exec();
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        log.print(qPrintable(QStringLiteral("executor compound:%1 window:%2 stations:%3 import:%4 phones:%5 groups:%6")
                                 .arg(bundled ? 1 : 0)
                                 .arg(window)
                                 .arg(stations)
                                 .arg(importRows)
                                 .arg(phones ? 1 : 0)
                                 .arg(groups ? 1 : 0)));
        requests = outcome.requests;
        complete = complete && outcome.complete();
    }
    state.counters["requests"] = requests;
    if (!complete) {
        state.SkipWithError("the stack did not reach the target state");
    }
}

// Wazo's own bulk path: the same users, SIP lines, extensions and voicemails as one all-or-nothing
// POST /users/import (tenant and internal context made first, not timed).
void BM_RealUsersImport(benchmark::State &state)
{
    const int stations = int(state.range(0));
    const QSslCertificate certificate = stackCertificate();
    if (certificate.isNull()) {
        state.SkipWithError("STAGING_WAZO_URL/STAGING_WAZO_PIN do not name a running stack");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        SimClient c(env("STAGING_WAZO_URL"), certificate);
        c.transferTimeoutMs = 600000;
        c.login();
        const QString slug = uniqueSlug();
        const SimReply tenant = c.call("POST", QStringLiteral("/api/auth/0.1/tenants"),
            QJsonObject { { QStringLiteral("name"), slug }, { QStringLiteral("slug"), slug } });
        c.tenant = tenant.json.object().value(QLatin1String("uuid")).toString();
        SimReply context;
        for (int attempt = 0; attempt < 100; ++attempt) { // confd hears of the tenant from the bus
            context = c.call("POST", QStringLiteral("/api/confd/1.1/contexts"),
                QJsonObject { { QStringLiteral("label"), QString(slug + QStringLiteral(" internal")) },
                    { QStringLiteral("type"), QStringLiteral("internal") },
                    { QStringLiteral("user_ranges"),
                        QJsonArray { QJsonObject { { QStringLiteral("start"), QStringLiteral("10000") },
                            { QStringLiteral("end"), QString::number(10000 + stations - 1) } } } } });
            if (context.status == 201) {
                break;
            }
        }
        const QString internal = context.json.object().value(QLatin1String("name")).toString();
        // Each user with its login, as the workbench makes it (a user with an e-mail gets a wazo-auth
        // account named after it): wazo-auth hashes each password, the costliest part of a user.
        QString csv = QStringLiteral("firstname,lastname,email,username,password,exten,context,line_protocol,"
                                     "voicemail_name,voicemail_number,voicemail_context\n");
        for (int i = 0; i < stations; ++i) {
            const QString exten = QString::number(10000 + i);
            const QString email = QStringLiteral("agent%1.%2@bench.example").arg(i + 1).arg(slug);
            csv += QStringLiteral("Agent,%1,%2,%2,%3,%4,%5,sip,Agent %1,%4,%5\n")
                       .arg(QString::number(i + 1), email, uniqueSlug() + QStringLiteral("Pw7"), exten, internal);
        }
        c.contentType = "text/csv; charset=utf-8";
        ConfdLog log;
        state.ResumeTiming();
        QElapsedTimer clock;
        clock.start();
        const SimReply imported = c.call("POST", QStringLiteral("/api/confd/1.1/users/import"), csv.toUtf8());
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        log.print(qPrintable(QStringLiteral("users/import stations:%1").arg(stations)));
        if (imported.status != 201) {
            std::fprintf(stderr, "import: HTTP %d %s\n", imported.status, imported.body.left(400).constData());
            state.SkipWithError("the import was refused");
        }
    }
    state.counters["requests"] = 1;
}

} // namespace

BENCHMARK(BM_RealUsersImport)
    ->ArgName("stations")
    ->Arg(100)
    ->Arg(1000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
// import: rows per POST /users/import (0: each station one compound POST /users); phones: each
// station's phone booted before the run, claimed, attached and synchronized by it; groups: the
// ring groups and receptionist keys of withGroupsAndKeys.
BENCHMARK(BM_RealProvision)
    ->ArgNames({ "compound", "window", "stations", "import", "phones", "groups" })
    ->Args({ 1, 8, 100, 50, 0, 0 }) // the default
    ->Args({ 1, 8, 100, 50, 0, 1 })
    ->Args({ 1, 8, 100, 10, 0, 0 })
    ->Args({ 1, 4, 100, 50, 0, 0 })
    ->Args({ 1, 16, 100, 50, 0, 0 })
    ->Args({ 1, 8, 1000, 50, 0, 0 })
    ->Args({ 1, 8, 100, 50, 1, 0 })
    ->Args({ 1, 8, 100, 0, 1, 0 })
    ->Args({ 0, 1, 100, 0, 0, 0 })
    ->Args({ 1, 1, 100, 0, 0, 0 })
    ->Args({ 1, 8, 100, 0, 0, 0 })
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
