// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTestLog.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace Staging::Test {

std::unique_ptr<JobLog> historyLog(const QTemporaryDir &dir, int count, int orders)
{
    auto log = JobLog::open(dir.filePath(QStringLiteral("history.sqlite")));
    if (!log) {
        ADD_FAILURE() << log.error().message.toStdString();
        return nullptr;
    }
    QList<JobEvent> events;
    for (int i = 0; i < count; ++i) {
        JobEvent event;
        event.orderId = QStringLiteral("CMD-%1").arg(i % orders);
        event.step = QStringLiteral("portal");
        event.action = QStringLiteral("create-user");
        event.target = QStringLiteral("user:%1").arg(8000 + i);
        event.technician = i % 2 == 0 ? QStringLiteral("Camille") : QStringLiteral("Yanis");
        event.bench = QStringLiteral("banc-1");
        event.started = QDateTime::fromMSecsSinceEpoch(HistoryT0 + i * 1000, Qt::UTC);
        event.finished = event.started.addMSecs(1500);
        event.result = i % 10 == 0 ? JobResult::Failed : JobResult::Ok;
        event.detail = QJsonObject { { QStringLiteral("note"), QStringLiteral("=cmd()") } };
        events.append(event);
    }
    if (!(*log)->appendBatch(events)) {
        ADD_FAILURE() << "events not appended";
    }
    return std::move(log).value();
}

} // namespace Staging::Test
