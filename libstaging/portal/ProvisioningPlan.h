// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Staging {

/**
 * One object the PBX must hold once the order is staged. Resources are identified by a natural
 * key computed from the order, never by a server id, so a re-run can look each one up and skip
 * it (engineering-notes §5.2 rule 7).
 *
 * Server-assigned values are written as placeholders "${<key>#<field>}" (e.g.
 * "${user:alice@example.com#id}") in paths, bodies and links; the executor substitutes them once
 * the resource named by <key> exists, which is why every referenced key is also a dependency.
 * Secrets (SIP and voicemail passwords, auth passwords) are never in a plan: a plan is logged and
 * diffed, so the executor generates them when it sends the call.
 */
struct ProvisioningResource
{
    enum class Kind
    {
        Tenant,
        InternalContext,
        IncallContext,
        Dhcp,
        ProvisioningNetworking,
        AccessFeature,
        RtpGeneral,
        Registrar,
        Plugin,
        DefaultDeviceConfig,
        User,
        SipEndpoint,
        SipLine,
        WebrtcLine,
        Extension,
        Voicemail,
        Incall,
        Device,
        DeviceAttach,
        Group,
        GroupMembers,
        FuncKeys,
        // The stack itself on the agency portal (deployd): registered by StackRegistrationJob on
        // the portal's connection, reported beside the plan's items, never in a plan.
        Stack,
    };

    Kind kind = Kind::Tenant;
    QString key; // natural key, "<kind>:<identity>", unique in a plan
    QString method; // "POST", "PUT"
    QString path; // full service path, e.g. "/api/confd/1.1/users"
    QJsonObject body;
    QStringList dependencies; // keys that must exist before this one is created
    QStringList links; // association calls made once this exists, "PUT <path>"
    int row = 0; // the station's row, 0 for resources of the whole order

    QJsonObject toJson() const;
};

/** "tenant", "context-internal", "sip-line", ...: the names used in plan JSON. */
QString resourceKindId(ProvisioningResource::Kind kind);

/**
 * Settings of the whole stack (DHCP, provisioning networking, access features): confd takes them
 * only from a master-tenant token without a Wazo-Tenant header naming a sub-tenant.
 */
bool isStackWide(ProvisioningResource::Kind kind);

/**
 * The stack's shared resources: its settings (isStackWide) and what provd keeps for every phone
 * (plugins, the default device config). They are usually there before any order: finding them
 * says nothing about whether this order was applied before.
 */
bool isShared(ProvisioningResource::Kind kind);

/** Something the plan leaves out or postpones, for the integrator to see before running it. */
struct ProvisioningWarning
{
    int row = 0;
    QString code; // stable: "did-pending", "mac-missing", ...
    QString key; // the resource concerned, may be empty
    QString message; // translated

    QJsonObject toJson() const;
};

/** The target state of an order on a PBX: resources in dependency order, and warnings. */
class ProvisioningPlan
{
public:
    const QList<ProvisioningResource> &resources() const { return m_resources; }
    const QList<ProvisioningWarning> &warnings() const { return m_warnings; }

    void addResource(const ProvisioningResource &resource) { m_resources.append(resource); }
    void addWarning(const ProvisioningWarning &warning) { m_warnings.append(warning); }

    const ProvisioningResource *find(const QString &key) const;
    qsizetype count(ProvisioningResource::Kind kind) const;

    /** The placeholder for a field the server assigns to the resource with this key. */
    static QString ref(const QString &key, const QString &field);

    /**
     * Structural faults: duplicate keys, dependencies on keys not in the plan, placeholders naming
     * a resource that is not a dependency, cycles. Empty for every plan the planner makes.
     */
    QStringList structuralErrors() const;

    /**
     * Keys in an order where every dependency comes first; among ready resources the plan's own
     * order wins, so the result is deterministic. nullopt when there is a cycle.
     */
    std::optional<QStringList> topologicalOrder() const;

    QJsonObject toJson() const;
    /** Indented JSON with sorted object keys: the same order gives the same bytes, for dry-run diffs. */
    QByteArray toJsonBytes() const;

private:
    QList<ProvisioningResource> m_resources;
    QList<ProvisioningWarning> m_warnings;
};

} // namespace Staging
