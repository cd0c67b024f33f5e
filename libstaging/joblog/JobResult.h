// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Staging {

/**
 * How a job-log event ended. The job log, its exports and stagingctl store and show the ids
 * ("intent", "ok", "failed", "unknown", "skipped", "started", "paused", "cancelled"); code
 * compares the enum, so a misspelt result is a compile error instead of an event no reader
 * ever matches.
 */
enum class JobResult
{
    Intent, // written before a remote change, its outcome not known yet
    Ok,
    Failed,
    Unknown, // the remote change may or may not have been applied (no answer)
    Skipped, // nothing to do: already done
    Started, // a portal apply begun
    Paused, // a portal apply the technician paused
    Cancelled, // a portal apply the technician cancelled
};

/** The id stored in the job log. */
QString jobResultId(JobResult result);
/** The result of a stored id; none for a text that is not one of them. */
std::optional<JobResult> jobResultFromId(const QString &id);

} // namespace Staging
