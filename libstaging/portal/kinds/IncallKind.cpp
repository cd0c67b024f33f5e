// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/IncallKind.h"

#include "portal/kinds/ContextKind.h"
#include "portal/kinds/ExtensionKind.h"

namespace Staging {

ResourceKindUnit IncallKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Incall, "incall", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "incoming call") } },
        .lists = { { QStringLiteral("incalls"), PlanningContext::Confd + QStringLiteral("/incalls") } },
        .planStation = IncallKind::plan,
        .match = IncallKind::match,
    };
}

void IncallKind::addIncall(
    PlanningContext &context, const QJsonObject &destination, const QString &ownerKey, const QString &did, int row)
{
    using Kind = ProvisioningResource::Kind;
    const QString &Confd = PlanningContext::Confd;
    const QString incallKey = ContextKind::incallKey(context.settings);
    const QString incallResource = PlanningContext::key(Kind::Incall, did);
    // The description is the DID: until its extension is linked, the incall's only key (a
    // lost answer is found by it, not made again). Data on the stack, never translated.
    context.plan.addResource({ Kind::Incall, incallResource, QStringLiteral("POST"), Confd + QStringLiteral("/incalls"),
        QJsonObject { { QStringLiteral("destination"), destination }, { QStringLiteral("description"), did } },
        { ownerKey }, {}, row });
    const QString didExtension = ExtensionKind::key(did + QLatin1Char('@') + context.settings.incallContext);
    context.plan.addResource(
        { Kind::Extension, didExtension, QStringLiteral("POST"), Confd + QStringLiteral("/extensions"),
            QJsonObject { { QStringLiteral("exten"), did },
                { QStringLiteral("context"), PlanningContext::ref(incallKey, "name") } },
            { incallKey, incallResource },
            { QStringLiteral("PUT %1/incalls/%2/extensions/%3")
                    .arg(Confd, PlanningContext::ref(incallResource, "id"), PlanningContext::ref(didExtension, "id")) },
            row });
}

void IncallKind::plan(PlanningContext &context, StationPlanning &station)
{
    const Station &st = station.station;
    const QJsonObject user { { QStringLiteral("type"), QStringLiteral("user") },
        { QStringLiteral("user_id"), PlanningContext::ref(station.userKey, "id") } };
    for (const QString &did : st.dids) {
        addIncall(context, user, station.userKey, did, st.row);
    }
    if (st.newDid) {
        context.plan.addWarning({ st.row, QStringLiteral("did-pending"), station.userKey,
            ProvisioningPlanner::tr(
                "%1 asks for a new number: its incall is planned once the operator assigns the DID.")
                .arg(station.where) });
    }
}

LiveStack::Entry IncallKind::match(
    const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &)
{
    // An incall is known by its DID: the extension resource that depends on it names it. Until
    // that extension is linked (the plan's own graph posts the incall first), by its
    // description, which the plan sets to the DID.
    LiveStack::Entry entry;
    const QString did = r.key.section(QLatin1Char(':'), 1);
    const QString description = LiveStack::text(body, "description");
    QList<QJsonObject> unlinked;
    for (const QJsonValue &i : live.items(QStringLiteral("incalls"))) {
        const QJsonObject incall = i.toObject();
        const QJsonArray extensions = incall.value(QLatin1String("extensions")).toArray();
        for (const QJsonValue &e : extensions) {
            if (e.toObject().value(QLatin1String("exten")).toString() == did) {
                LiveStack::present(entry, incall);
            }
        }
        if (extensions.isEmpty() && !description.isEmpty()
            && incall.value(QLatin1String("description")).toString() == description) {
            unlinked.append(incall);
        }
    }
    if (entry.state == LiveStack::State::Missing && !unlinked.isEmpty()) {
        LiveStack::present(entry, unlinked.first());
        // confd takes a second incall alike: say so rather than pick one.
        if (unlinked.size() > 1) {
            entry.state = LiveStack::State::Conflict;
            entry.message = ProvisioningReconciler::tr("%1 incalls without a number are described \"%2\": keep one.")
                                .arg(unlinked.size())
                                .arg(description);
            entry.copies = LiveStack::byId(unlinked);
        }
    }
    return entry;
}

} // namespace Staging
