// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimGroupApi.h"

#include "simulator/SimConfdRules.h"

#include <QRegularExpression>

#include <limits>

namespace Staging {

using namespace SimConfdRules;

namespace {

// group/schema.py: the label ends in queues.conf and in dialplan logs, hence its narrow alphabet.
const QRegularExpression &labelPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[-_.a-zA-Z0-9 ]+$"));
    return pattern;
}

// The API's names of the ring strategies; confd stores some under Asterisk's own names, and
// answers with the API's.
const QStringList &ringStrategies()
{
    static const QStringList strategies { QStringLiteral("all"), QStringLiteral("random"),
        QStringLiteral("least_recent"), QStringLiteral("linear"), QStringLiteral("fewest_calls"),
        QStringLiteral("memorized_round_robin"), QStringLiteral("weight_random") };
    return strategies;
}

QString checkNullableCount(const QJsonObject &body, const char *field)
{
    const QJsonValue value = body.value(QLatin1String(field));
    return value.isNull() ? QString() : checkInt(body, field, 0, std::numeric_limits<int>::max());
}

// What POST and PUT may set, with confd's defaults for a new group (GroupFeatures' constructor).
const QList<std::pair<const char *, QJsonValue>> &writableFields()
{
    static const QList<std::pair<const char *, QJsonValue>> fields {
        { "label", QJsonValue::Null },
        { "preprocess_subroutine", QJsonValue::Null },
        { "ring_strategy", QStringLiteral("all") },
        { "caller_id_mode", QJsonValue::Null },
        { "caller_id_name", QJsonValue::Null },
        { "dtmf_record_toggle", false },
        { "timeout", QJsonValue::Null },
        { "user_timeout", 15 },
        { "retry_delay", 5 },
        { "music_on_hold", QJsonValue::Null },
        { "ring_in_use", true },
        { "mark_answered_elsewhere", false },
        { "enabled", true },
        { "ignore_forward", false },
        { "max_calls", 0 },
    };
    return fields;
}

} // namespace

SimGroupApi::SimGroupApi(SimState &state)
    : m_state(state)
{
}

void SimGroupApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/groups"), [this](SimCall &c) { return listGroups(c); });
    r.add("POST", QStringLiteral("/groups"), [this](SimCall &c) { return postGroup(c); });
    r.add("GET", QStringLiteral("/groups/{}"), [this](SimCall &c) { return getGroup(c); });
    r.add("PUT", QStringLiteral("/groups/{}"), [this](SimCall &c) { return putGroup(c); });
    r.add("DELETE", QStringLiteral("/groups/{}"), [this](SimCall &c) { return deleteGroup(c); });
    r.add("PUT", QStringLiteral("/groups/{}/members/users"), [this](SimCall &c) { return putMemberUsers(c); });
    r.add(
        "PUT", QStringLiteral("/groups/{}/extensions/{}"), [this](SimCall &c) { return associateExtension(c, true); });
    r.add("DELETE", QStringLiteral("/groups/{}/extensions/{}"),
        [this](SimCall &c) { return associateExtension(c, false); });
}

// Group configuration reaches Asterisk (queues.conf and the dialplan): modest confd work, no login.
int SimGroupApi::charge() const
{
    return m_state.cost.charge(SimCostModel::kConfigWriteConfdMs, 0.0);
}

int SimGroupApi::findGroup(const SimCall &call, const QString &uuidOrId) const
{
    for (auto it = m_state.groups.cbegin(); it != m_state.groups.cend(); ++it) {
        if ((QString::number(it.key()) == uuidOrId || it.value().value(QLatin1String("uuid")).toString() == uuidOrId)
            && reachable(m_state, call, it.value())) {
            return it.key();
        }
    }
    return -1;
}

HttpResponse SimGroupApi::groupNotFound(const SimCall &call) const
{
    // xivo-dao's group dao looks a uuid up by "uuid", an id by "id".
    bool isId = false;
    const int id = call.param(0).toInt(&isId);
    return error(404,
        isId ? notFoundMessage("Group", { { "id", id } }) : notFoundMessage("Group", { { "uuid", call.param(0) } }));
}

QJsonArray SimGroupApi::renderExtensions(int groupId) const
{
    QJsonArray out;
    if (!m_state.groupExtension.contains(groupId)) {
        return out;
    }
    const QJsonObject e = m_state.extensions.value(m_state.groupExtension.value(groupId));
    const int id = e.value(QLatin1String("id")).toInt();
    out.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("exten"), e.value(QLatin1String("exten")) },
        { QStringLiteral("context"), e.value(QLatin1String("context")) },
        { QStringLiteral("links"),
            links(m_baseUrl, QStringLiteral("extensions"), QStringLiteral("/extensions/%1").arg(id)) } });
    return out;
}

