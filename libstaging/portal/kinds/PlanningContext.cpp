// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/PlanningContext.h"

namespace Staging {

QString PlanningContext::key(Kind kind, const QString &identity)
{
    return resourceKindId(kind) + QLatin1Char(':') + identity;
}

QString PlanningContext::ref(const QString &key, const char *field)
{
    return ProvisioningPlan::ref(key, QLatin1String(field));
}

QString PlanningContext::phonebookIp() const
{
    if (!onPremise() || !settings.shuttleLan || settings.shuttleLan->subnet().isEmpty()) {
        return {};
    }
    return settings.shuttleLan->address;
}

} // namespace Staging
