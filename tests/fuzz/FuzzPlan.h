// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "order/PlanImporter.h"
#include "order/PlanValidator.h"

namespace Staging::Fuzz {

/** What the workbench does with a table once a reader accepted it: import, assign, validate. */
inline void importAndValidate(const Expected<SheetTable> &table)
{
    if (!table.hasValue()) {
        return;
    }
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    const Expected<NumberingPlan> plan = PlanImporter(catalog).importTable(table.value());
    if (!plan.hasValue()) {
        return;
    }
    Order order;
    order.stations = plan.value().stations;
    PlanValidator::assignExtensions(order);
    (void)PlanValidator(catalog).validate(order, plan.value().columns);
}

} // namespace Staging::Fuzz