QJsonArray SimGroupApi::renderMembers(int groupId) const
{
    QJsonArray out;
    for (const auto &member : m_state.groupUsers.value(groupId)) {
        const QJsonObject user = m_state.users.value(member.first);
        out.append(QJsonObject { { QStringLiteral("priority"), member.second },
            { QStringLiteral("uuid"), user.value(QLatin1String("uuid")) },
            { QStringLiteral("firstname"), user.value(QLatin1String("firstname")) },
            { QStringLiteral("lastname"), user.value(QLatin1String("lastname")) },
            { QStringLiteral("links"),
                links(m_baseUrl, QStringLiteral("users"), QStringLiteral("/users/%1").arg(member.first)) } });
    }
    return out;
}

QJsonArray SimGroupApi::renderIncalls(int groupId) const
{
    QJsonArray out;
    for (const QJsonObject &incall : std::as_const(m_state.incalls)) {
        const QJsonObject destination = incall.value(QLatin1String("destination")).toObject();
        if (destination.value(QLatin1String("type")).toString() != QLatin1String("group")
            || destination.value(QLatin1String("group_id")).toInt() != groupId) {
            continue;
        }
        const int id = incall.value(QLatin1String("id")).toInt();
        QJsonArray extensions;
        if (m_state.incallExtension.contains(id)) {
            const QJsonObject e = m_state.extensions.value(m_state.incallExtension.value(id));
            extensions.append(QJsonObject { { QStringLiteral("id"), e.value(QLatin1String("id")) },
                { QStringLiteral("exten"), e.value(QLatin1String("exten")) },
                { QStringLiteral("context"), e.value(QLatin1String("context")) } });
        }
        out.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("extensions"), extensions },
            { QStringLiteral("links"),
                links(m_baseUrl, QStringLiteral("incalls"), QStringLiteral("/incalls/%1").arg(id)) } });
    }
    return out;
}

QJsonObject SimGroupApi::renderGroup(const QJsonObject &group) const
{
    const int id = group.value(QLatin1String("id")).toInt();
    QJsonObject out = group;
    out.insert(QStringLiteral("extensions"), renderExtensions(id));
    out.insert(QStringLiteral("members"),
        QJsonObject {
            { QStringLiteral("users"), renderMembers(id) }, { QStringLiteral("extensions"), QJsonArray {} } });
    out.insert(QStringLiteral("incalls"), renderIncalls(id));
    out.insert(QStringLiteral("fallbacks"),
        QJsonObject { { QStringLiteral("noanswer_destination"), QJsonValue::Null },
            { QStringLiteral("congestion_destination"), QJsonValue::Null } });
    out.insert(QStringLiteral("schedules"), QJsonArray {});
    out.insert(QStringLiteral("call_permissions"), QJsonArray {});
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("groups"),
            QStringLiteral("/groups/%1").arg(group.value(QLatin1String("uuid")).toString())));
    return out;
}

QJsonArray SimGroupApi::groupsOfUser(int userId) const
{
    QJsonArray out;
    for (auto it = m_state.groupUsers.cbegin(); it != m_state.groupUsers.cend(); ++it) {
        for (const auto &member : it.value()) {
            if (member.first != userId) {
                continue;
            }
            const QJsonObject group = m_state.groups.value(it.key());
            const QString uuid = group.value(QLatin1String("uuid")).toString();
            out.append(QJsonObject { { QStringLiteral("uuid"), uuid }, { QStringLiteral("id"), it.key() },
                { QStringLiteral("name"), group.value(QLatin1String("name")) },
                { QStringLiteral("links"),
                    links(m_baseUrl, QStringLiteral("groups"), QStringLiteral("/groups/%1").arg(uuid)) } });
        }
    }
    return out;
}

