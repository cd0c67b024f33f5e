// SPDX-License-Identifier: GPL-3.0-or-later
#include "joblog/JobResult.h"

#include <array>
#include <utility>

namespace Staging {

namespace {

// The only place the stored words are written: the job log of every bench reads them back.
constexpr std::array<std::pair<JobResult, const char *>, 8> Ids { {
    { JobResult::Intent, "intent" },
    { JobResult::Ok, "ok" },
    { JobResult::Failed, "failed" },
    { JobResult::Unknown, "unknown" },
    { JobResult::Skipped, "skipped" },
    { JobResult::Started, "started" },
    { JobResult::Paused, "paused" },
    { JobResult::Cancelled, "cancelled" },
} };

} // namespace

QString jobResultId(JobResult result)
{
    for (const auto &[value, id] : Ids) {
        if (value == result) {
            return QLatin1String(id);
        }
    }
    Q_UNREACHABLE();
}

std::optional<JobResult> jobResultFromId(const QString &id)
{
    for (const auto &[value, text] : Ids) {
        if (id == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace Staging
