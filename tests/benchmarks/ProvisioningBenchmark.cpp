// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for BENCHMARKS.md: a 100-station order (100 users, 100 SIP lines, 20 Wazo App lines,
// 100 voicemails, 100 DIDs, 100 phones claimed, attached and synchronized) provisioned on the
// simulator with 50 ms of latency per request and its cost model at full scale (SimCostModel: users
// and import rows cost what the real wazo-confd and wazo-auth spend, each one thing at a time;
// every other request its latency), as the plan's own graph, as one compound POST /users per
// station and through the import, with a window of 1 and of 8. Wall time and requests per run.
// groups:1 adds issue 18's extras: 10 ring groups of 10 members, each with an extension and a DID,
// and a receptionist on a T54W with its module whose site holds 60 colleagues (60 BLF keys).
#include "../portal/ExecutorOrder.h"
#include "../portal/SimClient.h"
#include "portal/PortalConnection.h"
#include "portal/ProvisioningExecutor.h"
#include "portal/TokenSession.h"
#include "simulator/WazoSimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Staging;
using namespace Staging::Test;

namespace {

constexpr int Stations = 100;
constexpr int LatencyMs = 50;

/**
 * Where a run's time goes, on stderr: per request shape (ids folded to {}), how many were sent,
 * per station, and when the first and last of them were answered (ms from the start). The last
 * answers of each shape show the critical path: what the run waited for at the end.
 */
class Breakdown
{
public:
    void attach(QNetworkAccessManager *nam, const QElapsedTimer *clock)
    {
        QObject::connect(nam, &QNetworkAccessManager::finished, nam, [this, clock](QNetworkReply *reply) {
            static const QRegularExpression id(QStringLiteral("/([0-9]+|[0-9a-f]{32}|[0-9a-f-]{36})(?=/|$)"));
            QString shape = reply->url().path();
            shape.replace(id, QStringLiteral("/{}"));
            const QByteArray verb = reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            Shape &s =
                m_shapes[QString::fromLatin1(verb.isEmpty() ? QByteArray("GET") : verb) + QLatin1Char(' ') + shape];
            const qint64 at = clock->elapsed();
            s.first = s.count == 0 ? at : std::min(s.first, at);
            s.last = std::max(s.last, at);
            ++s.count;
        });
    }
    void print(bool bundled, int window) const
    {
        std::fprintf(stderr, "-- compound:%d window:%d: requests per shape (per station), first and last answer (ms)\n",
            bundled ? 1 : 0, window);
        int total = 0;
        for (auto it = m_shapes.cbegin(); it != m_shapes.cend(); ++it) {
            std::fprintf(stderr, "%5d (%5.2f) %6lld %6lld  %s\n", it->count, double(it->count) / Stations,
                static_cast<long long>(it->first), static_cast<long long>(it->last), qPrintable(it.key()));
            total += it->count;
        }
        std::fprintf(stderr, "%5d (%5.2f) total\n", total, double(total) / Stations);
    }

private:
    struct Shape
    {
        int count = 0;
        qint64 first = 0;
        qint64 last = 0;
    };
    QMap<QString, Shape> m_shapes;
};

Order withGroupsAndKeys(Order order)
{
    order.stations[0].profile = Profile::CustomerRelationship;
    order.stations[0].expansionModule = true;
    for (int i = 61; i < Stations; ++i) {
        order.stations[i].site = QStringLiteral("Annexe"); // the receptionist's site keeps 60 colleagues
    }
    for (int g = 0; g < 10; ++g) {
        RingGroup group;
        group.row = Stations + 2 + g;
        group.name = QStringLiteral("Groupe %1").arg(g + 1);
        group.extension = QString::number(1150 + g);
        group.dids = { QStringLiteral("04420031%1").arg(g, 2, 10, QLatin1Char('0')) };
        order.groups.append(group);
    }
    for (int i = 0; i < Stations; ++i) {
        order.stations[i].groups = { QStringLiteral("Groupe %1").arg(i % 10 + 1) };
    }
    return order;
}

void BM_Provision100(benchmark::State &state)
{
    const bool bundled = state.range(0) != 0;
    const int window = int(state.range(1));
    WazoSimulator sim(WazoSimulator::Options {});
    if (!sim.start().hasValue()) {
        state.SkipWithError("the simulator did not start");
        return;
    }
    const Order order = state.range(3) != 0 ? withGroupsAndKeys(executorOrder(Stations)) : executorOrder(Stations);
    const ProvisioningPlan plan = executorPlan(order);
    QNetworkAccessManager nam;
    PortalEndpoint endpoint;
    endpoint.baseUrl = QUrl(sim.baseUrl());
    endpoint.pinSha256 = sim.fingerprint();
    endpoint.timeoutMs = 60000;
    PortalConnection connection(&nam, endpoint);
    int requests = 0;
    bool complete = true;
    for (auto _ : state) {
        SimClient control(sim.baseUrl(), sim.certificate());
        control.call("POST", QStringLiteral("/_sim/reset"));
        QJsonArray devices;
        for (const Station &s : order.stations) {
            devices.append(QJsonObject {
                { QStringLiteral("mac"), s.mac }, { QStringLiteral("plugin"), QStringLiteral("wazo-yealink-v85") } });
        }
        control.call("POST", QStringLiteral("/_sim/devices"), QJsonObject { { QStringLiteral("devices"), devices } });
        control.call("POST", QStringLiteral("/_sim/latency"), QJsonObject { { QStringLiteral("ms"), LatencyMs } });

        TokenSession session(&connection, QStringLiteral("admin"), QStringLiteral("admin"));
        ProvisioningExecutor::Options options;
        options.window = window;
        options.bundleStations = bundled;
        options.importRows = int(state.range(2));
        ProvisioningExecutor executor(&connection, &session, plan, options);
        ProvisioningOutcome outcome;
        QEventLoop loop;
        QObject::connect(&executor, &ProvisioningExecutor::finished, &loop, [&](const ProvisioningOutcome &o) {
            outcome = o;
            loop.quit();
        });
        QElapsedTimer clock;
        Breakdown breakdown;
        breakdown.attach(&nam, &clock);
        clock.start();
        executor.start();
        loop.exec();
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        QObject::disconnect(&nam, &QNetworkAccessManager::finished, nullptr, nullptr);
        breakdown.print(bundled, window);
        requests = outcome.requests;
        complete = complete && outcome.complete();
    }
    state.counters[QStringLiteral("requests").toStdString()] = requests;
    if (!complete) {
        state.SkipWithError("the stack did not reach the target state");
    }
}

// The bulk path for comparison: the same 100 users with their SIP line, voicemail and DID as one
// all-or-nothing POST /users/import (tenant and contexts made first, not timed; phones not included).
void BM_UsersImport100(benchmark::State &state)
{
    WazoSimulator sim(WazoSimulator::Options {});
    if (!sim.start().hasValue()) {
        state.SkipWithError("the simulator did not start");
        return;
    }
    for (auto _ : state) {
        SimClient c(sim.baseUrl(), sim.certificate());
        c.call("POST", QStringLiteral("/_sim/reset"));
        c.login();
        const SimReply tenant = c.call("POST", QStringLiteral("/api/auth/0.1/tenants"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Client") },
                { QStringLiteral("slug"), QStringLiteral("client") } });
        c.tenant = tenant.json.object().value(QLatin1String("uuid")).toString();
        const auto context = [&c](const QString &type, const QString &rangeKey, const char *start, const char *end) {
            const SimReply r = c.call("POST", QStringLiteral("/api/confd/1.1/contexts"),
                QJsonObject { { QStringLiteral("label"), type }, { QStringLiteral("type"), type },
                    { rangeKey,
                        QJsonArray { QJsonObject { { QStringLiteral("start"), QLatin1String(start) },
                            { QStringLiteral("end"), QLatin1String(end) } } } } });
            return r.json.object().value(QLatin1String("name")).toString();
        };
        const QString internal = context(QStringLiteral("internal"), QStringLiteral("user_ranges"), "1000", "1199");
        const QString incall =
            context(QStringLiteral("incall"), QStringLiteral("incall_ranges"), "0442003000", "0442003099");
        QString csv = QStringLiteral("firstname,lastname,email,exten,context,line_protocol,voicemail_name,"
                                     "voicemail_number,voicemail_context,incall_exten,incall_context\n");
        for (int i = 0; i < Stations; ++i) {
            const QString exten = QString::number(1000 + i);
            csv += QStringLiteral("Agent,%1,agent%1@client.example,%2,%3,sip,Agent %1,%2,%3,04420030%4,%5\n")
                       .arg(i + 1)
                       .arg(exten, internal)
                       .arg(i, 2, 10, QLatin1Char('0'))
                       .arg(incall);
        }
        c.call("POST", QStringLiteral("/_sim/latency"), QJsonObject { { QStringLiteral("ms"), LatencyMs } });
        c.contentType = "text/csv; charset=utf-8";
        c.transferTimeoutMs = 600000;
        QElapsedTimer clock;
        clock.start();
        const SimReply imported = c.call("POST", QStringLiteral("/api/confd/1.1/users/import"), csv.toUtf8());
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        if (imported.status != 201) {
            state.SkipWithError("the import was refused");
        }
    }
    state.counters[QStringLiteral("requests").toStdString()] = 1;
}

} // namespace

BENCHMARK(BM_UsersImport100)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

BENCHMARK(BM_Provision100)
    ->ArgNames({ "compound", "window", "import", "groups" })
    ->Args({ 0, 1, 0, 0 })
    ->Args({ 0, 8, 0, 0 })
    ->Args({ 1, 1, 0, 0 })
    ->Args({ 1, 8, 0, 0 })
    ->Args({ 1, 8, 50, 0 })
    ->Args({ 1, 8, 50, 1 })
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