QString SimGroupApi::validate(const QJsonObject &body, bool creating) const
{
    for (const QString &problem : { checkString(body, "label", creating, 128, false),
             checkString(body, "preprocess_subroutine", false, 79), checkString(body, "caller_id_name", false, 80),
             checkString(body, "music_on_hold", false, 128), checkNullableCount(body, "timeout"),
             checkNullableCount(body, "user_timeout"), checkNullableCount(body, "retry_delay"),
             checkNullableCount(body, "max_calls"), checkBool(body, "dtmf_record_toggle"),
             checkBool(body, "ring_in_use"), checkBool(body, "mark_answered_elsewhere"), checkBool(body, "enabled"),
             checkBool(body, "ignore_forward") }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    if (body.contains(QLatin1String("label"))
        && !labelPattern().match(body.value(QLatin1String("label")).toString()).hasMatch()) {
        return fieldError(QStringLiteral("label"), QStringLiteral("String does not match expected pattern."));
    }
    const QJsonValue strategy = body.value(QLatin1String("ring_strategy"));
    if (!strategy.isUndefined() && !ringStrategies().contains(strategy.toString())) {
        return fieldError(QStringLiteral("ring_strategy"),
            QStringLiteral("Must be one of: %1.").arg(ringStrategies().join(QStringLiteral(", "))));
    }
    const QJsonValue mode = body.value(QLatin1String("caller_id_mode"));
    if (!mode.isUndefined() && !mode.isNull()
        && !QStringList { QStringLiteral("prepend"), QStringLiteral("overwrite"), QStringLiteral("append") }.contains(
            mode.toString())) {
        return fieldError(
            QStringLiteral("caller_id_mode"), QStringLiteral("Must be one of: prepend, overwrite, append."));
    }
    // MOHExists: the simulator has no music on hold but "default", which confd always accepts.
    const QJsonValue moh = body.value(QLatin1String("music_on_hold"));
    if (moh.isString() && !moh.toString().isEmpty() && moh.toString() != QLatin1String("default")) {
        return QStringLiteral("Input Error - field 'music_on_hold': MOH was not found")
            + meta({ { "music_on_hold", moh } });
    }
    return {};
}

HttpResponse SimGroupApi::listGroups(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
    for (const QJsonObject &group : std::as_const(m_state.groups)) {
        if (!tenants.contains(group.value(QLatin1String("tenant_uuid")).toString())) {
            continue;
        }
        QJsonObject item = renderGroup(group);
        // Computed search/sort column: the group's extension.
        const QJsonArray extensions = item.value(QLatin1String("extensions")).toArray();
        item.insert(QStringLiteral("exten"),
            extensions.isEmpty() ? QJsonValue(QJsonValue::Null)
                                 : extensions.first().toObject().value(QLatin1String("exten")));
        items.append(item);
    }
    const QStringList search { QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("preprocess_subroutine"),
        QStringLiteral("exten") };
    QStringList columns = search;
    columns << QStringLiteral("id");
    return list(
        call, items, SimListQuery::Spec { search, columns, QStringLiteral("label"), { QStringLiteral("exten") } });
}

HttpResponse SimGroupApi::postGroup(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    // Deprecated since 21.04 but still read: "name" stands for a missing "label".
    if (!body.contains(QLatin1String("label")) && body.contains(QLatin1String("name"))) {
        body.insert(QStringLiteral("label"), body.value(QLatin1String("name")));
    }
    const QString problem = validate(body, true);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const int id = m_state.nextId++;
    const QString uuid = newUuid();
    const QString slug = m_state.tenants.value(call.tenant).value(QLatin1String("slug")).toString();
    QJsonObject group { { QStringLiteral("id"), id }, { QStringLiteral("uuid"), uuid },
        { QStringLiteral("tenant_uuid"), call.tenant },
        { QStringLiteral("name"), QStringLiteral("grp-%1-%2").arg(slug, uuid) } };
    for (const auto &[key, fallback] : writableFields()) {
        const QJsonValue given = body.value(QLatin1String(key));
        group.insert(QLatin1String(key), given.isUndefined() ? fallback : given);
    }
    m_state.groups.insert(id, group);
    HttpResponse response = created(m_baseUrl, QStringLiteral("/groups/%1").arg(uuid), renderGroup(group));
    response.delayMs += charge();
    return response;
}

HttpResponse SimGroupApi::getGroup(SimCall &call)
{
    const int id = findGroup(call, call.param(0));
    return id < 0 ? groupNotFound(call) : HttpResponse::json(200, renderGroup(m_state.groups.value(id)));
}

HttpResponse SimGroupApi::putGroup(SimCall &call)
{
    const int id = findGroup(call, call.param(0));
    if (id < 0) {
        return groupNotFound(call);
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    if (!body.contains(QLatin1String("label")) && body.contains(QLatin1String("name"))) {
        body.insert(QStringLiteral("label"), body.value(QLatin1String("name")));
    }
    const QString problem = validate(body, false); // partial, like every confd item PUT
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    QJsonObject &group = m_state.groups[id];
    for (const auto &field : writableFields()) {
        if (body.contains(QLatin1String(field.first))) {
            group.insert(QLatin1String(field.first), body.value(QLatin1String(field.first)));
        }
    }
    HttpResponse response = HttpResponse::empty(204);
    response.delayMs += charge();
    return response;
}

HttpResponse SimGroupApi::deleteGroup(SimCall &call)
{
    const int id = findGroup(call, call.param(0));
    if (id < 0) {
        return groupNotFound(call);
    }
    // The group's extension stays, free again (xivo-dao resets it); its members and its function
    // keys go with it.
    m_state.groupExtension.remove(id);
    m_state.groupUsers.remove(id);
    for (QMap<int, QJsonObject> &keys : m_state.userFuncKeys) {
        keys.removeIf([id](const QMap<int, QJsonObject>::iterator &key) {
            const QJsonObject destination = key.value().value(QLatin1String("destination")).toObject();
            return destination.value(QLatin1String("type")).toString() == QLatin1String("group")
                && destination.value(QLatin1String("group_id")).toInt() == id;
        });
    }
    m_state.groups.remove(id);
    HttpResponse response = HttpResponse::empty(204);
    response.delayMs += charge();
    return response;
}

QString SimGroupApi::checkMembers(
    const SimCall &call, int groupId, const QJsonObject &body, QList<QPair<int, int>> *out) const
{
    const QJsonValue users = body.value(QLatin1String("users"));
    if (users.isUndefined()) {
        return fieldError(QStringLiteral("users"), QStringLiteral("Missing data for required field."));
    }
    if (!users.isArray()) {
        return fieldError(QStringLiteral("users"), QStringLiteral("Invalid type."));
    }
    const QString groupTenant = m_state.groups.value(groupId).value(QLatin1String("tenant_uuid")).toString();
    const QJsonArray items = users.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString problem = checkInt(item, "priority", 0, std::numeric_limits<int>::max());
        if (!items.at(i).isObject() || !item.value(QLatin1String("uuid")).isString() || !problem.isEmpty()) {
            // contract: uncertain (wazo-api.md §7) - marshmallow nests the index and the field.
            return QStringLiteral("Input Error - users: {%1: {'uuid': ['Missing data for required field.']}}").arg(i);
        }
        const QString uuid = item.value(QLatin1String("uuid")).toString();
        int userId = -1;
        for (auto it = m_state.users.cbegin(); it != m_state.users.cend(); ++it) {
            if (it.value().value(QLatin1String("uuid")).toString() == uuid && reachable(m_state, call, it.value())) {
                userId = it.key();
            }
        }
        if (userId < 0) {
            return QStringLiteral("Input Error - field 'users': User was not found") + meta({ { "uuid", uuid } });
        }
        // Without a priority, a member's is its place in the list.
        out->append({ userId,
            item.contains(QLatin1String("priority")) ? item.value(QLatin1String("priority")).toInt() : int(i) });
    }
    // group_member/validator.py: every user in the group's tenant first, then each with a line.
    for (const auto &member : std::as_const(*out)) {
        const QString userTenant = m_state.users.value(member.first).value(QLatin1String("tenant_uuid")).toString();
        if (userTenant != groupTenant) {
            return differentTenants({ { "group_tenant_uuid", groupTenant }, { "user_tenant_uuid", userTenant } });
        }
    }
    QList<int> seen;
    QList<int> mainLines;
    for (const auto &member : std::as_const(*out)) {
        int mainLine = -1;
        for (const auto &ul : std::as_const(m_state.userLines)) {
            if (ul.first == member.first && mainLine < 0) {
                mainLine = ul.second;
            }
        }
        if (mainLine < 0) {
            return QStringLiteral("Resource Error - User must be associated with a Line")
                + meta({ { "user_uuid", m_state.users.value(member.first).value(QLatin1String("uuid")) } });
        }
        seen.append(member.first);
        mainLines.append(mainLine);
    }
    for (const int userId : std::as_const(seen)) {
        if (seen.count(userId) > 1) {
            return QStringLiteral(
                "Resource Error - Operation not permitted. Cannot associate same user more than once");
        }
    }
    for (const int line : std::as_const(mainLines)) {
        if (mainLines.count(line) > 1) {
            return QStringLiteral("Resource Error - Operation not permitted. Cannot associate different users with "
                                  "the same line")
                + meta({ { "line_id", line } });
        }
    }
    return {};
}

HttpResponse SimGroupApi::putMemberUsers(SimCall &call)
{
    const int id = findGroup(call, call.param(0));
    if (id < 0) {
        return groupNotFound(call);
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    QList<QPair<int, int>> members;
    const QString problem = checkMembers(call, id, body, &members);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    m_state.groupUsers.insert(id, members); // the list replaces the previous one
    HttpResponse response = HttpResponse::empty(204);
    response.delayMs += charge();
    return response;
}

QString SimGroupApi::checkExtension(int groupId, int extensionId) const
{
    const QJsonObject group = m_state.groups.value(groupId);
    const QJsonObject extension = m_state.extensions.value(extensionId);
    // group_extension/validator.py, in its order.
    if (m_state.groupExtension.contains(groupId)) {
        return QStringLiteral("Resource Error - Group is associated with a Extension")
            + meta({ { "group_id", groupId }, { "extension_id", m_state.groupExtension.value(groupId) } });
    }
    const int otherGroup = m_state.groupExtension.key(extensionId, -1);
    if (otherGroup >= 0) {
        return QStringLiteral("Resource Error - Group is associated with a Extension")
            + meta({ { "group_id", otherGroup }, { "extension_id", extensionId } });
    }
    const int lineId = m_state.lineExtension.key(extensionId, -1);
    const int incallId = m_state.incallExtension.key(extensionId, -1);
    if (lineId >= 0 || incallId >= 0) {
        // confd reads the owner from the extension's type/typeval: a line's user, an incall.
        // contract: uncertain - an extension on a line without a user is refused here as well.
        int userId = 0;
        for (const auto &ul : std::as_const(m_state.userLines)) {
            userId = ul.second == lineId && userId == 0 ? ul.first : userId;
        }
        return QStringLiteral("Resource Error - Extension is associated with a %1")
                   .arg(lineId >= 0 ? QStringLiteral("user") : QStringLiteral("incall"))
            + meta({ { "extension_id", extensionId },
                { "associated_id", QString::number(lineId >= 0 ? userId : incallId) } });
    }
    const QString contextName = extension.value(QLatin1String("context")).toString();
    QJsonObject context;
    for (const QJsonObject &c : std::as_const(m_state.contexts)) {
        context = c.value(QLatin1String("name")).toString() == contextName ? c : context;
    }
    const QString type = context.value(QLatin1String("type")).toString();
    if (type != QLatin1String("internal")) {
        return QStringLiteral("Resource Error - ContextType '%1' cannot be associated").arg(type)
            + meta({ { "id", extensionId }, { "context", contextName } });
    }
    const QString exten = extension.value(QLatin1String("exten")).toString();
    if (!exten.startsWith(QLatin1Char('_'))
        && !inRange(exten, context.value(QLatin1String("group_ranges")).toArray())) {
        return QStringLiteral("Input Error - Extension '%1' is outside of range for context '%2'")
            .arg(exten, contextName);
    }
    if (extension.value(QLatin1String("tenant_uuid")) != group.value(QLatin1String("tenant_uuid"))) {
        return differentTenants({ { "extension_tenant_uuid", extension.value(QLatin1String("tenant_uuid")) },
            { "group_tenant_uuid", group.value(QLatin1String("tenant_uuid")) } });
    }
    return {};
}

HttpResponse SimGroupApi::associateExtension(SimCall &call, bool associate)
{
    const int groupId = findGroup(call, call.param(0));
    if (groupId < 0) {
        return groupNotFound(call);
    }
    const int extensionId = toId(call.param(1));
    if (!m_state.extensions.contains(extensionId) || !reachable(m_state, call, m_state.extensions.value(extensionId))) {
        return error(404, notFoundMessage("Extension", { { "id", extensionId } }));
    }
    const bool already = m_state.groupExtension.value(groupId, -1) == extensionId;
    if (!associate) {
        if (already) { // dissociating what is not there is a no-op, as in confd's service
            m_state.groupExtension.remove(groupId);
        }
        return HttpResponse::empty(204);
    }
    if (already) {
        return HttpResponse::empty(204); // idempotent, like confd's service
    }
    const QString problem = checkExtension(groupId, extensionId);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    m_state.groupExtension.insert(groupId, extensionId);
    HttpResponse response = HttpResponse::empty(204);
    response.delayMs += charge();
    return response;
}

} // namespace Staging
