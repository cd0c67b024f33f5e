// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/** wazo-auth 0.1: tokens (basic auth, expiry, inspection, revocation) and tenants. */
class SimAuthApi
{
public:
    explicit SimAuthApi(SimState &state);

    void setCredentials(const QString &username, const QString &password);
    void registerRoutes(SimRouter &router);

    /** The auth-style error body: {"message", "error_id", "details", "timestamp"}. */
    static HttpResponse error(
        int status, const QString &message, const QString &errorId, const QJsonObject &details = {});
    /** Flask's 405 body, with the Allow header it sends. */
    static HttpResponse methodNotAllowed(const QByteArray &allow);
    /** The 401 body wazo-auth gives for a failed login. */
    static HttpResponse authenticationFailed();

    /** confd's view of a tenant: its SIP template uuids, null until the templates are generated. */
    static QJsonObject confdTenantRow(const QString &uuid, bool templatesGenerated);
    /** How long confd takes to hear of a new tenant (0: at once). */
    void setTenantPropagationMs(int ms) { m_tenantPropagationMs = ms; }
    /** Gives confd the tenants whose propagation delay has passed. */
    void propagateTenants();

    /** Creates a tenant as POST /tenants does, for the master tenant at start-up too. */
    QJsonObject createTenant(const QString &parent, const QString &name, const QString &slug, const QString &uuid = {});

private:
    HttpResponse createToken(SimCall &call);
    HttpResponse showToken(SimCall &call, bool head);
    HttpResponse revokeToken(SimCall &call);
    HttpResponse listTenants(SimCall &call);
    HttpResponse postTenant(SimCall &call);
    HttpResponse getTenant(SimCall &call);
    HttpResponse deleteTenant(SimCall &call);
    QString uniqueSlug(const QString &name) const;

    SimState &m_state;
    QString m_username;
    QString m_password;
    int m_tenantPropagationMs = 0;
};

} // namespace Staging
