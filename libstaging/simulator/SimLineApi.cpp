// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimLineApi.h"

#include "simulator/SimConfdRules.h"
#include "simulator/SimExtensionApi.h"
#include "simulator/SimSipEndpointApi.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace Staging {

using namespace SimConfdRules;

SimLineApi::SimLineApi(SimState &state, SimSipEndpointApi &endpoints, SimExtensionApi &extensions)
    : m_state(state)
    , m_endpoints(endpoints)
    , m_extensions(extensions)
{
}

void SimLineApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/lines"), [this](SimCall &c) { return listLines(c); });
    r.add("POST", QStringLiteral("/lines"), [this](SimCall &c) { return postLine(c); });
    r.add("GET", QStringLiteral("/lines/{}"), [this](SimCall &c) { return getLine(c); });
    r.add("PUT", QStringLiteral("/lines/{}"), [this](SimCall &c) { return putLine(c); });
    r.add("DELETE", QStringLiteral("/lines/{}"), [this](SimCall &c) { return deleteLine(c); });
    r.add("PUT", QStringLiteral("/lines/{}/endpoints/sip/{}"),
        [this](SimCall &c) { return associateLineEndpoint(c, true); });
    r.add("DELETE", QStringLiteral("/lines/{}/endpoints/sip/{}"),
        [this](SimCall &c) { return associateLineEndpoint(c, false); });
    r.add("PUT", QStringLiteral("/lines/{}/extensions/{}"),
        [this](SimCall &c) { return associateLineExtension(c, true); });
    r.add("DELETE", QStringLiteral("/lines/{}/extensions/{}"),
        [this](SimCall &c) { return associateLineExtension(c, false); });
    r.add("POST", QStringLiteral("/lines/{}/extensions"), [this](SimCall &c) { return postLineExtension(c); });
}

QJsonObject SimLineApi::renderLine(const QJsonObject &line, bool fullEndpoint) const
{
    const int id = line.value(QLatin1String("id")).toInt();
    QJsonObject out = line;
    const QString endpointUuid = m_state.lineEndpoint.value(id);
    if (endpointUuid.isEmpty()) {
        out.insert(QStringLiteral("endpoint_sip"), QJsonValue::Null);
        out.insert(QStringLiteral("name"), QJsonValue::Null);
        out.insert(QStringLiteral("protocol"), QJsonValue::Null);
    } else {
        const QJsonObject endpoint = m_state.sipEndpoints.value(endpointUuid);
        out.insert(QStringLiteral("name"), endpoint.value(QLatin1String("name")));
        out.insert(QStringLiteral("protocol"), QStringLiteral("sip"));
        if (fullEndpoint) {
            out.insert(QStringLiteral("endpoint_sip"), m_endpoints.renderEndpoint(endpoint));
        } else {
            // GET shows a reduced endpoint: the username, never the password.
            QJsonArray auth;
            for (const QJsonValue &pair : endpoint.value(QLatin1String("auth_section_options")).toArray()) {
                if (pair.toArray().at(0).toString() == QLatin1String("username")) {
                    auth.append(pair);
                }
            }
            out.insert(QStringLiteral("endpoint_sip"),
                QJsonObject { { QStringLiteral("uuid"), endpointUuid },
                    { QStringLiteral("label"), endpoint.value(QLatin1String("label")) },
                    { QStringLiteral("name"), endpoint.value(QLatin1String("name")) },
                    { QStringLiteral("auth_section_options"), auth },
                    { QStringLiteral("links"),
                        links(m_baseUrl, QStringLiteral("endpoint_sip"),
                            QStringLiteral("/endpoints/sip/%1").arg(endpointUuid)) } });
        }
    }
    out.insert(QStringLiteral("endpoint_sccp"), QJsonValue::Null);
    out.insert(QStringLiteral("endpoint_custom"), QJsonValue::Null);
    QJsonArray extensions;
    if (m_state.lineExtension.contains(id)) {
        const QJsonObject e = m_state.extensions.value(m_state.lineExtension.value(id));
        extensions.append(QJsonObject { { QStringLiteral("id"), e.value(QLatin1String("id")) },
            { QStringLiteral("exten"), e.value(QLatin1String("exten")) },
            { QStringLiteral("context"), e.value(QLatin1String("context")) },
            { QStringLiteral("links"),
                links(m_baseUrl, QStringLiteral("extensions"),
                    QStringLiteral("/extensions/%1").arg(e.value(QLatin1String("id")).toInt())) } });
    }
    out.insert(QStringLiteral("extensions"), extensions);
    QJsonArray users;
    for (const auto &ul : m_state.userLines) {
        if (ul.second == id) {
            const QJsonObject u = m_state.users.value(ul.first);
            users.append(QJsonObject { { QStringLiteral("id"), ul.first },
                { QStringLiteral("uuid"), u.value(QLatin1String("uuid")) },
                { QStringLiteral("firstname"), u.value(QLatin1String("firstname")) },
                { QStringLiteral("lastname"), u.value(QLatin1String("lastname")) },
                { QStringLiteral("links"),
                    links(m_baseUrl, QStringLiteral("users"), QStringLiteral("/users/%1").arg(ul.first)) } });
        }
    }
    out.insert(QStringLiteral("users"), users);
    const QString device = m_state.lineDevice.value(id);
    out.insert(QStringLiteral("device_id"), device.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(device));
    out.insert(QStringLiteral("device_slot"), line.value(QLatin1String("position")));
    out.insert(QStringLiteral("is_webrtc"), false);
    out.insert(QStringLiteral("application"), QJsonValue::Null);
    out.insert(QStringLiteral("links"), links(m_baseUrl, QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(id)));
    return out;
}

