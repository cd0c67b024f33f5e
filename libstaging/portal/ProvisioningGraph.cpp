// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningGraph.h"

#include <algorithm>
#include <optional>

namespace Staging {

void ProvisioningGraph::build(const ProvisioningPlan &plan)
{
    const QList<ProvisioningResource> &resources = plan.resources();
    for (qsizetype i = 0; i < resources.size(); ++i) {
        Node node;
        node.resource = &resources.at(i);
        node.item.key = node.resource->key;
        node.item.kind = node.resource->kind;
        node.item.row = node.resource->row;
        node.waiting = int(node.resource->dependencies.size());
        m_index.insert(node.resource->key, int(i));
        m_nodes.append(node);
        if (node.resource->kind == Kind::Tenant) {
            m_tenantKey = node.resource->key;
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        for (const QString &dep : m_nodes.at(i).resource->dependencies) {
            m_nodes[m_index.value(dep)].dependents.append(int(i));
        }
    }
}

QString ProvisioningGraph::deviceOf(const Node &attach) const
{
    for (const QString &dep : attach.resource->dependencies) {
        if (m_nodes.at(m_index.value(dep)).resource->kind == Kind::Device) {
            return dep;
        }
    }
    return {};
}

/*
 * A phone whose station is about to be created is attached by the station's own compound
 * POST /users (the line's `device_id`, wazo-api.md §5.3 and confd's UserPostRelationLine): one
 * request less per phone, made in the same confd transaction. Decided here, once the live state
 * is known, and only when the phone is already claimable or claimed: a phone not seen yet must
 * never hold its station back. The user then waits for what attaching needs (the claim, the
 * plugin, the default config), and the attachment node only synchronizes the phone. Should one of
 * those fail, the user is sent without the phone (unfold()).
 */
void ProvisioningGraph::foldAttachments(const ProvisioningPlan &input, const ProvisioningCovers &covers)
{
    using ItemStatus = ProvisioningItem::Status;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        Node &attach = m_nodes[i];
        if (attach.resource->kind != Kind::DeviceAttach || attach.item.status != ItemStatus::Create) {
            continue;
        }
        int user = -1;
        int device = -1;
        for (const QString &dep : attach.resource->dependencies) {
            const int k = m_index.value(dep);
            user = m_nodes.at(k).resource->kind == Kind::User ? k : user;
            device = m_nodes.at(k).resource->kind == Kind::Device ? k : device;
        }
        if (user < 0 || device < 0) {
            continue;
        }
        Node &u = m_nodes[user];
        const ItemStatus deviceStatus = m_nodes.at(device).item.status;
        if (u.item.status != ItemStatus::Create || u.foldedAttach >= 0
            || (deviceStatus != ItemStatus::Create && deviceStatus != ItemStatus::AlreadyThere)) {
            continue;
        }
        // The line the phone goes on, where the bundle placed it in the user's body.
        QString linePath;
        const ProvisioningResource *original = input.find(attach.item.key);
        for (const QString &dep : original ? original->dependencies : QStringList {}) {
            const ProvisioningResource *line = input.find(dep);
            if (line && (line->kind == Kind::SipLine || line->kind == Kind::WebrtcLine)) {
                linePath = covers.value(u.item.key).value(dep);
            }
        }
        if (linePath.isEmpty()) {
            continue;
        }
        for (const QString &dep : attach.resource->dependencies) {
            const int k = m_index.value(dep);
            if (k != user && !u.resource->dependencies.contains(dep)) {
                m_nodes[k].dependents.append(user);
                ++u.waiting;
            }
        }
        u.foldedAttach = int(i);
        u.attachLinePath = linePath;
        attach.phase = Phase::Sync;
    }
}

/*
 * Critical path first: among ready resources the one with the longest chain of requests still
 * behind it is sent first, so that provd's plugin install (update, polls, install, polls) and the
 * claims that phones wait on are not queued behind a hundred independent users.
 */
void ProvisioningGraph::computeHeights(const ProvisioningPlan &plan)
{
    const std::optional<QStringList> order = plan.topologicalOrder();
    const QStringList keys = order.value_or(QStringList {});
    for (qsizetype i = keys.size() - 1; i >= 0; --i) {
        Node &node = m_nodes[m_index.value(keys.at(i))];
        const Kind kind = node.resource->kind;
        int own = 1 + int(node.resource->links.size());
        own += kind == Kind::Plugin ? 3 : kind == Kind::Tenant || kind == Kind::DeviceAttach ? 1 : 0;
        int after = 0;
        for (int dependent : std::as_const(node.dependents)) {
            after = std::max(after, m_nodes.at(dependent).height);
        }
        node.height = own + after;
    }
}

int ProvisioningGraph::takeNext()
{
    // The first of the highest: ties keep the plan's order.
    const auto best = std::max_element(
        m_ready.cbegin(), m_ready.cend(), [this](int a, int b) { return m_nodes.at(a).height < m_nodes.at(b).height; });
    const int index = *best;
    m_ready.removeAt(best - m_ready.cbegin());
    return index;
}

void ProvisioningGraph::release(int index)
{
    for (int dependent : std::as_const(m_nodes.at(index).dependents)) {
        Node &d = m_nodes[dependent];
        if (--d.waiting == 0 && !d.ended) {
            m_ready.append(dependent);
        }
    }
}

/*
 * The phone a user's compound POST was to attach cannot be (its claim, its plugin or the default
 * config failed: attaching writes the phone's provd config from that template). The station does
 * not need its phone: the user stops waiting for what only attaching needs and is sent without
 * the device_id; a resume attaches the phone once what failed is there.
 */
void ProvisioningGraph::unfold(int user, int failed)
{
    Node &u = m_nodes[user];
    for (const QString &dep : m_nodes.at(u.foldedAttach).resource->dependencies) {
        const int k = m_index.value(dep);
        if (k == user || u.resource->dependencies.contains(dep)) {
            continue;
        }
        if (k == failed) {
            --u.waiting;
        } else if (!m_nodes.at(k).ended) {
            m_nodes[k].dependents.removeAll(user);
            --u.waiting;
        }
    }
    u.foldedAttach = -1;
    u.attachLinePath.clear();
    if (u.waiting == 0) {
        m_ready.append(user);
    }
}

} // namespace Staging
