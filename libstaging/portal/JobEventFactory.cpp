// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/JobEventFactory.h"

#include <QDateTime>

namespace Staging {

JobEventFactory::JobEventFactory(
    const QString &orderId, const QString &step, const QString &technician, const QString &bench)
    : m_orderId(orderId)
    , m_step(step)
    , m_technician(technician)
    , m_bench(bench)
{
}

JobEvent JobEventFactory::make(
    const QString &action, const QString &target, JobResult result, const QJsonObject &detail) const
{
    JobEvent event;
    event.orderId = m_orderId;
    event.step = m_step;
    event.action = action;
    event.target = target;
    event.technician = m_technician;
    event.bench = m_bench;
    event.started = QDateTime::currentDateTimeUtc();
    if (result != JobResult::Intent) {
        event.finished = event.started;
    }
    event.result = result;
    event.detail = detail;
    return event;
}

} // namespace Staging
