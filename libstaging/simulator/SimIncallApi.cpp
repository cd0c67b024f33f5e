// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimIncallApi.h"

#include "simulator/SimConfdRules.h"

namespace Staging {

using namespace SimConfdRules;

SimIncallApi::SimIncallApi(SimState &state)
    : m_state(state)
{
}

void SimIncallApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/incalls"), [this](SimCall &c) { return listIncalls(c); });
    r.add("POST", QStringLiteral("/incalls"), [this](SimCall &c) { return postIncall(c); });
    r.add("GET", QStringLiteral("/incalls/{}"), [this](SimCall &c) { return getIncall(c); });
    r.add("PUT", QStringLiteral("/incalls/{}"), [this](SimCall &c) { return putIncall(c); });
    r.add("DELETE", QStringLiteral("/incalls/{}"), [this](SimCall &c) { return deleteIncall(c); });
    r.add(
        "PUT", QStringLiteral("/incalls/{}/extensions/{}"), [this](SimCall &c) { return associateExtension(c, true); });
    r.add("DELETE", QStringLiteral("/incalls/{}/extensions/{}"),
        [this](SimCall &c) { return associateExtension(c, false); });
}

QJsonArray SimIncallApi::renderExtensions(int incallId, bool withLinks) const
{
    QJsonArray out;
    if (!m_state.incallExtension.contains(incallId)) {
        return out;
    }
    const QJsonObject e = m_state.extensions.value(m_state.incallExtension.value(incallId));
    QJsonObject item { { QStringLiteral("id"), e.value(QLatin1String("id")) },
        { QStringLiteral("exten"), e.value(QLatin1String("exten")) },
        { QStringLiteral("context"), e.value(QLatin1String("context")) } };
    if (withLinks) {
        item.insert(QStringLiteral("links"),
            links(m_baseUrl, QStringLiteral("extensions"),
                QStringLiteral("/extensions/%1").arg(e.value(QLatin1String("id")).toInt())));
    }
    out.append(item);
    return out;
}

QJsonObject SimIncallApi::renderIncall(const QJsonObject &incall) const
{
    const int id = incall.value(QLatin1String("id")).toInt();
    QJsonObject out = incall;
    QJsonObject destination = incall.value(QLatin1String("destination")).toObject();
    if (destination.value(QLatin1String("type")).toString() == QLatin1String("group")) {
        // helpers/destination.py flattens the group's name and label into the destination.
        const QJsonObject group = m_state.groups.value(destination.value(QLatin1String("group_id")).toInt());
        destination.insert(QStringLiteral("group_name"), group.value(QLatin1String("name")));
        destination.insert(QStringLiteral("group_label"), group.value(QLatin1String("label")));
        destination.insert(QStringLiteral("ring_time"),
            destination.value(QLatin1String("ring_time")).isDouble() ? destination.value(QLatin1String("ring_time"))
                                                                     : QJsonValue(QJsonValue::Null));
        out.insert(QStringLiteral("destination"), destination);
    }
    out.insert(QStringLiteral("extensions"), renderExtensions(id, true));
    out.insert(QStringLiteral("schedules"), QJsonArray {});
    out.insert(
        QStringLiteral("links"), links(m_baseUrl, QStringLiteral("incalls"), QStringLiteral("/incalls/%1").arg(id)));
    return out;
}

QJsonArray SimIncallApi::incallsOfUser(int userId) const
{
    QJsonArray out;
    for (const QJsonObject &incall : std::as_const(m_state.incalls)) {
        const QJsonObject destination = incall.value(QLatin1String("destination")).toObject();
        if (destination.value(QLatin1String("type")).toString() == QLatin1String("user")
            && destination.value(QLatin1String("user_id")).toInt() == userId) {
            const int id = incall.value(QLatin1String("id")).toInt();
            out.append(QJsonObject { { QStringLiteral("id"), id },
                { QStringLiteral("extensions"), renderExtensions(id, false) },
                { QStringLiteral("links"),
                    links(m_baseUrl, QStringLiteral("incalls"), QStringLiteral("/incalls/%1").arg(id)) } });
        }
    }
    return out;
}

