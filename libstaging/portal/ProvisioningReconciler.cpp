// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningReconciler.h"

#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"

#include <QTimer>

#include <algorithm>

namespace Staging {

namespace {

const QString Auth = QStringLiteral("/api/auth/0.1");
const QString Confd = QStringLiteral("/api/confd/1.1");
const QString Provd = QStringLiteral("/api/provd/0.2");

QString lower(const QJsonValue &value)
{
    return value.toString().trimmed().toLower();
}

// Every key of want is in have with the same value (provd and dhcp keep more than the plan sets).
QList<QJsonObject> byId(QList<QJsonObject> objects)
{
    std::sort(objects.begin(), objects.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("id")).toInteger() < b.value(QLatin1String("id")).toInteger();
    });
    return objects;
}

bool containsAll(const QJsonObject &have, const QJsonObject &want)
{
    for (auto it = want.begin(); it != want.end(); ++it) {
        if (it.value().isObject() ? !containsAll(have.value(it.key()).toObject(), it.value().toObject())
                                  : have.value(it.key()) != it.value()) {
            return false;
        }
    }
    return true;
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
    if (wants(Kind::Device)) {
        // Phones that booted on the stack wait in the master tenant: no tenant header.
        get(Confd + QStringLiteral("/devices/unallocated"), {}, QStringLiteral("unallocated"));
    }
    if (wants(Kind::Plugin)) {
        get(Provd + QStringLiteral("/pg_mgr/install/installed"), {}, QStringLiteral("plugins"));
    }
    if (wants(Kind::DefaultDeviceConfig)) {
        get(Provd + QStringLiteral("/cfg_mgr/configs/defaultconfigdevice"), {}, QStringLiteral("config"));
    }
    if (wants(Kind::Dhcp)) {
        get(Confd + QStringLiteral("/dhcp"), {}, QStringLiteral("dhcp"));
    }
    if (wants(Kind::ProvisioningNetworking)) {
        get(Confd + QStringLiteral("/provisioning/networking"), {}, QStringLiteral("networking"));
    }
    if (wants(Kind::Registrar)) {
        get(Confd + QStringLiteral("/registrars/default"), {}, QStringLiteral("registrar"));
    }
    if (wants(Kind::RtpGeneral)) {
        get(Confd + QStringLiteral("/asterisk/rtp/general"), {}, QStringLiteral("rtp"));
    }
    if (wants(Kind::AccessFeature)) {
        get(Confd + QStringLiteral("/access_features"), {}, QStringLiteral("access-features"));
    }
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
        for (const QJsonValue &t : items(QStringLiteral("auth-tenants"))) {
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
        if (wants(Kind::InternalContext) || wants(Kind::IncallContext)) {
            get(Confd + QStringLiteral("/contexts"), t, QStringLiteral("contexts"));
        }
        if (wants(Kind::User)) {
            get(Confd + QStringLiteral("/users"), t, QStringLiteral("users"));
        }
        if (wants(Kind::SipEndpoint)) {
            get(Confd + QStringLiteral("/endpoints/sip"), t, QStringLiteral("endpoints"));
        }
        if (wants(Kind::User) || wants(Kind::SipLine) || wants(Kind::WebrtcLine) || wants(Kind::Extension)
            || wants(Kind::DeviceAttach)) {
            get(Confd + QStringLiteral("/lines"), t, QStringLiteral("lines"));
        }
        if (wants(Kind::User) || wants(Kind::Extension)) {
            get(Confd + QStringLiteral("/extensions"), t, QStringLiteral("extensions"));
        }
        if (wants(Kind::Voicemail)) {
            get(Confd + QStringLiteral("/voicemails"), t, QStringLiteral("voicemails"));
        }
        if (wants(Kind::Incall)) {
            get(Confd + QStringLiteral("/incalls"), t, QStringLiteral("incalls"));
        }
        if (wants(Kind::Device)) {
            get(Confd + QStringLiteral("/devices"), t, QStringLiteral("devices"));
        }
    }
    if (m_pending == 0) {
        classify();
    }
}

QJsonArray ProvisioningReconciler::items(const QString &slot) const
{
    const QJsonValue v = m_lists.value(slot);
    return v.isArray() ? v.toArray() : v.toObject().value(QLatin1String("items")).toArray();
}

