// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

#include <functional>

namespace Staging {

class SimIncallApi;
class SimVoicemailApi;

/**
 * wazo-confd 1.1: tenants (confd view), contexts, users, SIP endpoints, lines, extensions, their
 * associations, and devices with the line-device association. Errors follow confd: a JSON array of
 * "<Prefix> - <message> (<metadata>)" strings, 400 for validation and for association conflicts.
 */
class SimConfdApi
{
public:
    explicit SimConfdApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);
    /** The resource classes a compound POST /users and the user rendering draw on. */
    void setCompanions(SimVoicemailApi *voicemails, SimIncallApi *incalls)
    {
        m_voicemails = voicemails;
        m_incalls = incalls;
    }

    /** confd's error body: a JSON array holding one message. */
    static HttpResponse error(int status, const QString &message);

    /** POST /users from an already parsed body (also each /users/import row), all-or-nothing. */
    HttpResponse createUser(SimCall &call, const QJsonObject &body);
    int countUsers(const QString &tenant) const;

    /** A phone that booted on the stack's LAN: unallocated (master tenant, is_new) until claimed. */
    QJsonObject addDetectedDevice(const QJsonObject &facts, QString *problem);

private:
    using Body = QJsonObject;

    // contexts
    HttpResponse listContexts(SimCall &call);
    HttpResponse postContext(SimCall &call);
    HttpResponse getContext(SimCall &call);
    HttpResponse putContext(SimCall &call);
    HttpResponse deleteContext(SimCall &call);
    // users
    HttpResponse listUsers(SimCall &call);
    HttpResponse postUser(SimCall &call);
    HttpResponse getUser(SimCall &call);
    HttpResponse putUser(SimCall &call);
    HttpResponse deleteUser(SimCall &call);
    // SIP endpoints
    HttpResponse listEndpoints(SimCall &call);
    HttpResponse postEndpoint(SimCall &call);
    HttpResponse getEndpoint(SimCall &call);
    HttpResponse deleteEndpoint(SimCall &call);
    // lines
    HttpResponse listLines(SimCall &call);
    HttpResponse postLine(SimCall &call);
    HttpResponse getLine(SimCall &call);
    HttpResponse putLine(SimCall &call);
    HttpResponse deleteLine(SimCall &call);
    // extensions
    HttpResponse listExtensions(SimCall &call);
    HttpResponse postExtension(SimCall &call);
    HttpResponse getExtension(SimCall &call);
    HttpResponse deleteExtension(SimCall &call);
    // associations
    HttpResponse associateLineEndpoint(SimCall &call, bool associate);
    HttpResponse associateLineExtension(SimCall &call, bool associate);
    HttpResponse postLineExtension(SimCall &call);
    HttpResponse associateUserLine(SimCall &call, bool associate);
    HttpResponse associateLineDevice(SimCall &call, bool associate);
    // devices
    HttpResponse listDevices(SimCall &call, bool unallocated);
    HttpResponse getDevice(SimCall &call);
    HttpResponse claimDevice(SimCall &call);
    HttpResponse autoprovDevice(SimCall &call);
    HttpResponse synchronizeDevice(SimCall &call);
    HttpResponse deviceLines(SimCall &call);

    // shared rules
    QString validateLineExtension(int lineId, int extensionId) const;
    QString createEndpoint(const SimCall &call, const QJsonObject &body, QJsonObject *created);
    QString createExtension(const SimCall &call, const QJsonObject &body, QJsonObject *created);
    void linkLineExtension(int lineId, int extensionId);

    // lookups in the calling tenant (nullptr when absent or in another tenant)
    const QJsonObject *findContextByName(const SimCall &call, const QString &name) const;
    int findUserId(const SimCall &call, const QString &idOrUuid) const;
    bool visible(const SimCall &call, const QJsonObject &object) const;
    // confd's item endpoints look in the calling tenant and all its sub-tenants.
    bool reachable(const SimCall &call, const QJsonObject &object) const;
    QStringList listTenants(const SimCall &call) const;

    // renderings
    QJsonArray links(const QString &rel, const QString &path) const;
    QJsonObject renderContext(const QJsonObject &context) const;
    QJsonObject renderUser(const QJsonObject &user) const;
    QJsonObject renderEndpoint(const QJsonObject &endpoint) const;
    QJsonObject renderLine(const QJsonObject &line, bool fullEndpoint) const;
    QJsonObject renderExtension(const QJsonObject &extension) const;
    QJsonObject renderDevice(const QJsonObject &device) const;
    HttpResponse list(SimCall &call, const QList<QJsonObject> &items, const QStringList &search,
        const QStringList &columns, const QString &defaultOrder, const QStringList &hidden = {});
    HttpResponse created(const QString &path, const QJsonObject &body) const;

    HttpResponse createUserParts(SimCall &call, const QJsonObject &body, int userId);

    SimState &m_state;
    QString m_baseUrl;
    SimVoicemailApi *m_voicemails = nullptr;
    SimIncallApi *m_incalls = nullptr;
    int m_userInCreation = -1; // the user a compound POST /users is creating, while its lines are made
};

} // namespace Staging
