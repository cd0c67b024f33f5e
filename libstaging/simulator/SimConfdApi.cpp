// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimConfdApi.h"

#include "simulator/SimConfdRules.h"
#include "simulator/SimCostModel.h"
#include "simulator/SimIncallApi.h"
#include "simulator/SimListQuery.h"
#include "simulator/SimVoicemailApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUuid>

namespace Staging {

using namespace SimConfdRules;

SimConfdApi::SimConfdApi(SimState &state)
    : m_state(state)
{
}

HttpResponse SimConfdApi::error(int status, const QString &message)
{
    return SimConfdRules::error(status, message);
}

void SimConfdApi::registerRoutes(SimRouter &r)
{
    // wazo-api.md §2.18: the four components, each "ok" once confd has its service token. Unlike
    // auth's, confd's /status needs a token (ACL confd.status.read), like every other confd route.
    r.add("GET", QStringLiteral("/status"), [](SimCall &) {
        const QJsonObject ok { { QStringLiteral("status"), QStringLiteral("ok") } };
        return HttpResponse::json(200,
            QJsonObject { { QStringLiteral("bus_consumer"), ok }, { QStringLiteral("master_tenant"), ok },
                { QStringLiteral("rest_api"), ok }, { QStringLiteral("service_token"), ok } });
    });
    r.add("GET", QStringLiteral("/tenants"), [this](SimCall &c) {
        QList<QJsonObject> items;
        for (const QString &uuid : listTenants(c)) {
            if (m_state.confdTenants.contains(uuid)) { // a tenant confd has not heard of has no row
                items.append(m_state.confdTenants.value(uuid));
            }
        }
        return list(c, items, { QStringLiteral("uuid") }, { QStringLiteral("uuid") }, QStringLiteral("uuid"));
    });
    r.add("GET", QStringLiteral("/tenants/{}"), [this](SimCall &c) {
        if (!m_state.inSubtree(c.param(0), c.tenant) || !m_state.confdTenants.contains(c.param(0))) {
            return error(404, notFoundMessage("Tenant", { { "uuid", c.param(0) } }));
        }
        return HttpResponse::json(200, m_state.confdTenants.value(c.param(0)));
    });

    r.add("GET", QStringLiteral("/contexts"), [this](SimCall &c) { return listContexts(c); });
    r.add("POST", QStringLiteral("/contexts"), [this](SimCall &c) { return postContext(c); });
    r.add("GET", QStringLiteral("/contexts/{}"), [this](SimCall &c) { return getContext(c); });
    r.add("PUT", QStringLiteral("/contexts/{}"), [this](SimCall &c) { return putContext(c); });
    r.add("DELETE", QStringLiteral("/contexts/{}"), [this](SimCall &c) { return deleteContext(c); });

    r.add("GET", QStringLiteral("/users"), [this](SimCall &c) { return listUsers(c); });
    r.add("POST", QStringLiteral("/users"), [this](SimCall &c) { return postUser(c); });
    r.add("GET", QStringLiteral("/users/{}"), [this](SimCall &c) { return getUser(c); });
    r.add("PUT", QStringLiteral("/users/{}"), [this](SimCall &c) { return putUser(c); });
    r.add("DELETE", QStringLiteral("/users/{}"), [this](SimCall &c) { return deleteUser(c); });

    r.add("GET", QStringLiteral("/endpoints/sip"), [this](SimCall &c) { return listEndpoints(c); });
    r.add("POST", QStringLiteral("/endpoints/sip"), [this](SimCall &c) { return postEndpoint(c); });
    r.add("GET", QStringLiteral("/endpoints/sip/{}"), [this](SimCall &c) { return getEndpoint(c); });
    r.add("DELETE", QStringLiteral("/endpoints/sip/{}"), [this](SimCall &c) { return deleteEndpoint(c); });

    r.add("GET", QStringLiteral("/lines"), [this](SimCall &c) { return listLines(c); });
    r.add("POST", QStringLiteral("/lines"), [this](SimCall &c) { return postLine(c); });
    r.add("GET", QStringLiteral("/lines/{}"), [this](SimCall &c) { return getLine(c); });
    r.add("PUT", QStringLiteral("/lines/{}"), [this](SimCall &c) { return putLine(c); });
    r.add("DELETE", QStringLiteral("/lines/{}"), [this](SimCall &c) { return deleteLine(c); });

    r.add("GET", QStringLiteral("/extensions"), [this](SimCall &c) { return listExtensions(c); });
    r.add("POST", QStringLiteral("/extensions"), [this](SimCall &c) { return postExtension(c); });
    r.add("GET", QStringLiteral("/extensions/{}"), [this](SimCall &c) { return getExtension(c); });
    r.add("DELETE", QStringLiteral("/extensions/{}"), [this](SimCall &c) { return deleteExtension(c); });

    r.add("PUT", QStringLiteral("/lines/{}/endpoints/sip/{}"),
        [this](SimCall &c) { return associateLineEndpoint(c, true); });
    r.add("DELETE", QStringLiteral("/lines/{}/endpoints/sip/{}"),
        [this](SimCall &c) { return associateLineEndpoint(c, false); });
    r.add("PUT", QStringLiteral("/lines/{}/extensions/{}"),
        [this](SimCall &c) { return associateLineExtension(c, true); });
    r.add("DELETE", QStringLiteral("/lines/{}/extensions/{}"),
        [this](SimCall &c) { return associateLineExtension(c, false); });
    r.add("POST", QStringLiteral("/lines/{}/extensions"), [this](SimCall &c) { return postLineExtension(c); });
    r.add("PUT", QStringLiteral("/users/{}/lines/{}"), [this](SimCall &c) { return associateUserLine(c, true); });
    r.add("DELETE", QStringLiteral("/users/{}/lines/{}"), [this](SimCall &c) { return associateUserLine(c, false); });
    // A phone's claim, attachment and synchronization: confd, provd and their token checks.
    const auto phoneWork = [this](HttpResponse response) {
        response.delayMs += m_state.cost.charge(SimCostModel::kPhoneRequestConfdMs, SimCostModel::kPhoneRequestAuthMs);
        return response;
    };
    r.add("PUT", QStringLiteral("/lines/{}/devices/{}"),
        [this, phoneWork](SimCall &c) { return phoneWork(associateLineDevice(c, true)); });
    r.add(
        "DELETE", QStringLiteral("/lines/{}/devices/{}"), [this](SimCall &c) { return associateLineDevice(c, false); });

    r.add("GET", QStringLiteral("/devices"), [this](SimCall &c) { return listDevices(c, false); });
    r.add("GET", QStringLiteral("/devices/unallocated"), [this](SimCall &c) { return listDevices(c, true); });
    r.add("PUT", QStringLiteral("/devices/unallocated/{}"),
        [this, phoneWork](SimCall &c) { return phoneWork(claimDevice(c)); });
    r.add("GET", QStringLiteral("/devices/{}"), [this](SimCall &c) { return getDevice(c); });
    r.add("GET", QStringLiteral("/devices/{}/autoprov"), [this](SimCall &c) { return autoprovDevice(c); });
    r.add("PUT", QStringLiteral("/devices/{}/autoprov"), [this](SimCall &c) { return autoprovDevice(c); });
    r.add("GET", QStringLiteral("/devices/{}/synchronize"),
        [this, phoneWork](SimCall &c) { return phoneWork(synchronizeDevice(c)); });
    r.add("GET", QStringLiteral("/devices/{}/lines"), [this](SimCall &c) { return deviceLines(c); });
}

// ---- helpers ----

QStringList SimConfdApi::listTenants(const SimCall &call) const
{
    return call.recurse() ? m_state.subtree(call.tenant) : QStringList { call.tenant };
}

bool SimConfdApi::visible(const SimCall &call, const QJsonObject &object) const
{
    return object.value(QLatin1String("tenant_uuid")).toString() == call.tenant;
}

bool SimConfdApi::reachable(const SimCall &call, const QJsonObject &object) const
{
    return SimConfdRules::reachable(m_state, call, object);
}

QJsonArray SimConfdApi::links(const QString &rel, const QString &path) const
{
    return QJsonArray { QJsonObject {
        { QStringLiteral("rel"), rel }, { QStringLiteral("href"), QString(m_baseUrl + path) } } };
}

HttpResponse SimConfdApi::list(SimCall &call, const QList<QJsonObject> &items, const QStringList &search,
    const QStringList &columns, const QString &defaultOrder, const QStringList &hidden)
{
    const SimListQuery::Result result =
        SimListQuery::apply(call.request->query, SimListQuery::Spec { search, columns, defaultOrder, hidden }, items);
    if (!result.error.isEmpty()) {
        return error(400, result.error);
    }
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("total"), result.filtered }, { QStringLiteral("items"), result.items } });
}

