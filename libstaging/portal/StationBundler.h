// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningPlan.h"

#include <QHash>
#include <QString>

namespace Staging {

/** Bundle key -> (covered key -> path of its object in the created user, e.g. "lines/0/endpoint_sip"). */
using ProvisioningCovers = QHash<QString, QHash<QString, QString>>;

/**
 * Folds each station's user, SIP endpoints, lines, extension, voicemail, incalls and DID
 * extensions into one compound POST /users (wazo-api.md §2.3), which confd runs in one
 * transaction: a station then exists entirely or not at all, so a crash can leave no orphan line
 * or incall, and a resume finds it by the user's natural key alone. It is also one request
 * instead of about ten per station. Phones (claim, attach) stay separate resources: a phone may
 * not have booted yet when the users are created.
 */
class StationBundler
{
public:
    struct Result
    {
        ProvisioningPlan plan;
        ProvisioningCovers covers;
    };

    static Result bundle(const ProvisioningPlan &plan);
    /**
     * The plan's own graph with each line's SIP endpoint posted inside its POST /lines
     * (wazo-api.md §2.5, confd's LineSchema endpoint_sip): line and endpoint are made in one confd
     * transaction, and the line is named after its endpoint from the start, so a line whose answer
     * was lost is found by that name instead of being made again.
     */
    static Result bundleLines(const ProvisioningPlan &plan);
};

/** The object at a path like "lines/0/extensions/0" in a JSON object; empty when absent. */
QJsonObject objectAtPath(const QJsonObject &root, const QString &path);

} // namespace Staging
