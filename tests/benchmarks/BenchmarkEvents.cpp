// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchmarkEvents.h"

#include "joblog/JobLog.h"

#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace Staging::Bench {

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

} // namespace

JobEvent makeEvent(int i, int orders)
{
    JobEvent e;
    e.orderId = QStringLiteral("CMD-%1").arg(i % orders, 6, 10, QLatin1Char('0'));
    e.step = QStringLiteral("phones");
    e.action = QStringLiteral("provision-device");
    e.target = QStringLiteral("device:80:5e:c0:%1").arg(i % 65536, 4, 16, QLatin1Char('0'));
    e.technician = i % 3 == 0 ? QStringLiteral("Camille") : QStringLiteral("Yanis");
    e.bench = QStringLiteral("banc-%1").arg(i % 4);
    e.started = QDateTime::fromMSecsSinceEpoch(T0 + qint64(i) * 1000, Qt::UTC);
    e.finished = e.started.addMSecs(180);
    e.result = i % 50 == 0 ? JobResult::Failed : JobResult::Ok;
    e.detail = QJsonObject {
        { QStringLiteral("extension"), 8000 + i % 1000 },
        { QStringLiteral("model"), QStringLiteral("yealink-t54w") },
        { QStringLiteral("http_status"), 200 },
        { QStringLiteral("password"), QStringLiteral("not-stored") },
    };
    return e;
}

void appendEvents(JobLog &log, int count, int orders)
{
    QList<JobEvent> batch;
    for (int i = 0; i < count; ++i) {
        batch.append(makeEvent(i, orders));
        if (batch.size() == 10'000 || i == count - 1) {
            if (const Status appended = log.appendBatch(batch); !appended) {
                std::fprintf(stderr, "appendBatch failed: %s\n", qPrintable(appended.error().message));
                std::abort();
            }
            batch.clear();
        }
    }
}

} // namespace Staging::Bench
