// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/GroupKind.h"

#include "core/TextKey.h"
#include "portal/kinds/ContextKind.h"
#include "portal/kinds/ExtensionKind.h"
#include "portal/kinds/IncallKind.h"
#include "portal/kinds/TenantKind.h"

#include <QJsonArray>

#include <algorithm>

namespace Staging {

ResourceKindUnit GroupKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::Group, "group", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "ring group") },
            { Kind::GroupMembers, "group-members",
                QT_TRANSLATE_NOOP("Staging::DisplayLabels", "ring group's members") } },
        .lists = { { QStringLiteral("groups"), PlanningContext::Confd + QStringLiteral("/groups") } },
        .planAfterStations = GroupKind::plan,
        .match = GroupKind::match,
    };
}

QString GroupKind::key(const QString &name)
{
    // The plan and its members compare names as textKey() does: "Accueil" and "ACCUEIL" are one.
    return PlanningContext::key(ProvisioningResource::Kind::Group, textKey(name));
}

namespace {

using Kind = ProvisioningResource::Kind;

// confd takes only [-_.a-zA-Z0-9 ] in a group's label (it ends up in Asterisk's queues.conf):
// accents are stripped, anything else becomes a space. textKey() of both is the same.
QString confdLabel(const QString &name)
{
    QString label;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark()) {
            continue;
        }
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char('.');
        label.append(allowed ? c : QLatin1Char(' '));
    }
    return label.simplified().left(128);
}

// The group's members: the planned users of the stations naming it, in row order.
QJsonArray members(const PlanningContext &context, const RingGroup &group, QStringList &userKeys)
{
    QJsonArray users;
    for (const Station &station : context.order.stations) {
        const QString userKey = context.userKeys.value(&station);
        if (namesRingGroup(station.groups, group.name) && !userKey.isEmpty()) {
            users.append(QJsonObject { { QStringLiteral("uuid"), PlanningContext::ref(userKey, "uuid") } });
            userKeys.append(userKey);
        }
    }
    return users;
}

void planGroup(PlanningContext &context, const RingGroup &group)
{
    const QString &Confd = PlanningContext::Confd;
    const QString groupKey = GroupKind::key(group.name);
    context.plan.addResource({ Kind::Group, groupKey, QStringLiteral("POST"), Confd + QStringLiteral("/groups"),
        QJsonObject { { QStringLiteral("label"), confdLabel(group.name) },
            { QStringLiteral("ring_strategy"),
                group.strategy == RingGroup::Strategy::Linear ? QStringLiteral("linear") : QStringLiteral("all") } },
        { TenantKind::key(context.settings) }, {}, group.row });
    if (!group.extension.isEmpty()) {
        const QString internalKey = ContextKind::internalKey(context.settings);
        const QString extensionKey =
            ExtensionKind::key(group.extension + QLatin1Char('@') + context.settings.internalContext);
        context.plan.addResource(
            { Kind::Extension, extensionKey, QStringLiteral("POST"), Confd + QStringLiteral("/extensions"),
                QJsonObject { { QStringLiteral("exten"), group.extension },
                    { QStringLiteral("context"), PlanningContext::ref(internalKey, "name") } },
                { internalKey, groupKey },
                { QStringLiteral("PUT %1/groups/%2/extensions/%3")
                        .arg(Confd, PlanningContext::ref(groupKey, "uuid"), PlanningContext::ref(extensionKey, "id")) },
                group.row });
    }
    QStringList userKeys;
    const QJsonArray users = members(context, group, userKeys);
    if (!users.isEmpty()) {
        // One PUT sets the whole list: sent again, it leaves the same members.
        context.plan.addResource({ Kind::GroupMembers, PlanningContext::key(Kind::GroupMembers, textKey(group.name)),
            QStringLiteral("PUT"),
            QStringLiteral("%1/groups/%2/members/users").arg(Confd, PlanningContext::ref(groupKey, "uuid")),
            QJsonObject { { QStringLiteral("users"), users } }, QStringList { groupKey } + userKeys, {}, group.row });
    }
    const QJsonObject destination { { QStringLiteral("type"), QStringLiteral("group") },
        { QStringLiteral("group_id"), PlanningContext::ref(groupKey, "id") } };
    for (const QString &did : group.dids) {
        IncallKind::addIncall(context, destination, groupKey, did, group.row);
    }
    if (group.newDid) {
        context.plan.addWarning({ group.row, QStringLiteral("did-pending"), groupKey,
            ProvisioningPlanner::tr("Ring group %1 asks for a new number: its incall is planned once the operator "
                                    "assigns the DID.")
                .arg(group.name) });
    }
}

// The group of that label in the tenant; two are a conflict (confd takes a second label alike).
LiveStack::Entry groupByLabel(const LiveStack &live, const QString &label)
{
    LiveStack::Entry entry;
    for (const QJsonValue &g : live.items(QStringLiteral("groups"))) {
        if (textKey(g.toObject().value(QLatin1String("label")).toString()) == textKey(label)) {
            entry.copies.append(g.toObject());
            LiveStack::present(entry, g.toObject());
        }
    }
    if (entry.copies.size() > 1) {
        entry.state = LiveStack::State::Conflict;
        entry.message = ProvisioningReconciler::tr("%1 ring groups are labelled \"%2\": keep one.")
                            .arg(entry.copies.size())
                            .arg(label);
        entry.copies = LiveStack::byId(entry.copies);
        return entry;
    }
    entry.copies.clear();
    return entry;
}

// The members are there when the group holds exactly the planned users, in the planned order.
LiveStack::Entry matchMembers(const LiveStack &live, const QJsonObject &body, const QString &path)
{
    LiveStack::Entry entry;
    const QString groupUuid = path.section(QLatin1Char('/'), -3, -3);
    for (const QJsonValue &g : live.items(QStringLiteral("groups"))) {
        const QJsonObject group = g.toObject();
        if (group.value(QLatin1String("uuid")).toString() != groupUuid) {
            continue;
        }
        QStringList have;
        for (const QJsonValue &u :
            group.value(QLatin1String("members")).toObject().value(QLatin1String("users")).toArray()) {
            have.append(u.toObject().value(QLatin1String("uuid")).toString());
        }
        QStringList want;
        for (const QJsonValue &u : body.value(QLatin1String("users")).toArray()) {
            want.append(u.toObject().value(QLatin1String("uuid")).toString());
        }
        if (have == want) {
            LiveStack::present(entry, {});
        }
    }
    return entry;
}

} // namespace

void GroupKind::plan(PlanningContext &context)
{
    for (const RingGroup &group : context.order.groups) {
        planGroup(context, group);
    }
}

LiveStack::Entry GroupKind::match(
    const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path)
{
    return r.kind == Kind::GroupMembers ? matchMembers(live, body, path)
                                        : groupByLabel(live, LiveStack::text(body, "label"));
}

} // namespace Staging
