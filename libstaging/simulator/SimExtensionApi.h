// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/** wazo-confd 1.1 extensions (/extensions): an exten unique per context, of the context's type. */
class SimExtensionApi
{
public:
    explicit SimExtensionApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

    /** Validates and stores an extension; returns the confd message on refusal. */
    QString createExtension(const SimCall &call, const QJsonObject &body, QJsonObject *created);
    QJsonObject renderExtension(const QJsonObject &extension) const;

private:
    HttpResponse listExtensions(SimCall &call);
    HttpResponse postExtension(SimCall &call);
    HttpResponse getExtension(SimCall &call);
    HttpResponse deleteExtension(SimCall &call);

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
