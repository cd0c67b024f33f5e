// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalResult.h"
#include "portal/ProvisioningOutcome.h"
#include "portal/ProvisioningPlan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Staging {

/** One resource of a ProvisioningExecutor's run: where it is in its requests, and what it waits on. */
struct ProvisioningNode
{
    enum class Phase
    {
        Lookup,
        Create,
        Templates, // a new tenant's SIP template uuids, from confd
        Update, // provd: refresh the installable plugin list
        PollUpdate, // ... its operation, read until it ends
        Install,
        PollInstall,
        Links,
        Sync, // an attached phone gets its new configuration
        RemoveCopies, // this run's extra copies of a resource sent twice, deleted one by one
        Done,
    };

    const ProvisioningResource *resource = nullptr;
    Phase phase = Phase::Create;
    int link = 0;
    int attempts = 0;
    int polls = 0;
    QString operation; // provd: the operation in progress (its Location), read until it ends
    int waiting = 0; // dependencies not done yet
    QList<int> dependents;
    bool ended = false;
    std::optional<PortalResult> refusal; // a create refused, being looked up before it is reported
    ProvisioningItem item;
    int height = 0; // requests on the longest chain from here to the end: the higher, the sooner sent
    int foldedAttach = -1; // a user: the phone attachment its compound POST carries (node index)
    QString attachLinePath; // ... on this line of the body, e.g. "lines/0"
    QJsonObject kept; // a resource created twice: the copy kept (the lowest id) ...
    QList<QJsonObject> extraCopies; // ... and the others, still to delete
    bool compoundOnly = false; // a user never sent through the import (not a row, or refused in one)
};

} // namespace Staging
