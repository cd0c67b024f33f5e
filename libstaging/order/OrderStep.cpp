// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/OrderStep.h"

#include <array>

namespace Staging {

namespace {

struct StepId
{
    OrderStep step;
    const char *id;
};

constexpr std::array<StepId, 9> Steps { {
    { OrderStep::Order, "intake" },
    { OrderStep::Hardware, "hardware" },
    { OrderStep::Debian, "debian" },
    { OrderStep::PostInstall, "postinstall" },
    { OrderStep::Portal, "portal" },
    { OrderStep::Phones, "phones" },
    { OrderStep::Migration, "migration" },
    { OrderStep::Labels, "labels" },
    { OrderStep::SignOff, "signoff" },
} };

} // namespace

QString orderStepId(OrderStep step)
{
    return QLatin1String(Steps.at(std::size_t(step)).id);
}

std::optional<OrderStep> orderStepFromId(const QString &id)
{
    for (const StepId &text : Steps) {
        if (id == QLatin1String(text.id)) {
            return text.step;
        }
    }
    return std::nullopt;
}

QList<OrderStep> orderSteps(DeploymentMode mode)
{
    switch (mode) {
    case DeploymentMode::OnCloud:
        return { OrderStep::Order, OrderStep::Portal, OrderStep::Phones, OrderStep::Labels, OrderStep::SignOff };
    case DeploymentMode::Migration:
        // The phones are moved one at a time on the migration page, not claimed all at once, and
        // already carry their labels at the customer's.
        return { OrderStep::Order, OrderStep::Portal, OrderStep::Migration, OrderStep::SignOff };
    case DeploymentMode::OnPremise:
        break;
    }
    return { OrderStep::Order, OrderStep::Hardware, OrderStep::Debian, OrderStep::PostInstall, OrderStep::Portal,
        OrderStep::Phones, OrderStep::Labels, OrderStep::SignOff };
}

} // namespace Staging
