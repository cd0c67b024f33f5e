// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Staging {

/** The Wazo subscription a station's user gets. */
enum class Profile
{
    Voice,
    UnifiedCommunication,
    CustomerRelationship,
};

/** "voice", "unified-communication", "customer-relationship": the names used in files and JSON. */
QString profileId(Profile profile);
std::optional<Profile> profileFromId(const QString &id);

/**
 * Maps the profile column of a customer sheet (case- and accent-insensitive): STANDARDISTE(S)
 * is customer-relationship, POSTE FIXE is voice, SOFTPHONE / UC / COMMUNICATION UNIFIÉE is
 * unified-communication; the canonical ids and English names are accepted too.
 */
std::optional<Profile> profileFromText(const QString &text);

/**
 * Whether the profile column says the row is a ring group, not a station: GROUPE, GROUPE
 * D'APPEL, GROUP (case- and accent-insensitive).
 */
bool isRingGroupProfileText(const QString &text);

} // namespace Staging
