// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimSipEndpointApi.h"

#include "simulator/SimConfdRules.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace Staging {

using namespace SimConfdRules;

SimSipEndpointApi::SimSipEndpointApi(SimState &state)
    : m_state(state)
{
}

void SimSipEndpointApi::registerRoutes(SimRouter &r)
{
    r.add("GET", QStringLiteral("/endpoints/sip"), [this](SimCall &c) { return listEndpoints(c); });
    r.add("POST", QStringLiteral("/endpoints/sip"), [this](SimCall &c) { return postEndpoint(c); });
    r.add("GET", QStringLiteral("/endpoints/sip/{}"), [this](SimCall &c) { return getEndpoint(c); });
    r.add("DELETE", QStringLiteral("/endpoints/sip/{}"), [this](SimCall &c) { return deleteEndpoint(c); });
}

QJsonObject SimSipEndpointApi::renderEndpoint(const QJsonObject &endpoint) const
{
    QJsonObject out = endpoint;
    const QString uuid = endpoint.value(QLatin1String("uuid")).toString();
    const int lineId = m_state.lineEndpoint.key(uuid, -1);
    out.insert(QStringLiteral("line"),
        lineId < 0 ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(QJsonObject { { QStringLiteral("id"), lineId },
                       { QStringLiteral("links"),
                           links(m_baseUrl, QStringLiteral("lines"), QStringLiteral("/lines/%1").arg(lineId)) } }));
    out.insert(QStringLiteral("trunk"), QJsonValue::Null);
    out.insert(QStringLiteral("links"),
        links(m_baseUrl, QStringLiteral("endpoint_sip"), QStringLiteral("/endpoints/sip/%1").arg(uuid)));
    return out;
}

QString SimSipEndpointApi::createEndpoint(const SimCall &call, const QJsonObject &body, QJsonObject *created)
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

HttpResponse SimSipEndpointApi::listEndpoints(SimCall &call)
{
    QList<QJsonObject> items;
    const QStringList tenants = listTenants(m_state, call);
    for (const QJsonObject &e : std::as_const(m_state.sipEndpoints)) {
        if (tenants.contains(e.value(QLatin1String("tenant_uuid")).toString())) {
            items.append(renderEndpoint(e));
        }
    }
    return list(call, items,
        SimListQuery::Spec { { QStringLiteral("name"), QStringLiteral("label") },
            { QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("asterisk_id") },
            QStringLiteral("label"), {} });
}

HttpResponse SimSipEndpointApi::postEndpoint(SimCall &call)
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
    return created(m_baseUrl, QStringLiteral("/endpoints/sip/%1").arg(endpoint.value(QLatin1String("uuid")).toString()),
        renderEndpoint(endpoint));
}

HttpResponse SimSipEndpointApi::getEndpoint(SimCall &call)
{
    const QJsonObject endpoint = m_state.sipEndpoints.value(call.param(0));
    if (endpoint.isEmpty() || !reachable(m_state, call, endpoint)) {
        return error(404, notFoundMessage("SIPEndpoint", { { "uuid", call.param(0) } }));
    }
    return HttpResponse::json(200, renderEndpoint(endpoint));
}

HttpResponse SimSipEndpointApi::deleteEndpoint(SimCall &call)
{
    const QJsonObject endpoint = m_state.sipEndpoints.value(call.param(0));
    if (endpoint.isEmpty() || !reachable(m_state, call, endpoint)) {
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

} // namespace Staging
