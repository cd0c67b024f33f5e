// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/PortalRetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Staging {

bool PortalRetryPolicy::isRetryable(const PortalResult &result)
{
    switch (result.kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
        return true;
    case ErrorKind::Http:
    case ErrorKind::Protocol:
        return result.httpStatus == 0 || result.httpStatus == 429
            || (result.httpStatus >= 502 && result.httpStatus <= 504);
    default:
        return false;
    }
}

bool PortalRetryPolicy::mayHaveBeenApplied(const PortalResult &result)
{
    return isRetryable(result) && result.httpStatus != 429;
}

int PortalRetryPolicy::delayMs(int attempt) const
{
    const qint64 cap = std::min<qint64>(maxDelayMs, qint64(baseDelayMs) << std::clamp(attempt - 1, 0, 20));
    return cap <= 0 ? 0 : int(QRandomGenerator::global()->bounded(cap + 1));
}

} // namespace Staging