QString SimIncallApi::validateDestination(const SimCall &call, const QJsonValue &value) const
{
    static const QStringList types { QStringLiteral("application"), QStringLiteral("conference"),
        QStringLiteral("custom"), QStringLiteral("extension"), QStringLiteral("group"), QStringLiteral("hangup"),
        QStringLiteral("ivr"), QStringLiteral("none"), QStringLiteral("outcall"), QStringLiteral("queue"),
        QStringLiteral("sound"), QStringLiteral("switchboard"), QStringLiteral("user"), QStringLiteral("voicemail") };
    if (!value.isObject()) {
        return fieldError(QStringLiteral("destination"), QStringLiteral("Invalid input type."));
    }
    const QJsonObject destination = value.toObject();
    const QString type = destination.value(QLatin1String("type")).toString();
    if (!types.contains(type)) {
        // contract: uncertain (wazo-api.md §7) - the nesting of marshmallow's message.
        return QStringLiteral("Input Error - destination: {'type': ['Must be one of: %1.']}")
            .arg(types.join(QStringLiteral(", ")));
    }
    if (type == QLatin1String("user")) {
        const QJsonValue userId = destination.value(QLatin1String("user_id"));
        if (!userId.isDouble()) {
            return QStringLiteral("Input Error - destination: {'user_id': ['Missing data for required field.']}");
        }
        const int id = userId.toInt();
        if (!m_state.users.contains(id) || !visible(call, m_state.users.value(id))) {
            return QStringLiteral("Input Error - field 'user_id': User was not found") + meta({ { "user_id", id } });
        }
        const QJsonValue ring = destination.value(QLatin1String("ring_time"));
        if (!ring.isUndefined() && !ring.isNull() && (!ring.isDouble() || ring.toDouble() < 0)) {
            return QStringLiteral("Input Error - destination: {'ring_time': ['Not a valid number.']}");
        }
    }
    if (type == QLatin1String("group")) {
        const QJsonValue groupId = destination.value(QLatin1String("group_id"));
        if (!groupId.isDouble()) {
            return QStringLiteral("Input Error - destination: {'group_id': ['Missing data for required field.']}");
        }
        // helpers/destination.py checks the stored field, "actionarg1", in every tenant; the
        // simulator, stricter, wants the caller's own tenant, as for a user.
        const int id = groupId.toInt();
        if (!m_state.groups.contains(id) || !visible(call, m_state.groups.value(id))) {
            return QStringLiteral("Input Error - field 'actionarg1': Group was not found")
                + meta({ { "actionarg1", id } });
        }
        const QJsonValue ring = destination.value(QLatin1String("ring_time"));
        if (!ring.isUndefined() && !ring.isNull() && (!ring.isDouble() || ring.toDouble() < 0)) {
            return QStringLiteral("Input Error - destination: {'ring_time': ['Not a valid number.']}");
        }
    }
    if (type == QLatin1String("voicemail")) {
        const int id = destination.value(QLatin1String("voicemail_id")).toInt(-1);
        if (!m_state.voicemails.contains(id) || !visible(call, m_state.voicemails.value(id))) {
            return QStringLiteral("Input Error - field 'voicemail_id': Voicemail was not found")
                + meta({ { "voicemail_id", id } });
        }
    }
    return {};
}

