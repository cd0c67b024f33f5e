// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-confd 1.1 ring groups (/groups), their user members (/groups/{uuid}/members/users) and the
 * group-extension association (/groups/{uuid}/extensions/{id}). confd routes a group by its uuid
 * or by its id; it names it "grp-<tenant slug>-<uuid>" and takes the caller's "label".
 */
class SimGroupApi
{
public:
    explicit SimGroupApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

    /** The groups a user is a member of, as the user rendering lists them. */
    QJsonArray groupsOfUser(int userId) const;

private:
    HttpResponse listGroups(SimCall &call);
    HttpResponse postGroup(SimCall &call);
    HttpResponse getGroup(SimCall &call);
    HttpResponse putGroup(SimCall &call);
    HttpResponse deleteGroup(SimCall &call);
    HttpResponse putMemberUsers(SimCall &call);
    HttpResponse associateExtension(SimCall &call, bool associate);

    /** The group a path's uuid or id names among the tenants the request reaches; -1 if none. */
    int findGroup(const SimCall &call, const QString &uuidOrId) const;
    HttpResponse groupNotFound(const SimCall &call) const;
    QString validate(const QJsonObject &body, bool creating) const;
    QString checkMembers(const SimCall &call, int groupId, const QJsonObject &body, QList<QPair<int, int>> *out) const;
    QString checkExtension(int groupId, int extensionId) const;
    QJsonObject renderGroup(const QJsonObject &group) const;
    QJsonArray renderExtensions(int groupId) const;
    QJsonArray renderMembers(int groupId) const;
    QJsonArray renderIncalls(int groupId) const;
    int charge() const;

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
