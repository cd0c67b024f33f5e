// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimContextApi.h"
#include "simulator/SimDeviceApi.h"
#include "simulator/SimExtensionApi.h"
#include "simulator/SimLineApi.h"
#include "simulator/SimRouter.h"
#include "simulator/SimSipEndpointApi.h"
#include "simulator/SimState.h"
#include "simulator/SimUserApi.h"

namespace Staging {

class SimGroupApi;
class SimIncallApi;
class SimVoicemailApi;

/**
 * wazo-confd 1.1: its /status and tenants (confd view), and the resource classes of contexts,
 * users, SIP endpoints, lines, extensions and devices with their associations. Errors follow confd:
 * a JSON array of "<Prefix> - <message> (<metadata>)" strings, 400 for validation and for
 * association conflicts.
 */
class SimConfdApi
{
public:
    explicit SimConfdApi(SimState &state);

    void setBaseUrl(const QString &baseUrl);
    void registerRoutes(SimRouter &router);
    /** The resource classes a compound POST /users and the user rendering draw on. */
    void setCompanions(SimVoicemailApi *voicemails, SimIncallApi *incalls, SimGroupApi *groups)
    {
        m_users.setCompanions(voicemails, incalls, groups);
    }

    /** confd's error body: a JSON array holding one message. */
    static HttpResponse error(int status, const QString &message);

    /** POST /users from an already parsed body (also each /users/import row), all-or-nothing. */
    HttpResponse createUser(SimCall &call, const QJsonObject &body) { return m_users.createUser(call, body); }

    /** A phone that booted on the stack's LAN: unallocated (master tenant, is_new) until claimed. */
    QJsonObject addDetectedDevice(const QJsonObject &facts, QString *problem)
    {
        return m_devices.addDetectedDevice(facts, problem);
    }

private:
    HttpResponse listTenants(SimCall &call);
    HttpResponse getTenant(SimCall &call);

    SimState &m_state;
    SimContextApi m_contexts;
    SimSipEndpointApi m_endpoints;
    SimExtensionApi m_extensions;
    SimLineApi m_lines;
    SimDeviceApi m_devices;
    SimUserApi m_users;
};

} // namespace Staging