QString SimIncallApi::validate(const SimCall &call, const QJsonObject &body, bool creating) const
{
    if (creating && !body.contains(QLatin1String("destination"))) {
        return fieldError(QStringLiteral("destination"), QStringLiteral("Missing data for required field."));
    }
    for (const QString &problem :
        { checkString(body, "preprocess_subroutine", false, 79), checkString(body, "greeting_sound", false, 255),
            checkString(body, "caller_id_name", false, 80), checkString(body, "description", false, 65535) }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    const QJsonValue mode = body.value(QLatin1String("caller_id_mode"));
    if (!mode.isUndefined() && !mode.isNull()
        && !QStringList { QStringLiteral("prepend"), QStringLiteral("overwrite"), QStringLiteral("append") }.contains(
            mode.toString())) {
        return fieldError(
            QStringLiteral("caller_id_mode"), QStringLiteral("Must be one of: prepend, overwrite, append."));
    }
    if (body.contains(QLatin1String("destination"))) {
        return validateDestination(call, body.value(QLatin1String("destination")));
    }
    return {};
}

QString SimIncallApi::createIncall(const SimCall &call, const QJsonObject &body, QJsonObject *created)
{
    const QString problem = validate(call, body, true);
    if (!problem.isEmpty()) {
        return problem;
    }
    const QJsonValue nullValue(QJsonValue::Null);
    const auto orNull = [&body, &nullValue](const char *key) {
        const QJsonValue v = body.value(QLatin1String(key));
        return v.isUndefined() ? nullValue : v;
    };
    const int id = m_state.nextId++;
    const QJsonObject incall { { QStringLiteral("id"), id }, { QStringLiteral("tenant_uuid"), call.tenant },
        { QStringLiteral("destination"), body.value(QLatin1String("destination")) },
        { QStringLiteral("preprocess_subroutine"), orNull("preprocess_subroutine") },
        { QStringLiteral("greeting_sound"), orNull("greeting_sound") },
        { QStringLiteral("caller_id_mode"), orNull("caller_id_mode") },
        { QStringLiteral("caller_id_name"), orNull("caller_id_name") },
        { QStringLiteral("description"), orNull("description") } };
    m_state.incalls.insert(id, incall);
    *created = incall;
    return {};
}

QString SimIncallApi::associate(int incallId, int extensionId)
{
    const QJsonObject incall = m_state.incalls.value(incallId);
    const QJsonObject extension = m_state.extensions.value(extensionId);
    if (incall.value(QLatin1String("tenant_uuid")) != extension.value(QLatin1String("tenant_uuid"))) {
        // incall_extension/validator.py names the two tenants, extension's first.
        return differentTenants({ { "extension_tenant_uuid", extension.value(QLatin1String("tenant_uuid")) },
            { "incall_tenant_uuid", incall.value(QLatin1String("tenant_uuid")) } });
    }
    if (m_state.incallExtension.value(incallId, -1) == extensionId) {
        return {}; // already there: idempotent, like the line-extension association
    }
    if (m_state.lineExtension.key(extensionId, -1) >= 0 || m_state.incallExtension.key(extensionId, -1) >= 0
        || m_state.groupExtension.key(extensionId, -1) >= 0) {
        return QStringLiteral("Resource Error - Extension is already associated")
            + meta({ { "extension_id", extensionId } });
    }
    // contract: uncertain (wazo-api.md §7) - one DID per incall here (the state keeps one); a second is refused.
    if (m_state.incallExtension.contains(incallId)) {
        return QStringLiteral("Resource Error - Incall is already associated to a Extension")
            + meta({ { "incall_id", incallId }, { "extension_id", m_state.incallExtension.value(incallId) } });
    }
    QString type;
    for (const QJsonObject &c : std::as_const(m_state.contexts)) {
        if (c.value(QLatin1String("name")) == extension.value(QLatin1String("context"))) {
            type = c.value(QLatin1String("type")).toString();
        }
    }
    if (type != QLatin1String("incall")) {
        return QStringLiteral("Resource Error - ContextType '%1' cannot be associated").arg(type)
            + meta({ { "incall_id", incallId }, { "extension_id", extensionId } });
    }
    // wazo-api.md §2.9: "The association does not check incall_ranges" - so neither do we.
    m_state.incallExtension.insert(incallId, extensionId);
    return {};
}

HttpResponse SimIncallApi::listIncalls(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
    const QString userFilter = call.request->query.queryItemValue(QStringLiteral("user_id"));
    for (const QJsonObject &incall : std::as_const(m_state.incalls)) {
        if (!tenants.contains(incall.value(QLatin1String("tenant_uuid")).toString())) {
            continue;
        }
        const QJsonObject destination = incall.value(QLatin1String("destination")).toObject();
        const bool toUser = destination.value(QLatin1String("type")).toString() == QLatin1String("user");
        if (!userFilter.isEmpty()
            && (!toUser || QString::number(destination.value(QLatin1String("user_id")).toInt()) != userFilter)) {
            continue;
        }
        QJsonObject item = renderIncall(incall);
        // Computed sort/search column: the first DID.
        const QJsonArray extensions = item.value(QLatin1String("extensions")).toArray();
        item.insert(QStringLiteral("exten"),
            extensions.isEmpty() ? QJsonValue(QJsonValue::Null)
                                 : extensions.first().toObject().value(QLatin1String("exten")));
        items.append(item);
    }
    QUrlQuery withoutUser = call.request->query;
    withoutUser.removeAllQueryItems(QStringLiteral("user_id"));
    HttpRequest filtered = *call.request;
    filtered.query = withoutUser;
    SimCall listCall = call;
    listCall.request = &filtered;
    const QStringList search { QStringLiteral("description"), QStringLiteral("exten"), QStringLiteral("caller_id_name"),
        QStringLiteral("preprocess_subroutine") };
    QStringList columns = search;
    columns << QStringLiteral("id") << QStringLiteral("caller_id_mode");
    return list(
        listCall, items, SimListQuery::Spec { search, columns, QStringLiteral("exten"), { QStringLiteral("exten") } });
}

HttpResponse SimIncallApi::postIncall(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    QJsonObject incall;
    const QString problem = createIncall(call, body, &incall);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const int id = incall.value(QLatin1String("id")).toInt();
    return created(m_baseUrl, QStringLiteral("/incalls/%1").arg(id), renderIncall(incall));
}

HttpResponse SimIncallApi::getIncall(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.incalls.contains(id) || !reachable(m_state, call, m_state.incalls.value(id))) {
        return error(404, notFoundMessage("Incall", { { "id", id } }));
    }
    return HttpResponse::json(200, renderIncall(m_state.incalls.value(id)));
}

