// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/StationPlanning.h"

#include "portal/kinds/DeviceKind.h"
#include "portal/kinds/UserKind.h"

namespace Staging {

std::optional<StationPlanning> StationPlanning::begin(PlanningContext &context, const Station &st)
{
    const QString where = st.row > 0 ? ProvisioningPlanner::tr("row %1").arg(st.row)
                                     : ProvisioningPlanner::tr("station \"%1\"").arg(st.name);
    if (st.extension.isEmpty()) {
        context.plan.addWarning({ st.row, QStringLiteral("no-extension"), {},
            ProvisioningPlanner::tr("%1 has no extension: it is left out of the plan.").arg(where) });
        return std::nullopt;
    }
    const PhoneModel *model = context.catalog.find(st.modelId);
    if (!model) {
        context.plan.addWarning({ st.row, QStringLiteral("unknown-model"), {},
            ProvisioningPlanner::tr("%1: hardware \"%2\" is not in the catalog; the line is planned without a phone.")
                .arg(where, st.hardwareText) });
    }
    const bool softphone = model && model->kind == PhoneModel::Kind::Softphone;
    StationPlanning station { st, model, where, st.extension + QLatin1Char('@') + context.settings.internalContext,
        UserKind::key(st), !softphone, softphone || st.profile == Profile::UnifiedCommunication, {}, 1, {}, {} };
    DeviceKind::reserveSlot(context, station);
    return station;
}

} // namespace Staging
