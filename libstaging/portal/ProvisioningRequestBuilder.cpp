// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningRequestBuilder.h"

#include "portal/ProvdPluginInstaller.h"
#include "portal/ProvisioningGraph.h"
#include "portal/ProvisioningJournal.h"

#include <QJsonArray>

namespace Staging {

ProvisioningRequestBuilder::ProvisioningRequestBuilder(
    const ProvisioningGraph &graph, const PlaceholderResolver::Fields &fields, const QJsonObject &phoneAccounts)
    : m_graph(graph)
    , m_fields(fields)
    , m_phoneAccounts(phoneAccounts)
{
}

QString ProvisioningRequestBuilder::confd()
{
    return QStringLiteral("/api/confd/1.1");
}

ProvisioningRequest ProvisioningRequestBuilder::request(int index) const
{
    const ProvisioningNode &node = m_graph.node(index);
    switch (node.phase) {
    case Phase::Create:
        return create(node);
    case Phase::Templates:
        return templates(*node.resource);
    case Phase::Update:
    case Phase::PollUpdate:
    case Phase::Install:
    case Phase::PollInstall:
        return ProvdPluginInstaller::request(node);
    case Phase::Links:
        return link(node);
    case Phase::Sync:
        return synchronize(node);
    case Phase::RemoveCopies:
        return removeCopy(node);
    case Phase::Lookup:
    case Phase::Done:
        break;
    }
    return {};
}

ProvisioningRequest ProvisioningRequestBuilder::create(const ProvisioningNode &node) const
{
    const ProvisioningResource &r = *node.resource;
    ProvisioningRequest req = r.kind == Kind::Device ? claim(r)
        : r.kind == Kind::DefaultDeviceConfig        ? defaultDeviceConfig(r)
        : r.kind == Kind::RtpGeneral                 ? rtpGeneral(r)
                                                     : planned(node);
    req.journaled = true;
    if (req.action.isEmpty()) {
        req.action = QStringLiteral("create");
    }
    return req;
}

ProvisioningRequest ProvisioningRequestBuilder::claim(const ProvisioningResource &r) const
{
    // Claim the phone that booted on the LAN: it leaves the unallocated devices for the tenant.
    ProvisioningRequest req;
    req.method = "PUT";
    req.path =
        confd() + QStringLiteral("/devices/unallocated/") + m_fields.value(r.key).value(QLatin1String("id")).toString();
    req.action = QStringLiteral("claim");
    return req;
}

ProvisioningRequest ProvisioningRequestBuilder::defaultDeviceConfig(const ProvisioningResource &r) const
{
    // provd replaces the whole config: the plan's settings merged into the one read.
    QJsonObject config = m_deviceConfig;
    const QJsonObject wanted = r.body.value(QLatin1String("config")).toObject();
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (it.value().isObject()) {
            QJsonObject merged = config.value(it.key()).toObject();
            const QJsonObject part = it.value().toObject();
            for (auto p = part.begin(); p != part.end(); ++p) {
                merged.insert(p.key(), p.value());
            }
            config.insert(it.key(), merged);
        } else {
            config.insert(it.key(), it.value());
        }
    }
    if (!m_phoneAccounts.isEmpty()) {
        QJsonObject raw = config.value(QLatin1String("raw_config")).toObject();
        for (auto it = m_phoneAccounts.begin(); it != m_phoneAccounts.end(); ++it) {
            raw.insert(it.key(), it.value());
        }
        config.insert(QStringLiteral("raw_config"), raw);
    }
    ProvisioningRequest req;
    req.method = "PUT";
    req.path = r.path;
    req.body = QJsonObject { { QStringLiteral("config"), config } };
    req.hasBody = true;
    return req;
}

ProvisioningRequest ProvisioningRequestBuilder::rtpGeneral(const ProvisioningResource &r) const
{
    // confd resets every option the PUT leaves out: the plan's merged into the ones read.
    QJsonObject options = m_rtpOptions;
    const QJsonObject wanted = r.body.value(QLatin1String("options")).toObject();
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        options.insert(it.key(), it.value());
    }
    ProvisioningRequest req;
    req.method = "PUT";
    req.path = r.path;
    req.body = QJsonObject { { QStringLiteral("options"), options } };
    req.hasBody = true;
    return req;
}

