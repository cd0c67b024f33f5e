// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningTarget.h"

namespace Staging {

QString ProvisioningTarget::tenantSlug(const QString &customerName, const QString &customerId)
{
    QString slug;
    for (const QChar c : customerName.normalized(QString::NormalizationForm_KD).toLower()) {
        if (slug.size() < 10 && ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))) {
            slug.append(c);
        }
    }
    return slug.isEmpty() ? QString(QStringLiteral("c") + customerId.right(9)) : slug;
}

ProvisioningPlanner::Settings ProvisioningTarget::settingsFor(
    const Order &order, const std::optional<ProvisioningPlanner::Lan> &shuttleLan)
{
    ProvisioningPlanner::Settings settings;
    settings.tenantSlug = tenantSlug(order.customerName, order.customerId);
    settings.tenantName = order.customerName;
    settings.internalContext = order.customerName + QStringLiteral(" internal");
    settings.incallContext = order.customerName + QStringLiteral(" incall");
    settings.region = order.region;
    settings.shuttleLan = shuttleLan;
    return settings;
}

ProvisioningPlan ProvisioningTarget::plan(
    const ModelCatalog &catalog, const Order &order, const std::optional<ProvisioningPlanner::Lan> &shuttleLan)
{
    return ProvisioningPlanner(catalog, settingsFor(order, shuttleLan)).plan(order);
}

ProvisioningPlan ProvisioningTarget::withoutPhones(const ProvisioningPlan &plan)
{
    // Only attachments depend on claims, and nothing depends on an attachment: dropping both
    // leaves every other dependency in the plan.
    ProvisioningPlan kept;
    for (const ProvisioningResource &resource : plan.resources()) {
        if (resource.kind != ProvisioningResource::Kind::Device
            && resource.kind != ProvisioningResource::Kind::DeviceAttach) {
            kept.addResource(resource);
        }
    }
    for (const ProvisioningWarning &warning : plan.warnings()) {
        kept.addWarning(warning);
    }
    return kept;
}

} // namespace Staging
