// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimUserApi.h"

#include "simulator/SimConfdRules.h"
#include "simulator/SimCostModel.h"
#include "simulator/SimDeviceApi.h"
#include "simulator/SimExtensionApi.h"
#include "simulator/SimGroupApi.h"
#include "simulator/SimIncallApi.h"
#include "simulator/SimLineApi.h"
#include "simulator/SimVoicemailApi.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>

namespace Staging {

using namespace SimConfdRules;

namespace {

/** A body's field as given, or null when absent. */
QJsonValue valueOrNull(const QJsonObject &body, const char *key)
{
    const QJsonValue v = body.value(QLatin1String(key));
    return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
}

/** A call for another handler of this API: the same caller, a body and path parameters of its own. */
SimCall subCall(const SimCall &call, HttpRequest *request, const QJsonObject &payload, const QStringList &params)
{
    *request = *call.request;
    request->query = QUrlQuery();
    request->body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    SimCall sub = call;
    sub.request = request;
    sub.params = params;
    return sub;
}

} // namespace

SimUserApi::SimUserApi(SimState &state, SimLineApi &lines, SimDeviceApi &devices, SimExtensionApi &extensions)
    : m_state(state)
    , m_lines(lines)
    , m_devices(devices)
    , m_extensions(extensions)
{
}

void SimUserApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/users"), [this](SimCall &c) { return listUsers(c); });
    r.add("POST", QStringLiteral("/users"), [this](SimCall &c) { return postUser(c); });
    r.add("GET", QStringLiteral("/users/{}"), [this](SimCall &c) { return getUser(c); });
    r.add("PUT", QStringLiteral("/users/{}"), [this](SimCall &c) { return putUser(c); });
    r.add("DELETE", QStringLiteral("/users/{}"), [this](SimCall &c) { return deleteUser(c); });
    r.add("PUT", QStringLiteral("/users/{}/lines/{}"), [this](SimCall &c) { return associateUserLine(c, true); });
    r.add("DELETE", QStringLiteral("/users/{}/lines/{}"), [this](SimCall &c) { return associateUserLine(c, false); });
}

QJsonObject SimUserApi::renderUser(const QJsonObject &user) const
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
            { QStringLiteral("links"),
                links(m_baseUrl, QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(ul.second)) } });
    }
    out.insert(QStringLiteral("lines"), lines);
    QJsonValue voicemail(QJsonValue::Null);
    if (m_state.userVoicemail.contains(id)) {
        const int voicemailId = m_state.userVoicemail.value(id);
        voicemail = QJsonObject { { QStringLiteral("id"), voicemailId },
            { QStringLiteral("name"), m_state.voicemails.value(voicemailId).value(QLatin1String("name")) },
            { QStringLiteral("links"),
                links(m_baseUrl, QStringLiteral("voicemails"), QStringLiteral("/voicemails/%1").arg(voicemailId)) } };
    }
    out.insert(QStringLiteral("voicemail"), voicemail);
    out.insert(QStringLiteral("incalls"), m_incalls ? m_incalls->incallsOfUser(id) : QJsonArray {});
    out.insert(QStringLiteral("groups"), m_groups ? m_groups->groupsOfUser(id) : QJsonArray {});
    out.insert(QStringLiteral("switchboards"), QJsonArray {});
    out.insert(QStringLiteral("links"), links(m_baseUrl, QStringLiteral("users"), QStringLiteral("/users/%1").arg(id)));
    return out;
}

HttpResponse SimUserApi::listUsers(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
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
    return list(listCall, items,
        SimListQuery::Spec {
            search, columns, QStringLiteral("lastname"), { QStringLiteral("fullname"), QStringLiteral("exten") } });
}

HttpResponse SimUserApi::postUser(SimCall &call)
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

namespace {

// user/schema.py: a quoted name, then optionally a number in angle brackets.
const QRegularExpression &callerIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\"(.*)\"( <(\\+?\\d+)>)?$"));
    return pattern;
}

QString checkCallerId(const QJsonObject &body)
{
    const QString problem = checkString(body, "caller_id", false, 160, false);
    if (!problem.isEmpty() || !body.value(QLatin1String("caller_id")).isString()) {
        return problem;
    }
    return callerIdPattern().match(body.value(QLatin1String("caller_id")).toString()).hasMatch()
        ? QString()
        : fieldError(QStringLiteral("caller_id"), QStringLiteral("String does not match expected pattern."));
}

} // namespace

