// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Staging {

/**
 * What bulk work costs on a real Wazo, so that no path of the simulator looks free.
 *
 * The only public figures are wazo-confd's for POST /users/import (PR #509/#511, quoted in the
 * contract's §2.16): an import of more than 2000 users "becomes more and more slow", the first
 * users take under 1 s each and, after about 1000 users, more than 5 s each, because every row
 * calls wazo-auth and wazo-provd. The model is linear in the tenant's user count:
 *   rowCost(n) = 500 ms + 4.5 ms * n      (n = users already in the tenant)
 * i.e. 0.5 s for the first user (under 1 s), 5 s at 1000 users (over 5 s just after), and still
 * growing beyond. A scale factor (1.0 = those figures) lets tests shrink every cost by the same
 * ratio without making any of them zero.
 */
class SimCostModel
{
public:
    static constexpr double kFirstRowMs = 500.0;
    static constexpr double kPerExistingUserMs = 4.5;

    /** The cost of creating one user with its parts when the tenant already holds existingUsers. */
    static int rowCostMs(int existingUsers, double scale)
    {
        const double ms = (kFirstRowMs + kPerExistingUserMs * existingUsers) * scale;
        return ms <= 0.0 ? 0 : (ms < 1.0 ? 1 : static_cast<int>(ms));
    }
};

} // namespace Staging
