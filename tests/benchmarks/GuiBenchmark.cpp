// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for BENCHMARKS.md, offscreen:
//  - cold start: a new process, from its launch until the main window has been painted once
//    (target <= 700 ms). The process is this program started again with --cold-start-child: it
//    runs the workbench's own Application (the code of staging-workbench's main()) on a settings
//    folder and a job log with orders made beforehand, and prints one line when the window is
//    first painted;
//  - the history window opened on a job log of 1,000,000 events until its table is first painted
//    (target <= 200 ms), for all orders and for one order. The log is written once and kept in the
//    temporary folder for the next runs.
#include "Application.h"
#include "BenchmarkEvents.h"
#include "HistoryWindow.h"
#include "MainWindow.h"
#include "WorkbenchSettings.h"
#include "joblog/JobLog.h"
#include "models/HistoryModel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Staging;
using Staging::Bench::makeEvent;

namespace {

const char ColdStartChild[] = "--cold-start-child";
const char PrepareChild[] = "--prepare-child";
constexpr int StartOrders = 200;
constexpr int BigLogEvents = 1'000'000;
constexpr int BigLogOrders = 20'000; // 50 events each

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::abort();
}

// Spins the event loop until `widget` has received its first paint event.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *widget)
        : m_widget(widget)
    {
        m_widget->installEventFilter(this);
    }
    ~FirstPaint() override { m_widget->removeEventFilter(this); }
    FirstPaint(const FirstPaint &) = delete;
    FirstPaint &operator=(const FirstPaint &) = delete;

    void wait()
    {
        QElapsedTimer timeout;
        timeout.start();
        while (!m_painted) {
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
            if (timeout.elapsed() > 10000) {
                die(QStringLiteral("%1 not painted in 10 s").arg(m_widget->objectName()));
            }
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            m_painted = true;
        }
        return false;
    }

private:
    QWidget *m_widget;
    bool m_painted = false;
};

// --prepare-child, in the environment of the timed runs: the settings of a bench in use and a job
// log with orders and their intake events, where the workbench looks for them.
int prepareChild()
{
    Application names(*qobject_cast<QApplication *>(QCoreApplication::instance()));
    // --version sets the application's names, which decide where QSettings writes, and returns.
    if (names.start({ QStringLiteral("staging-workbench"), QStringLiteral("--version") }) != 0) {
        die(QStringLiteral("--version failed"));
    }
    WorkbenchSettings settings;
    settings.technician = QStringLiteral("Camille Martin");
    settings.bench = QStringLiteral("banc-2");
    settings.language = QStringLiteral("fr");
    settings.save();
    auto log = JobLog::open(JobLog::defaultLocation());
    if (!log) {
        die(log.error().message);
    }
    QList<JobEvent> events;
    for (int i = 0; i < StartOrders; ++i) {
        Order order;
        order.orderId = QStringLiteral("CMD-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
        order.customerName = QStringLiteral("Boulangerie Lemaître %1").arg(i);
        order.customerId = QStringLiteral("73282932000074");
        if (!(*log)->saveOrder(order, settings.technician, settings.bench)) {
            die(QStringLiteral("saveOrder failed"));
        }
        for (int e = 0; e < 25; ++e) {
            JobEvent event = makeEvent(i * 25 + e, StartOrders);
            event.orderId = order.orderId;
            events.append(event);
        }
    }
    if (!(*log)->appendBatch(events)) {
        die(QStringLiteral("appendBatch failed"));
    }
    return 0;
}

// --cold-start-child: what staging-workbench's main() does, until the main window is painted.
int coldStartChild(QApplication &app)
{
    Application workbench(app);
    if (const auto exitCode = workbench.start({ QStringLiteral("staging-workbench") })) {
        die(QStringLiteral("the workbench did not start: %1").arg(*exitCode));
    }
    FirstPaint(workbench.mainWindow()).wait();
    // The orders it shows, for the parent to check that the window is the one of a bench in use.
    const auto *orders = workbench.mainWindow()->findChild<QTableView *>(QStringLiteral("ordersTableView"));
    std::printf("shown %d\n", orders ? orders->model()->rowCount() : -1);
    std::fflush(stdout);
    return 0;
}

QProcessEnvironment childEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return env;
}

