// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/kinds/ResourceKindUnit.h"

namespace Staging {

/** provd's default device config: the phones' region, DTMF mode and phonebook address. */
struct DefaultConfigKind
{
    static ResourceKindUnit unit();
    static QString key();
    /** Its provd id, also the template every claimed device is given. */
    static QString id();
    static void plan(PlanningContext &context);
    static LiveStack::Entry match(
        const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path);
};

} // namespace Staging
