// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/** wazo-confd 1.1 SIP endpoints (/endpoints/sip): a name unique on the stack, generated when absent. */
class SimSipEndpointApi
{
public:
    explicit SimSipEndpointApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

    /** Validates and stores an endpoint (also a line's nested one); returns the confd message on refusal. */
    QString createEndpoint(const SimCall &call, const QJsonObject &body, QJsonObject *created);
    QJsonObject renderEndpoint(const QJsonObject &endpoint) const;

private:
    HttpResponse listEndpoints(SimCall &call);
    HttpResponse postEndpoint(SimCall &call);
    HttpResponse getEndpoint(SimCall &call);
    HttpResponse deleteEndpoint(SimCall &call);

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
