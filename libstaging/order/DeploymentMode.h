// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Staging {

/** Where the customer's PBX lives. */
enum class DeploymentMode
{
    OnPremise, // a Shuttle mini-PC staged at the bench runs the customer's own stack
    OnCloud, // the customer's tenant lives on the agency stack, phones reach it over a VPN
    Migration, // an existing customer's phones moved onto the agency stack, one at a time, over a VPN
};

QString deploymentModeId(DeploymentMode mode); // "on-premise" / "on-cloud" / "migration"
/** The customer's tenant lives on the agency stack (on-cloud orders and migrations): no Shuttle. */
inline bool onAgencyStack(DeploymentMode mode)
{
    return mode != DeploymentMode::OnPremise;
}
std::optional<DeploymentMode> deploymentModeFromId(const QString &id);

} // namespace Staging