/** The plan's own request, with the server ids known so far in place of its placeholders. */
ProvisioningRequest ProvisioningRequestBuilder::planned(const ProvisioningNode &node) const
{
    const ProvisioningResource &r = *node.resource;
    QStringList missing;
    ProvisioningRequest req;
    req.method = r.method.toLatin1();
    req.path = PlaceholderResolver::text(r.path, m_fields, &missing);
    req.body = PlaceholderResolver::object(r.body, m_fields, &missing);
    req.hasBody = !r.body.isEmpty() || r.method == QLatin1String("POST");
    if (r.kind == Kind::DeviceAttach) {
        req.action = QStringLiteral("attach");
    }
    return node.foldedAttach >= 0 ? carryingPhone(node, req) : req;
}

/** A user whose compound POST attaches its phone (ProvisioningGraph::foldAttachments). */
ProvisioningRequest ProvisioningRequestBuilder::carryingPhone(
    const ProvisioningNode &user, ProvisioningRequest req) const
{
    const QString deviceKey = m_graph.deviceOf(m_graph.node(user.foldedAttach));
    const QString deviceId = m_fields.value(deviceKey).value(QLatin1String("id")).toString();
    const int line = user.attachLinePath.section(QLatin1Char('/'), 1, 1).toInt();
    QJsonArray lines = req.body.value(QLatin1String("lines")).toArray();
    QJsonObject lineBody = lines.at(line).toObject();
    lineBody.insert(QStringLiteral("device_id"), deviceId);
    lines.replace(line, lineBody);
    req.body.insert(QStringLiteral("lines"), lines);
    req.journalDetail.insert(QStringLiteral("attaches"), deviceKey);
    return req;
}

ProvisioningRequest ProvisioningRequestBuilder::templates(const ProvisioningResource &r) const
{
    ProvisioningRequest req;
    req.method = "GET";
    req.path = confd() + QStringLiteral("/tenants/") + m_fields.value(r.key).value(QLatin1String("uuid")).toString();
    return req;
}

ProvisioningRequest ProvisioningRequestBuilder::link(const ProvisioningNode &node) const
{
    const QString link = node.resource->links.value(node.link);
    const qsizetype space = link.indexOf(QLatin1Char(' '));
    QStringList missing;
    ProvisioningRequest req;
    req.journaled = true;
    req.action = QStringLiteral("link");
    req.method = link.left(space).toLatin1();
    req.path = PlaceholderResolver::text(link.mid(space + 1), m_fields, &missing);
    return req;
}

ProvisioningRequest ProvisioningRequestBuilder::synchronize(const ProvisioningNode &node) const
{
    const QString device = m_fields.value(m_graph.deviceOf(node)).value(QLatin1String("id")).toString();
    ProvisioningRequest req;
    req.journaled = true;
    req.action = QStringLiteral("synchronize");
    req.method = "GET";
    req.path = confd() + QStringLiteral("/devices/%1/synchronize").arg(device);
    return req;
}

ProvisioningRequest ProvisioningRequestBuilder::removeCopy(const ProvisioningNode &node) const
{
    const ProvisioningResource &r = *node.resource;
    ProvisioningRequest req;
    // Only contexts, users and incalls come in copies (ProvisioningReconciler::Entry::copies).
    const QJsonObject copy = node.extraCopies.value(0);
    req.journaled = true;
    req.action = QStringLiteral("delete");
    req.method = "DELETE";
    if (r.kind == Kind::User) {
        // What confd's user create made along (nothing more in the plan's own graph) goes too.
        req.path = confd() + QStringLiteral("/users/") + copy.value(QLatin1String("uuid")).toString();
        req.query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
    } else if (r.kind == Kind::Incall) {
        req.path = confd() + QStringLiteral("/incalls/") + QString::number(copy.value(QLatin1String("id")).toInteger());
    } else {
        req.path =
            confd() + QStringLiteral("/contexts/") + QString::number(copy.value(QLatin1String("id")).toInteger());
    }
    req.journalDetail.insert(QStringLiteral("server_id"), ProvisioningJournal::serverId(copy));
    req.journalDetail.insert(QStringLiteral("kept"), ProvisioningJournal::serverId(node.kept));
    return req;
}

} // namespace Staging
