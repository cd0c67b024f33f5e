// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/TenantKind.h"

namespace Staging {

ResourceKindUnit TenantKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    // Its lists (auth's tenants, confd's tenant) are read by the reconciler itself: it finds the tenant with them.
    return {
        .kinds = { { Kind::Tenant, "tenant", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "tenant") } },
        .planOrder = TenantKind::plan,
        .match = TenantKind::match,
    };
}

QString TenantKind::key(const ProvisioningPlanner::Settings &settings)
{
    return PlanningContext::key(ProvisioningResource::Kind::Tenant, settings.tenantSlug);
}

void TenantKind::plan(PlanningContext &context)
{
    const ProvisioningPlanner::Settings &s = context.settings;
    context.plan.addResource(
        { ProvisioningResource::Kind::Tenant, key(s), QStringLiteral("POST"), QStringLiteral("/api/auth/0.1/tenants"),
            QJsonObject { { QStringLiteral("name"), s.tenantName }, { QStringLiteral("slug"), s.tenantSlug } }, {}, {},
            0 });
}

LiveStack::Entry TenantKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &, const QString &)
{
    LiveStack::Entry entry;
    for (const QJsonValue &t : live.items(QStringLiteral("auth-tenants"))) {
        if (t.toObject().value(QLatin1String("uuid")).toString() == live.tenantUuid && !live.tenantUuid.isEmpty()) {
            QJsonObject fields = t.toObject();
            const QJsonObject confd = live.object(QStringLiteral("confd-tenant"));
            for (auto it = confd.begin(); it != confd.end(); ++it) {
                fields.insert(it.key(), it.value());
            }
            LiveStack::present(entry, fields);
        }
    }
    return entry;
}

} // namespace Staging
