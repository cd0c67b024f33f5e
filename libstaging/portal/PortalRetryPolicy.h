// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalResult.h"

namespace Staging {

/**
 * Which failed requests are worth sending again, and when. Only what a later try can change:
 * transport errors, timeouts, 429 and 502–504. Any other 4xx is the service refusing the request
 * itself and is reported, never repeated.
 *
 * Delays grow exponentially with "full jitter" (a uniform draw below the cap), so clients that
 * failed together do not come back together.
 */
struct PortalRetryPolicy
{
    int maxAttempts = 5; // sends of one request, the first included
    int baseDelayMs = 100;
    int maxDelayMs = 5000;

    static bool isRetryable(const PortalResult &result);
    /**
     * The request may have been applied although no success came back: no HTTP answer at all
     * (Qt even re-sends a request whose connection dropped before any answer byte), a timeout, or
     * a gateway error. A create must then be looked up by natural key before it is sent again.
     */
    static bool mayHaveBeenApplied(const PortalResult &result);

    /** Milliseconds to wait before attempt number attempt + 1 (attempt >= 1). */
    int delayMs(int attempt) const;
};

} // namespace Staging
