// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"

#include <QJsonObject>
#include <QString>

namespace Staging {

/**
 * The job-log events of one job that changes a stack: each for the same order, step, technician
 * and bench, stamped when it is made. An intent is written before the remote change and stays
 * open (no finished time); any other result (ok, failed, unknown) ends when it is written.
 */
class JobEventFactory
{
public:
    JobEventFactory(const QString &orderId, const QString &step, const QString &technician, const QString &bench);

    JobEvent make(const QString &action, const QString &target, JobResult result, const QJsonObject &detail) const;

    const QString &orderId() const { return m_orderId; }

private:
    QString m_orderId;
    QString m_step;
    QString m_technician;
    QString m_bench;
};

} // namespace Staging