HttpResponse SimConfdApi::created(const QString &path, const QJsonObject &body) const
{
    HttpResponse response = HttpResponse::json(201, body);
    response.headers.append({ QByteArrayLiteral("Location"), (m_baseUrl + path).toUtf8() });
    return response;
}

const QJsonObject *SimConfdApi::findContextByName(const SimCall &call, const QString &name) const
{
    for (auto it = m_state.contexts.cbegin(); it != m_state.contexts.cend(); ++it) {
        if (it.value().value(QLatin1String("name")).toString() == name && visible(call, it.value())) {
            return &it.value();
        }
    }
    return nullptr;
}

int SimConfdApi::findUserId(const SimCall &call, const QString &idOrUuid) const
{
    for (auto it = m_state.users.cbegin(); it != m_state.users.cend(); ++it) {
        if ((QString::number(it.key()) == idOrUuid || it.value().value(QLatin1String("uuid")).toString() == idOrUuid)
            && reachable(call, it.value())) {
            return it.key();
        }
    }
    return -1;
}

// ---- contexts ----

QJsonObject SimConfdApi::renderContext(const QJsonObject &context) const
{
    QJsonObject out = context;
    out.insert(QStringLiteral("contexts"), QJsonArray {});
    out.insert(QStringLiteral("links"),
        links(QStringLiteral("contexts"),
            QStringLiteral("/contexts/%1").arg(context.value(QLatin1String("id")).toInt())));
    return out;
}

HttpResponse SimConfdApi::listContexts(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(call);
    for (const QJsonObject &c : std::as_const(m_state.contexts)) {
        if (tenants.contains(c.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderContext(c));
        }
    }
    return list(call, items,
        { QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("description"), QStringLiteral("type") },
        { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("label"),
            QStringLiteral("description"), QStringLiteral("type") },
        QStringLiteral("id"));
}

HttpResponse SimConfdApi::postContext(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    // The legacy "name" in a body becomes the label; the real name is generated.
    if (!body.contains(QLatin1String("label")) && body.value(QLatin1String("name")).isString()) {
        body.insert(QStringLiteral("label"), body.value(QLatin1String("name")));
    }
    static const QStringList types { QStringLiteral("internal"), QStringLiteral("incall"), QStringLiteral("outcall"),
        QStringLiteral("services"), QStringLiteral("others") };
    const QString type = body.value(QLatin1String("type")).toString(QStringLiteral("internal"));
    for (const QString &problem :
        { checkString(body, "label", true, 128, false), checkString(body, "description", false, 65535),
            checkBool(body, "enabled"), checkRanges(body, "user_ranges", false),
            checkRanges(body, "group_ranges", false), checkRanges(body, "queue_ranges", false),
            checkRanges(body, "conference_room_ranges", false), checkRanges(body, "incall_ranges", true) }) {
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    if (!types.contains(type)) {
        return error(400,
            fieldError(
                QStringLiteral("type"), QStringLiteral("Must be one of: %1.").arg(types.join(QStringLiteral(", ")))));
    }
    const int id = m_state.nextId++;
    const QString uuid = newUuid();
    const QString slug = m_state.tenants.value(call.tenant).value(QLatin1String("slug")).toString();
    const QJsonObject context { { QStringLiteral("id"), id }, { QStringLiteral("uuid"), uuid },
        { QStringLiteral("name"), QStringLiteral("ctx-%1-%2-%3").arg(slug, type, uuid) },
        { QStringLiteral("label"), body.value(QLatin1String("label")).toString() }, { QStringLiteral("type"), type },
        { QStringLiteral("user_ranges"), normalizedRanges(body.value(QLatin1String("user_ranges")), false) },
        { QStringLiteral("group_ranges"), normalizedRanges(body.value(QLatin1String("group_ranges")), false) },
        { QStringLiteral("queue_ranges"), normalizedRanges(body.value(QLatin1String("queue_ranges")), false) },
        { QStringLiteral("conference_room_ranges"),
            normalizedRanges(body.value(QLatin1String("conference_room_ranges")), false) },
        { QStringLiteral("incall_ranges"), normalizedRanges(body.value(QLatin1String("incall_ranges")), true) },
        { QStringLiteral("description"),
            body.value(QLatin1String("description")).isString() ? body.value(QLatin1String("description"))
                                                                : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("enabled"), body.value(QLatin1String("enabled")).toBool(true) },
        { QStringLiteral("tenant_uuid"), call.tenant } };
    m_state.contexts.insert(id, context);
    return created(QStringLiteral("/contexts/%1").arg(id), renderContext(context));
}

HttpResponse SimConfdApi::getContext(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.contexts.contains(id) || !reachable(call, m_state.contexts.value(id))) {
        return error(
            404, notFoundMessage("Context", { { "id", id < 0 ? QJsonValue(call.param(0)) : QJsonValue(id) } }));
    }
    return HttpResponse::json(200, renderContext(m_state.contexts.value(id)));
}

