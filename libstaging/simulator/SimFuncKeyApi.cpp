// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimFuncKeyApi.h"

#include "simulator/SimConfdRules.h"

namespace Staging {

using namespace SimConfdRules;

namespace {

const QStringList &destinationTypes()
{
    static const QStringList types { QStringLiteral("agent"), QStringLiteral("bsfilter"), QStringLiteral("conference"),
        QStringLiteral("custom"), QStringLiteral("forward"), QStringLiteral("group"), QStringLiteral("groupmember"),
        QStringLiteral("onlinerec"), QStringLiteral("paging"), QStringLiteral("park_position"),
        QStringLiteral("parking"), QStringLiteral("queue"), QStringLiteral("service"), QStringLiteral("transfer"),
        QStringLiteral("user") };
    return types;
}

// confd's position converter is <int:...>: digits only, so "-1" or "x" match no route (404).
bool parsePosition(const QString &text, int *position)
{
    bool ok = false;
    *position = text.toInt(&ok);
    return ok && !text.startsWith(QLatin1Char('-')) && !text.startsWith(QLatin1Char('+'));
}

// Flask hands the dao an int or a uuid.UUID, and xivo-dao's message shows that value's repr().
HttpResponse userNotFound(const QString &idOrUuid)
{
    bool isId = false;
    const int id = idOrUuid.toInt(&isId);
    return error(404,
        isId ? notFoundMessage("User", { { "id", id } })
             : QStringLiteral("Resource Not Found - User was not found ('id': UUID('%1'))").arg(idOrUuid));
}

} // namespace

SimFuncKeyApi::SimFuncKeyApi(SimState &state)
    : m_state(state)
{
}

void SimFuncKeyApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/users/{}/funckeys"), [this](SimCall &c) { return getKeys(c); });
    r.add("PUT", QStringLiteral("/users/{}/funckeys"), [this](SimCall &c) { return putKeys(c); });
    r.add("GET", QStringLiteral("/users/{}/funckeys/{}"), [this](SimCall &c) { return getKey(c); });
    r.add("PUT", QStringLiteral("/users/{}/funckeys/{}"), [this](SimCall &c) { return putKey(c); });
    r.add("DELETE", QStringLiteral("/users/{}/funckeys/{}"), [this](SimCall &c) { return deleteKey(c); });
}

int SimFuncKeyApi::charge(int userId) const
{
    bool hasPhone = false;
    for (const auto &ul : std::as_const(m_state.userLines)) {
        hasPhone = hasPhone || (ul.first == userId && m_state.lineDevice.contains(ul.second));
    }
    return hasPhone ? m_state.cost.charge(SimCostModel::kPhoneRequestConfdMs, SimCostModel::kPhoneRequestAuthMs)
                    : m_state.cost.charge(SimCostModel::kConfigWriteConfdMs, 0.0);
}

QJsonObject SimFuncKeyApi::renderKey(const QJsonObject &key) const
{
    QJsonObject out = key;
    QJsonObject destination = key.value(QLatin1String("destination")).toObject();
    const QString type = destination.value(QLatin1String("type")).toString();
    if (type == QLatin1String("user")) {
        const int userId = destination.value(QLatin1String("user_id")).toInt();
        const QJsonObject user = m_state.users.value(userId);
        destination.insert(QStringLiteral("href"), QString(m_baseUrl + QStringLiteral("/users/%1").arg(userId)));
        destination.insert(QStringLiteral("user_firstname"), user.value(QLatin1String("firstname")));
        destination.insert(QStringLiteral("user_lastname"), user.value(QLatin1String("lastname")));
    } else if (type == QLatin1String("group")) {
        const int groupId = destination.value(QLatin1String("group_id")).toInt();
        const QJsonObject group = m_state.groups.value(groupId);
        destination.insert(QStringLiteral("href"),
            QString(m_baseUrl + QStringLiteral("/groups/%1").arg(group.value(QLatin1String("uuid")).toString())));
        destination.insert(QStringLiteral("group_name"), group.value(QLatin1String("name")));
        destination.insert(QStringLiteral("group_label"), group.value(QLatin1String("label")));
    }
    out.insert(QStringLiteral("destination"), destination);
    out.insert(QStringLiteral("inherited"), false); // the user's private template: nothing is inherited
    return out;
}

