// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimVoicemailApi.h"

#include "simulator/SimConfdRules.h"

#include <QRegularExpression>

namespace Staging {

using namespace SimConfdRules;

SimVoicemailApi::SimVoicemailApi(SimState &state)
    : m_state(state)
{
}

void SimVoicemailApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/voicemails"), [this](SimCall &c) { return listVoicemails(c); });
    r.add("POST", QStringLiteral("/voicemails"), [this](SimCall &c) { return postVoicemail(c); });
    r.add("GET", QStringLiteral("/voicemails/{}"), [this](SimCall &c) { return getVoicemail(c); });
    r.add("PUT", QStringLiteral("/voicemails/{}"), [this](SimCall &c) { return putVoicemail(c); });
    r.add("DELETE", QStringLiteral("/voicemails/{}"), [this](SimCall &c) { return deleteVoicemail(c); });
    r.add("POST", QStringLiteral("/users/{}/voicemails"), [this](SimCall &c) { return postUserVoicemail(c); });
    r.add("GET", QStringLiteral("/users/{}/voicemails"), [this](SimCall &c) { return listUserVoicemails(c); });
    // The spec dissociates on the collection (a user has one voicemail), not on /voicemails/{id}.
    r.add("DELETE", QStringLiteral("/users/{}/voicemails"), [this](SimCall &c) { return dissociateUserVoicemail(c); });
    r.add("PUT", QStringLiteral("/users/{}/voicemails/{}"), [this](SimCall &c) { return associateUserVoicemail(c); });
}

int SimVoicemailApi::visibleVoicemail(const SimCall &call, const QString &idText) const
{
    const int id = toId(idText);
    return m_state.voicemails.contains(id) && reachable(m_state, call, m_state.voicemails.value(id)) ? id : -1;
}

QJsonObject SimVoicemailApi::renderVoicemail(const QJsonObject &voicemail) const
{
    const int id = voicemail.value(QLatin1String("id")).toInt();
    QJsonObject out = voicemail;
    QJsonArray users;
    for (auto it = m_state.userVoicemail.cbegin(); it != m_state.userVoicemail.cend(); ++it) {
        if (it.value() == id) {
            const QJsonObject u = m_state.users.value(it.key());
            users.append(QJsonObject { { QStringLiteral("uuid"), u.value(QLatin1String("uuid")) },
                { QStringLiteral("firstname"), u.value(QLatin1String("firstname")) },
                { QStringLiteral("lastname"), u.value(QLatin1String("lastname")) },
                { QStringLiteral("links"),
                    links(m_baseUrl, QStringLiteral("users"), QStringLiteral("/users/%1").arg(it.key())) } });
        }
    }
    out.insert(QStringLiteral("users"), users);
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("voicemails"), QStringLiteral("/voicemails/%1").arg(id)));
    return out;
}

QString SimVoicemailApi::validate(const SimCall &call, const QJsonObject &body, bool creating, int selfId) const
{
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,40}$"));
    static const QRegularExpression password(QStringLiteral("^[0-9]{1,80}$"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}_[A-Z]{2}$"));
    for (const QString &problem : { checkString(body, "name", creating, 80, false),
             checkString(body, "number", creating, 40, false), checkString(body, "context", creating, 79, false),
             checkString(body, "password", false, 1 << 20), checkString(body, "email", false, 80),
             checkString(body, "pager", false, 80), checkString(body, "language", false, 5),
             checkInt(body, "max_messages", 0, 2147483647), checkBool(body, "delete_messages"),
             checkBool(body, "ask_password"), checkBool(body, "enabled"), checkPairs(body, "options") }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    const auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };
    const auto given = [&body](const char *key) { return body.value(QLatin1String(key)).isString(); };
    if (given("number") && !number.match(text("number")).hasMatch()) {
        return fieldError(QStringLiteral("number"), QStringLiteral("String does not match expected pattern."));
    }
    // confd's schema has no length rule for the PIN: its pattern alone refuses a 81st digit.
    if (given("password") && !password.match(text("password")).hasMatch()) {
        return fieldError(QStringLiteral("password"), QStringLiteral("String does not match expected pattern."));
    }
    if (given("language") && !language.match(text("language")).hasMatch()) {
        return fieldError(QStringLiteral("language"), QStringLiteral("String does not match expected pattern."));
    }
    const QJsonValue attach = body.value(QLatin1String("attach_audio"));
    if (!attach.isUndefined() && !attach.isNull() && !attach.isBool()) {
        return fieldError(QStringLiteral("attach_audio"), QStringLiteral("Not a valid boolean."));
    }
    if (body.contains(QLatin1String("accesstype")) && text("accesstype") != QLatin1String("personal")
        && text("accesstype") != QLatin1String("global")) {
        return fieldError(QStringLiteral("accesstype"), QStringLiteral("Must be one of: personal, global."));
    }
    const QJsonObject current = m_state.voicemails.value(selfId);
    const QString contextName = given("context") ? text("context") : current.value(QLatin1String("context")).toString();
    const QString numberText = given("number") ? text("number") : current.value(QLatin1String("number")).toString();
    if (given("context") && !findContextByName(m_state, call, contextName)) {
        return QStringLiteral("Input Error - field 'context': Context was not found")
            + meta({ { "context", contextName } });
    }
    for (const QJsonObject &v : std::as_const(m_state.voicemails)) {
        if (v.value(QLatin1String("id")).toInt() != selfId && v.value(QLatin1String("number")).toString() == numberText
            && v.value(QLatin1String("context")).toString() == contextName) {
            return QStringLiteral("Resource Error - Voicemail already exists")
                + meta({ { "number", numberText }, { "context", contextName } });
        }
    }
    return {};
}

