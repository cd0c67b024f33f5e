// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for BENCHMARKS.md, on a SQLite job log in WAL mode with synchronous=FULL:
//  - appending 100,000 events in batches of 1,000 (target >= 20,000 events/s);
//  - one order's history (~50 events) out of 1,000,000 events (target <= 20 ms a call);
//  - one page of a technician's events out of the same 1,000,000;
//  - opening that 1,000,000-event file (quick_check included).
#include "BenchmarkEvents.h"
#include "joblog/JobLog.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace Staging;
using Staging::Bench::makeEvent;

namespace {

constexpr int BatchSize = 1000;
constexpr int AppendedEvents = 100'000;
constexpr int BigLogEvents = 1'000'000;
constexpr int BigLogOrders = 20'000; // 50 events each

std::unique_ptr<JobLog> openOrDie(const QString &path)
{
    auto log = JobLog::open(path);
    if (!log) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(log.error().message));
        std::abort();
    }
    // The figures only count with the durability the workbench really runs with.
    QSqlQuery q(QSqlDatabase::database((*log)->connectionName(), false));
    if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next() || q.value(0).toInt() != 2) {
        std::fprintf(stderr, "synchronous is not FULL\n");
        std::abort();
    }
    return std::move(log).value();
}

void appendBatches(benchmark::State &state)
{
    QList<QList<JobEvent>> batches;
    for (int b = 0; b < AppendedEvents / BatchSize; ++b) {
        QList<JobEvent> batch;
        batch.reserve(BatchSize);
        for (int i = 0; i < BatchSize; ++i) {
            batch.append(makeEvent(b * BatchSize + i, 2000));
        }
        batches.append(batch);
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto log = openOrDie(dir.filePath(QStringLiteral("joblog.sqlite")));
        state.ResumeTiming();
        for (const QList<JobEvent> &batch : batches) {
            if (!log->appendBatch(batch)) {
                state.SkipWithError("appendBatch failed");
                return;
            }
        }
        state.PauseTiming();
        log.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * AppendedEvents);
    state.counters["batch"] = BatchSize;
}
BENCHMARK(appendBatches)
    ->Name("JobLog/append100kInBatchesOf1000")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

// Built once, on first use: 1,000,000 events take a while to write.
struct BigLog
{
    QTemporaryDir dir;
    std::unique_ptr<JobLog> log;
};
std::unique_ptr<BigLog> g_bigLog;

JobLog &bigLog()
{
    if (!g_bigLog) {
        g_bigLog = std::make_unique<BigLog>();
        g_bigLog->log = openOrDie(g_bigLog->dir.filePath(QStringLiteral("big.sqlite")));
        Bench::appendEvents(*g_bigLog->log, BigLogEvents, BigLogOrders);
    }
    return *g_bigLog->log;
}

void historyOfOneOrder(benchmark::State &state)
{
    JobLog &log = bigLog();
    int n = 0;
    qint64 events = 0;
    for (auto _ : state) {
        const QString order = QStringLiteral("CMD-%1").arg((n++ * 7919) % BigLogOrders, 6, 10, QLatin1Char('0'));
        const auto history = log.history(order);
        if (!history || history->size() != BigLogEvents / BigLogOrders) {
            state.SkipWithError("wrong history");
            return;
        }
        events += history->size();
        benchmark::DoNotOptimize(history->constData());
    }
    state.counters["events_per_call"] = double(events) / double(state.iterations());
    state.counters["log_events"] = BigLogEvents;
}
BENCHMARK(historyOfOneOrder)->Name("JobLog/historyOf1OrderAmong1M")->Unit(benchmark::kMillisecond)->UseRealTime();

void technicianPage(benchmark::State &state)
{
    JobLog &log = bigLog();
    HistoryFilter filter;
    filter.technician = QStringLiteral("Camille");
    filter.result = jobResultId(JobResult::Failed);
    filter.limit = 100;
    for (auto _ : state) {
        const auto page = log.query(filter);
        if (!page || page->isEmpty()) {
            state.SkipWithError("query failed");
            return;
        }
        filter.afterId = page->size() == filter.limit ? page->last().id : 0;
        benchmark::DoNotOptimize(page->constData());
    }
}
BENCHMARK(technicianPage)
    ->Name("JobLog/failedOfOneTechnicianPageOf100Among1M")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Opening runs PRAGMA quick_check, which reads the whole file: the price of refusing a damaged
// job log at once rather than at the first write.
void openBigLog(benchmark::State &state)
{
    bigLog();
    const QString file = g_bigLog->dir.filePath(QStringLiteral("big.sqlite"));
    for (auto _ : state) {
        auto second = openOrDie(file);
        benchmark::DoNotOptimize(second.get());
    }
}
BENCHMARK(openBigLog)->Name("JobLog/openAFileOf1MEvents")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_bigLog.reset(); // before QCoreApplication goes: the connection must be removed first
    return 0;
}