QString SimUserApi::checkNewUser(const QJsonObject &body) const
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
            return problem;
        }
    }
    const auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };
    if (body.value(QLatin1String("email")).isString() && !email.match(text("email")).hasMatch()) {
        return fieldError(QStringLiteral("email"), QStringLiteral("Not a valid email address."));
    }
    if (body.value(QLatin1String("language")).isString() && !language.match(text("language")).hasMatch()) {
        return fieldError(QStringLiteral("language"), QStringLiteral("String does not match expected pattern."));
    }
    if (body.value(QLatin1String("mobile_phone_number")).isString()
        && !mobile.match(text("mobile_phone_number")).hasMatch()) {
        return fieldError(
            QStringLiteral("mobile_phone_number"), QStringLiteral("String does not match expected pattern."));
    }
    const QString callerIdProblem = checkCallerId(body);
    return callerIdProblem.isEmpty() ? checkUserUnique(body) : callerIdProblem;
}

QString SimUserApi::checkUserUnique(const QJsonObject &body) const
{
    const QString email = body.value(QLatin1String("email")).toString();
    // An e-mail is the stack's, not the tenant's: confd refuses one any user of any tenant has.
    if (!email.isEmpty()) {
        for (const QJsonObject &u : std::as_const(m_state.users)) {
            if (u.value(QLatin1String("email")).toString().compare(email, Qt::CaseInsensitive) == 0) {
                return QStringLiteral("Resource Error - User already exists") + meta({ { "email", email } });
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
                return QStringLiteral("Input Error - auth: The login \"%1\" is already used")
                    .arg(auth.value(QLatin1String("username")).toString());
            }
        }
    }
    return {};
}

QJsonObject SimUserApi::newUserRecord(const SimCall &call, const QJsonObject &body, int id, const QString &uuid) const
{
    const QString firstname = body.value(QLatin1String("firstname")).toString();
    const QString lastname = body.value(QLatin1String("lastname")).toString();
    const auto orNull = [&body](const char *key) { return valueOrNull(body, key); };
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("uuid"), uuid },
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
}

QJsonObject SimUserApi::renderAuth(const SimCall &call, const QJsonObject &body, const QJsonObject &user) const
{
    const QString email = body.value(QLatin1String("email")).toString();
    QJsonArray emails;
    if (!email.isEmpty()) {
        emails.append(QJsonObject { { QStringLiteral("address"), email }, { QStringLiteral("main"), true },
            { QStringLiteral("confirmed"), true } });
    }
    return QJsonObject { { QStringLiteral("uuid"), user.value(QLatin1String("uuid")) },
        { QStringLiteral("username"), user.value(QLatin1String("_auth_username")) },
        { QStringLiteral("firstname"), user.value(QLatin1String("firstname")) },
        { QStringLiteral("lastname"), valueOrNull(body, "lastname") }, { QStringLiteral("emails"), emails },
        { QStringLiteral("enabled"), true }, { QStringLiteral("purpose"), QStringLiteral("user") },
        { QStringLiteral("tenant_uuid"), call.tenant } };
}

