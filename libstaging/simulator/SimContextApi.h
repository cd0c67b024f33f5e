// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-confd 1.1 contexts (/contexts): a context's real name is generated from the tenant's slug,
 * its type and a uuid; the name a body gives becomes the label.
 */
class SimContextApi
{
public:
    explicit SimContextApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

private:
    HttpResponse listContexts(SimCall &call);
    HttpResponse postContext(SimCall &call);
    HttpResponse getContext(SimCall &call);
    HttpResponse putContext(SimCall &call);
    HttpResponse deleteContext(SimCall &call);

    QJsonObject renderContext(const QJsonObject &context) const;

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
