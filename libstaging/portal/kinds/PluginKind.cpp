// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/PluginKind.h"

namespace Staging {

ResourceKindUnit PluginKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Plugin, "plugin", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "phone plugin") } },
        .scope = ResourceKindUnit::Scope::Shared,
        .lists = { { QStringLiteral("plugins"), PlanningContext::Provd + QStringLiteral("/pg_mgr/install/installed"),
            false } },
        .planOrder = PluginKind::plan,
        .match = PluginKind::match,
    };
}

QString PluginKind::key(const QString &plugin)
{
    return PlanningContext::key(ProvisioningResource::Kind::Plugin, plugin);
}

void PluginKind::plan(PlanningContext &context)
{
    // One plugin install per distinct plugin, sorted so the plan does not depend on station order.
    QStringList plugins;
    for (const Station &st : context.order.stations) {
        const PhoneModel *model = context.catalog.find(st.modelId);
        if (model && !model->plugin.isEmpty() && !plugins.contains(model->plugin)) {
            plugins.append(model->plugin);
        }
    }
    plugins.sort();
    for (const QString &plugin : std::as_const(plugins)) {
        context.plan.addResource({ ProvisioningResource::Kind::Plugin, key(plugin), QStringLiteral("POST"),
            PlanningContext::Provd + QStringLiteral("/pg_mgr/install/install"),
            QJsonObject { { QStringLiteral("id"), plugin } }, {}, {}, 0 });
    }
}

LiveStack::Entry PluginKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    LiveStack::Entry entry;
    if (live.object(QStringLiteral("plugins"))
            .value(QLatin1String("pkgs"))
            .toObject()
            .contains(LiveStack::text(body, "id"))) {
        LiveStack::present(entry, {});
    }
    return entry;
}

} // namespace Staging
