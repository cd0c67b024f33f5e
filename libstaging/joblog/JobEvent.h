// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * One line of an order's history: who did what, where, when, and how it ended. Events are
 * never changed once written; a correction is a new event.
 */
struct JobEvent
{
    qint64 id = 0; // assigned by the job log
    QString orderId;
    QString step; // "intake", "hardware", "debian", "postinstall", "portal", "phones", "labels", "signoff"
    QString action; // "plan-imported", "create-user", "print-label", ...
    QString target; // what it acted on: "user:8001", "device:80:5e:c0:10:00:01", file name...
    QString technician;
    QString bench;
    QDateTime started; // UTC, millisecond precision
    QDateTime finished; // UTC; invalid for an intent written before a remote change
    JobResult result = JobResult::Intent;
    QJsonObject detail; // redacted before it is stored

    qint64 durationMs() const { return finished.isValid() ? started.msecsTo(finished) : -1; }

    /**
     * The detail's list of warnings: what a step that ended well found worth a look (RAM not the
     * order's, a plan row...). Each one reaches sign-off, where the supervisor accepts it.
     */
    static QString warningsKey() { return QStringLiteral("warnings"); }
    QStringList warnings() const
    {
        QStringList found;
        for (const QJsonValue &warning : detail.value(warningsKey()).toArray()) {
            found.append(warning.toString());
        }
        return found;
    }
};

} // namespace Staging
