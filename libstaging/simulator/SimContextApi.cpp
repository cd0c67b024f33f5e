// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimContextApi.h"

#include "simulator/SimConfdRules.h"

namespace Staging {

using namespace SimConfdRules;

SimContextApi::SimContextApi(SimState &state)
    : m_state(state)
{
}

void SimContextApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/contexts"), [this](SimCall &c) { return listContexts(c); });
    r.add("POST", QStringLiteral("/contexts"), [this](SimCall &c) { return postContext(c); });
    r.add("GET", QStringLiteral("/contexts/{}"), [this](SimCall &c) { return getContext(c); });
    r.add("PUT", QStringLiteral("/contexts/{}"), [this](SimCall &c) { return putContext(c); });
    r.add("DELETE", QStringLiteral("/contexts/{}"), [this](SimCall &c) { return deleteContext(c); });
}

QJsonObject SimContextApi::renderContext(const QJsonObject &context) const
{
    QJsonObject out = context;
    out.insert(QStringLiteral("contexts"), QJsonArray {});
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("contexts"),
            QStringLiteral("/contexts/%1").arg(context.value(QLatin1String("id")).toInt())));
    return out;
}

HttpResponse SimContextApi::listContexts(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
    for (const QJsonObject &c : std::as_const(m_state.contexts)) {
        if (tenants.contains(c.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderContext(c));
        }
    }
    return list(call, items,
        SimListQuery::Spec {
            { QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("description"), QStringLiteral("type") },
            { QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("label"),
                QStringLiteral("description"), QStringLiteral("type") },
            QStringLiteral("id"), {} });
}

HttpResponse SimContextApi::postContext(SimCall &call)
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
    return created(m_baseUrl, QStringLiteral("/contexts/%1").arg(id), renderContext(context));
}

HttpResponse SimContextApi::getContext(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.contexts.contains(id) || !reachable(m_state, call, m_state.contexts.value(id))) {
        return error(
            404, notFoundMessage("Context", { { "id", id < 0 ? QJsonValue(call.param(0)) : QJsonValue(id) } }));
    }
    return HttpResponse::json(200, renderContext(m_state.contexts.value(id)));
}

HttpResponse SimContextApi::putContext(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.contexts.contains(id) || !reachable(m_state, call, m_state.contexts.value(id))) {
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

HttpResponse SimContextApi::deleteContext(SimCall &call)
{
    const int id = toId(call.param(0));
    if (!m_state.contexts.contains(id) || !reachable(m_state, call, m_state.contexts.value(id))) {
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

} // namespace Staging
