// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Staging {

/**
 * A phone's MAC in the one form the workbench stores and provd expects: "80:5e:c0:2a:00:01".
 * Accepts ':', '-', '.', spaces or no separator, any case. Refuses anything that is not 12 hex
 * digits, and the all-zero, broadcast and multicast addresses no phone can have.
 */
std::optional<QString> normalizeMac(const QString &text);

} // namespace Staging
