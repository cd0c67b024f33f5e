// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

class SimDeviceApi;
class SimExtensionApi;
class SimGroupApi;
class SimIncallApi;
class SimLineApi;
class SimVoicemailApi;

/**
 * wazo-confd 1.1 users (/users, with the compound creation of wazo-api.md §2.3) and the user-line
 * association (/users/{id}/lines/{id}).
 */
class SimUserApi
{
public:
    SimUserApi(SimState &state, SimLineApi &lines, SimDeviceApi &devices, SimExtensionApi &extensions);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);
    /** The resource classes a compound POST /users and the user rendering draw on. */
    void setCompanions(SimVoicemailApi *voicemails, SimIncallApi *incalls, SimGroupApi *groups)
    {
        m_voicemails = voicemails;
        m_incalls = incalls;
        m_groups = groups;
    }

    /** POST /users from an already parsed body (also each /users/import row), all-or-nothing. */
    HttpResponse createUser(SimCall &call, const QJsonObject &body);

private:
    HttpResponse listUsers(SimCall &call);
    HttpResponse postUser(SimCall &call);
    HttpResponse getUser(SimCall &call);
    HttpResponse putUser(SimCall &call);
    HttpResponse deleteUser(SimCall &call);
    HttpResponse associateUserLine(SimCall &call, bool associate);

    QJsonObject renderUser(const QJsonObject &user) const;
    QString checkNewUser(const QJsonObject &body) const;
    QString checkUserUnique(const QJsonObject &body) const;
    QJsonObject newUserRecord(const SimCall &call, const QJsonObject &body, int id, const QString &uuid) const;
    /** The wazo-auth user a body's "auth" created, as the answer to POST /users shows it. */
    QJsonObject renderAuth(const SimCall &call, const QJsonObject &body, const QJsonObject &user) const;
    HttpResponse createUserParts(SimCall &call, const QJsonObject &body, int userId);
    // The parts of a compound POST /users; each answers 201 (or an empty message) when created.
    HttpResponse createUserVoicemail(SimCall &call, const QJsonValue &voicemailValue, int userId);
    HttpResponse createUserLine(SimCall &call, QJsonObject lineBody, int userId);
    QString createUserIncall(const SimCall &call, QJsonObject incallBody, int userId);
    void widenIncallRanges(const SimCall &call, const QString &contextName, const QString &exten);
    /** The user's caller id onto the lines it is the main user of, as confd does on each change. */
    void fixLineCallerIds(int userId);

    SimState &m_state;
    SimLineApi &m_lines;
    SimDeviceApi &m_devices;
    SimExtensionApi &m_extensions;
    QString m_baseUrl;
    SimVoicemailApi *m_voicemails = nullptr;
    SimIncallApi *m_incalls = nullptr;
    SimGroupApi *m_groups = nullptr;
};

} // namespace Staging