HttpResponse SimConfdApi::putContext(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.contexts.contains(id) || !reachable(call, m_state.contexts.value(id))) {
        return error(404, notFoundMessage("Context", { { "id", id } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    for (const QString &problem : { checkString(body, "label", false, 128, false), checkBool(body, "enabled"),
             checkRanges(body, "user_ranges", false), checkRanges(body, "incall_ranges", true) }) {
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    QJsonObject &context = m_state.contexts[id];
    for (const char *key : { "label", "description", "enabled" }) {
        if (body.contains(QLatin1String(key))) {
            context.insert(QLatin1String(key), body.value(QLatin1String(key)));
        }
    }
    for (const char *key :
        { "user_ranges", "group_ranges", "queue_ranges", "conference_room_ranges", "incall_ranges" }) {
        if (body.contains(QLatin1String(key))) {
            context.insert(QLatin1String(key),
                normalizedRanges(body.value(QLatin1String(key)), qstrcmp(key, "incall_ranges") == 0));
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SimConfdApi::deleteContext(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.contexts.contains(id) || !reachable(call, m_state.contexts.value(id))) {
        return error(404, notFoundMessage("Context", { { "id", id } }));
    }
    const QString name = m_state.contexts.value(id).value(QLatin1String("name")).toString();
    for (const QJsonObject &e : std::as_const(m_state.extensions)) {
        if (e.value(QLatin1String("context")).toString() == name) {
            return error(400,
                QStringLiteral("Resource Error - Context is associated with a Extension")
                    + meta({ { "id", e.value(QLatin1String("id")) } }));
        }
    }
    for (const QJsonObject &l : std::as_const(m_state.lines)) {
        if (l.value(QLatin1String("context")).toString() == name) {
            return error(400,
                QStringLiteral("Resource Error - Context is associated with a Line")
                    + meta({ { "id", l.value(QLatin1String("id")) } }));
        }
    }
    m_state.contexts.remove(id);
    return HttpResponse::empty(204);
}

// ---- users ----

QJsonObject SimConfdApi::renderUser(const QJsonObject &user) const
{
    const int id = user.value(QLatin1String("id")).toInt();
    QJsonObject out = user;
    out.remove(QStringLiteral("_auth_username"));
    QJsonArray lines;
    for (const auto &ul : m_state.userLines) {
        if (ul.first != id) {
            continue;
        }
        const QJsonObject line = m_state.lines.value(ul.second);
        QJsonArray extensions;
        if (m_state.lineExtension.contains(ul.second)) {
            const QJsonObject e = m_state.extensions.value(m_state.lineExtension.value(ul.second));
            extensions.append(QJsonObject { { QStringLiteral("id"), e.value(QLatin1String("id")) },
                { QStringLiteral("exten"), e.value(QLatin1String("exten")) },
                { QStringLiteral("context"), e.value(QLatin1String("context")) } });
        }
        const QString endpointUuid = m_state.lineEndpoint.value(ul.second);
        lines.append(QJsonObject { { QStringLiteral("id"), ul.second },
            { QStringLiteral("name"), line.value(QLatin1String("name")) },
            { QStringLiteral("context"), line.value(QLatin1String("context")) },
            { QStringLiteral("provisioning_code"), line.value(QLatin1String("provisioning_code")) },
            { QStringLiteral("extensions"), extensions },
            { QStringLiteral("endpoint_sip"),
                endpointUuid.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QJsonObject { { QStringLiteral("uuid"), endpointUuid } }) },
            { QStringLiteral("endpoint_sccp"), QJsonValue::Null },
            { QStringLiteral("endpoint_custom"), QJsonValue::Null },
            { QStringLiteral("links"), links(QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(ul.second)) } });
    }
    out.insert(QStringLiteral("lines"), lines);
    QJsonValue voicemail(QJsonValue::Null);
    if (m_state.userVoicemail.contains(id)) {
        const int voicemailId = m_state.userVoicemail.value(id);
        voicemail = QJsonObject { { QStringLiteral("id"), voicemailId },
            { QStringLiteral("name"), m_state.voicemails.value(voicemailId).value(QLatin1String("name")) },
            { QStringLiteral("links"),
                links(QStringLiteral("voicemails"), QStringLiteral("/voicemails/%1").arg(voicemailId)) } };
    }
    out.insert(QStringLiteral("voicemail"), voicemail);
    out.insert(QStringLiteral("incalls"), m_incalls ? m_incalls->incallsOfUser(id) : QJsonArray {});
    out.insert(QStringLiteral("groups"), QJsonArray {});
    out.insert(QStringLiteral("switchboards"), QJsonArray {});
    out.insert(QStringLiteral("links"), links(QStringLiteral("users"), QStringLiteral("/users/%1").arg(id)));
    return out;
}

HttpResponse SimConfdApi::listUsers(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(call);
    for (const QJsonObject &u : std::as_const(m_state.users)) {
        if (!tenants.contains(u.value(QLatin1String("tenant_uuid")).toString())) {
            continue;
        }
        QJsonObject item = renderUser(u);
        // Computed columns confd searches on: the full name and the main line's extension.
        item.insert(QStringLiteral("fullname"),
            QString(u.value(QLatin1String("firstname")).toString() + QLatin1Char(' ')
                + u.value(QLatin1String("lastname")).toString())
                .trimmed());
        const QJsonArray lines = item.value(QLatin1String("lines")).toArray();
        const QJsonArray extensions =
            lines.isEmpty() ? QJsonArray {} : lines.first().toObject().value(QLatin1String("extensions")).toArray();
        item.insert(QStringLiteral("exten"),
            extensions.isEmpty() ? QJsonValue(QJsonValue::Null)
                                 : extensions.first().toObject().value(QLatin1String("exten")));
        items.append(item);
    }
    const QStringList uuids =
        call.request->query.queryItemValue(QStringLiteral("uuid")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!uuids.isEmpty()) {
        items.removeIf(
            [&uuids](const QJsonObject &u) { return !uuids.contains(u.value(QLatin1String("uuid")).toString()); });
    }
    const QStringList search { QStringLiteral("firstname"), QStringLiteral("lastname"), QStringLiteral("fullname"),
        QStringLiteral("email"), QStringLiteral("exten"), QStringLiteral("mobile_phone_number"),
        QStringLiteral("userfield"), QStringLiteral("description") };
    QStringList columns = search;
    columns << QStringLiteral("id") << QStringLiteral("subscription_type") << QStringLiteral("enabled")
            << QStringLiteral("language");
    QUrlQuery withoutUuid = call.request->query;
    withoutUuid.removeAllQueryItems(QStringLiteral("uuid"));
    HttpRequest filtered = *call.request;
    filtered.query = withoutUuid;
    SimCall listCall = call;
    listCall.request = &filtered;
    return list(listCall, items, search, columns, QStringLiteral("lastname"),
        { QStringLiteral("fullname"), QStringLiteral("exten") });
}

HttpResponse SimConfdApi::postUser(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    // What confd and wazo-auth spend on it (SimCostModel), refused or not.
    const bool login =
        !body.value(QLatin1String("auth")).toObject().value(QLatin1String("password")).toString().isEmpty();
    // A phone attached by the POST (a line's device_id) costs what its own attachment would.
    int phones = 0;
    for (const QJsonValue &line : body.value(QLatin1String("lines")).toArray()) {
        phones += line.toObject().contains(QLatin1String("device_id")) ? 1 : 0;
    }
    HttpResponse response = createUser(call, body);
    response.delayMs += m_state.cost.charge(SimCostModel::kUserConfdMs + phones * SimCostModel::kPhoneRequestConfdMs,
        (login ? SimCostModel::kUserLoginAuthMs : 0.0) + phones * SimCostModel::kPhoneRequestAuthMs);
    return response;
}

int SimConfdApi::countUsers(const QString &tenant) const
{
    return static_cast<int>(std::count_if(m_state.users.cbegin(), m_state.users.cend(),
        [&tenant](const QJsonObject &u) { return u.value(QLatin1String("tenant_uuid")).toString() == tenant; }));
}

HttpResponse SimConfdApi::createUser(SimCall &call, const QJsonObject &body)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}_[A-Z]{2}$"));
    static const QRegularExpression mobile(QStringLiteral("^\\+?[0-9*#]+$"));
    for (const QString &problem : { checkString(body, "firstname", true, 128, false),
             checkString(body, "lastname", false, 128), checkString(body, "email", false, 254),
             checkInt(body, "subscription_type", 0, 10), checkString(body, "language", false, 5),
             checkString(body, "mobile_phone_number", false, 80), checkString(body, "userfield", false, 128),
             checkString(body, "description", false, 65535), checkBool(body, "enabled"),
             checkInt(body, "ring_seconds", 0, 10800), checkInt(body, "simultaneous_calls", 1, 20),
             checkBool(body, "supervision_enabled"), checkBool(body, "call_transfer_enabled") }) {
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    const auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };
    if (body.value(QLatin1String("email")).isString() && !email.match(text("email")).hasMatch()) {
        return error(400, fieldError(QStringLiteral("email"), QStringLiteral("Not a valid email address.")));
    }
    if (body.value(QLatin1String("language")).isString() && !language.match(text("language")).hasMatch()) {
        return error(
            400, fieldError(QStringLiteral("language"), QStringLiteral("String does not match expected pattern.")));
    }
    if (body.value(QLatin1String("mobile_phone_number")).isString()
        && !mobile.match(text("mobile_phone_number")).hasMatch()) {
        return error(400,
            fieldError(
                QStringLiteral("mobile_phone_number"), QStringLiteral("String does not match expected pattern.")));
    }
    // An e-mail is the stack's, not the tenant's: confd refuses one any user of any tenant has.
    if (!text("email").isEmpty()) {
        for (const QJsonObject &u : std::as_const(m_state.users)) {
            if (u.value(QLatin1String("email")).toString().compare(text("email"), Qt::CaseInsensitive) == 0) {
                return error(
                    400, QStringLiteral("Resource Error - User already exists") + meta({ { "email", text("email") } }));
            }
        }
    }
    const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    if (!auth.isEmpty()) {
        for (const QJsonObject &u : std::as_const(m_state.users)) {
            if (!auth.value(QLatin1String("username")).toString().isEmpty()
                && u.value(QLatin1String("_auth_username")).toString()
                    == auth.value(QLatin1String("username")).toString()) {
                // wazo-auth's 409 surfaces through confd as a 400 with the auth message.
                return error(400,
                    QStringLiteral("Input Error - auth: The login \"%1\" is already used")
                        .arg(auth.value(QLatin1String("username")).toString()));
            }
        }
    }

    const int id = m_state.nextId++;
    const QString uuid = newUuid();
    const QJsonValue nullValue(QJsonValue::Null);
    const auto orNull = [&body, &nullValue](const char *key) {
        const QJsonValue v = body.value(QLatin1String(key));
        return v.isUndefined() ? nullValue : v;
    };
    const QString firstname = text("firstname");
    const QString lastname = text("lastname");
    QJsonObject user { { QStringLiteral("id"), id }, { QStringLiteral("uuid"), uuid },
        { QStringLiteral("tenant_uuid"), call.tenant }, { QStringLiteral("firstname"), firstname },
        { QStringLiteral("lastname"), orNull("lastname") }, { QStringLiteral("email"), orNull("email") },
        { QStringLiteral("subscription_type"), body.value(QLatin1String("subscription_type")).toInt(0) },
        { QStringLiteral("language"), orNull("language") }, { QStringLiteral("timezone"), orNull("timezone") },
        { QStringLiteral("description"), orNull("description") }, { QStringLiteral("userfield"), orNull("userfield") },
        { QStringLiteral("mobile_phone_number"), orNull("mobile_phone_number") },
        { QStringLiteral("caller_id"),
            body.value(QLatin1String("caller_id"))
                .toString(QStringLiteral("\"%1\"").arg(QString(firstname + QLatin1Char(' ') + lastname).trimmed())) },
        { QStringLiteral("outgoing_caller_id"),
            body.value(QLatin1String("outgoing_caller_id")).toString(QStringLiteral("default")) },
        { QStringLiteral("enabled"), body.value(QLatin1String("enabled")).toBool(true) },
        { QStringLiteral("ring_seconds"), body.value(QLatin1String("ring_seconds")).toInt(30) },
        { QStringLiteral("simultaneous_calls"), body.value(QLatin1String("simultaneous_calls")).toInt(5) },
        { QStringLiteral("supervision_enabled"), body.value(QLatin1String("supervision_enabled")).toBool(true) },
        { QStringLiteral("call_transfer_enabled"), body.value(QLatin1String("call_transfer_enabled")).toBool(false) },
        { QStringLiteral("country"), QJsonValue::Null } };
    QJsonObject rendered;
    if (!auth.isEmpty()) {
        const QString username =
            auth.value(QLatin1String("username")).toString(text("email").isEmpty() ? uuid : text("email"));
        user.insert(QStringLiteral("_auth_username"), username);
        m_state.userAuthPasswords.insert(id, auth.value(QLatin1String("password")).toString());
    }
    // All-or-nothing, as confd's request-scoped transaction: a refused part restores the state
    // as it was before this request.
    const SimState before = m_state;
    m_state.users.insert(id, user);
    const HttpResponse partsProblem = createUserParts(call, body, id);
    if (partsProblem.status != 201) {
        m_state = before;
        return partsProblem;
    }
    rendered = renderUser(user);
    rendered.remove(QStringLiteral("_auth_username"));
    if (!auth.isEmpty()) {
        QJsonArray emails;
        if (!text("email").isEmpty()) {
            emails.append(QJsonObject { { QStringLiteral("address"), text("email") }, { QStringLiteral("main"), true },
                { QStringLiteral("confirmed"), true } });
        }
        rendered.insert(QStringLiteral("auth"),
            QJsonObject { { QStringLiteral("uuid"), uuid },
                { QStringLiteral("username"), user.value(QLatin1String("_auth_username")) },
                { QStringLiteral("firstname"), firstname }, { QStringLiteral("lastname"), orNull("lastname") },
                { QStringLiteral("emails"), emails }, { QStringLiteral("enabled"), true },
                { QStringLiteral("purpose"), QStringLiteral("user") },
                { QStringLiteral("tenant_uuid"), call.tenant } });
    }
    return created(QStringLiteral("/users/%1").arg(id), rendered);
}

/*
 * The one-shot creation of wazo-api.md §2.3 (confd's UserMiddleWare.create), in its documented
 * order: `voicemail` (a new voicemail body, or {"id": N} to associate an existing one) -> `lines`
 * (each a full line body with `endpoint_sip` and `extensions`, created, associated to the user,
 * then `device_id` attached) -> `incalls` ([{"extensions": [{"exten", "context"}]}], each an incall
 * whose destination is this user, the incall context's incall_ranges widened when needed).
 * `groups`, `switchboards`, `agent`, `forwards` and `fallbacks` are documented too but not
 * simulated: they are ignored, as unknown fields are. `auth` is handled by postUser.
 * Each part reuses the handler of its own endpoint, so messages and rules are the same as the
 * step-by-step calls. Returns 201 when every part was created, else the refusal to answer.
 */
HttpResponse SimConfdApi::createUserParts(SimCall &call, const QJsonObject &body, int userId)
{
    const HttpResponse ok = HttpResponse::empty(201);
    const auto subCall = [&call](HttpRequest *request, const QJsonObject &payload, const QStringList &params) {
        *request = *call.request;
        request->query = QUrlQuery();
        request->body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        SimCall sub = call;
        sub.request = request;
        sub.params = params;
        return sub;
    };

    const QJsonValue voicemailValue = body.value(QLatin1String("voicemail"));
    if (voicemailValue.isObject() && m_voicemails) {
        const QJsonObject voicemailBody = voicemailValue.toObject();
        int voicemailId = -1;
        if (voicemailBody.contains(QLatin1String("id"))) {
            voicemailId = voicemailBody.value(QLatin1String("id")).toInt(-1);
            if (!m_state.voicemails.contains(voicemailId) || !visible(call, m_state.voicemails.value(voicemailId))) {
                return error(404, notFoundMessage("Voicemail", { { "id", voicemailId } }));
            }
        } else {
            QJsonObject createdVoicemail;
            const QString problem = m_voicemails->createVoicemail(call, voicemailBody, &createdVoicemail);
            if (!problem.isEmpty()) {
                return error(400, problem);
            }
            voicemailId = createdVoicemail.value(QLatin1String("id")).toInt();
        }
        const QString problem = m_voicemails->associate(userId, voicemailId);
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    } else if (!voicemailValue.isUndefined() && !voicemailValue.isNull()) {
        return error(400, fieldError(QStringLiteral("voicemail"), QStringLiteral("Invalid input type.")));
    }

    m_userInCreation = userId;
    const auto endCreation = qScopeGuard([this] { m_userInCreation = -1; });
    for (const QJsonValue &lineValue : body.value(QLatin1String("lines")).toArray()) {
        QJsonObject lineBody = lineValue.toObject();
        const QString deviceId = lineBody.take(QStringLiteral("device_id")).toString();
        HttpRequest request;
        SimCall lineCall = subCall(&request, lineBody, {});
        const HttpResponse createdLine = postLine(lineCall);
        if (createdLine.status != 201) {
            return createdLine;
        }
        const QString lineId =
            QString::number(QJsonDocument::fromJson(createdLine.body).object().value(QLatin1String("id")).toInt());
        SimCall userLineCall = subCall(&request, {}, { QString::number(userId), lineId });
        const HttpResponse associated = associateUserLine(userLineCall, true);
        if (associated.status != 204) {
            return associated;
        }
        if (!deviceId.isEmpty()) {
            SimCall deviceCall = subCall(&request, {}, { lineId, deviceId });
            const HttpResponse attached = associateLineDevice(deviceCall, true);
            if (attached.status != 204) {
                return attached;
            }
        }
    }

    for (const QJsonValue &incallValue : body.value(QLatin1String("incalls")).toArray()) {
        if (!m_incalls) {
            break;
        }
        QJsonObject incallBody = incallValue.toObject();
        const QJsonArray extensionBodies = incallBody.take(QStringLiteral("extensions")).toArray();
        QJsonObject destination { { QStringLiteral("type"), QStringLiteral("user") },
            { QStringLiteral("user_id"), userId } };
        const QJsonValue ringTime = incallBody.value(QLatin1String("ring_time"));
        if (ringTime.isDouble()) {
            destination.insert(QStringLiteral("ring_time"), ringTime);
        }
        incallBody.insert(QStringLiteral("destination"), destination);
        QJsonObject incall;
        QString problem = m_incalls->createIncall(call, incallBody, &incall);
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
        for (const QJsonValue &extensionValue : extensionBodies) {
            const QJsonObject extensionBody = extensionValue.toObject();
            const QString exten = extensionBody.value(QLatin1String("exten")).toString();
            const QString contextName = extensionBody.value(QLatin1String("context")).toString();
            QJsonObject extension;
            problem = createExtension(call, extensionBody, &extension);
            if (!problem.isEmpty()) {
                return error(400, problem);
            }
            // confd widens the incall context's ranges to take the DID (wazo-api.md §2.3).
            for (QJsonObject &context : m_state.contexts) {
                if (context.value(QLatin1String("name")).toString() != contextName || !visible(call, context)) {
                    continue;
                }
                QJsonArray ranges = context.value(QLatin1String("incall_ranges")).toArray();
                if (context.value(QLatin1String("type")).toString() == QLatin1String("incall")
                    && !inRange(exten, ranges)) {
                    // contract: uncertain (wazo-api.md §7) - how it widens; here a one-number range.
                    ranges.append(QJsonObject { { QStringLiteral("start"), exten }, { QStringLiteral("end"), exten },
                        { QStringLiteral("did_length"), static_cast<int>(exten.size()) } });
                    context.insert(QStringLiteral("incall_ranges"), ranges);
                }
            }
            problem = m_incalls->associate(
                incall.value(QLatin1String("id")).toInt(), extension.value(QLatin1String("id")).toInt());
            if (!problem.isEmpty()) {
                return error(400, problem);
            }
        }
    }
    return ok;
}

HttpResponse SimConfdApi::getUser(SimCall &call)
{
    const int id = findUserId(call, call.param(0));
    if (id < 0) {
        const int asInt = toId(call.param(0));
        // confd looks a user up by "id" whatever was given, and Python prints a uuid as UUID('...').
        return error(404,
            asInt >= 0
                ? notFoundMessage("User", { { "id", asInt } })
                : QStringLiteral("Resource Not Found - User was not found ('id': UUID('%1'))").arg(call.param(0)));
    }
    QJsonObject out = renderUser(m_state.users.value(id));
    out.remove(QStringLiteral("_auth_username"));
    return HttpResponse::json(200, out);
}

HttpResponse SimConfdApi::putUser(SimCall &call)
{
    const int id = findUserId(call, call.param(0));
    if (id < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    for (const QString &problem : { checkString(body, "firstname", false, 128, false),
             checkString(body, "lastname", false, 128), checkString(body, "email", false, 254),
             checkInt(body, "subscription_type", 0, 10), checkBool(body, "enabled") }) {
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    QJsonObject &user = m_state.users[id];
    // PUT is partial in confd: only the fields sent change.
    for (const char *key : { "firstname", "lastname", "email", "subscription_type", "language", "timezone",
             "description", "userfield", "mobile_phone_number", "caller_id", "outgoing_caller_id", "enabled",
             "ring_seconds", "simultaneous_calls", "supervision_enabled", "call_transfer_enabled" }) {
        if (body.contains(QLatin1String(key))) {
            user.insert(QLatin1String(key), body.value(QLatin1String(key)));
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SimConfdApi::deleteUser(SimCall &call)
{
    const int id = findUserId(call, call.param(0));
    if (id < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    const bool recursive =
        call.request->query.queryItemValue(QStringLiteral("recursive")).toLower() == QLatin1String("true");
    QList<int> lineIds;
    for (const auto &ul : std::as_const(m_state.userLines)) {
        if (ul.first == id) {
            lineIds.append(ul.second);
        }
    }
    if (!recursive && !lineIds.isEmpty()) {
        return error(400,
            QStringLiteral("Resource Error - User is associated with a Line")
                + meta({ { "user_id", id }, { "line_id", lineIds.first() } }));
    }
    if (!recursive && m_state.userVoicemail.contains(id)) {
        return error(
            400, QStringLiteral("Resource Error - User is associated with a Voicemail") + meta({ { "user_id", id } }));
    }
    for (const int lineId : std::as_const(lineIds)) {
        if (m_state.lineExtension.contains(lineId)) {
            m_state.extensions.remove(m_state.lineExtension.take(lineId));
        }
        if (m_state.lineEndpoint.contains(lineId)) {
            m_state.sipEndpoints.remove(m_state.lineEndpoint.take(lineId));
        }
        m_state.lineDevice.remove(lineId);
        m_state.lines.remove(lineId);
    }
    if (recursive) {
        // Recursive delete also removes the incalls that ring this user, and their DIDs.
        QList<int> incallIds;
        for (const QJsonObject &incall : std::as_const(m_state.incalls)) {
            const QJsonObject destination = incall.value(QLatin1String("destination")).toObject();
            if (destination.value(QLatin1String("type")).toString() == QLatin1String("user")
                && destination.value(QLatin1String("user_id")).toInt() == id) {
                incallIds.append(incall.value(QLatin1String("id")).toInt());
            }
        }
        for (const int incallId : std::as_const(incallIds)) {
            if (m_state.incallExtension.contains(incallId)) {
                m_state.extensions.remove(m_state.incallExtension.take(incallId));
            }
            m_state.incalls.remove(incallId);
        }
    }
    m_state.userLines.removeIf([id](const QPair<int, int> &ul) { return ul.first == id; });
    m_state.userVoicemail.remove(id);
    m_state.userAuthPasswords.remove(id);
    m_state.users.remove(id);
    return HttpResponse::empty(204);
}

// ---- SIP endpoints ----

QJsonObject SimConfdApi::renderEndpoint(const QJsonObject &endpoint) const
{
    QJsonObject out = endpoint;
    const QString uuid = endpoint.value(QLatin1String("uuid")).toString();
    const int lineId = m_state.lineEndpoint.key(uuid, -1);
    out.insert(QStringLiteral("line"),
        lineId < 0 ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(QJsonObject { { QStringLiteral("id"), lineId },
                       { QStringLiteral("links"),
                           links(QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(lineId)) } }));
    out.insert(QStringLiteral("trunk"), QJsonValue::Null);
    out.insert(
        QStringLiteral("links"), links(QStringLiteral("endpoint_sip"), QStringLiteral("/endpoints/sip/%1").arg(uuid)));
    return out;
}

QString SimConfdApi::createEndpoint(const SimCall &call, const QJsonObject &body, QJsonObject *created)
{
    static const QRegularExpression namePattern(QStringLiteral("^[-_.a-zA-Z0-9]+$"));
    for (const QString &problem : { checkString(body, "name", false, 79), checkString(body, "label", false, 128),
             checkPairs(body, "aor_section_options"), checkPairs(body, "auth_section_options"),
             checkPairs(body, "endpoint_section_options"), checkPairs(body, "identify_section_options"),
             checkPairs(body, "registration_section_options"),
             checkPairs(body, "registration_outbound_auth_section_options"),
             checkPairs(body, "outbound_auth_section_options") }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    QString name = body.value(QLatin1String("name")).toString();
    if (!name.isEmpty()
        && (!namePattern.match(name).hasMatch() || name == QLatin1String("global")
            || name == QLatin1String("system"))) {
        return fieldError(QStringLiteral("name"), QStringLiteral("String does not match expected pattern."));
    }
    const auto taken = [this](const QString &candidate) {
        return std::any_of(m_state.sipEndpoints.cbegin(), m_state.sipEndpoints.cend(),
            [&candidate](const QJsonObject &e) { return e.value(QLatin1String("name")).toString() == candidate; });
    };
    if (name.isEmpty()) {
        // confd generates 8 characters of [a-z0-9] until one is free.
        static const QLatin1String alphabet("abcdefghijklmnopqrstuvwxyz0123456789");
        do {
            name.clear();
            for (int i = 0; i < 8; ++i) {
                name.append(QChar(alphabet[QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size()))]));
            }
        } while (taken(name));
    } else if (taken(name)) {
        return QStringLiteral("Resource Error - SIPEndpoint already exists") + meta({ { "name", name } });
    }
    const QString uuid = newUuid();
    QJsonObject endpoint { { QStringLiteral("uuid"), uuid }, { QStringLiteral("tenant_uuid"), call.tenant },
        { QStringLiteral("name"), name },
        { QStringLiteral("label"),
            body.value(QLatin1String("label")).isString() ? body.value(QLatin1String("label"))
                                                          : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("templates"), body.value(QLatin1String("templates")).toArray() },
        { QStringLiteral("transport"),
            body.value(QLatin1String("transport")).isObject() ? body.value(QLatin1String("transport"))
                                                              : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("asterisk_id"),
            body.value(QLatin1String("asterisk_id")).isString() ? body.value(QLatin1String("asterisk_id"))
                                                                : QJsonValue(QJsonValue::Null) } };
    for (const char *key : { "aor_section_options", "auth_section_options", "endpoint_section_options",
             "identify_section_options", "registration_section_options", "registration_outbound_auth_section_options",
             "outbound_auth_section_options" }) {
        endpoint.insert(QLatin1String(key), body.value(QLatin1String(key)).toArray());
    }
    m_state.sipEndpoints.insert(uuid, endpoint);
    *created = endpoint;
    return {};
}

HttpResponse SimConfdApi::listEndpoints(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(call);
    for (const QJsonObject &e : std::as_const(m_state.sipEndpoints)) {
        if (tenants.contains(e.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderEndpoint(e));
        }
    }
    return list(call, items, { QStringLiteral("name"), QStringLiteral("label") },
        { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("asterisk_id") },
        QStringLiteral("label"));
}

HttpResponse SimConfdApi::postEndpoint(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    QJsonObject endpoint;
    const QString problem = createEndpoint(call, body, &endpoint);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    return created(QStringLiteral("/endpoints/sip/%1").arg(endpoint.value(QLatin1String("uuid")).toString()),
        renderEndpoint(endpoint));
}

HttpResponse SimConfdApi::getEndpoint(SimCall &call)
{
    const QJsonObject endpoint = m_state.sipEndpoints.value(call.param(0));
    if (endpoint.isEmpty() || !reachable(call, endpoint)) {
        return error(404, notFoundMessage("SIPEndpoint", { { "uuid", call.param(0) } }));
    }
    return HttpResponse::json(200, renderEndpoint(endpoint));
}

HttpResponse SimConfdApi::deleteEndpoint(SimCall &call)
{
    const QJsonObject endpoint = m_state.sipEndpoints.value(call.param(0));
    if (endpoint.isEmpty() || !reachable(call, endpoint)) {
        return error(404, notFoundMessage("SIPEndpoint", { { "uuid", call.param(0) } }));
    }
    const int lineId = m_state.lineEndpoint.key(call.param(0), -1);
    if (lineId >= 0) {
        return error(400,
            QStringLiteral("Resource Error - SIPEndpoint is associated with a Line") + meta({ { "line_id", lineId } }));
    }
    m_state.sipEndpoints.remove(call.param(0));
    return HttpResponse::empty(204);
}

// ---- lines ----

QJsonObject SimConfdApi::renderLine(const QJsonObject &line, bool fullEndpoint) const
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
            out.insert(QStringLiteral("endpoint_sip"), renderEndpoint(endpoint));
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
                        links(
                            QStringLiteral("endpoint_sip"), QStringLiteral("/endpoints/sip/%1").arg(endpointUuid)) } });
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
                links(QStringLiteral("extensions"),
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
                    links(QStringLiteral("users"), QStringLiteral("/users/%1").arg(ul.first)) } });
        }
    }
    out.insert(QStringLiteral("users"), users);
    const QString device = m_state.lineDevice.value(id);
    out.insert(QStringLiteral("device_id"), device.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(device));
    out.insert(QStringLiteral("device_slot"), line.value(QLatin1String("position")));
    out.insert(QStringLiteral("is_webrtc"), false);
    out.insert(QStringLiteral("application"), QJsonValue::Null);
    out.insert(QStringLiteral("links"), links(QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(id)));
    return out;
}

