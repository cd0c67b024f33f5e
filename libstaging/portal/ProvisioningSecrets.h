// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningPlan.h"

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
    /** body with every missing secret of a resource of this kind filled in (its unit's secrets). */
    static QJsonObject fill(ProvisioningResource::Kind kind, const QJsonObject &body);

    // What the kinds' units fill with.
    static QJsonObject fillEndpoint(QJsonObject endpoint);
    static QJsonObject fillUser(QJsonObject user);
    static QJsonObject fillVoicemail(QJsonObject voicemail);
};

} // namespace Staging
