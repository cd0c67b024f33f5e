// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningPlan.h"

#include <QHash>
#include <QJsonObject>

namespace Staging {

/**
 * The secrets a plan leaves out on purpose, generated when the request is sent: SIP credentials of
 * each endpoint, the user's wazo-auth password, the voicemail PIN. The result goes into the request
 * body only; the plan, the journal and the log keep the body without them.
 */
class ProvisioningSecrets
{
public:
    /** Secrets the customer chose, handed in from the order by the caller: never in a plan. */
    struct Given
    {
        QHash<QString, QString> voicemailPins; // voicemail number -> its access code
    };

    /** body with every missing secret of a resource of this kind filled in (its unit's secrets). */
    static QJsonObject fill(ProvisioningResource::Kind kind, const QJsonObject &body, const Given &given = {});

    // What the kinds' units fill with.
    static QJsonObject fillEndpoint(QJsonObject endpoint);
    static QJsonObject fillUser(QJsonObject user, const Given &given);
    /** The customer's access code for this mailbox; none given, none sent (the stack's behaviour). */
    static QJsonObject fillVoicemail(QJsonObject voicemail, const Given &given);
};

} // namespace Staging
