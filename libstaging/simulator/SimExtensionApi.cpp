// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimExtensionApi.h"

#include "simulator/SimConfdRules.h"

#include <QRegularExpression>

namespace Staging {

using namespace SimConfdRules;

SimExtensionApi::SimExtensionApi(SimState &state)
    : m_state(state)
{
}

void SimExtensionApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/extensions"), [this](SimCall &c) { return listExtensions(c); });
    r.add("POST", QStringLiteral("/extensions"), [this](SimCall &c) { return postExtension(c); });
    r.add("GET", QStringLiteral("/extensions/{}"), [this](SimCall &c) { return getExtension(c); });
    r.add("DELETE", QStringLiteral("/extensions/{}"), [this](SimCall &c) { return deleteExtension(c); });
}

QJsonObject SimExtensionApi::renderExtension(const QJsonObject &extension) const
{
    const int id = extension.value(QLatin1String("id")).toInt();
    QJsonObject out = extension;
    out.remove(QStringLiteral("type")); // kept for the list's filter only: confd's schema has no type
    QJsonArray lines;
    for (auto it = m_state.lineExtension.cbegin(); it != m_state.lineExtension.cend(); ++it) {
        if (it.value() == id) {
            lines.append(QJsonObject { { QStringLiteral("id"), it.key() },
                { QStringLiteral("links"),
                    links(m_baseUrl, QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(it.key())) } });
        }
    }
    out.insert(QStringLiteral("lines"), lines);
    const int incall = m_state.incallExtension.key(id, -1);
    out.insert(QStringLiteral("incall"),
        incall < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject { { QStringLiteral("id"), incall } }));
    const int groupId = m_state.groupExtension.key(id, -1);
    if (groupId >= 0) {
        const QJsonObject group = m_state.groups.value(groupId);
        const QString uuid = group.value(QLatin1String("uuid")).toString();
        out.insert(QStringLiteral("group"),
            QJsonObject { { QStringLiteral("uuid"), uuid }, { QStringLiteral("id"), groupId },
                { QStringLiteral("name"), group.value(QLatin1String("name")) },
                { QStringLiteral("links"),
                    links(m_baseUrl, QStringLiteral("groups"), QStringLiteral("/groups/%1").arg(uuid)) } });
    } else {
        out.insert(QStringLiteral("group"), QJsonValue::Null);
    }
    for (const char *key : { "queue", "conference", "parking_lot", "outcall" }) {
        out.insert(QLatin1String(key), QJsonValue::Null);
    }
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("extensions"), QStringLiteral("/extensions/%1").arg(id)));
    return out;
}

QString SimExtensionApi::createExtension(const SimCall &call, const QJsonObject &body, QJsonObject *created)
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
    const QJsonObject *context = findContextByName(m_state, call, contextName);
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

HttpResponse SimExtensionApi::listExtensions(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
    for (const QJsonObject &e : std::as_const(m_state.extensions)) {
        if (tenants.contains(e.value(QLatin1String("tenant_uuid")).toString())) {
            QJsonObject item = renderExtension(e);
            item.insert(QStringLiteral("type"), e.value(QLatin1String("type"))); // ?type=, then hidden
            items.append(item);
        }
    }
    return list(call, items,
        SimListQuery::Spec { { QStringLiteral("exten"), QStringLiteral("context") },
            { QStringLiteral("id"), QStringLiteral("exten"), QStringLiteral("context"), QStringLiteral("type"),
                QStringLiteral("enabled") },
            QStringLiteral("exten"), { QStringLiteral("type") } });
}

HttpResponse SimExtensionApi::postExtension(SimCall &call)
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
    return created(m_baseUrl, QStringLiteral("/extensions/%1").arg(extension.value(QLatin1String("id")).toInt()),
        renderExtension(extension));
}

HttpResponse SimExtensionApi::getExtension(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.extensions.contains(id) || !reachable(m_state, call, m_state.extensions.value(id))) {
        return error(404, notFoundMessage("Extension", { { "id", id } }));
    }
    return HttpResponse::json(200, renderExtension(m_state.extensions.value(id)));
}

HttpResponse SimExtensionApi::deleteExtension(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.extensions.contains(id) || !reachable(m_state, call, m_state.extensions.value(id))) {
        return error(404, notFoundMessage("Extension", { { "id", id } }));
    }
    const int groupId = m_state.groupExtension.key(id, -1);
    if (groupId >= 0) {
        // extension/validator.py checks the group before the lines and the incall.
        return error(400,
            QStringLiteral("Resource Error - Extension is associated with a group")
                + meta({ { "extension_id", id }, { "associated_id", groupId } }));
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

} // namespace Staging
