// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/JobEventFactory.h"
#include "portal/ProvisioningPlan.h"
#include "portal/ProvisioningRequest.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Staging {

class JobLog;
class ProvisioningGraph;

/**
 * A ProvisioningExecutor's journal: each change before (intent) and after (ok, failed, unknown),
 * with the resource's natural key, row and kind and the request's method and path, never its body;
 * and what the order's earlier runs journaled, for a resume.
 */
class ProvisioningJournal
{
public:
    explicit ProvisioningJournal(const JobEventFactory &events);

    /** Optional; without it nothing is journaled. Must outlive the run. */
    void setLog(JobLog *log) { m_log = log; }

    /**
     * The event's id; 0 without a job log, -1 when the job log refused it. intentId > 0: the
     * intent this result ends.
     */
    qint64 write(const ProvisioningResource &resource, const ProvisioningRequest &request, JobResult result,
        const QJsonObject &extra, qint64 intentId) const;

    /** A server object's id as journaled: its uuid, else its id. */
    static QString serverId(const QJsonObject &fields);

    QSet<QString> synchronizedAttachments(const ProvisioningGraph &graph) const;
    QSet<QString> journaledCreates() const;

private:
    JobEventFactory m_events;
    JobLog *m_log = nullptr;
};

} // namespace Staging
