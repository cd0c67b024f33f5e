// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Staging {

/** The customer id with spaces and dots removed, as a SIRET is stored. */
QString compactCustomerId(const QString &text);

/** True when text has the shape of a SIRET: 14 digits once spaces are removed. */
bool looksLikeSiret(const QString &text);

/**
 * The SIRET checksum: Luhn over the 14 digits, and La Poste's establishments (SIREN
 * 356 000 000), which INSEE numbers so that their digits sum to a multiple of 5 instead.
 */
bool isValidSiret(const QString &text);

} // namespace Staging
