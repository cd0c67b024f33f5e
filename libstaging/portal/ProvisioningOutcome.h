// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalResult.h"
#include "portal/ProvisioningPlan.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Staging {

/** What became of one resource of a plan, for a run or a dry run. */
struct ProvisioningItem
{
    enum class Status
    {
        Create, // dry run: missing, would be created
        AlreadyThere,
        Created,
        Conflict, // exists but differs, or its extension is another user's
        Failed,
        Skipped, // a dependency failed or the run stopped first
    };

    QString key;
    ProvisioningResource::Kind kind = ProvisioningResource::Kind::Tenant;
    int row = 0;
    Status status = Status::Skipped;
    QString message; // translated; names the station's row when there is one
    QString serviceText; // the service's own words, when it refused
    int httpStatus = 0;

    /** "create", "already-there", "created", "conflict", "failed", "skipped". */
    static QString statusId(Status status);
};

/** The end of a provisioning run: every resource's fate and the requests it took. */
struct ProvisioningOutcome
{
    QList<ProvisioningItem> items;
    bool dryRun = false;
    int requests = 0; // HTTP requests sent, retries and look-ups included
    PortalResult stopped; // why the run stopped early (cancel, token refused...); ok() otherwise

    qsizetype count(ProvisioningItem::Status status) const;
    /** The order's own resources (not the stack's shared ones) the stack already holds. */
    qsizetype ordersOwnPresent() const;
    /** The live state equals the target: every resource created or already there. */
    bool complete() const;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::ProvisioningOutcome)
