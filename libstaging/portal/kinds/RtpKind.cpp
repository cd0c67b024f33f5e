// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/RtpKind.h"

namespace Staging {

ResourceKindUnit RtpKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::RtpGeneral, "rtp-general", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "RTP settings") } },
        .scope = ResourceKindUnit::Scope::StackWide,
        .lists = { { QStringLiteral("rtp"), PlanningContext::Confd + QStringLiteral("/asterisk/rtp/general"), false } },
        .planOrder = RtpKind::plan,
        .match = RtpKind::match,
    };
}

void RtpKind::plan(PlanningContext &context)
{
    // STUN and ICE let the phones' and softphones' media cross the customer's NAT; only the
    // customer's own Shuttle is the bench's to set (the agency stack's RTP serves every customer).
    // Without a STUN server the stack's RTP settings are left as they are.
    const Order &order = context.order;
    if (!context.onPremise() || order.stack.stunServer.isEmpty()) {
        return;
    }
    context.plan.addResource({ ProvisioningResource::Kind::RtpGeneral,
        PlanningContext::key(ProvisioningResource::Kind::RtpGeneral, QStringLiteral("stack")), QStringLiteral("PUT"),
        PlanningContext::Confd + QStringLiteral("/asterisk/rtp/general"),
        QJsonObject { { QStringLiteral("options"),
            QJsonObject { { QStringLiteral("stunaddr"), order.stack.stunServer },
                { QStringLiteral("icesupport"), order.stack.ice ? QStringLiteral("yes") : QStringLiteral("no") } } } },
        {}, {}, 0 });
}

LiveStack::Entry RtpKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    // Another STUN server already set is replaced, as a stale provisioning host is: the order
    // says which one the customer's network uses.
    LiveStack::Entry entry;
    const QJsonObject options = live.object(QStringLiteral("rtp")).value(QLatin1String("options")).toObject();
    if (LiveStack::containsAll(options, body.value(QLatin1String("options")).toObject())) {
        LiveStack::present(entry, {});
    }
    return entry;
}

} // namespace Staging
