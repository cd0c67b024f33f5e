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

constexpr std::array<StepId, 8> Steps { {
    { OrderStep::Order, "intake" },
    { OrderStep::Hardware, "hardware" },
    { OrderStep::Debian, "debian" },
    { OrderStep::PostInstall, "postinstall" },
    { OrderStep::Portal, "portal" },
    { OrderStep::Phones, "phones" },
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
    if (mode == DeploymentMode::OnCloud) {
        return { OrderStep::Order, OrderStep::Portal, OrderStep::Phones, OrderStep::Labels, OrderStep::SignOff };
    }
    return { OrderStep::Order, OrderStep::Hardware, OrderStep::Debian, OrderStep::PostInstall, OrderStep::Portal,
        OrderStep::Phones, OrderStep::Labels, OrderStep::SignOff };
}

} // namespace Staging
