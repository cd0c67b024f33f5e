// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/ContextKind.h"

#include "portal/kinds/TenantKind.h"

#include <QJsonArray>

#include <algorithm>

namespace Staging {

ResourceKindUnit ContextKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::InternalContext, "context-internal",
                       QT_TRANSLATE_NOOP("Staging::DisplayLabels", "internal context") },
            { Kind::IncallContext, "context-incall",
                QT_TRANSLATE_NOOP("Staging::DisplayLabels", "incoming calls context") } },
        .lists = { { QStringLiteral("contexts"), PlanningContext::Confd + QStringLiteral("/contexts") } },
        .planOrder = ContextKind::plan,
        .match = ContextKind::match,
    };
}

namespace {

using Kind = ProvisioningResource::Kind;

// Consecutive DIDs collapse into one incall range so the context stays readable in the portal.
QJsonArray incallRanges(QStringList dids)
{
    std::sort(dids.begin(), dids.end());
    dids.erase(std::unique(dids.begin(), dids.end()), dids.end());
    QJsonArray ranges;
    for (qsizetype i = 0; i < dids.size();) {
        qsizetype j = i;
        while (j + 1 < dids.size() && dids.at(j + 1).size() == dids.at(j).size()
            && dids.at(j + 1).toLongLong() == dids.at(j).toLongLong() + 1) {
            ++j;
        }
        ranges.append(QJsonObject { { QStringLiteral("start"), dids.at(i) }, { QStringLiteral("end"), dids.at(j) },
            { QStringLiteral("did_length"), int(dids.at(i).size()) } });
        i = j + 1;
    }
    return ranges;
}

} // namespace

QString ContextKind::internalKey(const ProvisioningPlanner::Settings &settings)
{
    return PlanningContext::key(Kind::InternalContext, settings.internalContext);
}

QString ContextKind::incallKey(const ProvisioningPlanner::Settings &settings)
{
    return PlanningContext::key(Kind::IncallContext, settings.incallContext);
}

void ContextKind::plan(PlanningContext &context)
{
    const ProvisioningPlanner::Settings &s = context.settings;
    const Order &order = context.order;
    const QString tenantKey = TenantKind::key(s);
    const QJsonArray range { QJsonObject { { QStringLiteral("start"), QString::number(order.range.start) },
        { QStringLiteral("end"), QString::number(order.range.end) } } };
    QJsonObject internal { { QStringLiteral("label"), s.internalContext },
        { QStringLiteral("type"), QStringLiteral("internal") }, { QStringLiteral("user_ranges"), range } };
    if (!order.groups.isEmpty()) {
        // confd links a group only to an extension of the context's group ranges; ring groups
        // take their extensions from the customer's range, as users do.
        internal.insert(QStringLiteral("group_ranges"), range);
    }
    context.plan.addResource({ Kind::InternalContext, internalKey(s), QStringLiteral("POST"),
        PlanningContext::Confd + QStringLiteral("/contexts"), internal, { tenantKey }, {}, 0 });

    QStringList allDids;
    for (const Station &st : order.stations) {
        allDids.append(st.dids);
    }
    for (const RingGroup &group : order.groups) {
        allDids.append(group.dids);
    }
    context.plan.addResource({ Kind::IncallContext, incallKey(s), QStringLiteral("POST"),
        PlanningContext::Confd + QStringLiteral("/contexts"),
        QJsonObject { { QStringLiteral("label"), s.incallContext },
            { QStringLiteral("type"), QStringLiteral("incall") },
            { QStringLiteral("incall_ranges"), incallRanges(allDids) } },
        { tenantKey }, {}, 0 });
}

LiveStack::Entry ContextKind::match(
    const LiveStack &live, const ProvisioningResource &, const QJsonObject &body, const QString &)
{
    LiveStack::Entry entry;
    const QString label = LiveStack::text(body, "label");
    QList<QJsonObject> copies;
    for (const QJsonValue &c : live.items(QStringLiteral("contexts"))) {
        const QJsonObject context = c.toObject();
        if (context.value(QLatin1String("label")).toString() == label
            && context.value(QLatin1String("type")).toString() == LiveStack::text(body, "type")) {
            LiveStack::present(entry, context);
            copies.append(context);
        }
    }
    // confd does not refuse a second context with the same label: say so rather than pick one.
    if (copies.size() > 1) {
        entry.state = LiveStack::State::Conflict;
        entry.message =
            ProvisioningReconciler::tr("%1 contexts are labelled \"%2\": keep one.").arg(copies.size()).arg(label);
        entry.copies = LiveStack::byId(copies);
    }
    return entry;
}

} // namespace Staging
