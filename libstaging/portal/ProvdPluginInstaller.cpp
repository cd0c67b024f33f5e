// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvdPluginInstaller.h"

namespace Staging {

namespace {

const QString Provd = QStringLiteral("/api/provd/0.2");

} // namespace

bool ProvdPluginInstaller::isProvd(const QString &path)
{
    return path.startsWith(Provd);
}

QByteArray ProvdPluginInstaller::mediaType()
{
    return QByteArrayLiteral("application/vnd.proformatique.provd+json");
}

ProvisioningRequest ProvdPluginInstaller::request(const ProvisioningNode &node)
{
    const ProvisioningResource &r = *node.resource;
    ProvisioningRequest req;
    switch (node.phase) {
    case Phase::Update:
        req.method = "POST";
        req.path = Provd + QStringLiteral("/pg_mgr/install/update");
        req.hasBody = true;
        break;
    case Phase::PollUpdate:
    case Phase::PollInstall:
        req.method = "GET";
        req.path = node.operation;
        break;
    case Phase::Install:
        req.journaled = true;
        req.action = QStringLiteral("install");
        req.method = "POST";
        req.path = r.path;
        req.body = r.body;
        req.hasBody = true;
        break;
    case Phase::Lookup:
    case Phase::Create:
    case Phase::Templates:
    case Phase::Links:
    case Phase::Sync:
    case Phase::RemoveCopies:
    case Phase::Done:
        break; // not the plugin's
    }
    return req;
}

ProvdPluginInstaller::Step ProvdPluginInstaller::advance(
    ProvisioningNode &node, const QJsonObject &answer, int maxPolls)
{
    if (node.phase == Phase::PollUpdate || node.phase == Phase::PollInstall) {
        return poll(node, answer, maxPolls);
    }
    if (node.operation.isEmpty()) {
        return { Outcome::Failed, tr("provd accepted the request but did not say where to follow it (no Location)."),
            {} };
    }
    node.polls = 0;
    node.phase = node.phase == Phase::Update ? Phase::PollUpdate : Phase::PollInstall;
    return {};
}

ProvdPluginInstaller::Step ProvdPluginInstaller::poll(ProvisioningNode &node, const QJsonObject &answer, int maxPolls)
{
    // provd's operation status: "[label|]state[;current[/end]](sub-operations)".
    const QString status = answer.value(QLatin1String("status")).toString();
    const QString state =
        status.section(QLatin1Char('|'), -1).section(QLatin1Char(';'), 0, 0).section(QLatin1Char('('), 0, 0);
    const QString id = node.resource->body.value(QLatin1String("id")).toString();
    const bool updating = node.phase == Phase::PollUpdate;
    if (state == QLatin1String("fail")) {
        // provd does not say more than its status: it is what its log explains.
        PortalResult refusal;
        refusal.serviceText = status;
        const QString message = updating
            ? tr("provd could not refresh its plugin list from its plugin server (%1).").arg(status)
            : tr("provd could not install the plugin %1 (%2).").arg(id, status);
        return { Outcome::Failed, message, refusal };
    }
    if (state != QLatin1String("success")) {
        if (++node.polls > maxPolls) {
            return { Outcome::Failed, tr("provd did not finish installing the plugin %1 in time (%2).").arg(id, status),
                {} };
        }
        return { Outcome::Poll, {}, {} };
    }
    node.polls = 0;
    node.operation.clear();
    if (updating) {
        node.phase = Phase::Install;
    } else {
        node.item.status = ProvisioningItem::Status::Created;
        node.phase = Phase::Done;
    }
    return {};
}

} // namespace Staging
