// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/DeploymentMode.h"

namespace Staging {

QString deploymentModeId(DeploymentMode mode)
{
    switch (mode) {
    case DeploymentMode::OnPremise:
        return QStringLiteral("on-premise");
    case DeploymentMode::OnCloud:
        return QStringLiteral("on-cloud");
    case DeploymentMode::Migration:
        return QStringLiteral("migration");
    }
    return QStringLiteral("on-premise");
}

std::optional<DeploymentMode> deploymentModeFromId(const QString &id)
{
    if (id == QLatin1String("on-premise")) {
        return DeploymentMode::OnPremise;
    }
    if (id == QLatin1String("on-cloud")) {
        return DeploymentMode::OnCloud;
    }
    if (id == QLatin1String("migration")) {
        return DeploymentMode::Migration;
    }
    return std::nullopt;
}

} // namespace Staging