QString SimVoicemailApi::createVoicemail(const SimCall &call, const QJsonObject &body, QJsonObject *created)
{
    const QString problem = validate(call, body, true, -1);
    if (!problem.isEmpty()) {
        return problem;
    }
    const QJsonValue nullValue(QJsonValue::Null);
    const auto orNull = [&body, &nullValue](const char *key) {
        const QJsonValue v = body.value(QLatin1String(key));
        return v.isUndefined() ? nullValue : v;
    };
    const int id = m_state.nextId++;
    const QJsonObject voicemail { { QStringLiteral("id"), id }, { QStringLiteral("tenant_uuid"), call.tenant },
        { QStringLiteral("name"), body.value(QLatin1String("name")) },
        { QStringLiteral("number"), body.value(QLatin1String("number")) },
        { QStringLiteral("context"), body.value(QLatin1String("context")) },
        { QStringLiteral("password"), orNull("password") }, { QStringLiteral("email"), orNull("email") },
        { QStringLiteral("pager"), orNull("pager") }, { QStringLiteral("language"), orNull("language") },
        { QStringLiteral("timezone"), orNull("timezone") }, { QStringLiteral("max_messages"), orNull("max_messages") },
        { QStringLiteral("attach_audio"), orNull("attach_audio") },
        { QStringLiteral("delete_messages"), body.value(QLatin1String("delete_messages")).toBool(false) },
        { QStringLiteral("ask_password"), body.value(QLatin1String("ask_password")).toBool(true) },
        { QStringLiteral("enabled"), body.value(QLatin1String("enabled")).toBool(true) },
        { QStringLiteral("accesstype"), body.value(QLatin1String("accesstype")).toString(QStringLiteral("personal")) },
        { QStringLiteral("options"), body.value(QLatin1String("options")).toArray() } };
    m_state.voicemails.insert(id, voicemail);
    *created = voicemail;
    return {};
}

QString SimVoicemailApi::associate(int userId, int voicemailId)
{
    const QJsonObject user = m_state.users.value(userId);
    const QJsonObject voicemail = m_state.voicemails.value(voicemailId);
    if (user.value(QLatin1String("tenant_uuid")) != voicemail.value(QLatin1String("tenant_uuid"))) {
        // user_voicemail/validator.py names the two tenants, voicemail's first.
        return differentTenants({ { "voicemail_tenant_uuid", voicemail.value(QLatin1String("tenant_uuid")) },
            { "user_tenant_uuid", user.value(QLatin1String("tenant_uuid")) } });
    }
    // contract: uncertain (wazo-api.md §7) - the same association again is taken as a no-op.
    if (m_state.userVoicemail.value(userId, -1) == voicemailId) {
        return {};
    }
    if (m_state.userVoicemail.contains(userId)) {
        return QStringLiteral("Resource Error - User is associated with a Voicemail")
            + meta({ { "user_id", userId }, { "voicemail_id", m_state.userVoicemail.value(userId) } });
    }
    if (voicemail.value(QLatin1String("accesstype")).toString() == QLatin1String("global")) {
        // wazo-api.md §2.8: a global voicemail cannot be attached to users.
        // contract: uncertain (wazo-api.md §7) - the exact wording.
        return QStringLiteral("Resource Error - Voicemail with accesstype 'global' cannot be associated to a User")
            + meta({ { "voicemail_id", voicemailId } });
    }
    m_state.userVoicemail.insert(userId, voicemailId);
    return {};
}

HttpResponse SimVoicemailApi::listVoicemails(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
    for (const QJsonObject &v : std::as_const(m_state.voicemails)) {
        if (tenants.contains(v.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderVoicemail(v));
        }
    }
    const QStringList search { QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("context"),
        QStringLiteral("email"), QStringLiteral("pager"), QStringLiteral("language") };
    QStringList columns = search;
    columns << QStringLiteral("id") << QStringLiteral("enabled") << QStringLiteral("accesstype");
    return list(call, items, SimListQuery::Spec { search, columns, QStringLiteral("number"), {} });
}

