// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-confd 1.1 incoming calls (/incalls) and the incall-extension association: a DID is an
 * extension of an "incall" context associated to an incall whose destination is, typically, a user.
 */
class SimIncallApi
{
public:
    explicit SimIncallApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

    /** Validates and stores an incall; returns the confd message on refusal. */
    QString createIncall(const SimCall &call, const QJsonObject &body, QJsonObject *created);
    /** The incall-extension association rules; returns the confd message on refusal. */
    QString associate(int incallId, int extensionId);
    QJsonObject renderIncall(const QJsonObject &incall) const;
    /** Incalls whose destination is that user, as the user rendering lists them. */
    QJsonArray incallsOfUser(int userId) const;

private:
    HttpResponse listIncalls(SimCall &call);
    HttpResponse postIncall(SimCall &call);
    HttpResponse getIncall(SimCall &call);
    HttpResponse putIncall(SimCall &call);
    HttpResponse deleteIncall(SimCall &call);
    HttpResponse associateExtension(SimCall &call, bool associate);

    QString validate(const SimCall &call, const QJsonObject &body, bool creating) const;
    QString validateDestination(const SimCall &call, const QJsonValue &destination) const;
    QJsonArray renderExtensions(int incallId, bool withLinks) const;

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
