// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

namespace Staging {

/**
 * wazo-confd 1.1 voicemails (/voicemails) and the user-voicemail association
 * (/users/{id}/voicemails). A voicemail number is unique per context; a user has at most one.
 */
class SimVoicemailApi
{
public:
    explicit SimVoicemailApi(SimState &state);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void registerRoutes(SimRouter &router);

    /** Validates and stores a voicemail; returns the confd message on refusal. */
    QString createVoicemail(const SimCall &call, const QJsonObject &body, QJsonObject *created);
    /** The user-voicemail association rules; returns the confd message on refusal. */
    QString associate(int userId, int voicemailId);
    QJsonObject renderVoicemail(const QJsonObject &voicemail) const;

private:
    HttpResponse listVoicemails(SimCall &call);
    HttpResponse postVoicemail(SimCall &call);
    HttpResponse getVoicemail(SimCall &call);
    HttpResponse putVoicemail(SimCall &call);
    HttpResponse deleteVoicemail(SimCall &call);
    HttpResponse postUserVoicemail(SimCall &call);
    HttpResponse listUserVoicemails(SimCall &call);
    HttpResponse associateUserVoicemail(SimCall &call);
    HttpResponse dissociateUserVoicemail(SimCall &call);

    QString validate(const SimCall &call, const QJsonObject &body, bool creating, int selfId) const;
    int visibleVoicemail(const SimCall &call, const QString &idText) const;

    SimState &m_state;
    QString m_baseUrl;
};

} // namespace Staging