HttpResponse SimVoicemailApi::postVoicemail(SimCall &call)
{
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    QJsonObject voicemail;
    const QString problem = createVoicemail(call, body, &voicemail);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const int id = voicemail.value(QLatin1String("id")).toInt();
    return created(m_baseUrl, QStringLiteral("/voicemails/%1").arg(id), renderVoicemail(voicemail));
}

HttpResponse SimVoicemailApi::getVoicemail(SimCall &call)
{
    const int id = visibleVoicemail(call, call.param(0));
    if (id < 0) {
        return error(404, notFoundMessage("Voicemail", { { "id", toId(call.param(0)) } }));
    }
    return HttpResponse::json(200, renderVoicemail(m_state.voicemails.value(id)));
}

HttpResponse SimVoicemailApi::putVoicemail(SimCall &call)
{
    const int id = visibleVoicemail(call, call.param(0));
    if (id < 0) {
        return error(404, notFoundMessage("Voicemail", { { "id", toId(call.param(0)) } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QString problem = validate(call, body, false, id);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    QJsonObject &voicemail = m_state.voicemails[id];
    // PUT is partial in confd: only the fields sent change.
    for (const char *key : { "name", "number", "context", "password", "email", "pager", "language", "timezone",
             "max_messages", "attach_audio", "delete_messages", "ask_password", "enabled", "accesstype", "options" }) {
        if (body.contains(QLatin1String(key))) {
            voicemail.insert(QLatin1String(key), body.value(QLatin1String(key)));
        }
    }
    return HttpResponse::empty(204);
}

HttpResponse SimVoicemailApi::deleteVoicemail(SimCall &call)
{
    const int id = visibleVoicemail(call, call.param(0));
    if (id < 0) {
        return error(404, notFoundMessage("Voicemail", { { "id", toId(call.param(0)) } }));
    }
    const int userId = m_state.userVoicemail.key(id, -1);
    if (userId >= 0) {
        // contract: uncertain (wazo-api.md §7) - refused while a user holds it, as contexts are.
        return error(400,
            QStringLiteral("Resource Error - Voicemail is associated with a User")
                + meta({ { "voicemail_id", id }, { "user_id", userId } }));
    }
    m_state.voicemails.remove(id);
    return HttpResponse::empty(204);
}

HttpResponse SimVoicemailApi::postUserVoicemail(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    if (userId < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    // Checked first so that a refused call leaves no orphan voicemail behind.
    if (m_state.userVoicemail.contains(userId)) {
        return error(400,
            QStringLiteral("Resource Error - User is associated with a Voicemail")
                + meta({ { "user_id", userId }, { "voicemail_id", m_state.userVoicemail.value(userId) } }));
    }
    QJsonObject voicemail;
    QString problem = createVoicemail(call, body, &voicemail);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    const int id = voicemail.value(QLatin1String("id")).toInt();
    problem = associate(userId, id);
    if (!problem.isEmpty()) {
        m_state.voicemails.remove(id);
        return error(400, problem);
    }
    return created(m_baseUrl, QStringLiteral("/voicemails/%1").arg(id), renderVoicemail(voicemail));
}

HttpResponse SimVoicemailApi::listUserVoicemails(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    if (userId < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    QJsonArray items;
    if (m_state.userVoicemail.contains(userId)) {
        items.append(renderVoicemail(m_state.voicemails.value(m_state.userVoicemail.value(userId))));
    }
    return HttpResponse::json(
        200, QJsonObject { { QStringLiteral("total"), items.size() }, { QStringLiteral("items"), items } });
}

HttpResponse SimVoicemailApi::associateUserVoicemail(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    if (userId < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    const int id = toId(call.param(1));
    // A voicemail outside the tenants the request may see is not found; one in a sibling or parent
    // tenant of the user is refused below, as confd's validate_same_tenant does.
    if (!m_state.voicemails.contains(id) || !reachable(m_state, call, m_state.voicemails.value(id))) {
        return error(404, notFoundMessage("Voicemail", { { "id", id } }));
    }
    const QString problem = associate(userId, id);
    return problem.isEmpty() ? HttpResponse::empty(204) : error(400, problem);
}

HttpResponse SimVoicemailApi::dissociateUserVoicemail(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    if (userId < 0) {
        return error(404, notFoundMessage("User", { { "id", call.param(0) } }));
    }
    if (!m_state.userVoicemail.contains(userId)) {
        // contract: uncertain (wazo-api.md §7) - confd's wording for "this user has no voicemail".
        return error(404, notFoundMessage("UserVoicemail", { { "user_id", userId } }));
    }
    m_state.userVoicemail.remove(userId);
    return HttpResponse::empty(204);
}

} // namespace Staging
