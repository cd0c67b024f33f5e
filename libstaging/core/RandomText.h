// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

namespace Staging {

/**
 * `length` characters drawn uniformly from `alphabet` with QRandomGenerator::system(), the
 * operating system's cryptographically secure generator: for passwords, credentials and salts.
 */
QString randomText(int length, QLatin1String alphabet);

} // namespace Staging