HttpResponse SimConfdApi::listLines(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(call);
    for (const QJsonObject &l : std::as_const(m_state.lines)) {
        if (tenants.contains(l.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderLine(l, false));
        }
    }
    return list(call, items,
        { QStringLiteral("name"), QStringLiteral("context"), QStringLiteral("provisioning_code"),
            QStringLiteral("protocol"), QStringLiteral("caller_id_name"), QStringLiteral("caller_id_num") },
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("context"), QStringLiteral("provisioning_code"),
            QStringLiteral("protocol"), QStringLiteral("position"), QStringLiteral("device_id"),
            QStringLiteral("caller_id_name"), QStringLiteral("caller_id_num") },
        QStringLiteral("name"));
}

HttpResponse SimConfdApi::postLine(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    static const QRegularExpression code(QStringLiteral("^[0-9]{6}$"));
    for (const QString &problem : { checkString(body, "context", true, 79, false), checkInt(body, "position", 1, 65535),
             checkString(body, "provisioning_code", false, 6), checkString(body, "caller_id_name", false, 256),
             checkString(body, "caller_id_num", false, 64), checkString(body, "registrar", false, 128) }) {
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    const QString contextName = body.value(QLatin1String("context")).toString();
    if (!findContextByName(call, contextName)) {
        return error(400,
            QStringLiteral("Input Error - field 'context': Context was not found")
                + meta({ { "context", contextName } }));
    }
    QString provisioningCode = body.value(QLatin1String("provisioning_code")).toString();
    const auto codeTaken = [this](const QString &candidate) {
        return std::any_of(m_state.lines.cbegin(), m_state.lines.cend(), [&candidate](const QJsonObject &l) {
            return l.value(QLatin1String("provisioning_code")).toString() == candidate;
        });
    };
    if (!provisioningCode.isEmpty()) {
        if (!code.match(provisioningCode).hasMatch()) {
            return error(400,
                fieldError(
                    QStringLiteral("provisioning_code"), QStringLiteral("String does not match expected pattern.")));
        }
        if (codeTaken(provisioningCode)) {
            return error(400,
                QStringLiteral("Resource Error - Line already exists")
                    + meta({ { "provisioning_code", provisioningCode } }));
        }
    } else {
        do {
            provisioningCode = QString::number(QRandomGenerator::global()->bounded(100000, 1000000));
        } while (codeTaken(provisioningCode));
    }
    if (body.contains(QLatin1String("endpoint_sip")) && !body.value(QLatin1String("endpoint_sip")).isObject()) {
        return error(400, fieldError(QStringLiteral("endpoint_sip"), QStringLiteral("Invalid input type.")));
    }
    // Validate the nested extensions before creating anything, so a refused POST leaves nothing behind.
    const QJsonArray extensionBodies = body.value(QLatin1String("extensions")).toArray();
    const QJsonObject *context = findContextByName(call, contextName);
    for (const QJsonValue &e : extensionBodies) {
        const QString exten = e.toObject().value(QLatin1String("exten")).toString();
        const QString extensionContext = e.toObject().value(QLatin1String("context")).toString(contextName);
        const QJsonObject *target = findContextByName(call, extensionContext);
        if (!target) {
            return error(400,
                QStringLiteral("Input Error - field 'context': Context was not found")
                    + meta({ { "context", extensionContext } }));
        }
        if (target->value(QLatin1String("type")).toString() == QLatin1String("internal")
            && !exten.startsWith(QLatin1Char('_'))
            && !inRange(exten, target->value(QLatin1String("user_ranges")).toArray())) {
            return error(400,
                QStringLiteral("Input Error - Extension '%1' is outside of range for context '%2'")
                    .arg(exten, extensionContext));
        }
    }
    Q_UNUSED(context);

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
        QJsonObject endpointBody = body.value(QLatin1String("endpoint_sip")).toObject();
        // confd appends the line's context to the endpoint options unless one is already there.
        QJsonArray options = endpointBody.value(QLatin1String("endpoint_section_options")).toArray();
        const bool hasContext = std::any_of(options.cbegin(), options.cend(),
            [](const QJsonValue &p) { return p.toArray().at(0).toString() == QLatin1String("context"); });
        if (!hasContext) {
            options.append(QJsonArray { QStringLiteral("context"), contextName });
            endpointBody.insert(QStringLiteral("endpoint_section_options"), options);
        }
        QJsonObject endpoint;
        const QString problem = createEndpoint(call, endpointBody, &endpoint);
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
        m_state.lineEndpoint.insert(id, endpoint.value(QLatin1String("uuid")).toString());
    }
    m_state.lines.insert(id, line);
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
            const QString problem = createExtension(call, extensionBody, &createdExtension);
            if (!problem.isEmpty()) {
                return error(400, problem);
            }
            extensionId = createdExtension.value(QLatin1String("id")).toInt();
        }
        const QString problem = validateLineExtension(id, extensionId);
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
        linkLineExtension(id, extensionId);
    }
    return created(QStringLiteral("/lines/%1").arg(id), renderLine(line, true));
}