void coldStart(benchmark::State &state)
{
    QTemporaryDir home;
    const QProcessEnvironment env = childEnvironment(home);
    {
        QProcess prepare;
        prepare.setProcessEnvironment(env);
        prepare.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(PrepareChild) });
        if (!prepare.waitForFinished(60000) || prepare.exitCode() != 0) {
            state.SkipWithError("preparing the settings and the job log failed");
            return;
        }
    }
    for (auto _ : state) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(ColdStartChild) });
        while (!child.canReadLine()) {
            if (!child.waitForReadyRead(10000)) {
                state.SkipWithError("the main window was not shown in 10 s");
                return;
            }
        }
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (child.readLine() != "shown " + QByteArray::number(StartOrders) + '\n' || !child.waitForFinished(10000)
            || child.exitCode() != 0) {
            state.SkipWithError("the child failed or did not show the orders");
            return;
        }
    }
    state.counters["orders"] = StartOrders;
}
BENCHMARK(coldStart)
    ->Name("Gui/coldStartToMainWindowPainted")
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(10);

// Kept in the temporary folder between runs: writing a million events takes about 20 s. A file is
// only ever used complete: it is written under another name and renamed at the end.
std::unique_ptr<JobLog> g_bigLog;

JobLog &bigLog()
{
    if (g_bigLog) {
        return *g_bigLog;
    }
    const QString path = QDir::temp().filePath(QStringLiteral("staging-gui-benchmark-1M-v2.sqlite"));
    if (!QFile::exists(path)) {
        const QString partial = path + QStringLiteral(".partial");
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(partial + suffix);
        }
        {
            auto log = JobLog::open(partial);
            if (!log) {
                die(log.error().message);
            }
            Bench::appendEvents(**log, BigLogEvents, BigLogOrders);
        }
        if (!QFile::rename(partial, path)) {
            die(QStringLiteral("cannot rename %1").arg(partial));
        }
    }
    auto log = JobLog::open(path);
    if (!log) {
        die(log.error().message);
    }
    QSqlQuery q(QSqlDatabase::database((*log)->connectionName(), false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next() || q.value(0).toInt() != BigLogEvents) {
        die(QStringLiteral("%1 does not hold %2 events: remove it").arg(path).arg(BigLogEvents));
    }
    g_bigLog = std::move(log).value();
    return *g_bigLog;
}

void openHistory(benchmark::State &state, const QString &orderId)
{
    JobLog &log = bigLog();
    qint64 rows = 0;
    for (auto _ : state) {
        HistoryWindow window(log);
        if (!orderId.isEmpty()) {
            window.showOrder(orderId);
        }
        auto *table = window.findChild<QTableView *>(QStringLiteral("historyTableView"));
        FirstPaint painted(table->viewport());
        window.show();
        painted.wait();
        rows += window.model()->rowCount();
        if (window.model()->rowCount() == 0) {
            state.SkipWithError("no rows");
            return;
        }
        state.PauseTiming();
        window.close();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["rows_read"] = double(rows) / double(state.iterations());
    state.counters["log_events"] = BigLogEvents;
}
BENCHMARK_CAPTURE(openHistory, allOrders, QString())
    ->Name("Gui/historyWindowOn1MEventsAllOrders")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(openHistory, oneOrder, QStringLiteral("CMD-%1").arg(4242, 6, 10, QLatin1Char('0')))
    ->Name("Gui/historyWindowOn1MEventsOneOrder")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    // A benchmark measures the program, not a desktop: offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], ColdStartChild) == 0) {
        return coldStartChild(app);
    }
    if (argc == 2 && qstrcmp(argv[1], PrepareChild) == 0) {
        return prepareChild();
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_bigLog.reset(); // before QApplication goes: the connection must be removed first
    return 0;
}
