// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/DeploymentMode.h"

namespace Staging {

QString deploymentModeId(DeploymentMode mode)
{
    return mode == DeploymentMode::OnCloud ? QStringLiteral("on-cloud") : QStringLiteral("on-premise");
}

std::optional<DeploymentMode> deploymentModeFromId(const QString &id)
{
    if (id == QLatin1String("on-premise")) {
        return DeploymentMode::OnPremise;
    }
    if (id == QLatin1String("on-cloud")) {
        return DeploymentMode::OnCloud;
    }
    return std::nullopt;
}

} // namespace Staging
