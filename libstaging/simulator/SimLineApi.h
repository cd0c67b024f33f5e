// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

class SimExtensionApi;
class SimSipEndpointApi;

/**
 * wazo-confd 1.1 lines (/lines, with their nested endpoint_sip and extensions) and the
 * line-endpoint and line-extension associations.
 */
class SimLineApi
{
public:
    SimLineApi(SimState &state, SimSipEndpointApi &endpoints, SimExtensionApi &extensions);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

    /** POST /lines, also each line of a compound POST /users. */
    HttpResponse postLine(SimCall &call);
    /** The user a compound POST /users is creating while its lines are made, or -1. */
    void setUserInCreation(int userId) { m_userInCreation = userId; }

private:
    HttpResponse listLines(SimCall &call);
    HttpResponse getLine(SimCall &call);
    HttpResponse putLine(SimCall &call);
    HttpResponse deleteLine(SimCall &call);
    HttpResponse associateLineEndpoint(SimCall &call, bool associate);
    HttpResponse associateLineExtension(SimCall &call, bool associate);
    HttpResponse postLineExtension(SimCall &call);

    QString checkNewLine(const SimCall &call, const QJsonObject &body) const;
    QString checkNestedExtensions(
        const SimCall &call, const QJsonArray &extensionBodies, const QString &contextName) const;
    bool provisioningCodeTaken(const QString &candidate) const;
    /** A line's endpoint_sip, created and associated; returns the confd message on refusal. */
    QString createNestedEndpoint(const SimCall &call, QJsonObject endpointBody, const QString &contextName, int lineId);
    /** A line's extensions, reused or created, then associated; returns the confd message on refusal. */
    QString linkNestedExtensions(
        const SimCall &call, const QJsonArray &extensionBodies, const QString &contextName, int lineId);
    QString validateLineExtension(int lineId, int extensionId) const;
    void linkLineExtension(int lineId, int extensionId);
    QJsonObject renderLine(const QJsonObject &line, bool fullEndpoint) const;

    SimState &m_state;
    SimSipEndpointApi &m_endpoints;
    SimExtensionApi &m_extensions;
    QString m_baseUrl;
    int m_userInCreation = -1;
};

} // namespace Staging
