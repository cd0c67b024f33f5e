// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "joblog/JobLog.h"

#include <QTemporaryDir>

#include <memory>

namespace Staging::Test {

/** When the first event of historyLog() starts; event i starts i seconds later. */
constexpr qint64 HistoryT0 = 1'700'000'000'000;

/**
 * A real SQLite job log in dir with `count` events for the history views: event i is order
 * CMD-(i % orders), "user:(8000 + i)", by Camille when i is even and Yanis when odd, failed when
 * i is a multiple of 10, 1.5 s long, with a detail a spreadsheet would run as a formula.
 */
std::unique_ptr<JobLog> historyLog(const QTemporaryDir &dir, int count, int orders);

} // namespace Staging::Test
