// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/ProvisioningExecutor.h"

#include "core/Logging.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/ProvdPluginInstaller.h"
#include "portal/ProvisioningSecrets.h"
#include "portal/TokenSession.h"
#include "portal/UserImportRow.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace Staging {

namespace {

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
    , m_journal(JobEventFactory(options.orderId, orderStepId(options.step), options.technician, options.bench))
    , m_requestBuilder(m_graph, m_fields, phoneAccounts(options))
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
    m_graph.build(m_plan);
    for (const Node &node : m_graph.nodes()) {
        ++m_kindTotal[resourceKindId(node.resource->kind)];
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
    m_requestBuilder.setDeviceConfig(reconciler->deviceConfig());
    m_requestBuilder.setRtpOptions(reconciler->rtpOptions());
    applyLiveState(reconciler->entries());
    Q_EMIT reconciled();
    if (m_options.dryRun) {
        finish();
        return;
    }
    runGraph();
}

/** Each resource's status and first phase, from what the reconcile found. */
void ProvisioningExecutor::applyLiveState(const Entries &entries)
{
    using State = ProvisioningReconciler::State;
    const QSet<QString> synchronized = m_options.dryRun ? QSet<QString> {} : m_journal.synchronizedAttachments(m_graph);
    const QSet<QString> posted = m_options.dryRun ? QSet<QString> {} : m_journal.journaledCreates();
    // provd renders a phone's file from the default config when the phone is synchronized: one
    // rewritten now (the order's phone passwords were not the stack's) reaches the phones attached
    // before only if they are synchronized again, whatever the journal says.
    bool configRewritten = false;
    for (const Node &node : m_graph.nodes()) {
        configRewritten = configRewritten
            || (node.resource->kind == Kind::DefaultDeviceConfig
                && entries.value(node.item.key).state != State::Present);
    }
    for (int i = 0; i < m_graph.size(); ++i) {
        Node &node = m_graph.node(i);
        const ProvisioningReconciler::Entry entry = entries.value(node.item.key);
        switch (entry.state) {
        case State::Present:
            markPresent(node, synchronized.contains(node.item.key) && !configRewritten);
            break;
        case State::Conflict:
            markConflict(i, entry, posted.contains(node.item.key));
            break;
        case State::Claimable:
            m_fields.insert(node.item.key, entry.fields); // the phone keeps its id once claimed
            node.item.status = ProvisioningItem::Status::Create;
            node.phase = Phase::Create;
            break;
        case State::Missing:
            markMissing(node);
            break;
        }
    }
}

void ProvisioningExecutor::markPresent(Node &node, bool synchronized)
{
    node.item.status = ProvisioningItem::Status::AlreadyThere;
    // Associations are idempotent PUTs: made again in case a crash came between the
    // create and its links. A phone already attached is synchronized again unless this
    // order's journal shows it synchronized since (a crash between attach and synchronize).
    if (node.resource->kind == Kind::DeviceAttach) {
        node.phase = synchronized ? Phase::Done : Phase::Sync;
    } else {
        node.phase = node.resource->links.isEmpty() ? Phase::Done : Phase::Links;
    }
}

void ProvisioningExecutor::markConflict(int index, const ProvisioningReconciler::Entry &entry, bool posted)
{
    Node &node = m_graph.node(index);
    if (node.resource->kind == Kind::Incall && entry.copies.size() > 1 && posted && copiesAreOurs(index)) {
        // Incalls alike that this order posted without learning the outcome (confd takes
        // each copy): the first is kept, the others deleted before its DID is linked.
        node.item.status = ProvisioningItem::Status::AlreadyThere;
        node.kept = entry.copies.first();
        node.extraCopies = entry.copies.mid(1);
        node.phase = Phase::RemoveCopies;
        return;
    }
    node.item.status = ProvisioningItem::Status::Conflict;
    node.item.message = rowPrefix(*node.resource) + entry.message;
}

void ProvisioningExecutor::markMissing(Node &node)
{
    node.item.status = ProvisioningItem::Status::Create;
    node.phase = node.resource->kind == Kind::Plugin ? Phase::Update : Phase::Create;
    if (node.resource->kind == Kind::Device) {
        node.item.status = ProvisioningItem::Status::Failed;
        node.item.message = rowPrefix(*node.resource)
            + tr("the phone %1 has not been seen on the stack's network yet: power it on in the customer's "
                 "LAN, then resume.")
                  .arg(node.resource->body.value(QLatin1String("mac")).toString());
    }
}

void ProvisioningExecutor::runGraph()
{
    using ItemStatus = ProvisioningItem::Status;
    // Through the import (importRows) a station cannot carry its phone: attached after it.
    if (m_options.bundleStations && m_options.importRows <= 0) {
        m_graph.foldAttachments(m_input, m_covers);
    }
    m_graph.computeHeights(m_plan);
    // Conflicts and phones not seen stop their dependents; what exists counts as done.
    for (int i = 0; i < m_graph.size(); ++i) {
        const ItemStatus status = m_graph.node(i).item.status;
        if (status == ItemStatus::Conflict || status == ItemStatus::Failed) {
            endNode(i);
        }
    }
    for (int i = 0; i < m_graph.size(); ++i) {
        const Node &node = m_graph.node(i);
        if (!node.ended && node.item.status == ItemStatus::AlreadyThere && node.phase == Phase::Done) {
            complete(i);
        }
    }
    for (int i = 0; i < m_graph.size(); ++i) {
        const Node &node = m_graph.node(i);
        if (!node.ended && node.waiting == 0 && !m_graph.ready().contains(i)) {
            m_graph.enqueue(i);
        }
    }
    pump();
    maybeFinish();
}

void ProvisioningExecutor::pump()
{
    while (!m_finished && m_graph.canSend(m_options.window)) {
        const int index = m_graph.takeNext();
        if (!m_graph.node(index).ended) {
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
    Node &node = m_graph.node(index);
    if (m_options.importRows <= 0 || !m_options.bundleStations || node.resource->kind != Kind::User
        || node.phase != Phase::Create || node.item.status != ProvisioningItem::Status::Create || node.foldedAttach >= 0
        || node.attempts > 0 || node.compoundOnly) {
        return std::nullopt;
    }
    const QJsonObject tenant = m_fields.value(m_graph.tenantKey());
    const UserImportRow::Templates templates { tenant.value(QLatin1String("global_sip_template_uuid")).toString(),
        tenant.value(QLatin1String("webrtc_sip_template_uuid")).toString() };
    std::optional<QByteArray> row = UserImportRow::row(
        ProvisioningSecrets::fill(Kind::User, m_requestBuilder.request(index).body, m_options.givenSecrets), templates);
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
    for (int index : m_graph.ready()) {
        if (index != first && !m_graph.node(index).ended && !candidates.contains(index)) {
            candidates.append(index);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    const int slots = std::max(1, m_options.window - m_graph.inFlight());
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
            m_graph.dequeue(index);
        }
    }
    Request request;
    request.method = "POST";
    request.path = ProvisioningRequestBuilder::confd() + QStringLiteral("/users/import");
    request.journaled = true;
    request.action = QStringLiteral("create");
    QList<qint64> intents;
    for (qsizetype k = 0; k < batch.size(); ++k) {
        intents.append(m_journal.write(*m_graph.node(batch.at(k)).resource, request, JobResult::Intent,
            { { QStringLiteral("import_row"), int(k + 1) } }, 0));
        if (intents.constLast() < 0) {
            // Nothing is sent without its intent on record.
            for (int index : std::as_const(batch)) {
                fail(index, ProvisioningItem::Status::Failed,
                    rowPrefix(*m_graph.node(index).resource) + tr("the job log refused the entry; nothing was sent."));
            }
            return;
        }
    }
    auto *job = new PortalJob(m_connection, request.method, request.path, this);
    job->setTokenSession(m_session);
    job->setTenant(m_fields.value(m_graph.tenantKey()).value(QLatin1String("uuid")).toString());
    job->setBody(csv, QByteArrayLiteral("text/csv; charset=utf-8"));
    launch(job,
        [this, batch, intents, request](const PortalResult &result) { onImported(batch, intents, request, result); });
}

void ProvisioningExecutor::onImported(
    const QList<int> &batch, const QList<qint64> &intents, const Request &request, const PortalResult &result)
{
    m_graph.requestEnded();
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
        Node &node = m_graph.node(index);
        const int rowNumber = int(k + 1);
        QJsonObject extra { { QStringLiteral("import_row"), rowNumber },
            { QStringLiteral("http_status"), result.httpStatus } };
        if (made) {
            const QJsonObject fields = UserImportRow::answer(created.value(rowNumber));
            extra.insert(QStringLiteral("server_id"), fields.value(QLatin1String("uuid")).toString());
            m_journal.write(*node.resource, request, JobResult::Ok, extra, intents.at(k));
            advance(index, fields);
            continue;
        }
        if (unknown) {
            m_journal.write(*node.resource, request, JobResult::Unknown, extra, intents.at(k));
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
        m_journal.write(*node.resource, request, JobResult::Failed, extra, intents.at(k));
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

void ProvisioningExecutor::send(int index)
{
    Node &node = m_graph.node(index);
    if (node.phase == Phase::Lookup) {
        lookup(index);
        return;
    }
    if (node.phase == Phase::Done) {
        complete(index);
        return;
    }
    const Request request = m_requestBuilder.request(index);
    qint64 intentId = 0;
    if (request.journaled) {
        intentId = m_journal.write(*node.resource, request, JobResult::Intent, request.journalDetail, 0);
        if (intentId < 0) {
            fail(index, ProvisioningItem::Status::Failed,
                rowPrefix(*node.resource) + tr("the job log refused the entry; nothing was sent."));
            return;
        }
    }
    auto *job = new PortalJob(m_connection, request.method, request.path, this);
    job->setTokenSession(m_session);
    job->setQuery(request.query);
    if (ProvdPluginInstaller::isProvd(request.path)) {
        job->setMediaType(ProvdPluginInstaller::mediaType());
    }
    // confd objects belong to the customer's tenant; DHCP, provisioning networking and access
    // features are the stack's (master tenant): a sub-tenant header there gets 401.
    const QString tenant = m_fields.value(m_graph.tenantKey()).value(QLatin1String("uuid")).toString();
    if (request.path.startsWith(ProvisioningRequestBuilder::confd()) && !isStackWide(node.resource->kind)
        && !(node.resource->kind == Kind::Tenant && node.phase != Phase::Templates)) {
        job->setTenant(tenant);
    }
    if (request.hasBody) {
        const QJsonObject body = node.phase == Phase::Create
            ? ProvisioningSecrets::fill(node.resource->kind, request.body, m_options.givenSecrets)
            : request.body;
        job->setJsonBody(QJsonDocument(body));
    }
    launch(job,
        [this, index, request, intentId](const PortalResult &result) { onAnswer(index, request, intentId, result); });
}

/** A request of the window: counted in flight until its answer, aborted by cancel(). */
void ProvisioningExecutor::launch(PortalJob *job, const std::function<void(const PortalResult &)> &onFinished)
{
    m_graph.requestStarted();
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
    reconciler->setOnly(m_graph.node(index).resource->key);
    reconciler->setRetryPolicy(m_options.retry);
    reconciler->setWindow(1); // it holds one slot of the window: its lists are read one at a time
    reconciler->setDeviceAccounts(phoneAccounts(m_options));
    m_graph.requestStarted();
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
    m_graph.requestEnded();
    m_requests += reconciler->requests();
    if (m_finished) {
        return;
    }
    Node &node = m_graph.node(index);
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
    case State::Present:
        adoptFound(index, reconciler->fields(), entry.fields);
        break;
    case State::Claimable:
        m_fields.insert(node.item.key, entry.fields);
        node.phase = Phase::Create;
        requeue(index, 0);
        break;
    case State::Missing:
        if (reportRefusal(index)) {
            break;
        }
        node.phase = Phase::Create;
        requeue(index, 0);
        break;
    case State::Conflict:
        if (entry.copies.size() > 1 && copiesAreOurs(index)) {
            removeCopiesOf(index, entry.copies);
            break;
        }
        if (reportRefusal(index)) {
            break;
        }
        fail(index, ProvisioningItem::Status::Conflict, rowPrefix(*node.resource) + entry.message);
        break;
    }
    pump();
    maybeFinish();
}

/** The unanswered request was applied after all: it is this run's creation. */
void ProvisioningExecutor::adoptFound(int index, const PlaceholderResolver::Fields &found, const QJsonObject &fields)
{
    Node &node = m_graph.node(index);
    node.refusal.reset();
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        m_fields.insert(it.key(), it.value());
    }
    Request request = m_requestBuilder.request(index);
    request.action = node.resource->kind == Kind::Device ? QStringLiteral("claim") : QStringLiteral("create");
    m_journal.write(*node.resource, request, JobResult::Ok,
        { { QStringLiteral("server_id"), ProvisioningJournal::serverId(fields) },
            { QStringLiteral("found_by_lookup"), true } },
        0);
    node.item.status = ProvisioningItem::Status::Created;
    node.phase = Phase::Create;
    advance(index, fields);
}

/*
 * Sent twice and made twice (confd takes a second context with the same label, a second user
 * without e-mail): keep the first, delete the others before going on.
 */
void ProvisioningExecutor::removeCopiesOf(int index, const QList<QJsonObject> &copies)
{
    Node &node = m_graph.node(index);
    node.refusal.reset();
    node.kept = copies.first();
    node.extraCopies = copies.mid(1);
    Request request = m_requestBuilder.request(index);
    request.action = QStringLiteral("create");
    m_journal.write(*node.resource, request, JobResult::Ok,
        { { QStringLiteral("server_id"), ProvisioningJournal::serverId(node.kept) },
            { QStringLiteral("found_by_lookup"), true }, { QStringLiteral("copies"), int(copies.size()) } },
        0);
    node.item.status = ProvisioningItem::Status::Created;
    node.phase = Phase::RemoveCopies;
    requeue(index, 0);
}

/** A create refused, and not found by its lookup: really refused, not a re-sent duplicate. */
bool ProvisioningExecutor::reportRefusal(int index)
{
    Node &node = m_graph.node(index);
    if (!node.refusal) {
        return false;
    }
    // Report what the service said.
    const PortalResult refusal = *node.refusal;
    node.refusal.reset();
    report(index, refusal);
    return true;
}

void ProvisioningExecutor::onAnswer(int index, const Request &request, qint64 intentId, const PortalResult &result)
{
    m_graph.requestEnded();
    if (m_finished) {
        return;
    }
    Node &node = m_graph.node(index);
    const QJsonObject answer = result.body.object();
    // A create Qt sent twice may have been made twice: looked up before anything builds on it.
    const bool resentCreate = result.ok() && result.resent && node.phase == Phase::Create && request.method == "POST"
        && node.resource->kind != Kind::DefaultDeviceConfig;
    // A copy gone after a DELETE that may have been applied (sent again by Qt or retried) is deleted.
    const bool gone =
        node.phase == Phase::RemoveCopies && result.httpStatus == 404 && (result.resent || node.attempts > 0);
    if (request.journaled) {
        const JobResult outcome = (result.ok() && !resentCreate) || gone   ? JobResult::Ok
            : result.ok() || PortalRetryPolicy::mayHaveBeenApplied(result) ? JobResult::Unknown
                                                                           : JobResult::Failed;
        QJsonObject extra = request.journalDetail;
        extra.insert(QStringLiteral("http_status"), result.httpStatus);
        if (resentCreate) {
            extra.insert(QStringLiteral("resent"), true);
        } else if (result.ok() && node.phase == Phase::Create) {
            extra.insert(QStringLiteral("server_id"),
                node.resource->kind == Kind::Device
                    ? m_fields.value(node.item.key).value(QLatin1String("id")).toString()
                    : ProvisioningJournal::serverId(answer));
        }
        m_journal.write(*node.resource, request, outcome, extra, intentId);
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
    const ProvisioningResource &r = *m_graph.node(index).resource;
    const auto field = [](const ProvisioningResource &resource, const char *name) {
        return resource.body.value(QLatin1String(name)).toString().trimmed().toLower();
    };
    for (const Node &other : m_graph.nodes()) {
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

void ProvisioningExecutor::retryOrFail(int index, const PortalResult &result)
{
    Node &node = m_graph.node(index);
    ++node.attempts;
    const bool creates = node.phase == Phase::Create && node.resource->method == QLatin1String("POST")
        && node.resource->kind != Kind::DefaultDeviceConfig;
    const bool claims = node.phase == Phase::Create && node.resource->kind == Kind::Device;
    if (PortalRetryPolicy::isRetryable(result) && node.attempts < m_options.retry.maxAttempts) {
        // A create that may have been applied is looked up by natural key before it is sent again.
        if ((creates || claims || node.phase == Phase::Lookup) && PortalRetryPolicy::mayHaveBeenApplied(result)) {
            node.phase = Phase::Lookup;
        }
        qCDebug(lcPortal).noquote() << "retrying" << node.item.key << "attempt" << node.attempts + 1;
        requeue(index, m_options.retry.delayMs(node.attempts));
        return;
    }
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
    const Node &node = m_graph.node(index);
    QString message = rowPrefix(*node.resource) + result.message;
    if (!result.serviceText.isEmpty() && !result.message.contains(result.serviceText)) {
        message += QStringLiteral(" — ") + result.serviceText;
    }
    fail(index, ProvisioningItem::Status::Failed, message, result);
}

void ProvisioningExecutor::advance(int index, const QJsonObject &answer)
{
    Node &node = m_graph.node(index);
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
    case Phase::PollUpdate:
    case Phase::PollInstall:
        if (!advancePlugin(index, answer)) {
            return;
        }
        break;
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

/** provd's plugin phases; false when the node stops here (failed, or polled again later). */
bool ProvisioningExecutor::advancePlugin(int index, const QJsonObject &answer)
{
    Node &node = m_graph.node(index);
    const ProvdPluginInstaller::Step step = ProvdPluginInstaller::advance(node, answer, m_options.maxPolls);
    switch (step.outcome) {
    case ProvdPluginInstaller::Outcome::Continue:
        return true;
    case ProvdPluginInstaller::Outcome::Poll:
        requeue(index, m_options.pollIntervalMs);
        return false;
    case ProvdPluginInstaller::Outcome::Failed:
        fail(index, ProvisioningItem::Status::Failed, rowPrefix(*node.resource) + step.message, step.refusal);
        return false;
    }
    return false;
}

void ProvisioningExecutor::waitForTenant(int index)
{
    Node &node = m_graph.node(index);
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
        m_graph.enqueue(index);
        return;
    }
    // The window slot is free while waiting: other resources go on meanwhile.
    m_graph.timerStarted();
    QTimer::singleShot(delayMs, this, [this, index] {
        m_graph.timerEnded();
        if (m_finished) {
            return;
        }
        m_graph.enqueue(index);
        pump();
        maybeFinish();
    });
}

void ProvisioningExecutor::complete(int index)
{
    Node &node = m_graph.node(index);
    if (node.ended) {
        return;
    }
    node.phase = Phase::Done;
    endNode(index);
    m_graph.release(index);
}

void ProvisioningExecutor::fail(
    int index, ProvisioningItem::Status status, const QString &message, const PortalResult &result)
{
    Node &node = m_graph.node(index);
    node.item.status = status;
    node.item.message = message;
    node.item.serviceText = result.serviceText;
    node.item.httpStatus = result.httpStatus;
    qCInfo(lcPortal).noquote() << message;
    endNode(index);
}

void ProvisioningExecutor::endNode(int index)
{
    Node &node = m_graph.node(index);
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
        Node &d = m_graph.node(dependent);
        if (!d.ended && d.foldedAttach >= 0 && !d.resource->dependencies.contains(node.item.key)) {
            m_graph.unfold(dependent, index);
        } else if (!d.ended) {
            d.item.status = ProvisioningItem::Status::Skipped;
            d.item.message = rowPrefix(*d.resource) + tr("not made because %1 could not be.").arg(node.item.key);
            endNode(dependent);
        }
    }
}

void ProvisioningExecutor::maybeFinish()
{
    if (!m_finished && m_graph.idle()) {
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
    for (const Node &node : m_graph.nodes()) {
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
    m_graph.dropInFlight();
    finish();
}

} // namespace Staging