HttpResponse SimIncallApi::putIncall(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.incalls.contains(id) || !reachable(m_state, call, m_state.incalls.value(id))) {
        return error(404, notFoundMessage("Incall", { { "id", id } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QString problem = validate(call, body, false);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    QJsonObject &incall = m_state.incalls[id];
    for (const char *key : { "destination", "preprocess_subroutine", "greeting_sound", "caller_id_mode",
             "caller_id_name", "description" }) {
        if (body.contains(QLatin1String(key))) {
            incall.insert(QLatin1String(key), body.value(QLatin1String(key)));
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SimIncallApi::deleteIncall(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.incalls.contains(id) || !reachable(m_state, call, m_state.incalls.value(id))) {
        return error(404, notFoundMessage("Incall", { { "id", id } }));
    }
    // Deleting the incall frees its DID extension, which stays (as in confd).
    m_state.incallExtension.remove(id);
    m_state.incalls.remove(id);
    return HttpResponse::empty(204);
}

HttpResponse SimIncallApi::associateExtension(SimCall &call, bool associate)
{
    const int incallId = toId(call.param(0));
    const int extensionId = toId(call.param(1));
    if (!m_state.incalls.contains(incallId) || !reachable(m_state, call, m_state.incalls.value(incallId))) {
        return error(404, notFoundMessage("Incall", { { "id", incallId } }));
    }
    if (!m_state.extensions.contains(extensionId) || !reachable(m_state, call, m_state.extensions.value(extensionId))) {
        return error(404, notFoundMessage("Extension", { { "id", extensionId } }));
    }
    if (!associate) {
        if (m_state.incallExtension.value(incallId, -1) == extensionId) {
            m_state.incallExtension.remove(incallId);
        }
        return HttpResponse::empty(204);
    }
    const QString problem = this->associate(incallId, extensionId);
    return problem.isEmpty() ? HttpResponse::empty(204) : error(400, problem);
}

} // namespace Staging