QString ProvisioningReconciler::userOfExtension(const QJsonObject &extension) const
{
    const int id = extension.value(QLatin1String("id")).toInt();
    for (const QJsonValue &l : items(QStringLiteral("lines"))) {
        const QJsonObject line = l.toObject();
        for (const QJsonValue &e : line.value(QLatin1String("extensions")).toArray()) {
            if (e.toObject().value(QLatin1String("id")).toInt() == id) {
                const QJsonArray users = line.value(QLatin1String("users")).toArray();
                if (!users.isEmpty()) {
                    const QJsonObject u = users.first().toObject();
                    return QString(u.value(QLatin1String("firstname")).toString() + QLatin1Char(' ')
                        + u.value(QLatin1String("lastname")).toString())
                        .trimmed();
                }
                return tr("a line without user");
            }
        }
    }
    return {};
}

namespace {

// The list of users carries each user's lines with their extensions (confd's "exten" column is
// for searching and sorting, not returned): a station without e-mail is its name on this extension.
bool hasExtension(const QJsonObject &user, const QString &exten)
{
    for (const QJsonValue &line : user.value(QLatin1String("lines")).toArray()) {
        for (const QJsonValue &extension : line.toObject().value(QLatin1String("extensions")).toArray()) {
            if (extension.toObject().value(QLatin1String("exten")).toString() == exten) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

ProvisioningReconciler::Entry ProvisioningReconciler::match(
    const ProvisioningResource &r, const QJsonObject &body, const QString &path) const
{
    Entry entry;
    const auto present = [&entry](const QJsonObject &fields) {
        entry.state = State::Present;
        entry.fields = fields;
    };
    const auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };
    switch (r.kind) {
    case Kind::Tenant:
        for (const QJsonValue &t : items(QStringLiteral("auth-tenants"))) {
            if (t.toObject().value(QLatin1String("uuid")).toString() == m_tenantUuid && !m_tenantUuid.isEmpty()) {
                QJsonObject fields = t.toObject();
                const QJsonObject confd = m_lists.value(QStringLiteral("confd-tenant")).toObject();
                for (auto it = confd.begin(); it != confd.end(); ++it) {
                    fields.insert(it.key(), it.value());
                }
                present(fields);
            }
        }
        break;
    case Kind::InternalContext:
    case Kind::IncallContext: {
        QList<QJsonObject> copies;
        for (const QJsonValue &c : items(QStringLiteral("contexts"))) {
            const QJsonObject context = c.toObject();
            if (context.value(QLatin1String("label")).toString() == text("label")
                && context.value(QLatin1String("type")).toString() == text("type")) {
                present(context);
                copies.append(context);
            }
        }
        // confd does not refuse a second context with the same label: say so rather than pick one.
        if (copies.size() > 1) {
            entry.state = State::Conflict;
            entry.message = tr("%1 contexts are labelled \"%2\": keep one.").arg(copies.size()).arg(text("label"));
            entry.copies = byId(copies);
        }
        break;
    }
    case Kind::User: {
        for (const QJsonValue &u : items(QStringLiteral("users"))) {
            const QJsonObject user = u.toObject();
            const bool same = body.contains(QLatin1String("email"))
                ? lower(user.value(QLatin1String("email"))) == lower(body.value(QLatin1String("email")))
                : user.value(QLatin1String("firstname")).toString() == text("firstname")
                    && user.value(QLatin1String("lastname")).toString() == text("lastname")
                    && (!body.contains(QLatin1String("lines"))
                        || hasExtension(user,
                            objectAtPath(body, QStringLiteral("lines/0/extensions/0"))
                                .value(QLatin1String("exten"))
                                .toString()));
            if (same) {
                entry.copies.append(user);
                present(user);
            }
        }
        if (entry.copies.size() > 1) {
            entry.state = State::Conflict;
            entry.message = tr("Several users match this station: keep one.");
            entry.copies = byId(entry.copies);
            return entry;
        }
        entry.copies.clear();
        const QHash<QString, QString> covered = m_covers.value(r.key);
        if (entry.state == State::Present) {
            for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
                if (objectAtPath(entry.fields, it.value()).isEmpty()) {
                    entry.state = State::Conflict;
                    entry.message = tr("The user exists but differs from the order (%1 is missing).").arg(it.key());
                }
            }
            break;
        }
        // A new user whose extension or DID is already taken would be refused: say so now.
        const QJsonArray lines = body.value(QLatin1String("lines")).toArray();
        const QJsonArray incalls = body.value(QLatin1String("incalls")).toArray();
        QList<QJsonObject> wanted;
        for (const QJsonValue &holder : lines + incalls) {
            for (const QJsonValue &e : holder.toObject().value(QLatin1String("extensions")).toArray()) {
                wanted.append(e.toObject());
            }
        }
        for (const QJsonValue &e : items(QStringLiteral("extensions"))) {
            const QJsonObject extension = e.toObject();
            for (const QJsonObject &w : std::as_const(wanted)) {
                if (extension.value(QLatin1String("exten")) == w.value(QLatin1String("exten"))
                    && extension.value(QLatin1String("context")) == w.value(QLatin1String("context"))) {
                    const QString owner = userOfExtension(extension);
                    entry.state = State::Conflict;
                    entry.message = owner.isEmpty() ? tr("Extension %1 already exists on the stack.")
                                                          .arg(w.value(QLatin1String("exten")).toString())
                                                    : tr("Extension %1 is already used by %2.")
                                                          .arg(w.value(QLatin1String("exten")).toString(), owner);
                }
            }
        }
        break;
    }
    case Kind::SipEndpoint:
        for (const QJsonValue &e : items(QStringLiteral("endpoints"))) {
            if (e.toObject().value(QLatin1String("name")).toString() == text("name")) {
                present(e.toObject());
            }
        }
        break;
    case Kind::SipLine:
    case Kind::WebrtcLine: {
        // A line is known by its SIP endpoint's name (confd names the line after it), posted with
        // the line (StationBundler::bundleLines) or made before it.
        QString endpointName =
            objectAtPath(body, QStringLiteral("endpoint_sip")).value(QLatin1String("name")).toString();
        for (const QString &dep : r.dependencies) {
            const ProvisioningResource *d = m_plan.find(dep);
            if (d && d->kind == Kind::SipEndpoint) {
                endpointName = d->body.value(QLatin1String("name")).toString();
            }
        }
        for (const QJsonValue &l : items(QStringLiteral("lines"))) {
            if (!endpointName.isEmpty() && l.toObject().value(QLatin1String("name")).toString() == endpointName) {
                present(l.toObject());
            }
        }
        break;
    }
    case Kind::Extension:
        for (const QJsonValue &e : items(QStringLiteral("extensions"))) {
            const QJsonObject extension = e.toObject();
            if (extension.value(QLatin1String("exten")).toString() == text("exten")
                && extension.value(QLatin1String("context")).toString() == text("context")) {
                present(extension);
            }
        }
        break;
    case Kind::Voicemail:
        for (const QJsonValue &v : items(QStringLiteral("voicemails"))) {
            const QJsonObject voicemail = v.toObject();
            if (voicemail.value(QLatin1String("number")).toString() == text("number")
                && voicemail.value(QLatin1String("context")).toString() == text("context")) {
                present(voicemail);
            }
        }
        break;
    case Kind::Incall: {
        // An incall is known by its DID: the extension resource that depends on it names it. Until
        // that extension is linked (the plan's own graph posts the incall first), by its
        // description, which the plan sets to the DID.
        QString did = r.key.section(QLatin1Char(':'), 1);
        QList<QJsonObject> unlinked;
        for (const QJsonValue &i : items(QStringLiteral("incalls"))) {
            const QJsonObject incall = i.toObject();
            const QJsonArray extensions = incall.value(QLatin1String("extensions")).toArray();
            for (const QJsonValue &e : extensions) {
                if (e.toObject().value(QLatin1String("exten")).toString() == did) {
                    present(incall);
                }
            }
            if (extensions.isEmpty() && !text("description").isEmpty()
                && incall.value(QLatin1String("description")).toString() == text("description")) {
                unlinked.append(incall);
            }
        }
        if (entry.state == State::Missing && !unlinked.isEmpty()) {
            present(unlinked.first());
            // confd takes a second incall alike: say so rather than pick one.
            if (unlinked.size() > 1) {
                entry.state = State::Conflict;
                entry.message = tr("%1 incalls without a number are described \"%2\": keep one.")
                                    .arg(unlinked.size())
                                    .arg(text("description"));
                entry.copies = byId(unlinked);
            }
        }
        break;
    }
    case Kind::Device: {
        const QString mac = lower(body.value(QLatin1String("mac")));
        for (const QJsonValue &d : items(QStringLiteral("devices"))) {
            if (lower(d.toObject().value(QLatin1String("mac"))) == mac) {
                present(d.toObject());
            }
        }
        if (entry.state == State::Missing) {
            for (const QJsonValue &d : items(QStringLiteral("unallocated"))) {
                if (lower(d.toObject().value(QLatin1String("mac"))) == mac) {
                    entry.state = State::Claimable;
                    entry.fields = d.toObject();
                }
            }
        }
        break;
    }
    case Kind::DeviceAttach: {
        // PUT /lines/<line>/devices/<device>: there when the line already has that device.
        const QStringList parts = path.split(QLatin1Char('/'));
        const int lineIndex = parts.indexOf(QStringLiteral("lines"));
        if (lineIndex < 0 || lineIndex + 3 >= parts.size()) {
            break;
        }
        for (const QJsonValue &l : items(QStringLiteral("lines"))) {
            const QJsonObject line = l.toObject();
            if (QString::number(line.value(QLatin1String("id")).toInt()) == parts.at(lineIndex + 1)
                && line.value(QLatin1String("device_id")).toString() == parts.at(lineIndex + 3)) {
                present({});
            }
        }
        break;
    }
    case Kind::Plugin:
        if (m_lists.value(QStringLiteral("plugins"))
                .toObject()
                .value(QLatin1String("pkgs"))
                .toObject()
                .contains(text("id"))) {
            present({});
        }
        break;
    case Kind::DefaultDeviceConfig:
        // The plan's settings alone would let a stack that has them keep its own phone passwords,
        // and the phones staged there would not open with the order's.
        if (containsAll(m_deviceConfig, body.value(QLatin1String("config")).toObject())
            && containsAll(m_deviceConfig.value(QLatin1String("raw_config")).toObject(), m_deviceAccounts)) {
            present({});
        }
        break;
    case Kind::Dhcp:
        if (containsAll(m_lists.value(QStringLiteral("dhcp")).toObject(), body)) {
            present({});
        }
        break;
    case Kind::ProvisioningNetworking:
        // Another host already set is not a conflict: on the customer's own Shuttle it can only be
        // a stale address (the factory network, the LAN before it was renumbered) that its phones
        // no longer reach, and the technician re-running the order expects the Shuttle's address.
        // Missing, so the PUT sets it, as for DHCP.
        if (containsAll(m_lists.value(QStringLiteral("networking")).toObject(), body)) {
            present({});
        }
        break;
    case Kind::Registrar:
        // Another address is replaced, as a stale provisioning host is: the Shuttle's is the one.
        if (containsAll(m_lists.value(QStringLiteral("registrar")).toObject(), body)) {
            present({});
        }
        break;
    case Kind::Stack:
        break; // never in a plan: StackRegistrationJob looks it up on the agency portal
    case Kind::RtpGeneral:
        // Another STUN server already set is replaced, as a stale provisioning host is: the order
        // says which one the customer's network uses.
        if (containsAll(rtpOptions(), body.value(QLatin1String("options")).toObject())) {
            present({});
        }
        break;
    case Kind::AccessFeature:
        for (const QJsonValue &f : items(QStringLiteral("access-features"))) {
            const QJsonObject feature = f.toObject();
            if (feature.value(QLatin1String("host")).toString() == text("host")
                && feature.value(QLatin1String("feature")).toString() == text("feature")) {
                present(feature);
                // confd refuses a second one for the same host and feature, and switching it back on
                // is the customer's or the agency's decision (someone turned it off): say so.
                if (!feature.value(QLatin1String("enabled")).toBool()) {
                    entry.state = State::Conflict;
                    entry.message = tr("The phonebook access for %1 exists but is disabled: enable it on the stack.")
                                        .arg(text("host"));
                }
            }
        }
        break;
    }
    return entry;
}

void ProvisioningReconciler::classify()
{
    m_deviceConfig = m_lists.value(QStringLiteral("config")).toObject().value(QLatin1String("config")).toObject();
    const std::optional<QStringList> order = m_plan.topologicalOrder();
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
        if (missing.isEmpty() || r.kind == Kind::Tenant) {
            entry = match(r, body, path);
        } else if (r.kind == Kind::User && !m_tenantUuid.isEmpty()) {
            entry = match(r, body, path);
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
    m_done = true;
    Q_EMIT finished(PortalResult {});
}

} // namespace Staging
