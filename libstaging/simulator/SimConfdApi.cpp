// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/SimConfdApi.h"

#include "simulator/SimConfdRules.h"

namespace Staging {

using namespace SimConfdRules;

SimConfdApi::SimConfdApi(SimState &state)
    : m_state(state)
    , m_contexts(state)
    , m_endpoints(state)
    , m_extensions(state)
    , m_lines(state, m_endpoints, m_extensions)
    , m_devices(state)
    , m_users(state, m_lines, m_devices, m_extensions)
{
}

HttpResponse SimConfdApi::error(int status, const QString &message)
{
    return SimConfdRules::error(status, message);
}

void SimConfdApi::setBaseUrl(const QString &baseUrl)
{
    m_contexts.setBaseUrl(baseUrl);
    m_endpoints.setBaseUrl(baseUrl);
    m_extensions.setBaseUrl(baseUrl);
    m_lines.setBaseUrl(baseUrl);
    m_devices.setBaseUrl(baseUrl);
    m_users.setBaseUrl(baseUrl);
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
    r.add("GET", QStringLiteral("/tenants"), [this](SimCall &c) { return listTenants(c); });
    r.add("GET", QStringLiteral("/tenants/{}"), [this](SimCall &c) { return getTenant(c); });

    m_contexts.registerRoutes(r);
    m_users.registerRoutes(r);
    m_endpoints.registerRoutes(r);
    m_lines.registerRoutes(r);
    m_extensions.registerRoutes(r);
    m_devices.registerRoutes(r);
}

HttpResponse SimConfdApi::listTenants(SimCall &call)
{
    QList<QJsonObject> items;
    for (const QString &uuid : SimConfdRules::listTenants(m_state, call)) {
        if (m_state.confdTenants.contains(uuid)) { // a tenant confd has not heard of has no row
            items.append(m_state.confdTenants.value(uuid));
        }
    }
    return list(call, items,
        SimListQuery::Spec { { QStringLiteral("uuid") }, { QStringLiteral("uuid") }, QStringLiteral("uuid"), {} });
}

HttpResponse SimConfdApi::getTenant(SimCall &call)
{
    if (!m_state.inSubtree(call.param(0), call.tenant) || !m_state.confdTenants.contains(call.param(0))) {
        return error(404, notFoundMessage("Tenant", { { "uuid", call.param(0) } }));
    }
    return HttpResponse::json(200, m_state.confdTenants.value(call.param(0)));
}

} // namespace Staging
