// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/PhoneKeys.h"

#include "core/TextKey.h"
#include "order/ModelCatalog.h"
#include "order/Order.h"

namespace Staging {

PhoneKeyPlan PhoneKeys::of(const Order &order, const Station &station, const ModelCatalog &catalog)
{
    PhoneKeyPlan plan;
    if (station.profile != Profile::CustomerRelationship) {
        return plan;
    }
    const PhoneModel *model = catalog.find(station.modelId);
    const int lineKeys = model ? model->lineKeys : 0;
    const int moduleKeys = model && station.expansionModule ? model->moduleKeys : 0;
    // Yealink counts the account key among its line keys: the first one carries the receptionist's
    // own line, so supervision keys start at position 2 (and a model of N line keys has N - 1).
    constexpr int FirstKeyPosition = 2;
    // A model whose key count is unknown gets no key at all (PlanValidator warns), module or not.
    const int lastPosition = lineKeys > 0 ? lineKeys + moduleKeys : 0;
    const QString site = textKey(station.site);
    int position = FirstKeyPosition;
    for (const Station &colleague : order.stations) {
        if (colleague == station || textKey(colleague.site) != site) {
            continue;
        }
        if (position > lastPosition) {
            plan.withoutKey.append(colleague.name);
            continue;
        }
        plan.keys.append(PhoneKey { position, colleague.row, colleague.name, position > lineKeys });
        ++position;
    }
    return plan;
}

} // namespace Staging
