// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PortalResult.h"
#include "portal/ProvisioningNode.h"
#include "portal/ProvisioningRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Staging {

/**
 * A plan's provd plugin, for ProvisioningExecutor: provd's installable list is refreshed from its
 * plugin server (Phase::Update), then the plugin installed (Phase::Install); each is an operation
 * provd runs on its own, read at its Location until it ends (Phase::PollUpdate, PollInstall).
 */
class ProvdPluginInstaller
{
    // Its messages are the executor's: same translation context.
    Q_DECLARE_TR_FUNCTIONS(Staging::ProvisioningExecutor)

public:
    enum class Outcome
    {
        Continue, // the node's next phase, at once (or done)
        Poll, // the operation goes on: read it again after the poll interval
        Failed,
    };
    struct Step
    {
        Outcome outcome = Outcome::Continue;
        QString message; // Failed: translated, without the resource's row
        PortalResult refusal; // Failed: provd's own status, when it gave one
    };

    /** provd's requests take its own media type. */
    static bool isProvd(const QString &path);
    static QByteArray mediaType();

    /** The request of a node in one of the plugin's phases. */
    static ProvisioningRequest request(const ProvisioningNode &node);
    /** After the answer to request(): the node moved on, or what to do. */
    static Step advance(ProvisioningNode &node, const QJsonObject &answer, int maxPolls);

private:
    using Phase = ProvisioningNode::Phase;

    static Step poll(ProvisioningNode &node, const QJsonObject &answer, int maxPolls);
};

} // namespace Staging
