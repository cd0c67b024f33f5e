// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-deployd 0.1 instances: the portal's inventory of engines (name, preferred connection,
 * public and private host/port), tenant-scoped, with the root login kept as a credential that is
 * never rendered. Errors use the {"message", "error_id", "details", "timestamp"} body.
 */
class SimDeploydApi
{
public:
    explicit SimDeploydApi(SimState &state);

    void registerRoutes(SimRouter &router);

private:
    HttpResponse listInstances(SimCall &call);
    HttpResponse postInstance(SimCall &call);
    HttpResponse getInstance(SimCall &call);
    HttpResponse putInstance(SimCall &call);
    HttpResponse deleteInstance(SimCall &call);

    /** Applies a body onto an instance; returns the refusal, or a status 0 response when valid. */
    HttpResponse apply(const QJsonObject &body, QJsonObject *instance, bool creating);
    QJsonObject render(const QJsonObject &instance) const;
    bool visibleInstance(const SimCall &call, const QString &uuid) const;

    SimState &m_state;
};

} // namespace Staging