QJsonObject SimFuncKeyApi::renderTemplate(int userId) const
{
    QJsonObject keys;
    const QMap<int, QJsonObject> stored = m_state.userFuncKeys.value(userId);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        keys.insert(QString::number(it.key()), renderKey(it.value()));
    }
    // contract: uncertain - the private template's id is the simulator's own number (the user's).
    return QJsonObject { { QStringLiteral("id"), userId }, { QStringLiteral("name"), QJsonValue::Null },
        { QStringLiteral("keys"), keys } };
}

QString SimFuncKeyApi::checkDestination(int userId, const QJsonValue &value) const
{
    if (!value.isObject()) {
        return fieldError(QStringLiteral("destination"), QStringLiteral("Invalid input type."));
    }
    const QJsonObject destination = value.toObject();
    const QString type = destination.value(QLatin1String("type")).toString();
    if (!destinationTypes().contains(type)) {
        // contract: uncertain (wazo-api.md §7) - the nesting of marshmallow's message.
        return QStringLiteral("Input Error - destination: {'type': ['Must be one of: %1.']}")
            .arg(destinationTypes().join(QStringLiteral(", ")));
    }
    // The destination must be in the template's tenant, the user's (validate_with_tenant_uuids).
    const QString tenant = m_state.users.value(userId).value(QLatin1String("tenant_uuid")).toString();
    const char *field = type == QLatin1String("user") ? "user_id" : "group_id";
    if (type != QLatin1String("user") && type != QLatin1String("group")) {
        return QStringLiteral("Input Error - destination: the simulator does not model '%1' function keys").arg(type);
    }
    const QJsonValue id = destination.value(QLatin1String(field));
    if (!id.isDouble() || id.toDouble() != double(id.toInt())) {
        return QStringLiteral("Input Error - destination: {'%1': ['%2']}")
            .arg(QLatin1String(field),
                id.isUndefined() ? QStringLiteral("Missing data for required field.")
                                 : QStringLiteral("Not a valid integer."));
    }
    const QMap<int, QJsonObject> &targets = type == QLatin1String("user") ? m_state.users : m_state.groups;
    if (!targets.contains(id.toInt())
        || targets.value(id.toInt()).value(QLatin1String("tenant_uuid")).toString() != tenant) {
        return QStringLiteral("Input Error - field '%1': %2 was not found")
                   .arg(QLatin1String(field),
                       type == QLatin1String("user") ? QStringLiteral("User") : QStringLiteral("Group"))
            + (type == QLatin1String("user") ? meta({ { "user_id", id.toInt() } })
                                             : meta({ { "group_id", id.toInt() } }));
    }
    return {};
}