HttpResponse SimConfdApi::getLine(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.lines.contains(id) || !reachable(call, m_state.lines.value(id))) {
        return error(404, notFoundMessage("Line", { { "id", id } }));
    }
    return HttpResponse::json(200, renderLine(m_state.lines.value(id), false));
}

HttpResponse SimConfdApi::putLine(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.lines.contains(id) || !reachable(call, m_state.lines.value(id))) {
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
        && !findContextByName(call, body.value(QLatin1String("context")).toString())) {
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

HttpResponse SimConfdApi::deleteLine(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.lines.contains(id) || !reachable(call, m_state.lines.value(id))) {
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

// ---- extensions ----

QJsonObject SimConfdApi::renderExtension(const QJsonObject &extension) const
{
    const int id = extension.value(QLatin1String("id")).toInt();
    QJsonObject out = extension;
    QJsonArray lines;
    for (auto it = m_state.lineExtension.cbegin(); it != m_state.lineExtension.cend(); ++it) {
        if (it.value() == id) {
            lines.append(QJsonObject { { QStringLiteral("id"), it.key() },
                { QStringLiteral("links"),
                    links(QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(it.key())) } });
        }
    }
    out.insert(QStringLiteral("lines"), lines);
    const int incall = m_state.incallExtension.key(id, -1);
    out.insert(QStringLiteral("incall"),
        incall < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject { { QStringLiteral("id"), incall } }));
    for (const char *key : { "group", "queue", "conference", "parking_lot", "outcall" }) {
        out.insert(QLatin1String(key), QJsonValue::Null);
    }
    out.insert(QStringLiteral("links"), links(QStringLiteral("extensions"), QStringLiteral("/extensions/%1").arg(id)));
    return out;
}

QString SimConfdApi::createExtension(const SimCall &call, const QJsonObject &body, QJsonObject *created)
{
    static const QRegularExpression exten(QStringLiteral("^(_[*#0-9a-zA-Z\\[\\]\\-.!]+|\\+?[*#0-9]+)$"));
    for (const QString &problem : { checkString(body, "exten", true, 40, false),
             checkString(body, "context", true, 79, false), checkBool(body, "enabled") }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    const QString number = body.value(QLatin1String("exten")).toString();
    const QString contextName = body.value(QLatin1String("context")).toString();
    if (!exten.match(number).hasMatch()) {
        return fieldError(QStringLiteral("exten"), QStringLiteral("String does not match expected pattern."));
    }
    const QJsonObject *context = findContextByName(call, contextName);
    if (!context) {
        return QStringLiteral("Input Error - field 'context': Context was not found")
            + meta({ { "context", contextName } });
    }
    // A leading "+" is only meaningful in outgoing-call contexts.
    if (number.startsWith(QLatin1Char('+'))
        && context->value(QLatin1String("type")).toString() != QLatin1String("outcall")) {
        return fieldError(QStringLiteral("exten"), QStringLiteral("String does not match expected pattern."));
    }
    for (const QJsonObject &e : std::as_const(m_state.extensions)) {
        if (e.value(QLatin1String("exten")).toString() == number
            && e.value(QLatin1String("context")).toString() == contextName) {
            return QStringLiteral("Resource Error - Extension already exists")
                + meta({ { "exten", number }, { "context", contextName } });
        }
    }
    const int id = m_state.nextId++;
    const QJsonObject extension { { QStringLiteral("id"), id }, { QStringLiteral("tenant_uuid"), call.tenant },
        { QStringLiteral("exten"), number }, { QStringLiteral("context"), contextName },
        { QStringLiteral("enabled"), body.value(QLatin1String("enabled")).toBool(true) },
        { QStringLiteral("type"), context->value(QLatin1String("type")) } };
    m_state.extensions.insert(id, extension);
    *created = extension;
    return {};
}

HttpResponse SimConfdApi::listExtensions(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(call);
    for (const QJsonObject &e : std::as_const(m_state.extensions)) {
        if (tenants.contains(e.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderExtension(e));
        }
    }
    return list(call, items, { QStringLiteral("exten"), QStringLiteral("context") },
        { QStringLiteral("id"), QStringLiteral("exten"), QStringLiteral("context"), QStringLiteral("type"),
            QStringLiteral("enabled") },
        QStringLiteral("exten"));
}

HttpResponse SimConfdApi::postExtension(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    QJsonObject extension;
    const QString problem = createExtension(call, body, &extension);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    return created(
        QStringLiteral("/extensions/%1").arg(extension.value(QLatin1String("id")).toInt()), renderExtension(extension));
}

HttpResponse SimConfdApi::getExtension(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.extensions.contains(id) || !reachable(call, m_state.extensions.value(id))) {
        return error(404, notFoundMessage("Extension", { { "id", id } }));
    }
    return HttpResponse::json(200, renderExtension(m_state.extensions.value(id)));
}

HttpResponse SimConfdApi::deleteExtension(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.extensions.contains(id) || !reachable(call, m_state.extensions.value(id))) {
        return error(404, notFoundMessage("Extension", { { "id", id } }));
    }
    const int lineId = m_state.lineExtension.key(id, -1);
    if (lineId >= 0) {
        return error(400,
            QStringLiteral("Resource Error - Extension is associated with a Line")
                + meta({ { "extension_id", id }, { "line_id", lineId } }));
    }
    const int incallId = m_state.incallExtension.key(id, -1);
    if (incallId >= 0) {
        return error(400,
            QStringLiteral("Resource Error - Extension is associated with a Incall")
                + meta({ { "extension_id", id }, { "incall_id", incallId } }));
    }
    m_state.extensions.remove(id);
    return HttpResponse::empty(204);
}

