// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Staging::PlanLimits {

// A numbering plan is a few hundred rows; these bounds are orders of magnitude above any real
// one and keep a hostile or broken file from exhausting memory or time.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
constexpr int MaxRows = 50000;
constexpr int MaxColumns = 200;
constexpr int MaxCellChars = 32 * 1024;
// XLSX: a zip bomb is refused on its declared sizes and cut off on the bytes actually inflated.
constexpr int MaxZipEntries = 1000;
constexpr qint64 MaxEntryBytes = 64 * 1024 * 1024;
constexpr qint64 MaxTotalInflatedBytes = 128 * 1024 * 1024;

} // namespace Staging::PlanLimits
