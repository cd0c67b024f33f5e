// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-confd 1.1 resources that belong to the whole engine rather than a tenant: /dhcp,
 * /provisioning/networking, /access_features, /registrars and /asterisk/rtp/general. Only a
 * master-tenant token acting as the master tenant may touch them; anything else gets confd's 401.
 */
class SimGlobalApi
{
public:
    explicit SimGlobalApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    /** The host's network interfaces, the only names PUT /dhcp accepts. */
    void setNetworkInterfaces(const QStringList &names) { m_networkInterfaces = names; }
    void registerRoutes(SimRouter &router);
    /** A fresh engine's values (after the wizard): DHCP off, the built-in "default" registrar, ... */
    void seed(const QString &engineIp);

private:
    HttpResponse putDhcp(SimCall &call);
    HttpResponse putNetworking(SimCall &call);
    HttpResponse putRtp(SimCall &call);
    HttpResponse listAccessFeatures(SimCall &call);
    HttpResponse postAccessFeature(SimCall &call);
    HttpResponse putAccessFeature(SimCall &call);
    HttpResponse listRegistrars(SimCall &call);
    HttpResponse postRegistrar(SimCall &call);
    HttpResponse putRegistrar(SimCall &call);
    HttpResponse deleteRegistrar(SimCall &call);

    QString validateAccessFeature(const QJsonObject &body, int selfId, bool creating) const;
    QString validateRegistrar(const QJsonObject &body, bool creating) const;
    QJsonObject renderAccessFeature(const QJsonObject &feature) const;
    QJsonObject renderRegistrar(const QJsonObject &registrar) const;
    /** Wraps a handler with the master-tenant rule. */
    SimRouter::Handler masterOnly(std::function<HttpResponse(SimCall &)> handler);

    SimState &m_state;
    QString m_baseUrl;
    QStringList m_networkInterfaces;
};

} // namespace Staging
