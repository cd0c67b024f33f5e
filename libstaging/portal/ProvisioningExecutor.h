// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/OrderStep.h"
#include "portal/PlaceholderResolver.h"
#include "portal/PortalResult.h"
#include "portal/PortalRetryPolicy.h"
#include "portal/ProvisioningGraph.h"
#include "portal/ProvisioningJournal.h"
#include "portal/ProvisioningNode.h"
#include "portal/ProvisioningOutcome.h"
#include "portal/ProvisioningPlan.h"
#include "portal/ProvisioningReconciler.h"
#include "portal/ProvisioningRequest.h"
#include "portal/ProvisioningRequestBuilder.h"
#include "portal/ProvisioningSecrets.h"
#include "portal/StationBundler.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Staging {

class JobLog;
class PortalConnection;
class PortalJob;
class TokenSession;

/**
 * Brings a stack to a plan's target state, resumably.
 *
 * First the live state is reconciled (ProvisioningReconciler): what is there is kept, a conflict
 * is reported and not touched, only what is missing is created — so a second run, or a resume
 * after a crash, creates nothing twice. A dry run stops there.
 *
 * Then the plan runs as a dependency graph: a resource is sent as soon as its own dependencies
 * exist, at most `window` requests in flight, so independent work never waits on unrelated work.
 * Transport errors, timeouts, 429 and 502–504 are retried with jittered exponential backoff;
 * when such a failure may have been applied (Qt even re-sends a POST whose connection dropped
 * before any answer byte), the resource is first looked up by its natural key, never blindly sent
 * again. So is a create answered after Qt re-sent it (PortalResult::resent): when the lookup finds
 * several copies of what the reconcile found missing (confd takes a second context with the same
 * label, a second user without e-mail, a second incall), the lowest id is kept and the others are
 * deleted, each deletion journaled; what was on the stack before the run is never deleted, except
 * copies of an incall not linked to its DID yet that this order's journal shows it posted (a run
 * that gave up on them). Any other refusal stops that resource and its dependents, reported with
 * the station's row and the service's own message.
 *
 * Each change is journaled before (intent) and after (ok, failed, unknown) with the natural key,
 * the row and the server id; secrets the plan omits are generated at send time
 * (ProvisioningSecrets) and never journaled or logged.
 */
class ProvisioningExecutor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int window = 8; // requests in flight at most
        bool dryRun = false;
        /**
         * Each station as one compound POST /users (StationBundler::bundle); false runs the plan's own
         * graph, for measurements, each line with its SIP endpoint (StationBundler::bundleLines). There
         * a line whose POST was applied but not answered is found by its endpoint's name, an incall
         * (its DID comes with a later link) by its description, the DID; a copy of an incall this run
         * made twice is deleted.
         */
        bool bundleStations = true;
        /**
         * New stations go to confd's POST /users/import, spread over the window, up to this many
         * rows a request (UserImportRow says which stations can), their phones attached after them; 0 sends each
         * as its compound POST /users carrying its phone. An import is all-or-nothing: after a
         * refusal the rows it names are reported with the customer's row and the others imported
         * again; after an answer lost each station is looked up by its natural key, as any create.
         */
        int importRows = 50;
        PortalRetryPolicy retry;
        int pollIntervalMs = 200; // provd plugin operations; a new tenant not known to confd yet
        int maxPolls = 300;
        QString orderId; // journal
        /** The journal's step: the phones page's claims and attachments are its step's, not the portal's. */
        OrderStep step = OrderStep::Portal;
        QString technician;
        QString bench;
        /**
         * The order's phone admin and user passwords (the keychain's; the admin one is also the one the
         * bench service gives on-cloud phones): sent as the default device config's admin_password
         * and user_password, never planned nor journaled. Empty leaves the stack's own.
         */
        QString phoneAdminPassword;
        QString phoneUserPassword;
        /** The codes the customer chose for its voicemails (the order's), sent, never planned nor journaled. */
        ProvisioningSecrets::Given givenSecrets;
    };

    ProvisioningExecutor(PortalConnection *connection, TokenSession *session, const ProvisioningPlan &plan,
        const Options &options, QObject *parent = nullptr);
    ~ProvisioningExecutor() override;

    /** Optional; without it nothing is journaled. Must outlive the run. */
    void setJournal(JobLog *journal) { m_journal.setLog(journal); }
    /** The plan actually run (bundled or not). */
    const ProvisioningPlan &plan() const { return m_plan; }

