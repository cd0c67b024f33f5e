// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PlaceholderResolver.h"
#include "portal/ProvisioningNode.h"
#include "portal/ProvisioningRequest.h"

#include <QJsonObject>
#include <QString>

namespace Staging {

class ProvisioningGraph;

/**
 * The request a ProvisioningExecutor's node sends next, by its phase and its resource's kind: the
 * plan's own request with the server ids known so far, or what the live state calls for (a phone
 * claimed, provd's default config and confd's RTP options merged into the ones read, a copy deleted).
 */
class ProvisioningRequestBuilder
{
public:
    /** graph and fields are the executor's, read at each request; phoneAccounts: ProvisioningReconciler's. */
    ProvisioningRequestBuilder(
        const ProvisioningGraph &graph, const PlaceholderResolver::Fields &fields, const QJsonObject &phoneAccounts);

    static QString confd();

    /** The live state's, read by the reconcile: what the plan's settings are merged into. */
    void setDeviceConfig(const QJsonObject &config) { m_deviceConfig = config; }
    void setRtpOptions(const QJsonObject &options) { m_rtpOptions = options; }

    ProvisioningRequest request(int index) const;

private:
    using Kind = ProvisioningResource::Kind;
    using Phase = ProvisioningNode::Phase;

    ProvisioningRequest create(const ProvisioningNode &node) const;
    ProvisioningRequest claim(const ProvisioningResource &r) const;
    ProvisioningRequest defaultDeviceConfig(const ProvisioningResource &r) const;
    ProvisioningRequest rtpGeneral(const ProvisioningResource &r) const;
    ProvisioningRequest planned(const ProvisioningNode &node) const;
    ProvisioningRequest carryingPhone(const ProvisioningNode &user, ProvisioningRequest req) const;
    ProvisioningRequest templates(const ProvisioningResource &r) const;
    ProvisioningRequest link(const ProvisioningNode &node) const;
    ProvisioningRequest synchronize(const ProvisioningNode &node) const;
    ProvisioningRequest removeCopy(const ProvisioningNode &node) const;

    const ProvisioningGraph &m_graph;
    const PlaceholderResolver::Fields &m_fields;
    QJsonObject m_phoneAccounts;
    QJsonObject m_deviceConfig;
    QJsonObject m_rtpOptions;
};

} // namespace Staging
