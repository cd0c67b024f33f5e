// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningExecutor.h"

#include "core/Logging.h"
#include "joblog/JobLog.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/ProvisioningSecrets.h"
#include "portal/TokenSession.h"
#include "portal/UserImportRow.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace Staging {

namespace {

const QString Confd = QStringLiteral("/api/confd/1.1");

/** Journaled by an executor: the portal step's, or the phones step's for the phones it attaches. */
bool journaledRequest(const JobEvent &event)
{
    return event.step == orderStepId(OrderStep::Portal) || event.step == orderStepId(OrderStep::Phones);
}
const QString Provd = QStringLiteral("/api/provd/0.2");
const QByteArray ProvdMediaType = QByteArrayLiteral("application/vnd.proformatique.provd+json");

QString serverId(const QJsonObject &fields)
{
    const QJsonValue id = fields.value(QLatin1String("uuid")).isString() ? fields.value(QLatin1String("uuid"))
                                                                         : fields.value(QLatin1String("id"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

/** The order's phone accounts as provd's raw_config spells them (wazo-api.md §3.2); those given only. */
QJsonObject phoneAccounts(const ProvisioningExecutor::Options &options)
{
    QJsonObject raw;
    if (!options.phoneAdminPassword.isEmpty()) {
        raw.insert(QStringLiteral("admin_username"), QStringLiteral("admin"));
        raw.insert(QStringLiteral("admin_password"), options.phoneAdminPassword);
    }
    if (!options.phoneUserPassword.isEmpty()) {
        raw.insert(QStringLiteral("user_username"), QStringLiteral("user")); // Yealink's user-level account
        raw.insert(QStringLiteral("user_password"), options.phoneUserPassword);
    }
    return raw;
}

} // namespace

ProvisioningExecutor::ProvisioningExecutor(PortalConnection *connection, TokenSession *session,
    const ProvisioningPlan &plan, const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_input(plan)
    , m_options(options)
{
    m_options.window = std::max(1, m_options.window);
    m_options.retry.maxAttempts = std::max(1, m_options.retry.maxAttempts);
}

ProvisioningExecutor::~ProvisioningExecutor()
{
    for (const QPointer<QObject> &object : std::as_const(m_inFlightObjects)) {
        if (object) {
            object->disconnect(this);
        }
    }
}

void ProvisioningExecutor::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (m_options.bundleStations) {
        StationBundler::Result bundled = StationBundler::bundle(m_input);
        m_plan = bundled.plan;
        m_covers = bundled.covers;
    } else {
        StationBundler::Result lines = StationBundler::bundleLines(m_input);
        m_plan = lines.plan;
        m_covers = lines.covers;
    }
    const QList<ProvisioningResource> &resources = m_plan.resources();
    for (qsizetype i = 0; i < resources.size(); ++i) {
        Node node;
        node.resource = &resources.at(i);
        node.item.key = node.resource->key;
        node.item.kind = node.resource->kind;
        node.item.row = node.resource->row;
        node.waiting = int(node.resource->dependencies.size());
        m_index.insert(node.resource->key, int(i));
        m_nodes.append(node);
        ++m_kindTotal[resourceKindId(node.resource->kind)];
        if (node.resource->kind == Kind::Tenant) {
            m_tenantKey = node.resource->key;
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        for (const QString &dep : m_nodes.at(i).resource->dependencies) {
            m_nodes[m_index.value(dep)].dependents.append(int(i));
        }
    }
    reconcile();
}

void ProvisioningExecutor::reconcile()
{
    auto *reconciler = new ProvisioningReconciler(m_connection, m_session, m_plan, m_covers, this);
    reconciler->setRetryPolicy(m_options.retry);
    reconciler->setWindow(m_options.window);
    reconciler->setDeviceAccounts(phoneAccounts(m_options));
    m_inFlightObjects.append(reconciler);
    connect(reconciler, &ProvisioningReconciler::finished, this, [this, reconciler](const PortalResult &result) {
        m_inFlightObjects.removeAll(reconciler);
        onReconciled(reconciler, result);
    });
    reconciler->start();
}

void ProvisioningExecutor::onReconciled(ProvisioningReconciler *reconciler, const PortalResult &result)
{
    reconciler->deleteLater();
    m_requests += reconciler->requests();
    if (m_finished) {
        return;
    }
    if (!result.ok()) {
        if (PortalRetryPolicy::isRetryable(result) && ++m_reconcileAttempts < m_options.retry.maxAttempts) {
            QTimer::singleShot(m_options.retry.delayMs(m_reconcileAttempts), this, [this] {
                if (!m_finished) {
                    reconcile();
                }
            });
            return;
        }
        m_stopped = result;
        finish();
        return;
    }
    m_fields = reconciler->fields();
    m_deviceConfig = reconciler->deviceConfig();
    m_rtpOptions = reconciler->rtpOptions();
    using State = ProvisioningReconciler::State;
    using ItemStatus = ProvisioningItem::Status;
    const QSet<QString> synchronized = m_options.dryRun ? QSet<QString> {} : synchronizedAttachments();
    const QSet<QString> posted = m_options.dryRun ? QSet<QString> {} : journaledCreates();
    // provd renders a phone's file from the default config when the phone is synchronized: one
    // rewritten now (the order's phone passwords were not the stack's) reaches the phones attached
    // before only if they are synchronized again, whatever the journal says.
    bool configRewritten = false;
    for (const Node &node : std::as_const(m_nodes)) {
        configRewritten = configRewritten
            || (node.resource->kind == Kind::DefaultDeviceConfig
                && reconciler->entries().value(node.item.key).state != State::Present);
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        const ProvisioningReconciler::Entry entry = reconciler->entries().value(node.item.key);
        switch (entry.state) {
        case State::Present:
            node.item.status = ItemStatus::AlreadyThere;
            // Associations are idempotent PUTs: made again in case a crash came between the
            // create and its links. A phone already attached is synchronized again unless this
            // order's journal shows it synchronized since (a crash between attach and synchronize).
            if (node.resource->kind == Kind::DeviceAttach) {
                node.phase = synchronized.contains(node.item.key) && !configRewritten ? Phase::Done : Phase::Sync;
            } else {
                node.phase = node.resource->links.isEmpty() ? Phase::Done : Phase::Links;
            }
            break;
        case State::Conflict:
            if (node.resource->kind == Kind::Incall && entry.copies.size() > 1 && posted.contains(node.item.key)
                && copiesAreOurs(int(i))) {
                // Incalls alike that this order posted without learning the outcome (confd takes
                // each copy): the first is kept, the others deleted before its DID is linked.
                node.item.status = ItemStatus::AlreadyThere;
                node.kept = entry.copies.first();
                node.extraCopies = entry.copies.mid(1);
                node.phase = Phase::RemoveCopies;
                break;
            }
            node.item.status = ItemStatus::Conflict;
            node.item.message = rowPrefix(*node.resource) + entry.message;
            break;
        case State::Claimable:
            m_fields.insert(node.item.key, entry.fields); // the phone keeps its id once claimed
            node.item.status = ItemStatus::Create;
            node.phase = Phase::Create;
            break;
        case State::Missing:
            node.item.status = ItemStatus::Create;
            node.phase = node.resource->kind == Kind::Plugin ? Phase::Update : Phase::Create;
            if (node.resource->kind == Kind::Device) {
                node.item.status = ItemStatus::Failed;
                node.item.message = rowPrefix(*node.resource)
                    + tr("the phone %1 has not been seen on the stack's network yet: power it on in the customer's "
                         "LAN, then resume.")
                          .arg(node.resource->body.value(QLatin1String("mac")).toString());
            }
            break;
        }
    }
    Q_EMIT reconciled();
    if (m_options.dryRun) {
        finish();
        return;
    }
    foldAttachments();
    computeHeights();
    // Conflicts and phones not seen stop their dependents; what exists counts as done.
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const ItemStatus status = m_nodes.at(i).item.status;
        if (status == ItemStatus::Conflict || status == ItemStatus::Failed) {
            endNode(int(i));
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        if (!node.ended && node.item.status == ItemStatus::AlreadyThere && node.phase == Phase::Done) {
            complete(int(i));
        }
    }
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (!node.ended && node.waiting == 0 && !m_ready.contains(int(i))) {
            m_ready.append(int(i));
        }
    }
    pump();
    maybeFinish();
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
void ProvisioningExecutor::foldAttachments()
{
    using ItemStatus = ProvisioningItem::Status;
    // Through the import (importRows) a station cannot carry its phone: attached after it.
    if (!m_options.bundleStations || m_options.importRows > 0) {
        return;
    }
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
        const ProvisioningResource *original = m_input.find(attach.item.key);
        for (const QString &dep : original ? original->dependencies : QStringList {}) {
            const ProvisioningResource *line = m_input.find(dep);
            if (line && (line->kind == Kind::SipLine || line->kind == Kind::WebrtcLine)) {
                linePath = m_covers.value(u.item.key).value(dep);
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
void ProvisioningExecutor::computeHeights()
{
    const std::optional<QStringList> order = m_plan.topologicalOrder();
    const QStringList keys = order.value_or(QStringList {});
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        Node &node = m_nodes[m_index.value(*it)];
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

void ProvisioningExecutor::pump()
{
    while (!m_finished && m_inFlight < m_options.window && !m_ready.isEmpty()) {
        // The first of the highest: ties keep the plan's order.
        const auto best = std::max_element(m_ready.cbegin(), m_ready.cend(),
            [this](int a, int b) { return m_nodes.at(a).height < m_nodes.at(b).height; });
        const int index = *best;
        m_ready.removeAt(best - m_ready.cbegin());
        if (!m_nodes.at(index).ended) {
            if (const std::optional<QByteArray> row = importRow(index)) {
                sendImport(index, *row);
            } else {
                send(index);
            }
        }
    }
}

/** The station's row for POST /users/import, when it is a new station the import can make. */
std::optional<QByteArray> ProvisioningExecutor::importRow(int index)
{
    Node &node = m_nodes[index];
    if (m_options.importRows <= 0 || !m_options.bundleStations || node.resource->kind != Kind::User
        || node.phase != Phase::Create || node.item.status != ProvisioningItem::Status::Create || node.foldedAttach >= 0
        || node.attempts > 0 || node.compoundOnly) {
        return std::nullopt;
    }
    const QJsonObject tenant = m_fields.value(m_tenantKey);
    const UserImportRow::Templates templates { tenant.value(QLatin1String("global_sip_template_uuid")).toString(),
        tenant.value(QLatin1String("webrtc_sip_template_uuid")).toString() };
    std::optional<QByteArray> row =
        UserImportRow::row(ProvisioningSecrets::fill(Kind::User, requestFor(index).body), templates);
    node.compoundOnly = !row;
    return row;
}

/*
 * The ready stations the import can make, from this one on in the plan's order, as one
 * POST /users/import: spread over the free slots of the window, so that confd and wazo-auth both
 * work (one imports rows while the other hashes logins). No smaller than that: confd logs in to
 * wazo-auth once per import, about 0.5 s of wazo-auth's time under load (the very cost that makes
 * a compound POST /users dear). At most importRows, so that a refused row sends few back.
 */
void ProvisioningExecutor::sendImport(int first, const QByteArray &firstRow)
{
    QList<int> candidates;
    for (int index : std::as_const(m_ready)) {
        if (index != first && !m_nodes.at(index).ended && !candidates.contains(index)) {
            candidates.append(index);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    const int slots = std::max(1, m_options.window - m_inFlight);
    const int wanted =
        std::clamp(int((candidates.size() + 1 + slots - 1) / slots), 1, std::max(1, m_options.importRows));
    QList<int> batch { first };
    QByteArray csv = UserImportRow::header() + firstRow;
    for (int index : std::as_const(candidates)) {
        if (batch.size() >= wanted) {
            break;
        }
        if (const std::optional<QByteArray> row = importRow(index)) {
            batch.append(index);
            csv += *row;
            m_ready.removeAll(index);
        }
    }
    Request request;
    request.method = "POST";
    request.path = Confd + QStringLiteral("/users/import");
    request.journaled = true;
    request.action = QStringLiteral("create");
    QList<qint64> intents;
    for (qsizetype k = 0; k < batch.size(); ++k) {
        intents.append(journal(m_nodes.at(batch.at(k)), request, QStringLiteral("intent"),
            { { QStringLiteral("import_row"), int(k + 1) } }, 0));
        if (intents.constLast() < 0) {
            // Nothing is sent without its intent on record.
            for (int index : std::as_const(batch)) {
                fail(index, ProvisioningItem::Status::Failed,
                    rowPrefix(*m_nodes.at(index).resource) + tr("the job log refused the entry; nothing was sent."));
            }
            return;
        }
    }
    auto *job = new PortalJob(m_connection, request.method, request.path, this);
    job->setTokenSession(m_session);
    job->setTenant(m_fields.value(m_tenantKey).value(QLatin1String("uuid")).toString());
    job->setBody(csv, QByteArrayLiteral("text/csv; charset=utf-8"));
    launch(job,
        [this, batch, intents, request](const PortalResult &result) { onImported(batch, intents, request, result); });
}

void ProvisioningExecutor::onImported(
    const QList<int> &batch, const QList<qint64> &intents, const Request &request, const PortalResult &result)
{
    --m_inFlight;
    if (m_finished) {
        return;
    }
    const QJsonObject answer = result.body.object();
    QHash<int, QJsonObject> created; // row number -> ids
    for (const QJsonValue &row : answer.value(QLatin1String("created")).toArray()) {
        created.insert(row.toObject().value(QLatin1String("row_number")).toInt(), row.toObject());
    }
    QHash<int, QString> refused; // row number -> confd's message
    for (const QJsonValue &error : answer.value(QLatin1String("errors")).toArray()) {
        const int row =
            error.toObject().value(QLatin1String("details")).toObject().value(QLatin1String("row_number")).toInt();
        refused.insert(row, error.toObject().value(QLatin1String("message")).toString());
    }
    const bool made = result.ok() && !result.resent && created.size() == batch.size();
    // Sent twice by Qt, or no answer to a request that may have been applied: each station is
    // looked up by its natural key (a login and an e-mail are unique: no row is made twice).
    const bool unknown = !made && (result.ok() || result.resent || PortalRetryPolicy::mayHaveBeenApplied(result));
    for (qsizetype k = 0; k < batch.size(); ++k) {
        const int index = batch.at(k);
        Node &node = m_nodes[index];
        const int rowNumber = int(k + 1);
        QJsonObject extra { { QStringLiteral("import_row"), rowNumber },
            { QStringLiteral("http_status"), result.httpStatus } };
        if (made) {
            const QJsonObject fields = UserImportRow::answer(created.value(rowNumber));
            extra.insert(QStringLiteral("server_id"), fields.value(QLatin1String("uuid")).toString());
            journal(node, request, QStringLiteral("ok"), extra, intents.at(k));
            advance(index, fields);
            continue;
        }
        if (unknown) {
            journal(node, request, QStringLiteral("unknown"), extra, intents.at(k));
            node.compoundOnly = true;
            node.phase = Phase::Lookup;
            ++node.attempts;
            requeue(index, m_options.retry.delayMs(node.attempts));
            continue;
        }
        // Refused, and rolled back whole by confd: a row it names is reported with the customer's
        // row and confd's words; the others are imported again without it. A refusal naming no
        // row (the request itself) sends each station alone, as a compound POST.
        extra.insert(QStringLiteral("rolled_back"), !refused.contains(rowNumber));
        journal(node, request, QStringLiteral("failed"), extra, intents.at(k));
        if (refused.contains(rowNumber)) {
            // As confd answers a compound POST: its words for this row alone.
            report(index,
                PortalResult::fromReply(QNetworkReply::ProtocolInvalidOperationError, result.httpStatus,
                    QJsonDocument(QJsonArray { refused.value(rowNumber) }).toJson()));
            continue;
        }
        node.compoundOnly = refused.isEmpty();
        requeue(index, 0);
    }
    pump();
    maybeFinish();
}

QString ProvisioningExecutor::rowPrefix(const ProvisioningResource &r) const
{
    return r.row > 0 ? tr("Row %1 (%2): ").arg(r.row).arg(r.key) : r.key + QStringLiteral(": ");
}

ProvisioningExecutor::Request ProvisioningExecutor::requestFor(int index) const
{
    const Node &node = m_nodes.at(index);
    const ProvisioningResource &r = *node.resource;
    QStringList missing;
    Request req;
    switch (node.phase) {
    case Phase::Create:
        req.journaled = true;
        req.action = QStringLiteral("create");
        if (r.kind == Kind::Device) {
            // Claim the phone that booted on the LAN: it leaves the unallocated devices for the tenant.
            req.method = "PUT";
            req.path = Confd + QStringLiteral("/devices/unallocated/")
                + m_fields.value(r.key).value(QLatin1String("id")).toString();
            req.action = QStringLiteral("claim");
        } else if (r.kind == Kind::DefaultDeviceConfig) {
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
            const QJsonObject accounts = phoneAccounts(m_options);
            if (!accounts.isEmpty()) {
                QJsonObject raw = config.value(QLatin1String("raw_config")).toObject();
                for (auto it = accounts.begin(); it != accounts.end(); ++it) {
                    raw.insert(it.key(), it.value());
                }
                config.insert(QStringLiteral("raw_config"), raw);
            }
            req.method = "PUT";
            req.path = r.path;
            req.body = QJsonObject { { QStringLiteral("config"), config } };
            req.hasBody = true;
        } else if (r.kind == Kind::RtpGeneral) {
            // confd resets every option the PUT leaves out: the plan's merged into the ones read.
            QJsonObject options = m_rtpOptions;
            const QJsonObject wanted = r.body.value(QLatin1String("options")).toObject();
            for (auto it = wanted.begin(); it != wanted.end(); ++it) {
                options.insert(it.key(), it.value());
            }
            req.method = "PUT";
            req.path = r.path;
            req.body = QJsonObject { { QStringLiteral("options"), options } };
            req.hasBody = true;
        } else {
            req.method = r.method.toLatin1();
            req.path = PlaceholderResolver::text(r.path, m_fields, &missing);
            req.body = PlaceholderResolver::object(r.body, m_fields, &missing);
            req.hasBody = !r.body.isEmpty() || r.method == QLatin1String("POST");
            if (r.kind == Kind::DeviceAttach) {
                req.action = QStringLiteral("attach");
            }
            if (node.foldedAttach >= 0) {
                const QString deviceKey = deviceOf(m_nodes.at(node.foldedAttach));
                const QString deviceId = m_fields.value(deviceKey).value(QLatin1String("id")).toString();
                const int line = node.attachLinePath.section(QLatin1Char('/'), 1, 1).toInt();
                QJsonArray lines = req.body.value(QLatin1String("lines")).toArray();
                QJsonObject lineBody = lines.at(line).toObject();
                lineBody.insert(QStringLiteral("device_id"), deviceId);
                lines.replace(line, lineBody);
                req.body.insert(QStringLiteral("lines"), lines);
                req.journalDetail.insert(QStringLiteral("attaches"), deviceKey);
            }
        }
        break;
    case Phase::Templates:
        req.method = "GET";
        req.path = Confd + QStringLiteral("/tenants/") + m_fields.value(r.key).value(QLatin1String("uuid")).toString();
        break;
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
    case Phase::Links: {
        const QString link = r.links.value(node.link);
        const qsizetype space = link.indexOf(QLatin1Char(' '));
        req.journaled = true;
        req.action = QStringLiteral("link");
        req.method = link.left(space).toLatin1();
        req.path = PlaceholderResolver::text(link.mid(space + 1), m_fields, &missing);
        break;
    }
    case Phase::Sync: {
        const QString device = m_fields.value(deviceOf(node)).value(QLatin1String("id")).toString();
        req.journaled = true;
        req.action = QStringLiteral("synchronize");
        req.method = "GET";
        req.path = Confd + QStringLiteral("/devices/%1/synchronize").arg(device);
        break;
    }
    case Phase::RemoveCopies: {
        // Only contexts, users and incalls come in copies (ProvisioningReconciler::Entry::copies).
        const QJsonObject copy = node.extraCopies.value(0);
        req.journaled = true;
        req.action = QStringLiteral("delete");
        req.method = "DELETE";
        if (r.kind == Kind::User) {
            // What confd's user create made along (nothing more in the plan's own graph) goes too.
            req.path = Confd + QStringLiteral("/users/") + copy.value(QLatin1String("uuid")).toString();
            req.query.addQueryItem(QStringLiteral("recursive"), QStringLiteral("true"));
        } else if (r.kind == Kind::Incall) {
            req.path =
                Confd + QStringLiteral("/incalls/") + QString::number(copy.value(QLatin1String("id")).toInteger());
        } else {
            req.path =
                Confd + QStringLiteral("/contexts/") + QString::number(copy.value(QLatin1String("id")).toInteger());
        }
        req.journalDetail.insert(QStringLiteral("server_id"), serverId(copy));
        req.journalDetail.insert(QStringLiteral("kept"), serverId(node.kept));
        break;
    }
    case Phase::Lookup:
    case Phase::Done:
        break;
    }
    return req;
}

qint64 ProvisioningExecutor::journal(
    const Node &node, const Request &request, const QString &result, const QJsonObject &extra, qint64 intentId)
{
    if (!m_journal) {
        return 0;
    }
    JobEvent event;
    event.orderId = m_options.orderId;
    event.step = orderStepId(m_options.step);
    event.action = request.action;
    event.target = node.resource->key;
    event.technician = m_options.technician;
    event.bench = m_options.bench;
    event.started = QDateTime::currentDateTimeUtc();
    if (result != QLatin1String("intent")) {
        event.finished = event.started;
    }
    event.result = result;
    // The method and path only: bodies may carry generated secrets.
    QJsonObject detail { { QStringLiteral("row"), node.resource->row },
        { QStringLiteral("kind"), resourceKindId(node.resource->kind) },
        { QStringLiteral("request"), QString(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path) } };
    if (intentId > 0) {
        detail.insert(QStringLiteral("intent"), intentId);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        detail.insert(it.key(), it.value());
    }
    event.detail = detail;
    const Expected<qint64> id = m_journal->append(event);
    if (!id.hasValue()) {
        qCWarning(lcPortal).noquote() << "journal refused an event:" << id.error().detail;
        return -1;
    }
    return id.value();
}

QString ProvisioningExecutor::deviceOf(const Node &attach) const
{
    for (const QString &dep : attach.resource->dependencies) {
        if (m_nodes.at(m_index.value(dep)).resource->kind == Kind::Device) {
            return dep;
        }
    }
    return {};
}

void ProvisioningExecutor::send(int index)
{
    Node &node = m_nodes[index];
    if (node.phase == Phase::Lookup) {
        lookup(index);
        return;
    }
    if (node.phase == Phase::Done) {
        complete(index);
        return;
    }
    const Request request = requestFor(index);
    qint64 intentId = 0;
    if (request.journaled) {
        intentId = journal(node, request, QStringLiteral("intent"), request.journalDetail, 0);
        if (intentId < 0) {
            fail(index, ProvisioningItem::Status::Failed,
                rowPrefix(*node.resource) + tr("the job log refused the entry; nothing was sent."));
            return;
        }
    }
    auto *job = new PortalJob(m_connection, request.method, request.path, this);
    job->setTokenSession(m_session);
    job->setQuery(request.query);
    const bool provd = request.path.startsWith(Provd);
    if (provd) {
        job->setMediaType(ProvdMediaType);
    }
    // confd objects belong to the customer's tenant; DHCP, provisioning networking and access
    // features are the stack's (master tenant): a sub-tenant header there gets 401.
    const QString tenant = m_fields.value(m_tenantKey).value(QLatin1String("uuid")).toString();
    if (request.path.startsWith(Confd) && !isStackWide(node.resource->kind)
        && !(node.resource->kind == Kind::Tenant && node.phase != Phase::Templates)) {
        job->setTenant(tenant);
    }
    if (request.hasBody) {
        const QJsonObject body =
            node.phase == Phase::Create ? ProvisioningSecrets::fill(node.resource->kind, request.body) : request.body;
        job->setJsonBody(QJsonDocument(body));
    }
    launch(job,
        [this, index, request, intentId](const PortalResult &result) { onAnswer(index, request, intentId, result); });
}

/** A request of the window: counted in flight until its answer, aborted by cancel(). */
void ProvisioningExecutor::launch(PortalJob *job, const std::function<void(const PortalResult &)> &onFinished)
{
    ++m_inFlight;
    ++m_requests;
    m_inFlightObjects.append(job);
    connect(job, &PortalJob::finished, this, [this, job, onFinished](const PortalResult &result) {
        m_inFlightObjects.removeAll(job);
        onFinished(result);
    });
    job->start();
}

void ProvisioningExecutor::lookup(int index)
{
    auto *reconciler = new ProvisioningReconciler(m_connection, m_session, m_plan, m_covers, this);
    reconciler->setKnownFields(m_fields);
    reconciler->setOnly(m_nodes.at(index).resource->key);
    reconciler->setRetryPolicy(m_options.retry);
    reconciler->setWindow(1); // it holds one slot of the window: its lists are read one at a time
    reconciler->setDeviceAccounts(phoneAccounts(m_options));
    ++m_inFlight;
    m_inFlightObjects.append(reconciler);
    connect(reconciler, &ProvisioningReconciler::finished, this, [this, index, reconciler](const PortalResult &result) {
        m_inFlightObjects.removeAll(reconciler);
        onLookedUp(index, reconciler, result);
    });
    reconciler->start();
}

void ProvisioningExecutor::onLookedUp(int index, ProvisioningReconciler *reconciler, const PortalResult &result)
{
    reconciler->deleteLater();
    --m_inFlight;
    m_requests += reconciler->requests();
    if (m_finished) {
        return;
    }
    Node &node = m_nodes[index];
    if (!result.ok()) {
        retryOrFail(index, result);
        pump();
        maybeFinish();
        return;
    }
    using State = ProvisioningReconciler::State;
    const ProvisioningReconciler::Entry entry = reconciler->entries().value(node.item.key);
    node.attempts = 0;
    switch (entry.state) {
    case State::Present: {
        // The unanswered request was applied after all: it is this run's creation.
        node.refusal.reset();
        const PlaceholderResolver::Fields found = reconciler->fields();
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            m_fields.insert(it.key(), it.value());
        }
        Request request = requestFor(index);
        request.action = node.resource->kind == Kind::Device ? QStringLiteral("claim") : QStringLiteral("create");
        journal(node, request, QStringLiteral("ok"),
            { { QStringLiteral("server_id"), serverId(entry.fields) }, { QStringLiteral("found_by_lookup"), true } },
            0);
        node.item.status = ProvisioningItem::Status::Created;
        node.phase = Phase::Create;
        advance(index, entry.fields);
        break;
    }
    case State::Claimable:
        m_fields.insert(node.item.key, entry.fields);
        node.phase = Phase::Create;
        requeue(index, 0);
        break;
    case State::Missing:
        if (node.refusal) {
            // Really refused, not a re-sent duplicate: report what the service said.
            const PortalResult refusal = *node.refusal;
            node.refusal.reset();
            report(index, refusal);
            break;
        }
        node.phase = Phase::Create;
        requeue(index, 0);
        break;
    case State::Conflict:
        if (entry.copies.size() > 1 && copiesAreOurs(index)) {
            // Sent twice and made twice (confd takes a second context with the same label, a
            // second user without e-mail): keep the first, delete the others before going on.
            node.refusal.reset();
            node.kept = entry.copies.first();
            node.extraCopies = entry.copies.mid(1);
            Request request = requestFor(index);
            request.action = QStringLiteral("create");
            journal(node, request, QStringLiteral("ok"),
                { { QStringLiteral("server_id"), serverId(node.kept) }, { QStringLiteral("found_by_lookup"), true },
                    { QStringLiteral("copies"), int(entry.copies.size()) } },
                0);
            node.item.status = ProvisioningItem::Status::Created;
            node.phase = Phase::RemoveCopies;
            requeue(index, 0);
            break;
        }
        if (node.refusal) {
            const PortalResult refusal = *node.refusal;
            node.refusal.reset();
            report(index, refusal);
            break;
        }
        fail(index, ProvisioningItem::Status::Conflict, rowPrefix(*node.resource) + entry.message);
        break;
    }
    pump();
    maybeFinish();
}

void ProvisioningExecutor::onAnswer(int index, const Request &request, qint64 intentId, const PortalResult &result)
{
    --m_inFlight;
    if (m_finished) {
        return;
    }
    Node &node = m_nodes[index];
    const QJsonObject answer = result.body.object();
    // A create Qt sent twice may have been made twice: looked up before anything builds on it.
    const bool resentCreate = result.ok() && result.resent && node.phase == Phase::Create && request.method == "POST"
        && node.resource->kind != Kind::DefaultDeviceConfig;
    // A copy gone after a DELETE that may have been applied (sent again by Qt or retried) is deleted.
    const bool gone =
        node.phase == Phase::RemoveCopies && result.httpStatus == 404 && (result.resent || node.attempts > 0);
    if (request.journaled) {
        const QString outcome = (result.ok() && !resentCreate) || gone     ? QStringLiteral("ok")
            : result.ok() || PortalRetryPolicy::mayHaveBeenApplied(result) ? QStringLiteral("unknown")
                                                                           : QStringLiteral("failed");
        QJsonObject extra = request.journalDetail;
        extra.insert(QStringLiteral("http_status"), result.httpStatus);
        if (resentCreate) {
            extra.insert(QStringLiteral("resent"), true);
        } else if (result.ok() && node.phase == Phase::Create) {
            extra.insert(QStringLiteral("server_id"),
                node.resource->kind == Kind::Device
                    ? m_fields.value(node.item.key).value(QLatin1String("id")).toString()
                    : serverId(answer));
        }
        journal(node, request, outcome, extra, intentId);
    }
    if (resentCreate) {
        node.phase = Phase::Lookup;
        requeue(index, 0);
    } else if (node.phase == Phase::Templates && result.httpStatus == 404) {
        // wazo-auth made the tenant; confd hears of it from the bus, a moment later.
        waitForTenant(index);
    } else if (!result.ok() && !gone) {
        retryOrFail(index, result);
    } else {
        node.attempts = 0;
        if (node.phase == Phase::Update || node.phase == Phase::Install) {
            node.operation = result.location;
        }
        advance(index, answer);
    }
    pump();
    maybeFinish();
}

/*
 * A lookup runs only for what the reconcile found missing, so every copy it finds was made by
 * this run, unless another resource of the order answers to the same natural key (two stations
 * with the same name and no e-mail): then nothing is deleted and the conflict is reported.
 */
bool ProvisioningExecutor::copiesAreOurs(int index) const
{
    const ProvisioningResource &r = *m_nodes.at(index).resource;
    const auto field = [](const ProvisioningResource &resource, const char *name) {
        return resource.body.value(QLatin1String(name)).toString().trimmed().toLower();
    };
    for (const Node &other : m_nodes) {
        const ProvisioningResource &o = *other.resource;
        if (&o == &r || o.kind != r.kind) {
            continue;
        }
        const bool same = r.kind == Kind::User ? field(o, "email") == field(r, "email")
                && (!field(r, "email").isEmpty()
                    || (field(o, "firstname") == field(r, "firstname") && field(o, "lastname") == field(r, "lastname")))
            : r.kind == Kind::Incall ? field(o, "description") == field(r, "description")
                                     : field(o, "label") == field(r, "label") && field(o, "type") == field(r, "type");
        if (same) {
            return false;
        }
    }
    return true;
}

/*
 * confd does not tell whether a phone got its configuration; this order's journal does. The
 * attachments synchronized after their last attach (by a PUT, or folded into the user's POST);
 * without a journal there is no such evidence, and synchronizing again is harmless.
 */
QSet<QString> ProvisioningExecutor::synchronizedAttachments() const
{
    QSet<QString> synchronized;
    if (!m_journal || m_options.orderId.isEmpty()) {
        return synchronized;
    }
    const Expected<QList<JobEvent>> history = m_journal->history(m_options.orderId);
    if (!history.hasValue()) {
        qCWarning(lcPortal).noquote() << "journal unreadable, every attached phone is synchronized:"
                                      << history.error().detail;
        return synchronized;
    }
    for (const JobEvent &event : history.value()) { // oldest first
        if (!journaledRequest(event) || event.result != QLatin1String("ok")) {
            continue;
        }
        if (event.action == QLatin1String("synchronize")) {
            synchronized.insert(event.target);
        } else if (event.action == QLatin1String("attach")) {
            synchronized.remove(event.target);
        } else if (event.action == QLatin1String("create") && event.detail.contains(QLatin1String("attaches"))) {
            const QString device = event.detail.value(QLatin1String("attaches")).toString();
            for (const Node &node : m_nodes) {
                if (node.resource->kind == Kind::DeviceAttach && deviceOf(node) == device) {
                    synchronized.remove(node.item.key);
                }
            }
        }
    }
    return synchronized;
}

/** Resources this order's journal shows a create sent for, whatever its outcome. */
QSet<QString> ProvisioningExecutor::journaledCreates() const
{
    QSet<QString> posted;
    if (!m_journal || m_options.orderId.isEmpty()) {
        return posted;
    }
    const Expected<QList<JobEvent>> history = m_journal->history(m_options.orderId);
    for (const JobEvent &event : history.hasValue() ? history.value() : QList<JobEvent> {}) {
        if (journaledRequest(event) && event.action == QLatin1String("create")) {
            posted.insert(event.target);
        }
    }
    return posted;
}

void ProvisioningExecutor::retryOrFail(int index, const PortalResult &result)
{
    Node &node = m_nodes[index];
    ++node.attempts;
    if (PortalRetryPolicy::isRetryable(result) && node.attempts < m_options.retry.maxAttempts) {
        // A create that may have been applied is looked up by natural key before it is sent again.
        const bool creates = node.phase == Phase::Create && node.resource->method == QLatin1String("POST")
            && node.resource->kind != Kind::DefaultDeviceConfig;
        const bool claims = node.phase == Phase::Create && node.resource->kind == Kind::Device;
        if ((creates || claims || node.phase == Phase::Lookup) && PortalRetryPolicy::mayHaveBeenApplied(result)) {
            node.phase = Phase::Lookup;
        }
        qCDebug(lcPortal).noquote() << "retrying" << node.item.key << "attempt" << node.attempts + 1;
        requeue(index, m_options.retry.delayMs(node.attempts));
        return;
    }
    const bool creates = node.phase == Phase::Create && node.resource->method == QLatin1String("POST")
        && node.resource->kind != Kind::DefaultDeviceConfig;
    const bool claims = node.phase == Phase::Create && node.resource->kind == Kind::Device;
    const bool duplicateLike = result.httpStatus == 400 || result.httpStatus == 404 || result.httpStatus == 409;
    if ((creates || claims) && duplicateLike && !node.refusal) {
        // Qt re-sends a request whose connection dropped before any answer byte: the first copy
        // may have been applied and this refusal be about it (an email or extension "already
        // used", a phone no longer unallocated). Look it up before calling it a refusal.
        node.refusal = result;
        node.phase = Phase::Lookup;
        requeue(index, 0);
        return;
    }
    report(index, result);
}

void ProvisioningExecutor::report(int index, const PortalResult &result)
{
    const Node &node = m_nodes.at(index);
    QString message = rowPrefix(*node.resource) + result.message;
    if (!result.serviceText.isEmpty() && !result.message.contains(result.serviceText)) {
        message += QStringLiteral(" — ") + result.serviceText;
    }
    fail(index, ProvisioningItem::Status::Failed, message, result);
}

void ProvisioningExecutor::advance(int index, const QJsonObject &answer)
{
    Node &node = m_nodes[index];
    const ProvisioningResource &r = *node.resource;
    switch (node.phase) {
    case Phase::Create:
        node.item.status = ProvisioningItem::Status::Created;
        if (r.kind != Kind::Device) {
            rememberFields(r.key, answer);
        }
        node.phase = r.kind == Kind::Tenant ? Phase::Templates
            : r.kind == Kind::DeviceAttach  ? Phase::Sync
            : r.links.isEmpty()             ? Phase::Done
                                            : Phase::Links;
        break;
    case Phase::Templates: {
        if (!answer.value(QLatin1String("sip_templates_generated")).toBool()) {
            // confd knows the tenant but has not made its SIP templates yet (its bus handler does).
            waitForTenant(index);
            return;
        }
        QJsonObject fields = m_fields.value(r.key);
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            fields.insert(it.key(), it.value());
        }
        m_fields.insert(r.key, fields);
        node.phase = Phase::Done;
        break;
    }
    case Phase::Update:
    case Phase::Install:
        if (node.operation.isEmpty()) {
            fail(index, ProvisioningItem::Status::Failed,
                rowPrefix(r) + tr("provd accepted the request but did not say where to follow it (no Location)."));
            return;
        }
        node.polls = 0;
        node.phase = node.phase == Phase::Update ? Phase::PollUpdate : Phase::PollInstall;
        break;
    case Phase::PollUpdate:
    case Phase::PollInstall: {
        // provd's operation status: "[label|]state[;current[/end]](sub-operations)".
        const QString status = answer.value(QLatin1String("status")).toString();
        const QString state =
            status.section(QLatin1Char('|'), -1).section(QLatin1Char(';'), 0, 0).section(QLatin1Char('('), 0, 0);
        const QString id = r.body.value(QLatin1String("id")).toString();
        const bool updating = node.phase == Phase::PollUpdate;
        if (state == QLatin1String("fail")) {
            // provd does not say more than its status: it is what its log explains.
            PortalResult refusal;
            refusal.serviceText = status;
            const QString message = updating
                ? tr("provd could not refresh its plugin list from its plugin server (%1).").arg(status)
                : tr("provd could not install the plugin %1 (%2).").arg(id, status);
            fail(index, ProvisioningItem::Status::Failed, rowPrefix(r) + message, refusal);
            return;
        }
        if (state != QLatin1String("success")) {
            if (++node.polls > m_options.maxPolls) {
                fail(index, ProvisioningItem::Status::Failed,
                    rowPrefix(r) + tr("provd did not finish installing the plugin %1 in time (%2).").arg(id, status));
                return;
            }
            requeue(index, m_options.pollIntervalMs);
            return;
        }
        node.polls = 0;
        node.operation.clear();
        if (updating) {
            node.phase = Phase::Install;
        } else {
            node.item.status = ProvisioningItem::Status::Created;
            node.phase = Phase::Done;
        }
        break;
    }
    case Phase::Links:
        ++node.link;
        node.phase = node.link < r.links.size() ? Phase::Links : Phase::Done;
        break;
    case Phase::Sync:
        // An attachment made by its user's compound POST ends here.
        if (node.item.status == ProvisioningItem::Status::Create) {
            node.item.status = ProvisioningItem::Status::Created;
        }
        node.phase = Phase::Done;
        break;
    case Phase::RemoveCopies:
        node.extraCopies.removeFirst();
        if (node.extraCopies.isEmpty()) {
            // The copy kept stands for the create: its dependents use it.
            const ProvisioningItem::Status status = node.item.status;
            node.phase = Phase::Create;
            advance(index, node.kept);
            if (status == ProvisioningItem::Status::AlreadyThere) {
                node.item.status = status; // made by an earlier run of the order
            }
            return;
        }
        break;
    case Phase::Lookup:
    case Phase::Done:
        node.phase = Phase::Done;
        break;
    }
    if (node.phase == Phase::Done) {
        complete(index);
    } else {
        requeue(index, 0);
    }
}

void ProvisioningExecutor::waitForTenant(int index)
{
    Node &node = m_nodes[index];
    if (node.polls == 0) {
        Q_EMIT waiting(tr("Waiting for wazo-confd to learn of the new tenant %1 (it hears of it from wazo-auth "
                          "through the bus)…")
                           .arg(node.resource->body.value(QLatin1String("name")).toString()));
    }
    if (++node.polls > m_options.maxPolls) {
        fail(index, ProvisioningItem::Status::Failed,
            rowPrefix(*node.resource)
                + tr("wazo-confd did not learn of the new tenant within %n second(s): is its bus consumer running?",
                    nullptr, m_options.maxPolls * m_options.pollIntervalMs / 1000));
        return;
    }
    requeue(index, m_options.pollIntervalMs);
}

void ProvisioningExecutor::rememberFields(const QString &key, const QJsonObject &fields)
{
    m_fields.insert(key, fields);
    const QHash<QString, QString> covered = m_covers.value(key);
    for (auto it = covered.cbegin(); it != covered.cend(); ++it) {
        m_fields.insert(it.key(), objectAtPath(fields, it.value()));
    }
}

void ProvisioningExecutor::requeue(int index, int delayMs)
{
    if (delayMs <= 0) {
        m_ready.append(index);
        return;
    }
    // The window slot is free while waiting: other resources go on meanwhile.
    ++m_timers;
    QTimer::singleShot(delayMs, this, [this, index] {
        --m_timers;
        if (m_finished) {
            return;
        }
        m_ready.append(index);
        pump();
        maybeFinish();
    });
}

void ProvisioningExecutor::complete(int index)
{
    Node &node = m_nodes[index];
    if (node.ended) {
        return;
    }
    node.phase = Phase::Done;
    endNode(index);
    for (int dependent : std::as_const(node.dependents)) {
        Node &d = m_nodes[dependent];
        if (--d.waiting == 0 && !d.ended) {
            m_ready.append(dependent);
        }
    }
}

void ProvisioningExecutor::fail(
    int index, ProvisioningItem::Status status, const QString &message, const PortalResult &result)
{
    Node &node = m_nodes[index];
    node.item.status = status;
    node.item.message = message;
    node.item.serviceText = result.serviceText;
    node.item.httpStatus = result.httpStatus;
    qCInfo(lcPortal).noquote() << message;
    endNode(index);
}

void ProvisioningExecutor::endNode(int index)
{
    Node &node = m_nodes[index];
    if (node.ended) {
        return;
    }
    node.ended = true;
    const QString kind = resourceKindId(node.resource->kind);
    Q_EMIT progress(kind, ++m_kindDone[kind], m_kindTotal.value(kind));
    if (node.item.status == ProvisioningItem::Status::Created
        || node.item.status == ProvisioningItem::Status::AlreadyThere) {
        return;
    }
    // Dependents of a failure cannot be made: skipped, with the reason. A user that waits only
    // to carry its phone goes on without it (the attachment is among the skipped).
    for (int dependent : std::as_const(node.dependents)) {
        Node &d = m_nodes[dependent];
        if (!d.ended && d.foldedAttach >= 0 && !d.resource->dependencies.contains(node.item.key)) {
            unfold(dependent, index);
        } else if (!d.ended) {
            d.item.status = ProvisioningItem::Status::Skipped;
            d.item.message = rowPrefix(*d.resource) + tr("not made because %1 could not be.").arg(node.item.key);
            endNode(dependent);
        }
    }
}

/*
 * The phone a user's compound POST was to attach cannot be (its claim, its plugin or the default
 * config failed: attaching writes the phone's provd config from that template). The station does
 * not need its phone: the user stops waiting for what only attaching needs and is sent without
 * the device_id; a resume attaches the phone once what failed is there.
 */
void ProvisioningExecutor::unfold(int user, int failed)
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

void ProvisioningExecutor::maybeFinish()
{
    if (!m_finished && m_inFlight == 0 && m_timers == 0 && m_ready.isEmpty()) {
        finish();
    }
}

void ProvisioningExecutor::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    ProvisioningOutcome outcome;
    outcome.dryRun = m_options.dryRun;
    outcome.requests = m_requests;
    outcome.stopped = m_stopped;
    for (const Node &node : std::as_const(m_nodes)) {
        ProvisioningItem item = node.item;
        if (!m_options.dryRun && !node.ended && item.status != ProvisioningItem::Status::Conflict) {
            item.status = ProvisioningItem::Status::Skipped;
        }
        outcome.items.append(item);
    }
    Q_EMIT finished(outcome);
}

void ProvisioningExecutor::cancel()
{
    if (m_finished) {
        return;
    }
    m_stopped = PortalResult::cancelled();
    const QList<QPointer<QObject>> objects = m_inFlightObjects;
    for (const QPointer<QObject> &object : objects) {
        if (!object) {
            continue;
        }
        object->disconnect(this);
        if (auto *job = qobject_cast<PortalJob *>(object.data())) {
            job->abort();
        } else if (auto *reconciler = qobject_cast<ProvisioningReconciler *>(object.data())) {
            reconciler->abort();
        }
    }
    m_inFlight = 0;
    finish();
}

} // namespace Staging
