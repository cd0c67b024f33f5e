// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningReconciler.h"

#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"
#include "portal/kinds/ResourceKindUnit.h"

#include <QSet>
#include <QTimer>

namespace Staging {

namespace {

const QString Auth = QStringLiteral("/api/auth/0.1");
const QString Confd = QStringLiteral("/api/confd/1.1");
const QString Provd = QStringLiteral("/api/provd/0.2");

ProvisioningReconciler::Entry match(
    const LiveStack &live, const ProvisioningResource &r, const QJsonObject &body, const QString &path)
{
    const ResourceKindUnit *unit = findResourceKindUnit(r.kind);
    return unit && unit->match ? unit->match(live, r, body, path) : ProvisioningReconciler::Entry {};
}

} // namespace

ProvisioningReconciler::ProvisioningReconciler(PortalConnection *connection, TokenSession *session,
    const ProvisioningPlan &plan, const ProvisioningCovers &covers, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_plan(plan)
    , m_covers(covers)
{
}

void ProvisioningReconciler::start()
{
    for (const ProvisioningResource &r : m_plan.resources()) {
        if (r.kind == Kind::Tenant) {
            m_tenantKey = r.key;
        }
        if (m_only.isEmpty() || r.key == m_only) {
            m_kinds.insert(int(r.kind));
        }
    }
    m_tenantUuid = m_known.value(m_tenantKey).value(QLatin1String("uuid")).toString();
    if (m_tenantUuid.isEmpty()) {
        get(Auth + QStringLiteral("/tenants"), {}, QStringLiteral("auth-tenants"));
    }
    // Stack-wide lists need no tenant: the phones that booted on the stack wait in the master
    // tenant, and the stack's settings are the master tenant's.
    getLists(false, {});
    if (m_pending == 0) {
        fetchTenantScoped();
    }
}

void ProvisioningReconciler::abort()
{
    m_done = true;
    for (const QPointer<QObject> &job : std::as_const(m_jobs)) {
        if (auto *j = qobject_cast<PortalJob *>(job.data())) {
            j->abort();
        }
    }
}

void ProvisioningReconciler::getLists(bool inTenant, const QString &tenant)
{
    // Each list once, even when several kinds are matched against it, in the units' order.
    QSet<QString> slots;
    for (const ResourceKindUnit &unit : resourceKindUnits()) {
        for (const ResourceKindUnit::LiveList &list : unit.lists) {
            if (list.inTenant != inTenant || slots.contains(list.slot)) {
                continue;
            }
            for (const ResourceKindUnit::Name &name : unit.kinds) {
                if (wants(name.kind) && unit.needs(list, name.kind)) {
                    slots.insert(list.slot);
                    get(list.path, tenant, list.slot);
                    break;
                }
            }
        }
    }
}

void ProvisioningReconciler::get(const QString &path, const QString &tenant, const QString &slot)
{
    ++m_pending;
    m_queue.append({ path, tenant, slot, 0 });
    sendNext();
}

void ProvisioningReconciler::sendNext()
{
    while (!m_done && m_running < m_window && !m_queue.isEmpty()) {
        Fetch fetch = m_queue.takeFirst();
        ++fetch.attempts;
        auto *job = new PortalJob(m_connection, "GET", fetch.path, this);
        job->setTokenSession(m_session);
        job->setTenant(fetch.tenant);
        if (fetch.path.startsWith(Provd)) {
            job->setMediaType(QByteArrayLiteral("application/vnd.proformatique.provd+json"));
        }
        ++m_running;
        ++m_requests;
        m_jobs.append(job);
        connect(
            job, &PortalJob::finished, this, [this, fetch](const PortalResult &result) { onFetched(fetch, result); });
        job->start();
    }
}

void ProvisioningReconciler::onFetched(const Fetch &fetch, const PortalResult &result)
{
    --m_running;
    if (m_done) {
        return;
    }
    if (!result.ok() && PortalRetryPolicy::isRetryable(result) && fetch.attempts < m_retry.maxAttempts) {
        // Reading a list again changes nothing: only this list waits, the others go on.
        QTimer::singleShot(m_retry.delayMs(fetch.attempts), this, [this, fetch] {
            m_queue.append(fetch);
            sendNext();
        });
        sendNext();
        return;
    }
    --m_pending;
    if (!result.ok()) {
        abort();
        if (fetch.slot == QLatin1String("config") && result.httpStatus == 404) {
            // provd's default device config is made by Wazo's setup wizard: without it the stack
            // was installed but never set up, and nothing the bench sends would work there.
            PortalResult notSetUp = result;
            notSetUp.message = tr("Wazo's setup wizard has not been run on this stack (wazo-provd has no default "
                                  "device config): run it first (wazo-setupd, or the web interface's wizard).");
            Q_EMIT finished(notSetUp);
            return;
        }
        Q_EMIT finished(result);
        return;
    }
    m_lists.insert(
        fetch.slot, result.body.isArray() ? QJsonValue(result.body.array()) : QJsonValue(result.body.object()));
    sendNext();
    if (m_pending > 0) {
        return;
    }
    if (!m_tenantStage) {
        fetchTenantScoped();
    } else {
        classify();
    }
}

void ProvisioningReconciler::fetchTenantScoped()
{
    m_tenantStage = true;
    if (m_tenantUuid.isEmpty()) {
        const QString slug = m_plan.find(m_tenantKey)
            ? m_plan.find(m_tenantKey)->body.value(QLatin1String("slug")).toString()
            : QString();
        for (const QJsonValue &t : LiveStack::itemsOf(m_lists.value(QStringLiteral("auth-tenants")))) {
            if (!slug.isEmpty() && t.toObject().value(QLatin1String("slug")).toString() == slug) {
                m_tenantUuid = t.toObject().value(QLatin1String("uuid")).toString();
            }
        }
    }
    if (!m_tenantUuid.isEmpty()) {
        // Without the tenant, nothing of it can exist: the tenant-scoped lists are then skipped.
        const QString t = m_tenantUuid;
        if (wants(Kind::Tenant) && !m_known.contains(m_tenantKey)) {
            get(Confd + QStringLiteral("/tenants/") + t, t, QStringLiteral("confd-tenant"));
        }
        getLists(true, t);
    }
    if (m_pending == 0) {
        classify();
    }
}

void ProvisioningReconciler::classify()
{
    m_deviceConfig = m_lists.value(QStringLiteral("config")).toObject().value(QLatin1String("config")).toObject();
    const LiveStack live { m_lists, m_plan, m_covers, m_tenantUuid, m_deviceConfig, m_deviceAccounts };
    const std::optional<QStringList> order = m_plan.topologicalOrder();
    QStringList ownReads;
    for (const QString &key : order.value_or(QStringList {})) {
        if (!m_only.isEmpty() && key != m_only) {
            continue;
        }
        const ProvisioningResource &r = *m_plan.find(key);
        QStringList missing;
        const QJsonObject body = PlaceholderResolver::object(r.body, m_known, &missing);
        const QString path = PlaceholderResolver::text(r.path, m_known, &missing);
        Entry entry;
        // A placeholder still open means a dependency is missing: this cannot exist either, except
        // a user whose tenant templates are all that is open (it is matched by email or name).
        if (missing.isEmpty() || r.kind == Kind::Tenant || (r.kind == Kind::User && !m_tenantUuid.isEmpty())) {
            entry = match(live, r, body, path);
        }
        const ResourceKindUnit *unit = findResourceKindUnit(r.kind);
        const QString own = LiveStack::ownSlot(path);
        if (entry.state == State::Missing && missing.isEmpty() && unit && unit->readsOwnPath
            && !m_lists.contains(own)) {
            ownReads.append(path);
        }
        if (entry.state == State::Present) {
            m_known.insert(key, entry.fields);
            const QHash<QString, QString> covered = m_covers.value(key);
            for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
                m_known.insert(it.key(), objectAtPath(entry.fields, it.value()));
            }
        }
        m_entries.insert(key, entry);
    }
    if (!ownReads.isEmpty()) {
        // Read once what they depend on is known; the classification then runs again with them.
        for (const QString &path : std::as_const(ownReads)) {
            get(path, m_tenantUuid, LiveStack::ownSlot(path));
        }
        return;
    }
    m_done = true;
    Q_EMIT finished(PortalResult {});
}

} // namespace Staging
