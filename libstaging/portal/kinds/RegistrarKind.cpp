// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/RegistrarKind.h"

namespace Staging {

ResourceKindUnit RegistrarKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Registrar, "registrar", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "registrar") } },
        .scope = ResourceKindUnit::Scope::StackWide,
        .lists = { { QStringLiteral("registrar"), PlanningContext::Confd + QStringLiteral("/registrars/default"),
            false } },
        .planOrder = RegistrarKind::plan,
        .match = RegistrarKind::match,
    };
}

void RegistrarKind::plan(PlanningContext &context)
{
    // The built-in registrar is what phones are given to register to: the address Wazo
    // was installed with, the bench's when the Shuttle was set up there, not the LAN's.
    const QString phonebookIp = context.phonebookIp();
    if (phonebookIp.isEmpty()) {
        return;
    }
    context.plan.addResource({ ProvisioningResource::Kind::Registrar,
        PlanningContext::key(ProvisioningResource::Kind::Registrar, QStringLiteral("default")), QStringLiteral("PUT"),
        PlanningContext::Confd + QStringLiteral("/registrars/default"),
        QJsonObject {
            { QStringLiteral("main_host"), phonebookIp }, { QStringLiteral("proxy_main_host"), phonebookIp } },
        {}, {}, 0 });
}

LiveStack::Entry RegistrarKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    // Another address is replaced, as a stale provisioning host is: the Shuttle's is the one.
    LiveStack::Entry entry;
    if (LiveStack::containsAll(live.object(QStringLiteral("registrar")), body)) {
        LiveStack::present(entry, {});
    }
    return entry;
}

} // namespace Staging