public Q_SLOTS:
    void start();
    /** Stops sending, aborts what is in flight; finished() follows with the run stopped as cancelled. */
    void cancel();

Q_SIGNALS:
    /** The live state is known; the graph starts right after (nothing starts for a dry run). */
    void reconciled();
    /** kind is resourceKindId(); done counts resources of that kind that reached an end. */
    void progress(const QString &kind, int done, int total);
    /** The run waits for the stack to catch up (a new tenant confd has not heard of yet); translated. */
    void waiting(const QString &message);
    void finished(const Staging::ProvisioningOutcome &outcome);

private:
    using Kind = ProvisioningResource::Kind;
    using Phase = ProvisioningNode::Phase;
    using Node = ProvisioningNode;
    using Request = ProvisioningRequest;
    using Entries = QHash<QString, ProvisioningReconciler::Entry>;

    void reconcile();
    void onReconciled(ProvisioningReconciler *reconciler, const PortalResult &result);
    void applyLiveState(const Entries &entries);
    void markPresent(Node &node, bool synchronized);
    void markConflict(int index, const ProvisioningReconciler::Entry &entry, bool posted);
    void markMissing(Node &node);
    void runGraph();
    void pump();
    void send(int index);
    void launch(PortalJob *job, const std::function<void(const PortalResult &)> &onFinished);
    std::optional<QByteArray> importRow(int index);
    void sendImport(int first, const QByteArray &firstRow);
    void onImported(
        const QList<int> &batch, const QList<qint64> &intents, const Request &request, const PortalResult &result);
    void lookup(int index);
    void onAnswer(int index, const Request &request, qint64 intentId, const PortalResult &result);
    void onLookedUp(int index, ProvisioningReconciler *reconciler, const PortalResult &result);
    void adoptFound(int index, const PlaceholderResolver::Fields &found, const QJsonObject &fields);
    void removeCopiesOf(int index, const QList<QJsonObject> &copies);
    bool reportRefusal(int index);
    bool copiesAreOurs(int index) const;
    void retryOrFail(int index, const PortalResult &result);
    void report(int index, const PortalResult &result);
    void advance(int index, const QJsonObject &answer);
    bool advancePlugin(int index, const QJsonObject &answer);
    void requeue(int index, int delayMs);
    void complete(int index);
    void fail(int index, ProvisioningItem::Status status, const QString &message, const PortalResult &result = {});
    void endNode(int index);
    void maybeFinish();
    void finish();
    /** A tenant confd does not know yet (404, or no SIP templates): read again, bounded. */
    void waitForTenant(int index);
    void rememberFields(const QString &key, const QJsonObject &fields);
    QString rowPrefix(const ProvisioningResource &r) const;

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    ProvisioningPlan m_input;
    Options m_options;
    ProvisioningPlan m_plan;
    ProvisioningCovers m_covers;
    ProvisioningJournal m_journal;

    ProvisioningGraph m_graph;
    PlaceholderResolver::Fields m_fields;
    ProvisioningRequestBuilder m_requestBuilder; // reads m_graph and m_fields: declared after them
    QHash<QString, int> m_kindTotal;
    QHash<QString, int> m_kindDone;
    QList<QPointer<QObject>> m_inFlightObjects;
    int m_requests = 0;
    int m_reconcileAttempts = 0;
    bool m_started = false;
    bool m_finished = false;
    PortalResult m_stopped;
};

} // namespace Staging
