// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "order/Order.h"
#include "portal/ProvisioningExecutor.h"
#include "portal/ProvisioningOutcome.h"
#include "portal/ProvisioningPlan.h"
#include "portal/StackInstance.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Staging {

class JobLog;
class PortalConnection;
class SecretStore;
class StackRegistrationJob;
class TokenSession;

/**
 * An order's plan put on its Wazo stack, the one sequence the portal page and `stagingctl order
 * apply` share: the order's phone passwords from the secret store (an apply only, when the caller
 * has none), optionally a comparison of its own first (which tells a fresh run from a resume), the
 * run itself (ProvisioningExecutor: reconcile, then create only what is missing), and, for an
 * on-premise order, the Shuttle's stack registered on the agency portal (compared only, for a dry
 * run). A dry run journals nothing. start() once; finished() follows once, whatever happens; the
 * owner deletes the object afterwards.
 */
class OrderApply : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderApply)

public:
    enum class Stage
    {
        NotStarted,
        ReadingSecrets, // the phones' passwords from the secret store
        Comparing, // a dry run: what the stack holds of the plan
        Applying,
        OpeningAgencyPortal, // the registration waits for setAgencyPortal() or agencyPortalFailed()
        Registering, // the stack on the agency portal
        Finished,
    };

    struct Options
    {
        /**
         * The executor's (window, technician, bench...); its dryRun only compares. Its phone passwords,
         * when empty for an apply, are read from the secret store (made there the first time).
         */
        ProvisioningExecutor::Options run;
        /** A comparison of its own before the apply: it tells a fresh run from a resume. */
        bool compareFirst = false;
        /** With compareFirst: false leaves alone a stack that already holds part of the order. */
        bool resume = true;
    };

    struct Result
    {
        Error error; // kind None unless the phones' passwords could not be read: then nothing was sent
        /** The run's (a dry run's: what it would do); the registration's item, when one ran, comes first. */
        ProvisioningOutcome outcome;
        /** With compareFirst (or a dry run): the comparison; when it stopped, nothing else ran. */
        ProvisioningOutcome compared;
        /** compareFirst without resume found part of the order on the stack: outcome is the comparison. */
        bool held = false;
        bool registered = false; // the registration ran: its item leads outcome.items
        /** The phone passwords the apply used: an apply to come needs not read them again. */
        QString phoneAdminPassword;
        QString phoneUserPassword;

        bool ok() const { return error.kind == ErrorKind::None; }
    };

    /** store and journal must outlive the object; the phone passwords read are masked in the journal. */
    OrderApply(PortalConnection *connection, TokenSession *session, const ProvisioningPlan &plan, const Order &order,
        SecretStore &store, JobLog &journal, const Options &options, QObject *parent = nullptr);
    ~OrderApply() override;

    /**
     * An on-premise order: once the run ends (not stopped by cancel()), the Shuttle's stack is
     * registered on the agency portal, with the engine's password; without an instance (the Shuttle
     * not named nor placed on the customer's LAN yet) its item is skipped.
     */
    void setRegistration(const std::optional<StackInstance> &instance, const QString &enginePassword);
    /** The agency portal, open; without it the registration asks for it (Stage::OpeningAgencyPortal). */
    void setAgencyPortal(PortalConnection *connection, TokenSession *session);
    /** The agency portal did not open: the registration fails with this message. */
    void agencyPortalFailed(const QString &message);

    Stage stage() const { return m_stage; }
    /** A request may be in flight: cancel() stops it (not while reading secrets or opening the agency portal). */
    bool isCancellable() const;

public Q_SLOTS:
    void start();
    /** Stops what is in flight; finished() follows with the run stopped as cancelled. */
    void cancel();

Q_SIGNALS:
    /** The sequence moved on (Finished is told by finished()); compareFirst compares, then applies. */
    void stageChanged(Staging::OrderApply::Stage stage);
    /** The executor's: kind is resourceKindId(); done counts resources of that kind that reached an end. */
    void progress(const QString &kind, int done, int total);
    /** The executor's: the run waits for the stack to catch up; translated. */
    void waiting(const QString &message);
    void finished(const Staging::OrderApply::Result &result);

private:
    bool dryRun() const { return m_options.run.dryRun; }
    void setStage(Stage stage);
    void readPhonePasswords();
    void execute(bool compareOnly);
    void onExecuted(bool compareOnly, const ProvisioningOutcome &outcome);
    void afterRun(const ProvisioningOutcome &outcome);
    /** The registration's item, before its status: the Shuttle's name, else the order's. */
    ProvisioningItem stackItem() const;
    void registerStack();
    void onRegistered(const ProvisioningItem &stack);
    void finish();

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    ProvisioningPlan m_plan;
    Order m_order;
    SecretStore &m_store;
    JobLog &m_journal;
    Options m_options;
    bool m_registers = false;
    std::optional<StackInstance> m_instance;
    QString m_enginePassword;
    QPointer<PortalConnection> m_agencyConnection;
    QPointer<TokenSession> m_agencySession;
    QPointer<ProvisioningExecutor> m_executor;
    QPointer<StackRegistrationJob> m_registration;
    Stage m_stage = Stage::NotStarted;
    bool m_cancelled = false;
    Result m_result;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::OrderApply::Result)
