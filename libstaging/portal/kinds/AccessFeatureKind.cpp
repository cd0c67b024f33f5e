// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/AccessFeatureKind.h"

namespace Staging {

ResourceKindUnit AccessFeatureKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::AccessFeature, "access-feature",
            QT_TRANSLATE_NOOP("Staging::DisplayLabels", "access rule") } },
        .scope = ResourceKindUnit::Scope::StackWide,
        .lists = { { QStringLiteral("access-features"), PlanningContext::Confd + QStringLiteral("/access_features"),
            false } },
        .planOrder = AccessFeatureKind::plan,
        .match = AccessFeatureKind::match,
    };
}

void AccessFeatureKind::plan(PlanningContext &context)
{
    if (context.phonebookIp().isEmpty()) {
        return;
    }
    const QString subnet = context.settings.shuttleLan->subnet();
    context.plan.addResource({ ProvisioningResource::Kind::AccessFeature,
        PlanningContext::key(ProvisioningResource::Kind::AccessFeature, QStringLiteral("phonebook@") + subnet),
        QStringLiteral("POST"), PlanningContext::Confd + QStringLiteral("/access_features"),
        QJsonObject { { QStringLiteral("host"), subnet }, { QStringLiteral("feature"), QStringLiteral("phonebook") },
            { QStringLiteral("enabled"), true } },
        {}, {}, 0 });
}

LiveStack::Entry AccessFeatureKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    LiveStack::Entry entry;
    const QString host = LiveStack::text(body, "host");
    for (const QJsonValue &f : live.items(QStringLiteral("access-features"))) {
        const QJsonObject feature = f.toObject();
        if (feature.value(QLatin1String("host")).toString() == host
            && feature.value(QLatin1String("feature")).toString() == LiveStack::text(body, "feature")) {
            LiveStack::present(entry, feature);
            // confd refuses a second one for the same host and feature, and switching it back on
            // is the customer's or the agency's decision (someone turned it off): say so.
            if (!feature.value(QLatin1String("enabled")).toBool()) {
                entry.state = LiveStack::State::Conflict;
                entry.message = ProvisioningReconciler::tr(
                    "The phonebook access for %1 exists but is disabled: enable it on the stack.")
                                    .arg(host);
            }
        }
    }
    return entry;
}

} // namespace Staging