QString SimFuncKeyApi::checkKey(int userId, const QJsonValue &value, QJsonObject *key) const
{
    const QJsonObject body = value.toObject();
    for (const QString &problem : { checkBool(body, "blf"), checkString(body, "label", false, 1 << 20) }) {
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    if (!body.contains(QLatin1String("destination"))) {
        return fieldError(QStringLiteral("destination"), QStringLiteral("Missing data for required field."));
    }
    const QString problem = checkDestination(userId, body.value(QLatin1String("destination")));
    if (!problem.isEmpty()) {
        return problem;
    }
    const QJsonValue label = body.value(QLatin1String("label"));
    for (const QChar c : label.toString()) {
        if (QStringLiteral("\n\r\t;").contains(c)) {
            return QStringLiteral("Input Error - field 'label': wrong type. Should be a string without special "
                                  "characters (\\n \\r \\t ;)")
                + meta({ { "label", label } });
        }
    }
    const QJsonObject destination = body.value(QLatin1String("destination")).toObject();
    const QString type = destination.value(QLatin1String("type")).toString();
    const char *field = type == QLatin1String("user") ? "user_id" : "group_id";
    // confd keeps the blf flag only for the destinations a phone can supervise (a user, not a group).
    const bool blf = body.value(QLatin1String("blf")).toBool(true) && type == QLatin1String("user");
    *key = QJsonObject { { QStringLiteral("id"), m_state.nextId++ }, { QStringLiteral("blf"), blf },
        { QStringLiteral("label"), label.isString() ? label : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("destination"),
            QJsonObject { { QStringLiteral("type"), type },
                { QLatin1String(field), destination.value(QLatin1String(field)).toInt() } } } };
    return {};
}

QString SimFuncKeyApi::checkDistinct(const QMap<int, QJsonObject> &keys)
{
    QList<QJsonObject> seen;
    for (const QJsonObject &key : keys) {
        const QJsonObject destination = key.value(QLatin1String("destination")).toObject();
        if (seen.contains(destination)) {
            const QString type = destination.value(QLatin1String("type")).toString();
            const char *field = type == QLatin1String("user") ? "user_id" : "group_id";
            // xivo-dao's destination to_tuple() names the id alone, not the type.
            return QStringLiteral("Resource Error - destination already exists")
                + meta({ { field, destination.value(QLatin1String(field)) } });
        }
        seen.append(destination);
    }
    return {};
}

HttpResponse SimFuncKeyApi::getKeys(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    if (userId < 0) {
        return userNotFound(call.param(0));
    }
    return HttpResponse::json(200, renderTemplate(userId));
}

HttpResponse SimFuncKeyApi::putKeys(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    if (userId < 0) {
        return userNotFound(call.param(0));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    const QJsonValue keysValue = body.value(QLatin1String("keys"));
    if (!keysValue.isUndefined() && !keysValue.isObject()) {
        return error(400, fieldError(QStringLiteral("keys"), QStringLiteral("FuncKey must be a dictionary")));
    }
    QMap<int, QJsonObject> keys;
    const QJsonObject given = keysValue.toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        int position = 0;
        if (!parsePosition(it.key(), &position) || position < 1) {
            return error(400,
                fieldError(QStringLiteral("keys"),
                    position < 1 && parsePosition(it.key(), &position)
                        ? QStringLiteral("Must be greater than or equal to 1.")
                        : QStringLiteral("Not a valid integer.")));
        }
        QJsonObject key;
        const QString problem = checkKey(userId, it.value(), &key);
        if (!problem.isEmpty()) {
            return error(400, problem);
        }
        keys.insert(position, key);
    }
    const QString duplicate = checkDistinct(keys);
    if (!duplicate.isEmpty()) {
        return error(400, duplicate);
    }
    m_state.userFuncKeys.insert(userId, keys); // the whole set replaces the previous one
    HttpResponse response = HttpResponse::empty(204);
    response.delayMs += charge(userId);
    return response;
}

HttpResponse SimFuncKeyApi::getKey(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    int position = 0;
    if (userId < 0 || !parsePosition(call.param(1), &position)) {
        return userNotFound(call.param(0));
    }
    if (!m_state.userFuncKeys.value(userId).contains(position)) {
        return error(404, notFoundMessage("FuncKey", { { "template_id", userId }, { "position", position } }));
    }
    return HttpResponse::json(200, renderKey(m_state.userFuncKeys.value(userId).value(position)));
}

HttpResponse SimFuncKeyApi::putKey(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    int position = 0;
    if (userId < 0 || !parsePosition(call.param(1), &position)) {
        return userNotFound(call.param(0));
    }
    QJsonObject body;
    if (!parseJson(call, &body)) {
        return invalidJson();
    }
    QJsonObject key;
    const QString problem = checkKey(userId, body, &key);
    if (!problem.isEmpty()) {
        return error(400, problem);
    }
    QMap<int, QJsonObject> keys = m_state.userFuncKeys.value(userId);
    keys.insert(position, key);
    const QString duplicate = checkDistinct(keys);
    if (!duplicate.isEmpty()) {
        return error(400, duplicate);
    }
    if (position < 1 || key.value(QLatin1String("label")).toString().size() > 128) {
        // Nothing in confd's schema stops these: the database does (func_key_mapping's "position > 0"
        // check and its 128-character label), and confd answers its integrity error as a 500.
        return error(500,
            QStringLiteral("Unexpected error: (psycopg2.errors.%1) func_key_mapping")
                .arg(position < 1 ? QStringLiteral("CheckViolation") : QStringLiteral("StringDataRightTruncation")));
    }
    m_state.userFuncKeys[userId] = keys;
    HttpResponse response = HttpResponse::empty(204);
    response.delayMs += charge(userId);
    return response;
}

HttpResponse SimFuncKeyApi::deleteKey(SimCall &call)
{
    const int userId = findUserId(m_state, call, call.param(0));
    int position = 0;
    if (userId < 0 || !parsePosition(call.param(1), &position)) {
        return userNotFound(call.param(0));
    }
    if (!m_state.userFuncKeys.value(userId).contains(position)) {
        return error(404,
            notFoundMessage("FuncKey",
                { { "resource", QStringLiteral("FuncKey") }, { "position", position }, { "template_id", userId } }));
    }
    m_state.userFuncKeys[userId].remove(position);
    HttpResponse response = HttpResponse::empty(204);
    response.delayMs += charge(userId);
    return response;
}

} // namespace Staging
