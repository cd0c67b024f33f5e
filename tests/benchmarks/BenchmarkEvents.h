// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobEvent.h"

namespace Staging {
class JobLog;
}

namespace Staging::Bench {

/**
 * Event i of a benchmark's job log: a phone provisioned for order CMD-(i % orders) (six digits),
 * by one of two technicians on one of four benches, one second after event i - 1, every 50th
 * failed, with a detail that holds a "password" key the job log masks.
 */
JobEvent makeEvent(int i, int orders);

/** Appends makeEvent(0, orders) to makeEvent(count - 1, orders) in batches of 10,000; aborts on a failure. */
void appendEvents(JobLog &log, int count, int orders);

} // namespace Staging::Bench