// ---- associations ----

QString SimConfdApi::validateLineExtension(int lineId, int extensionId) const
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
    if (takenByOther || m_state.incallExtension.key(extensionId, -1) >= 0) {
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

void SimConfdApi::linkLineExtension(int lineId, int extensionId)
{
    m_state.lineExtension.insert(lineId, extensionId);
}

HttpResponse SimConfdApi::associateLineEndpoint(SimCall &call, bool associate)
{
    const int lineId = toId(call.param(0));
    const QString uuid = call.param(1);
    if (!m_state.lines.contains(lineId) || !reachable(call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    const QJsonObject endpoint = m_state.sipEndpoints.value(uuid);
    if (endpoint.isEmpty() || !reachable(call, endpoint)) {
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

HttpResponse SimConfdApi::associateLineExtension(SimCall &call, bool associate)
{
    const int lineId = toId(call.param(0));
    const int extensionId = toId(call.param(1));
    if (!m_state.lines.contains(lineId) || !reachable(call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    if (!m_state.extensions.contains(extensionId) || !reachable(call, m_state.extensions.value(extensionId))) {
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

HttpResponse SimConfdApi::postLineExtension(SimCall &call)
{
    const int lineId = toId(call.param(0));
    if (!m_state.lines.contains(lineId) || !reachable(call, m_state.lines.value(lineId))) {
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
    QString problem = createExtension(call, body, &extension);
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
    return created(QStringLiteral("/extensions/%1").arg(extensionId), renderExtension(extension));
}

HttpResponse SimConfdApi::associateUserLine(SimCall &call, bool associate)
{
    const int userId = findUserId(call, call.param(0));
    const int lineId = toId(call.param(1));
    if (userId < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    if (!m_state.lines.contains(lineId) || !reachable(call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    const QPair<int, int> pair { userId, lineId };
    if (!associate) {
        if (m_state.lineDevice.contains(lineId)) {
            return error(400,
                QStringLiteral("Resource Error - Line is associated with a Device") + meta({ { "line_id", lineId } }));
        }
        m_state.userLines.removeAll(pair);
        return HttpResponse::empty(204);
    }
    if (m_state.userLines.contains(pair)) {
        return HttpResponse::empty(204);
    }
    if (m_state.users.value(userId).value(QLatin1String("tenant_uuid"))
        != m_state.lines.value(lineId).value(QLatin1String("tenant_uuid"))) {
        return error(400,
            QStringLiteral("Resource Error - different tenants")
                + meta({ { "user_id", userId }, { "line_id", lineId } }));
    }
    if (!m_state.lineEndpoint.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a Endpoint")
                + meta({ { "line_id", lineId } }));
    }
    m_state.userLines.append(pair);
    return HttpResponse::empty(204);
}

HttpResponse SimConfdApi::associateLineDevice(SimCall &call, bool associate)
{
    const int lineId = toId(call.param(0));
    const QString deviceId = call.param(1);
    if (!m_state.lines.contains(lineId) || !reachable(call, m_state.lines.value(lineId))) {
        return error(404, notFoundMessage("Line", { { "id", lineId } }));
    }
    const QJsonObject device = m_state.devices.value(deviceId);
    const bool isNew = device.value(QLatin1String("is_new")).toBool();
    if (device.isEmpty() || (!reachable(call, device) && !isNew)) {
        return error(404, notFoundMessage("Device", { { "id", deviceId } }));
    }
    if (!associate) {
        if (m_state.lineDevice.value(lineId) == deviceId) {
            m_state.lineDevice.remove(lineId);
        }
        return HttpResponse::empty(204);
    }
    if (m_state.lineDevice.value(lineId) == deviceId) {
        return HttpResponse::empty(204);
    }
    if (m_state.lineDevice.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line is already associated to a Device")
                + meta({ { "line_id", lineId } }));
    }
    const int position = m_state.lines.value(lineId).value(QLatin1String("position")).toInt();
    for (auto it = m_state.lineDevice.cbegin(); it != m_state.lineDevice.cend(); ++it) {
        if (it.value() == deviceId
            && m_state.lines.value(it.key()).value(QLatin1String("position")).toInt() == position) {
            return error(400,
                QStringLiteral("Resource Error - Cannot associate 2 lines with same position")
                    + meta({ { "device_id", deviceId }, { "position", position } }));
        }
    }
    if (!m_state.lineEndpoint.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a Endpoint")
                + meta({ { "line_id", lineId } }));
    }
    if (!m_state.lineExtension.contains(lineId)) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a Extension")
                + meta({ { "line_id", lineId } }));
    }
    const bool hasUser = std::any_of(m_state.userLines.cbegin(), m_state.userLines.cend(),
        [lineId](const QPair<int, int> &ul) { return ul.second == lineId; });
    if (!hasUser) {
        return error(400,
            QStringLiteral("Resource Error - Line must be associated with a User") + meta({ { "line_id", lineId } }));
    }
    m_state.lineDevice.insert(lineId, deviceId);
    QJsonObject &stored = m_state.devices[deviceId];
    // confd writes the device's own provd config: it is now "configured".
    stored.insert(QStringLiteral("config"), deviceId);
    if (isNew) {
        stored.insert(QStringLiteral("tenant_uuid"), call.tenant);
        stored.insert(QStringLiteral("is_new"), false);
    }
    return HttpResponse::empty(204);
}

// ---- devices ----

QJsonObject SimConfdApi::renderDevice(const QJsonObject &device) const
{
    QJsonObject out = device;
    const QString config = device.value(QLatin1String("config")).toString();
    // confd's derivation: no provd config -> corrupted; autoprov config -> autoprov; else configured.
    QString status = QStringLiteral("not_configured");
    if (config.isEmpty()) {
        status = QStringLiteral("corrupted");
    } else if (config.startsWith(QLatin1String("autoprov"))) {
        status = QStringLiteral("autoprov");
    } else {
        status = QStringLiteral("configured");
    }
    out.remove(QStringLiteral("config"));
    out.remove(QStringLiteral("synchronized"));
    out.insert(QStringLiteral("status"), status);
    out.insert(QStringLiteral("links"),
        links(QStringLiteral("devices"),
            QStringLiteral("/devices/%1").arg(device.value(QLatin1String("id")).toString())));
    return out;
}

QJsonObject SimConfdApi::addDetectedDevice(const QJsonObject &facts, QString *problem)
{
    static const QRegularExpression macPattern(QStringLiteral("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"));
    const QString mac = facts.value(QLatin1String("mac")).toString().toLower();
    if (!macPattern.match(mac).hasMatch()) {
        *problem = QStringLiteral("mac must look like aa:bb:cc:dd:ee:ff");
        return {};
    }
    for (const QJsonObject &d : std::as_const(m_state.devices)) {
        if (d.value(QLatin1String("mac")).toString() == mac) {
            *problem = QStringLiteral("a device with this mac already exists");
            return {};
        }
    }
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const auto orNull = [&facts](const char *key) {
        const QJsonValue v = facts.value(QLatin1String(key));
        return v.isString() ? v : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject device { { QStringLiteral("id"), id }, { QStringLiteral("mac"), mac },
        { QStringLiteral("ip"), orNull("ip") }, { QStringLiteral("sn"), orNull("sn") },
        { QStringLiteral("model"), orNull("model") }, { QStringLiteral("vendor"), orNull("vendor") },
        { QStringLiteral("version"), orNull("version") }, { QStringLiteral("plugin"), orNull("plugin") },
        { QStringLiteral("description"), QJsonValue::Null }, { QStringLiteral("template_id"), QJsonValue::Null },
        { QStringLiteral("options"), QJsonValue::Null }, { QStringLiteral("is_new"), true },
        { QStringLiteral("tenant_uuid"), m_state.masterTenant },
        // provd gives a phone that boots unknown a transient autoprov config.
        { QStringLiteral("config"),
            QString(QStringLiteral("autoprov") + QUuid::createUuid().toString(QUuid::Id128).left(10)) },
        { QStringLiteral("synchronized"), 0 } };
    m_state.devices.insert(id, device);
    return renderDevice(device);
}

HttpResponse SimConfdApi::listDevices(SimCall &call, bool unallocated)
{
    QList<QJsonObject> items;
    const QStringList tenants = unallocated ? QStringList { m_state.masterTenant } : listTenants(call);
    if (unallocated && call.tokenTenant != m_state.masterTenant) {
        return error(401, QStringLiteral("Unauthorized"));
    }
    for (const QJsonObject &d : std::as_const(m_state.devices)) {
        const bool inTenant = tenants.contains(d.value(QLatin1String("tenant_uuid")).toString());
        if (inTenant && (!unallocated || d.value(QLatin1String("is_new")).toBool())) {
            items.append(renderDevice(d));
        }
    }
    const QStringList keys { QStringLiteral("id"), QStringLiteral("ip"), QStringLiteral("mac"), QStringLiteral("sn"),
        QStringLiteral("plugin"), QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("version"),
        QStringLiteral("description"), QStringLiteral("status") };
    return list(call, items, keys, keys, QStringLiteral("ip"));
}

HttpResponse SimConfdApi::getDevice(SimCall &call)
{
    const QJsonObject device = m_state.devices.value(call.param(0));
    if (device.isEmpty() || !reachable(call, device)) {
        return error(404, notFoundMessage("Device", { { "id", call.param(0) } }));
    }
    return HttpResponse::json(200, renderDevice(device));
}

HttpResponse SimConfdApi::claimDevice(SimCall &call)
{
    const QJsonObject device = m_state.devices.value(call.param(0));
    if (device.isEmpty() || !device.value(QLatin1String("is_new")).toBool()) {
        return error(404, notFoundMessage("Device", { { "id", call.param(0) } }));
    }
    QJsonObject &stored = m_state.devices[call.param(0)];
    stored.insert(QStringLiteral("tenant_uuid"), call.tenant);
    stored.insert(QStringLiteral("is_new"), false);
    return HttpResponse::empty(204);
}

HttpResponse SimConfdApi::autoprovDevice(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.devices.contains(id) || !reachable(call, m_state.devices.value(id))) {
        return error(404, notFoundMessage("Device", { { "id", id } }));
    }
    // Detach every line and give the phone a fresh autoprov config.
    for (auto it = m_state.lineDevice.begin(); it != m_state.lineDevice.end();) {
        it = it.value() == id ? m_state.lineDevice.erase(it) : std::next(it);
    }
    m_state.devices[id].insert(QStringLiteral("config"),
        QString(QStringLiteral("autoprov") + QUuid::createUuid().toString(QUuid::Id128).left(10)));
    return HttpResponse::empty(204);
}

HttpResponse SimConfdApi::synchronizeDevice(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.devices.contains(id) || !reachable(call, m_state.devices.value(id))) {
        return error(404, notFoundMessage("Device", { { "id", id } }));
    }
    QJsonObject &device = m_state.devices[id];
    device.insert(QStringLiteral("synchronized"), device.value(QLatin1String("synchronized")).toInt() + 1);
    return HttpResponse::empty(204);
}

HttpResponse SimConfdApi::deviceLines(SimCall &call)
{
    const QString id = call.param(0);
    if (!m_state.devices.contains(id) || !reachable(call, m_state.devices.value(id))) {
        return error(404, notFoundMessage("Device", { { "id", id } }));
    }
    QJsonArray items;
    for (auto it = m_state.lineDevice.cbegin(); it != m_state.lineDevice.cend(); ++it) {
        if (it.value() == id) {
            items.append(QJsonObject { { QStringLiteral("line_id"), it.key() }, { QStringLiteral("device_id"), id } });
        }
    }
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("total"), items.size() }, { QStringLiteral("items"), items } });
}

} // namespace Staging
