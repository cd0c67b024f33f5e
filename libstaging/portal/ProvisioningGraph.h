// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/ProvisioningNode.h"
#include "portal/ProvisioningPlan.h"
#include "portal/StationBundler.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Staging {

/**
 * A ProvisioningExecutor's plan as a dependency graph, and its window: a resource is ready as soon
 * as its own dependencies are done; among the ready ones the one with the longest chain of
 * requests behind it is sent first, at most `window` requests in flight.
 */
class ProvisioningGraph
{
public:
    using Node = ProvisioningNode;

    /** The plan's resources as nodes, each knowing its dependents. The plan must outlive the graph. */
    void build(const ProvisioningPlan &plan);

    const QList<Node> &nodes() const { return m_nodes; }
    int size() const { return int(m_nodes.size()); }
    Node &node(int index) { return m_nodes[index]; }
    const Node &node(int index) const { return m_nodes.at(index); }
    int indexOf(const QString &key) const { return m_index.value(key); }
    /** The plan's tenant, whose uuid the customer's confd requests carry. */
    const QString &tenantKey() const { return m_tenantKey; }
    /** The key of the phone an attachment node is about. */
    QString deviceOf(const Node &attach) const;

    void foldAttachments(const ProvisioningPlan &input, const ProvisioningCovers &covers);
    void unfold(int user, int failed);
    void computeHeights(const ProvisioningPlan &plan);
    /** A node done: its dependents that wait on nothing else any more are ready. */
    void release(int index);

    void enqueue(int index) { m_ready.append(index); }
    void dequeue(int index) { m_ready.removeAll(index); }
    const QList<int> &ready() const { return m_ready; }
    /** A slot of the window is free and something is ready. */
    bool canSend(int window) const { return m_inFlight < window && !m_ready.isEmpty(); }
    /** The ready node to send next, out of the ready list. */
    int takeNext();

    int inFlight() const { return m_inFlight; }
    void requestStarted() { ++m_inFlight; }
    void requestEnded() { --m_inFlight; }
    void dropInFlight() { m_inFlight = 0; }
    void timerStarted() { ++m_timers; }
    void timerEnded() { --m_timers; }
    /** Nothing in flight, waiting for a timer or ready: the run has nothing left to do. */
    bool idle() const { return m_inFlight == 0 && m_timers == 0 && m_ready.isEmpty(); }

private:
    using Kind = ProvisioningResource::Kind;
    using Phase = Node::Phase;

    QList<Node> m_nodes;
    QHash<QString, int> m_index;
    QString m_tenantKey;
    QList<int> m_ready;
    int m_inFlight = 0;
    int m_timers = 0;
};

} // namespace Staging
