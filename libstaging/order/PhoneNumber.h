// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Staging {

/**
 * A French number in the national 10-digit form the portal's incalls use: "0491230000".
 * Accepts +33, 0033, 33 followed by 9 digits, spaces, dots, dashes, parentheses "(0)", and a
 * leading zero a spreadsheet dropped when the number was typed as a number (9 digits).
 */
std::optional<QString> normalizeDid(const QString &text);

/** What a cell of the DID column says. */
struct DidCell
{
    QStringList dids; // normalized where possible, else as written, so the validator can show them
    bool newDid = false; // "création", "à créer", "new": a number is to be created
};

/**
 * Splits a DID cell: several numbers separated by newlines, ',', ';', '/', '|' or "et"/"and",
 * ranges "0491000010-19" or "0491000010 à 0491000019" (at most MaxRange numbers), and the
 * words that ask for a new number.
 */
DidCell parseDidCell(const QString &text);

constexpr int MaxDidRange = 100;

} // namespace Staging
