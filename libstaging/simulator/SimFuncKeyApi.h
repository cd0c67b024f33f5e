// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-confd 1.1 users' function keys (/users/{id or uuid}/funckeys and .../funckeys/{position}),
 * confd's func_key plugin: the keys of a user's private template, by position. The simulator
 * models the destinations a staging order uses: "user" (BLF supervision) and "group".
 */
class SimFuncKeyApi
{
public:
    explicit SimFuncKeyApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

private:
    HttpResponse getKeys(SimCall &call);
    HttpResponse putKeys(SimCall &call);
    HttpResponse getKey(SimCall &call);
    HttpResponse putKey(SimCall &call);
    HttpResponse deleteKey(SimCall &call);

    /** A key's body checked as confd's FuncKeySchema and its validators do; the message on refusal. */
    QString checkKey(int userId, const QJsonValue &value, QJsonObject *key) const;
    QString checkDestination(int userId, const QJsonValue &value) const;
    /** Two keys of a template may not share a destination; the message on refusal. */
    static QString checkDistinct(const QMap<int, QJsonObject> &keys);
    QJsonObject renderKey(const QJsonObject &key) const;
    QJsonObject renderTemplate(int userId) const;
    /** The work behind a key change: confd, and provd too when the user has a phone. */
    int charge(int userId) const;

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
