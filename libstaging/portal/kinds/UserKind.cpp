// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/kinds/UserKind.h"

#include "portal/ProvisioningSecrets.h"
#include "portal/kinds/TenantKind.h"

namespace Staging {

ResourceKindUnit UserKind::unit()
{
    using Kind = ProvisioningResource::Kind;
    return {
        .kinds = { { Kind::User, "user", QT_TRANSLATE_NOOP("Staging::DisplayLabels", "user") } },
        .lists = { { QStringLiteral("users"), PlanningContext::Confd + QStringLiteral("/users") },
            { QStringLiteral("lines"), PlanningContext::Confd + QStringLiteral("/lines") },
            { QStringLiteral("extensions"), PlanningContext::Confd + QStringLiteral("/extensions") } },
        .planStation = UserKind::plan,
        .match = UserKind::match,
        .secrets = [](Kind, const QJsonObject &body,
                       const ProvisioningSecrets::Given &given) { return ProvisioningSecrets::fillUser(body, given); },
    };
}

namespace {

using Entry = LiveStack::Entry;
using State = LiveStack::State;

// The portal lists subscriptions in this order (voice, UC, collaboration, customer relationship);
// confd only knows the integers.
int subscriptionType(Profile profile)
{
    switch (profile) {
    case Profile::Voice:
        return 0;
    case Profile::UnifiedCommunication:
        return 1;
    case Profile::CustomerRelationship:
        return 3;
    }
    return 0;
}

// The list of users carries each user's lines with their extensions (confd's "exten" column is
// for searching and sorting, not returned): a station without e-mail is its name on this extension.
bool hasExtension(const QJsonObject &user, const QString &exten)
{
    for (const QJsonValue &line : user.value(QLatin1String("lines")).toArray()) {
        for (const QJsonValue &extension : line.toObject().value(QLatin1String("extensions")).toArray()) {
            if (extension.toObject().value(QLatin1String("exten")).toString() == exten) {
                return true;
            }
        }
    }
    return false;
}

bool sameUser(const QJsonObject &user, const QJsonObject &body)
{
    if (body.contains(QLatin1String("email"))) {
        return LiveStack::lower(user.value(QLatin1String("email")))
            == LiveStack::lower(body.value(QLatin1String("email")));
    }
    return user.value(QLatin1String("firstname")).toString() == LiveStack::text(body, "firstname")
        && user.value(QLatin1String("lastname")).toString() == LiveStack::text(body, "lastname")
        && (!body.contains(QLatin1String("lines"))
            || hasExtension(user,
                objectAtPath(body, QStringLiteral("lines/0/extensions/0")).value(QLatin1String("exten")).toString()));
}

// A user found whose bundle is not all there (a line or an incall posted with it is missing).
void checkCovered(Entry &entry, const QHash<QString, QString> &covered)
{
    for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
        if (objectAtPath(entry.fields, it.value()).isEmpty()) {
            entry.state = State::Conflict;
            entry.message =
                ProvisioningReconciler::tr("The user exists but differs from the order (%1 is missing).").arg(it.key());
        }
    }
}

// A new user whose extension or DID is already taken would be refused: say so now.
void checkExtensionsFree(Entry &entry, const LiveStack &live, const QJsonObject &body)
{
    const QJsonArray lines = body.value(QLatin1String("lines")).toArray();
    const QJsonArray incalls = body.value(QLatin1String("incalls")).toArray();
    QList<QJsonObject> wanted;
    for (const QJsonValue &holder : lines + incalls) {
        for (const QJsonValue &e : holder.toObject().value(QLatin1String("extensions")).toArray()) {
            wanted.append(e.toObject());
        }
    }
    for (const QJsonValue &e : live.items(QStringLiteral("extensions"))) {
        const QJsonObject extension = e.toObject();
        for (const QJsonObject &w : std::as_const(wanted)) {
            if (extension.value(QLatin1String("exten")) == w.value(QLatin1String("exten"))
                && extension.value(QLatin1String("context")) == w.value(QLatin1String("context"))) {
                const QString owner = live.userOfExtension(extension);
                const QString exten = w.value(QLatin1String("exten")).toString();
                entry.state = State::Conflict;
                entry.message = owner.isEmpty()
                    ? ProvisioningReconciler::tr("Extension %1 already exists on the stack.").arg(exten)
                    : ProvisioningReconciler::tr("Extension %1 is already used by %2.").arg(exten, owner);
            }
        }
    }
}

} // namespace

QString UserKind::key(const Station &st)
{
    return PlanningContext::key(ProvisioningResource::Kind::User,
        st.email.isEmpty() ? st.name + QLatin1Char('/') + st.extension : st.email.trimmed().toLower());
}

void UserKind::plan(PlanningContext &context, StationPlanning &station)
{
    const Station &st = station.station;
    const int space = st.name.indexOf(QLatin1Char(' '));
    QJsonObject user { { QStringLiteral("firstname"), space > 0 ? st.name.left(space) : st.name },
        { QStringLiteral("lastname"), space > 0 ? st.name.mid(space + 1) : QString() },
        { QStringLiteral("subscription_type"), subscriptionType(st.profile) } };
    if (!st.phoneLabel.trimmed().isEmpty()) {
        // The phone shows its line's caller id name (provd's display_name), which confd takes from
        // the user's caller id: the label is also the name the people this phone calls see.
        user.insert(QStringLiteral("caller_id"), QStringLiteral("\"%1\"").arg(st.phoneLabel.trimmed()));
    }
    if (!st.email.isEmpty()) {
        user.insert(QStringLiteral("email"), st.email.trimmed());
        // The password is generated by the executor: plans hold no secrets.
        user.insert(QStringLiteral("auth"), QJsonObject { { QStringLiteral("username"), st.email.trimmed() } });
    }
    context.userKeys.insert(&st, station.userKey);
    context.plan.addResource({ ProvisioningResource::Kind::User, station.userKey, QStringLiteral("POST"),
        PlanningContext::Confd + QStringLiteral("/users"), user, { TenantKind::key(context.settings) }, {}, st.row });
}

LiveStack::Entry UserKind::match(
    const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &)
{
    Entry entry;
    for (const QJsonValue &u : live.items(QStringLiteral("users"))) {
        const QJsonObject user = u.toObject();
        if (sameUser(user, body)) {
            entry.copies.append(user);
            LiveStack::present(entry, user);
        }
    }
    if (entry.copies.size() > 1) {
        entry.state = State::Conflict;
        entry.message = ProvisioningReconciler::tr("Several users match this station: keep one.");
        entry.copies = LiveStack::byId(entry.copies);
        return entry;
    }
    entry.copies.clear();
    if (entry.state == State::Present) {
        checkCovered(entry, live.covers.value(r.key));
    } else {
        checkExtensionsFree(entry, live, body);
    }
    return entry;
}

} // namespace Staging