HttpResponse SimUserApi::createUser(SimCall &call, const QJsonObject &body)
{
    const QString problem = checkNewUser(body);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const int id = m_state.nextId++;
    const QString uuid = newUuid();
    QJsonObject user = newUserRecord(call, body, id, uuid);
    const QJsonObject auth = body.value(QLatin1String("auth")).toObject();
    if (!auth.isEmpty()) {
        const QString email = body.value(QLatin1String("email")).toString();
        const QString username = auth.value(QLatin1String("username")).toString(email.isEmpty() ? uuid : email);
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
    QJsonObject rendered = renderUser(user);
    rendered.remove(QStringLiteral("_auth_username"));
    if (!auth.isEmpty()) {
        rendered.insert(QStringLiteral("auth"), renderAuth(call, body, user));
    }
    return created(m_baseUrl, QStringLiteral("/users/%1").arg(id), rendered);
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
HttpResponse SimUserApi::createUserParts(SimCall &call, const QJsonObject &body, int userId)
{
    const HttpResponse voicemail = createUserVoicemail(call, body.value(QLatin1String("voicemail")), userId);
    if (voicemail.status != 201) {
        return voicemail;
    }
    m_lines.setUserInCreation(userId);
    const auto endCreation = qScopeGuard([this] { m_lines.setUserInCreation(-1); });
    for (const QJsonValue &lineValue : body.value(QLatin1String("lines")).toArray()) {
        const HttpResponse line = createUserLine(call, lineValue.toObject(), userId);
        if (line.status != 201) {
            return line;
        }
    }
    for (const QJsonValue &incallValue : body.value(QLatin1String("incalls")).toArray()) {
        if (!m_incalls) {
            break;
        }
        const QString problem = createUserIncall(call, incallValue.toObject(), userId);
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
    }
    return HttpResponse::empty(201);
}

HttpResponse SimUserApi::createUserVoicemail(SimCall &call, const QJsonValue &voicemailValue, int userId)
{
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
    return HttpResponse::empty(201);
}

HttpResponse SimUserApi::createUserLine(SimCall &call, QJsonObject lineBody, int userId)
{
    const QString deviceId = lineBody.take(QStringLiteral("device_id")).toString();
    HttpRequest request;
    SimCall lineCall = subCall(call, &request, lineBody, {});
    const HttpResponse createdLine = m_lines.postLine(lineCall);
    if (createdLine.status != 201) {
        return createdLine;
    }
    const QString lineId =
        QString::number(QJsonDocument::fromJson(createdLine.body).object().value(QLatin1String("id")).toInt());
    SimCall userLineCall = subCall(call, &request, {}, { QString::number(userId), lineId });
    const HttpResponse associated = associateUserLine(userLineCall, true);
    if (associated.status != 204) {
        return associated;
    }
    if (!deviceId.isEmpty()) {
        SimCall deviceCall = subCall(call, &request, {}, { lineId, deviceId });
        const HttpResponse attached = m_devices.associateLineDevice(deviceCall, true);
        if (attached.status != 204) {
            return attached;
        }
    }
    return HttpResponse::empty(201);
}

QString SimUserApi::createUserIncall(const SimCall &call, QJsonObject incallBody, int userId)
{
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
        return problem;
    }
    for (const QJsonValue &extensionValue : extensionBodies) {
        const QJsonObject extensionBody = extensionValue.toObject();
        QJsonObject extension;
        problem = m_extensions.createExtension(call, extensionBody, &extension);
        if (!problem.isEmpty()) {
            return problem;
        }
        widenIncallRanges(call, extensionBody.value(QLatin1String("context")).toString(),
            extensionBody.value(QLatin1String("exten")).toString());
        problem = m_incalls->associate(
            incall.value(QLatin1String("id")).toInt(), extension.value(QLatin1String("id")).toInt());
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

// confd widens the incall context's ranges to take the DID (wazo-api.md §2.3).
void SimUserApi::widenIncallRanges(const SimCall &call, const QString &contextName, const QString &exten)
{
    for (QJsonObject &context : m_state.contexts) {
        if (context.value(QLatin1String("name")).toString() != contextName || !visible(call, context)) {
            continue;
        }
        QJsonArray ranges = context.value(QLatin1String("incall_ranges")).toArray();
        if (context.value(QLatin1String("type")).toString() == QLatin1String("incall") && !inRange(exten, ranges)) {
            // contract: uncertain (wazo-api.md §7) - how it widens; here a one-number range.
            ranges.append(QJsonObject { { QStringLiteral("start"), exten }, { QStringLiteral("end"), exten },
                { QStringLiteral("did_length"), static_cast<int>(exten.size()) } });
            context.insert(QStringLiteral("incall_ranges"), ranges);
        }
    }
}

HttpResponse SimUserApi::getUser(SimCall &call)
{
    const int id = findUserId(m_state, call, call.param(0));
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

HttpResponse SimUserApi::putUser(SimCall &call)
{
    const int id = findUserId(m_state, call, call.param(0));
    if (id < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    for (const QString &problem : { checkString(body, "firstname", false, 128, false),
             checkString(body, "lastname", false, 128), checkString(body, "email", false, 254),
             checkInt(body, "subscription_type", 0, 10), checkBool(body, "enabled"), checkCallerId(body) }) {
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
    fixLineCallerIds(id); // xivo-dao's UserFixes, after every user edit
    return HttpResponse::empty(204);
}

// xivo-dao's LineFixes.fix_caller_id, run by the user-line association and by every user edit:
// each line whose main (first) user this is takes the user's caller id, its name and its number,
// or else the line's extension. The phone shows that name as the line's display name (and the
// Yealink v86+ plugins as the account's label).
void SimUserApi::fixLineCallerIds(int userId)
{
    const QRegularExpressionMatch callerId =
        callerIdPattern().match(m_state.users.value(userId).value(QLatin1String("caller_id")).toString());
    if (!callerId.hasMatch()) {
        return;
    }
    for (const auto &ul : std::as_const(m_state.userLines)) {
        const auto main = std::find_if(m_state.userLines.cbegin(), m_state.userLines.cend(),
            [&ul](const QPair<int, int> &other) { return other.second == ul.second; });
        if (ul.first != userId || main->first != userId) {
            continue;
        }
        const int lineId = ul.second;
        QString number = callerId.captured(3);
        if (number.isEmpty() && m_state.lineExtension.contains(lineId)) {
            number =
                m_state.extensions.value(m_state.lineExtension.value(lineId)).value(QLatin1String("exten")).toString();
        }
        // The line reads its caller id back with a pattern that wants a space after the quoted name
        // (xivo-dao's LineFeatures), so a caller id without a number reads as no name at all.
        QJsonObject &line = m_state.lines[lineId];
        line.insert(QStringLiteral("caller_id_name"),
            number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(callerId.captured(1)));
        line.insert(QStringLiteral("caller_id_num"), number.isEmpty() ? QJsonValue(QJsonValue::Null) : number);
        if (!m_state.lineEndpoint.contains(lineId)) {
            continue;
        }
        // The SIP endpoint keeps it as its "callerid" option, which is what Asterisk and the phone read.
        QJsonObject &endpoint = m_state.sipEndpoints[m_state.lineEndpoint.value(lineId)];
        QJsonArray options;
        for (const QJsonValue &pair : endpoint.value(QLatin1String("endpoint_section_options")).toArray()) {
            if (pair.toArray().at(0).toString() != QLatin1String("callerid")) {
                options.append(pair);
            }
        }
        const QString value = QStringLiteral("\"%1\"").arg(callerId.captured(1))
            + (number.isEmpty() ? QString() : QStringLiteral(" <%1>").arg(number));
        options.append(QJsonArray { QStringLiteral("callerid"), value });
        endpoint.insert(QStringLiteral("endpoint_section_options"), options);
    }
}

HttpResponse SimUserApi::deleteUser(SimCall &call)
{
    const int id = findUserId(m_state, call, call.param(0));
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
    // Its group memberships, its function keys and the keys that supervise it go with the user.
    for (QList<QPair<int, int>> &members : m_state.groupUsers) {
        members.removeIf([id](const QPair<int, int> &member) { return member.first == id; });
    }
    m_state.userFuncKeys.remove(id);
    for (QMap<int, QJsonObject> &keys : m_state.userFuncKeys) {
        keys.removeIf([id](const QMap<int, QJsonObject>::iterator &key) {
            const QJsonObject destination = key.value().value(QLatin1String("destination")).toObject();
            return destination.value(QLatin1String("type")).toString() == QLatin1String("user")
                && destination.value(QLatin1String("user_id")).toInt() == id;
        });
    }
    m_state.userVoicemail.remove(id);
    m_state.userAuthPasswords.remove(id);
    m_state.users.remove(id);
    return HttpResponse::empty(204);
}

HttpResponse SimUserApi::associateUserLine(SimCall &call, bool associate)
{
    const int userId = findUserId(m_state, call, call.param(0));
    const int lineId = toId(call.param(1));
    if (userId < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    if (!m_state.lines.contains(lineId) || !reachable(m_state, call, m_state.lines.value(lineId))) {
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
    fixLineCallerIds(userId);
    return HttpResponse::empty(204);
}

} // namespace Staging
