// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/PlaceholderResolver.h"
#include "portal/PortalResult.h"
#include "portal/PortalRetryPolicy.h"
#include "portal/ProvisioningPlan.h"
#include "portal/StationBundler.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Staging {

class PortalConnection;
class TokenSession;

/**
 * Looks each resource of a plan up on the live stack by its natural key (tenant slug, context
 * label and type, user email or name, SIP endpoint name, context + extension, voicemail number,
 * DID, MAC) and classifies it: missing, already there, claimable (a phone waiting in the
 * unallocated devices) or in conflict (there but different, or its extension is another user's).
 * Each kind's matching is in its unit (ResourceKindUnit, portal/kinds/).
 *
 * It reads whole lists (one GET per collection), never one request per resource, so a dry run of
 * a hundred stations costs a dozen requests. The executor also uses it for one resource after an
 * ambiguous failure, limited to that resource's collections.
 */
class ProvisioningReconciler : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Missing,
        Present,
        Claimable,
        Conflict,
    };
    struct Entry
    {
        State state = State::Missing;
        QJsonObject fields; // the live object: ids for placeholders
        QString message; // translated, for a conflict
        /** Several live objects answer to the natural key (a conflict): all of them, lowest id first. */
        QList<QJsonObject> copies;
    };

    ProvisioningReconciler(PortalConnection *connection, TokenSession *session, const ProvisioningPlan &plan,
        const ProvisioningCovers &covers, QObject *parent = nullptr);

    /** Server objects already known (the executor's), used to fill the placeholders of others. */
    void setKnownFields(const PlaceholderResolver::Fields &fields) { m_known = fields; }
    /** Look up only this resource. */
    void setOnly(const QString &key) { m_only = key; }
    /** A list that fails on a transport error, a timeout, 429 or 502-504 is read again (a GET changes nothing). */
    void setRetryPolicy(const PortalRetryPolicy &policy) { m_retry = policy; }
    /** Lists read at once at most (the executor's window; 1 for a lookup, which holds one slot). */
    void setWindow(int window) { m_window = std::max(1, window); }
    /**
     * raw_config values the default device config must also hold: the order's phone accounts, which
     * the plan never carries. Only compared, never copied into an entry.
     */
    void setDeviceAccounts(const QJsonObject &rawConfig) { m_deviceAccounts = rawConfig; }

    void start();
    void abort();

    const QHash<QString, Entry> &entries() const { return m_entries; }
    /** Objects found, covered parts of bundles included. */
    const PlaceholderResolver::Fields &fields() const { return m_known; }
    /** provd's defaultconfigdevice as read, for the executor's read-modify-write. */
    QJsonObject deviceConfig() const { return m_deviceConfig; }
    /** confd's RTP options as read, likewise (its PUT replaces the whole map). */
    QJsonObject rtpOptions() const
    {
        return m_lists.value(QStringLiteral("rtp")).toObject().value(QLatin1String("options")).toObject();
    }
    int requests() const { return m_requests; }

Q_SIGNALS:
    void finished(const Staging::PortalResult &result);

private:
    using Kind = ProvisioningResource::Kind;

    bool wants(Kind kind) const { return m_kinds.contains(int(kind)); }
    struct Fetch
    {
        QString path;
        QString tenant;
        QString slot;
        int attempts = 0;
    };
    /** The lists the units of the wanted kinds are matched against, on the stack or in the tenant. */
    void getLists(bool inTenant, const QString &tenant);
    void get(const QString &path, const QString &tenant, const QString &slot);
    void sendNext();
    void onFetched(const Fetch &fetch, const PortalResult &result);
    void fetchTenantScoped();
    void classify();

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    const ProvisioningPlan &m_plan;
    const ProvisioningCovers &m_covers;
    PlaceholderResolver::Fields m_known;
    QString m_only;
    QSet<int> m_kinds;
    QString m_tenantKey;
    QString m_tenantUuid;

    QHash<QString, QJsonValue> m_lists; // slot -> answer
    QJsonObject m_deviceConfig;
    QJsonObject m_deviceAccounts;
    QList<QPointer<QObject>> m_jobs;
    PortalRetryPolicy m_retry;
    int m_window = 8;
    QList<Fetch> m_queue; // lists waiting for a free slot
    int m_running = 0; // lists being read
    int m_pending = 0; // lists not read yet, queued, running or waiting to be read again
    int m_requests = 0;
    bool m_tenantStage = false;
    bool m_done = false;
    QHash<QString, Entry> m_entries;
};

} // namespace Staging