HttpResponse SimLineApi::listLines(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
    for (const QJsonObject &l : std::as_const(m_state.lines)) {
        if (tenants.contains(l.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderLine(l, false));
        }
    }
    return list(call, items,
        SimListQuery::Spec {
            { QStringLiteral("name"), QStringLiteral("context"), QStringLiteral("provisioning_code"),
                QStringLiteral("protocol"), QStringLiteral("caller_id_name"), QStringLiteral("caller_id_num") },
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("context"),
                QStringLiteral("provisioning_code"), QStringLiteral("protocol"), QStringLiteral("position"),
                QStringLiteral("device_id"), QStringLiteral("caller_id_name"), QStringLiteral("caller_id_num") },
            QStringLiteral("name"), {} });
}

bool SimLineApi::provisioningCodeTaken(const QString &candidate) const
{
    return std::any_of(m_state.lines.cbegin(), m_state.lines.cend(), [&candidate](const QJsonObject &l) {
        return l.value(QLatin1String("provisioning_code")).toString() == candidate;
    });
}

QString SimLineApi::checkNewLine(const SimCall &call, const QJsonObject &body) const
{
    static const QRegularExpression code(QStringLiteral("^[0-9]{6}$"));
    for (const QString &problem : { checkString(body, "context", true, 79, false), checkInt(body, "position", 1, 65535),
             checkString(body, "provisioning_code", false, 6), checkString(body, "caller_id_name", false, 256),
             checkString(body, "caller_id_num", false, 64), checkString(body, "registrar", false, 128) }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    const QString contextName = body.value(QLatin1String("context")).toString();
    if (!findContextByName(m_state, call, contextName)) {
        return QStringLiteral("Input Error - field 'context': Context was not found")
            + meta({ { "context", contextName } });
    }
    const QString provisioningCode = body.value(QLatin1String("provisioning_code")).toString();
    if (!provisioningCode.isEmpty()) {
        if (!code.match(provisioningCode).hasMatch()) {
            return fieldError(
                QStringLiteral("provisioning_code"), QStringLiteral("String does not match expected pattern."));
        }
        if (provisioningCodeTaken(provisioningCode)) {
            return QStringLiteral("Resource Error - Line already exists")
                + meta({ { "provisioning_code", provisioningCode } });
        }
    }
    if (body.contains(QLatin1String("endpoint_sip")) && !body.value(QLatin1String("endpoint_sip")).isObject()) {
        return fieldError(QStringLiteral("endpoint_sip"), QStringLiteral("Invalid input type."));
    }
    return checkNestedExtensions(call, body.value(QLatin1String("extensions")).toArray(), contextName);
}

// Validate the nested extensions before creating anything, so a refused POST leaves nothing behind.
QString SimLineApi::checkNestedExtensions(
    const SimCall &call, const QJsonArray &extensionBodies, const QString &contextName) const
{
    for (const QJsonValue &e : extensionBodies) {
        const QString exten = e.toObject().value(QLatin1String("exten")).toString();
        const QString extensionContext = e.toObject().value(QLatin1String("context")).toString(contextName);
        const QJsonObject *target = findContextByName(m_state, call, extensionContext);
        if (!target) {
            return QStringLiteral("Input Error - field 'context': Context was not found")
                + meta({ { "context", extensionContext } });
        }
        if (target->value(QLatin1String("type")).toString() == QLatin1String("internal")
            && !exten.startsWith(QLatin1Char('_'))
            && !inRange(exten, target->value(QLatin1String("user_ranges")).toArray())) {
            return QStringLiteral("Input Error - Extension '%1' is outside of range for context '%2'")
                .arg(exten, extensionContext);
        }
    }
    return {};
}

QString SimLineApi::createNestedEndpoint(
    const SimCall &call, QJsonObject endpointBody, const QString &contextName, int lineId)
{
    // confd appends the line's context to the endpoint options unless one is already there.
    QJsonArray options = endpointBody.value(QLatin1String("endpoint_section_options")).toArray();
    const bool hasContext = std::any_of(options.cbegin(), options.cend(),
        [](const QJsonValue &p) { return p.toArray().at(0).toString() == QLatin1String("context"); });
    if (!hasContext) {
        options.append(QJsonArray { QStringLiteral("context"), contextName });
        endpointBody.insert(QStringLiteral("endpoint_section_options"), options);
    }
    QJsonObject endpoint;
    const QString problem = m_endpoints.createEndpoint(call, endpointBody, &endpoint);
    if (!problem.isEmpty()) {
        return problem;
    }
    m_state.lineEndpoint.insert(lineId, endpoint.value(QLatin1String("uuid")).toString());
    return {};
}

QString SimLineApi::linkNestedExtensions(
    const SimCall &call, const QJsonArray &extensionBodies, const QString &contextName, int lineId)
{
    for (const QJsonValue &e : extensionBodies) {
        QJsonObject extensionBody = e.toObject();
        if (!extensionBody.contains(QLatin1String("context"))) {
            extensionBody.insert(QStringLiteral("context"), contextName);
        }
        // An existing extension is reused, as confd does.
        int extensionId = -1;
        for (const QJsonObject &existing : std::as_const(m_state.extensions)) {
            if (existing.value(QLatin1String("exten")) == extensionBody.value(QLatin1String("exten"))
                && existing.value(QLatin1String("context")) == extensionBody.value(QLatin1String("context"))) {
                extensionId = existing.value(QLatin1String("id")).toInt();
            }
        }
        if (extensionId < 0) {
            QJsonObject createdExtension;
            const QString problem = m_extensions.createExtension(call, extensionBody, &createdExtension);
            if (!problem.isEmpty()) {
                return problem;
            }
            extensionId = createdExtension.value(QLatin1String("id")).toInt();
        }
        const QString problem = validateLineExtension(lineId, extensionId);
        if (!problem.isEmpty()) {
            return problem;
        }
        linkLineExtension(lineId, extensionId);
    }
    return {};
}

HttpResponse SimLineApi::postLine(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    QString problem = checkNewLine(call, body);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const QString contextName = body.value(QLatin1String("context")).toString();
    QString provisioningCode = body.value(QLatin1String("provisioning_code")).toString();
    while (provisioningCode.isEmpty() || provisioningCodeTaken(provisioningCode)) {
        provisioningCode = QString::number(QRandomGenerator::global()->bounded(100000, 1000000));
    }
    const int id = m_state.nextId++;
    const QJsonObject line { { QStringLiteral("id"), id }, { QStringLiteral("tenant_uuid"), call.tenant },
        { QStringLiteral("context"), contextName },
        { QStringLiteral("position"), body.value(QLatin1String("position")).toInt(1) },
        { QStringLiteral("provisioning_code"), provisioningCode },
        { QStringLiteral("caller_id_name"),
            body.value(QLatin1String("caller_id_name")).isString() ? body.value(QLatin1String("caller_id_name"))
                                                                   : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("caller_id_num"),
            body.value(QLatin1String("caller_id_num")).isString() ? body.value(QLatin1String("caller_id_num"))
                                                                  : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("registrar"), body.value(QLatin1String("registrar")).toString(QStringLiteral("default")) } };
    if (body.value(QLatin1String("endpoint_sip")).isObject()) {
        problem = createNestedEndpoint(call, body.value(QLatin1String("endpoint_sip")).toObject(), contextName, id);
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    m_state.lines.insert(id, line);
    problem = linkNestedExtensions(call, body.value(QLatin1String("extensions")).toArray(), contextName, id);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    return created(m_baseUrl, QStringLiteral("/lines/%1").arg(id), renderLine(line, true));
}

HttpResponse SimLineApi::getLine(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.lines.contains(id) || !reachable(m_state, call, m_state.lines.value(id))) {
        return error(404, notFoundMessage("Line", { { "id", id } }));
    }
    return HttpResponse::json(200, renderLine(m_state.lines.value(id), false));
}

HttpResponse SimLineApi::putLine(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.lines.contains(id) || !reachable(m_state, call, m_state.lines.value(id))) {
        return error(404, notFoundMessage("Line", { { "id", id } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    for (const QString &problem :
        { checkString(body, "context", false, 79, false), checkInt(body, "position", 1, 65535) }) {
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    if (body.contains(QLatin1String("context"))
        && !findContextByName(m_state, call, body.value(QLatin1String("context")).toString())) {
        return error(400,
            QStringLiteral("Input Error - field 'context': Context was not found")
                + meta({ { "context", body.value(QLatin1String("context")) } }));
    }
    QJsonObject &line = m_state.lines[id];
    for (const char *key :
        { "context", "position", "caller_id_name", "caller_id_num", "registrar", "provisioning_code" }) {
        if (body.contains(QLatin1String(key))) {
            line.insert(QLatin1String(key), body.value(QLatin1String(key)));
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SimLineApi::deleteLine(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.lines.contains(id) || !reachable(m_state, call, m_state.lines.value(id))) {
        return error(404, notFoundMessage("Line", { { "id", id } }));
    }
    const bool recursive =
        call.request->query.queryItemValue(QStringLiteral("recursive")).toLower() == QLatin1String("true");
    if (m_state.lineDevice.contains(id)) {
        return error(400,
            QStringLiteral("Resource Error - Line is associated with a Device")
                + meta({ { "line_id", id }, { "device_id", m_state.lineDevice.value(id) } }));
    }
    if (recursive) {
        if (m_state.lineExtension.contains(id)) {
            m_state.extensions.remove(m_state.lineExtension.value(id));
        }
        if (m_state.lineEndpoint.contains(id)) {
            m_state.sipEndpoints.remove(m_state.lineEndpoint.value(id));
        }
    }
    m_state.lineExtension.remove(id);
    m_state.lineEndpoint.remove(id);
    m_state.userLines.removeIf([id](const QPair<int, int> &ul) { return ul.second == id; });
    m_state.lines.remove(id);
    return HttpResponse::empty(204);
}

QString SimLineApi::validateLineExtension(int lineId, int extensionId) const
{
    const QJsonObject line = m_state.lines.value(lineId);
    const QJsonObject extension = m_state.extensions.value(extensionId);
    if (line.value(QLatin1String("tenant_uuid")) != extension.value(QLatin1String("tenant_uuid"))) {
        return QStringLiteral("Resource Error - different tenants")
            + meta({ { "line_id", lineId }, { "extension_id", extensionId } });
    }
    if (!m_state.lineEndpoint.contains(lineId)) {
        return QStringLiteral("Resource Error - Line must be associated with a Endpoint")
            + meta({ { "line_id", lineId } });
    }
    if (m_state.lineExtension.contains(lineId) && m_state.lineExtension.value(lineId) != extensionId) {
        return QStringLiteral("Resource Error - Line is already associated to a Extension")
            + meta({ { "line_id", lineId }, { "extension_id", m_state.lineExtension.value(lineId) } });
    }
    // A user's desk line and Wazo App line ring on one extension; another user's line may not
    // share it. A line of a compound POST /users counts as that user's already.
    const auto userOf = [this](int id) {
        for (const auto &ul : m_state.userLines) {
            if (ul.second == id) {
                return ul.first;
            }
        }
        return -1;
    };
    bool takenByOther = false;
    for (auto it = m_state.lineExtension.cbegin(); it != m_state.lineExtension.cend(); ++it) {
        if (it.value() == extensionId && it.key() != lineId) {
            const int otherUser = userOf(it.key());
            const int thisUser = userOf(lineId) >= 0 ? userOf(lineId) : m_userInCreation;
            takenByOther = takenByOther || (otherUser >= 0 && otherUser != thisUser);
        }
    }
    if (takenByOther || m_state.incallExtension.key(extensionId, -1) >= 0
        || m_state.groupExtension.key(extensionId, -1) >= 0) {
        return QStringLiteral("Resource Error - Extension is already associated")
            + meta({ { "extension_id", extensionId } });
    }
    const QString contextName = extension.value(QLatin1String("context")).toString();
    QJsonObject context;
    for (const QJsonObject &c : std::as_const(m_state.contexts)) {
        if (c.value(QLatin1String("name")).toString() == contextName) {
            context = c;
        }
    }
    const QString type = context.value(QLatin1String("type")).toString();
    if (type != QLatin1String("internal")) {
        return QStringLiteral("Resource Error - ContextType '%1' cannot be associated").arg(type)
            + meta({ { "line_id", lineId }, { "extension_id", extensionId } });
    }
    // The range check belongs to the association (creation checks only uniqueness); patterns are exempt.
    const QString exten = extension.value(QLatin1String("exten")).toString();
    if (!exten.startsWith(QLatin1Char('_')) && !inRange(exten, context.value(QLatin1String("user_ranges")).toArray())) {
        return QStringLiteral("Input Error - Extension '%1' is outside of range for context '%2'")
            .arg(exten, contextName);
    }
    return {};
}

void SimLineApi::linkLineExtension(int lineId, int extensionId)
{
    m_state.lineExtension.insert(lineId, extensionId);
}

HttpResponse SimLineApi::associateLineEndpoint(SimCall &call, bool associate)
{
    const int lineId = toId(call.param(0));
    const QString uuid = call.param(1);
    if (!m_state.lines.contains(lineId) || !reachable(m_state, call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    const QJsonObject endpoint = m_state.sipEndpoints.value(uuid);
    if (endpoint.isEmpty() || !reachable(m_state, call, endpoint)) {
        return error(404, notFoundMessage("SIPEndpoint", { { "uuid", uuid } }));
    }
    if (!associate) {
        if (m_state.lineEndpoint.value(lineId) == uuid) {
            if (m_state.lineExtension.contains(lineId) || m_state.lineDevice.contains(lineId)) {
                return error(400,
                    QStringLiteral("Resource Error - Line is associated with a Extension")
                        + meta({ { "line_id", lineId } }));
            }
            m_state.lineEndpoint.remove(lineId);
        }
        return HttpResponse::empty(204);
    }
    if (m_state.lineEndpoint.value(lineId) == uuid) {
        return HttpResponse::empty(204);
    }
    // Both are found across the sub-tenants the request reaches; confd's validator then refuses a
    // pair from two tenants before anything else (line_endpoint/validator.py validate_same_tenant).
    const QJsonValue lineTenant = m_state.lines.value(lineId).value(QLatin1String("tenant_uuid"));
    const QJsonValue endpointTenant = endpoint.value(QLatin1String("tenant_uuid"));
    if (lineTenant != endpointTenant) {
        return error(
            400, differentTenants({ { "line_tenant_uuid", lineTenant }, { "endpoint_tenant_uuid", endpointTenant } }));
    }
    if (m_state.lineEndpoint.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line is already associated to a Endpoint")
                + meta({ { "line_id", lineId } }));
    }
    if (m_state.lineEndpoint.key(uuid, -1) >= 0) {
        return error(400,
            QStringLiteral("Resource Error - Endpoint is already associated to a Line")
                + meta({ { "line_id", m_state.lineEndpoint.key(uuid) } }));
    }
    m_state.lineEndpoint.insert(lineId, uuid);
    return HttpResponse::empty(204);
}

HttpResponse SimLineApi::associateLineExtension(SimCall &call, bool associate)
{
    const int lineId = toId(call.param(0));
    const int extensionId = toId(call.param(1));
    if (!m_state.lines.contains(lineId) || !reachable(m_state, call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    if (!m_state.extensions.contains(extensionId) || !reachable(m_state, call, m_state.extensions.value(extensionId))) {
        return error(404, notFoundMessage("Extension", { { "id", extensionId } }));
    }
    if (!associate) {
        if (m_state.lineDevice.contains(lineId)) {
            return error(400,
                QStringLiteral("Resource Error - Line is associated with a Device") + meta({ { "line_id", lineId } }));
        }
        if (m_state.lineExtension.value(lineId, -1) == extensionId) {
            m_state.lineExtension.remove(lineId);
        }
        return HttpResponse::empty(204);
    }
    if (m_state.lineExtension.value(lineId, -1) == extensionId) {
        return HttpResponse::empty(204); // already there: idempotent
    }
    const QString problem = validateLineExtension(lineId, extensionId);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    linkLineExtension(lineId, extensionId);
    return HttpResponse::empty(204);
}

HttpResponse SimLineApi::postLineExtension(SimCall &call)
{
    const int lineId = toId(call.param(0));
    if (!m_state.lines.contains(lineId) || !reachable(m_state, call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    if (!m_state.lineEndpoint.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a Endpoint")
                + meta({ { "line_id", lineId } }));
    }
    QJsonObject extension;
    QString problem = m_extensions.createExtension(call, body, &extension);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const int extensionId = extension.value(QLatin1String("id")).toInt();
    problem = validateLineExtension(lineId, extensionId);
    if (!problem.isEmpty()) {
        m_state.extensions.remove(extensionId); // one call, one outcome: nothing is left behind
        return error(400, problem);
    }
    linkLineExtension(lineId, extensionId);
    return created(
        m_baseUrl, QStringLiteral("/extensions/%1").arg(extensionId), m_extensions.renderExtension(extension));
}

} // namespace Staging
