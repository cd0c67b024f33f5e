// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/ModelCatalog.h"
#include "order/Order.h"
#include "portal/PortalResult.h"
#include "portal/ProvisioningExecutor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

namespace Staging {

class JobLog;
class PortalConnection;
class PortalJob;
class TokenSession;

/**
 * An existing customer's phones moved onto the agency stack, one at a time: a customer's calls stop
 * while its phone is moved, and a mistake can cut the connection the technician reaches the
 * customer through, so the next phone is offered only once the previous one works.
 *
 * First the order's users, lines and the rest are put on the stack (found when already there,
 * created when missing), without any phone. Then, for each phone in plan order: wait for it to show
 * on the stack (the customer reset it, gave it the VPN and the provisioning server), check it is the
 * model the order says, claim it into the tenant and attach it to its user's line (the order's plan
 * run with only the phones moved so far and this one), and wait until the stack says it is
 * configured. A phone that does not get there within the time set, or that the stack refuses, ends
 * the run: the phones after it are untouched on the stack. Everything is in the job log (step
 * "migration"), and a new run resumes after the last phone configured or left on the old server.
 *
 * start() once; finished() follows once; the owner deletes the object afterwards.
 */
class PhoneMigration : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneMigration)

public:
    /** One phone to move: a desk phone, or a DECT base with its handsets' stations. */
    struct Phone
    {
        QString mac; // normalized
        QString modelId; // ModelCatalog id
        QString model; // "T54W", as the stack names it
        QString currentIp; // on the customer's LAN today; empty when the plan has none
        QList<int> stations; // indexes into the order's stations, first the row it is listed on
        int row = 0; // the plan row of its first station
        QString name; // its first station's name
    };

    enum class PhoneState
    {
        Untouched,
        Waiting, // for the phone to show on the stack
        Attaching, // claimed into the tenant and attached to its line
        Configuring, // attached: waiting for the stack to say "configured"
        Configured,
        Failed,
        LeftOnOldServer, // the technician's choice after a failure: skipped, recorded
    };
    Q_ENUM(PhoneState)

    enum class Failure
    {
        None,
        Timeout, // not seen, or not configured, within the time set
        WrongModel, // the phone on the stack with that MAC is another model
        Refused, // the stack refused to claim, attach or synchronize it
        Stack, // the order's users and lines could not be put on the stack
    };

    struct Options
    {
        /** The executor's (order id, technician, bench, window, phone passwords...); its step is set to Migration. */
        ProvisioningExecutor::Options run;
        int timeoutPerPhoneMs = 10 * 60 * 1000;
        int pollIntervalMs = 3000;
    };

    struct Result
    {
        Failure failure = Failure::None;
        int failedPhone = -1; // index into phones()
        QString message; // translated; what went wrong and what to check
        int configured = 0; // phones configured, this run and earlier ones
        int left = 0; // phones left on the old server
        bool cancelled = false;

        bool ok() const { return failure == Failure::None && !cancelled; }
    };

    /** journal must outlive the object. */
    PhoneMigration(PortalConnection *connection, TokenSession *session, const ModelCatalog &catalog, const Order &order,
        JobLog &journal, const Options &options, QObject *parent = nullptr);
    ~PhoneMigration() override;

    /** The phones an order moves, in plan order: stations with a MAC and a phone model (a DECT base once). */
    static QList<Phone> phonesOf(const ModelCatalog &catalog, const Order &order);
    /** What the journal says of each phone of the order (Configured, LeftOnOldServer, Failed or Untouched). */
    static QList<PhoneState> journalStates(const QList<Phone> &phones, const JobLog &journal, const QString &orderId);
    /** The technician chose to leave this phone on the old server: recorded, later runs skip it. */
    static Status leaveOnOldServer(JobLog &journal, const Options &options, const Phone &phone);
    /** What to check when a phone failed this way: translated, one sentence per thing. */
    static QString whatToCheck(Failure failure);
    /** A wait as a clock shows it: "1:05" for 65 s. */
    static QString clockText(qint64 ms);

    const QList<Phone> &phones() const { return m_phones; }
    PhoneState state(int index) const { return m_states.value(index, PhoneState::Untouched); }
    /** The phone being moved, -1 before the first and after the last. */
    int current() const { return m_current; }

public Q_SLOTS:
    void start();
    /** Stops waiting and what is in flight; finished() follows with cancelled set. */
    void cancel();

Q_SIGNALS:
    /** The order's users and lines are on the stack: the phones come next. */
    void prepared();
    void phoneStateChanged(int index, Staging::PhoneMigration::PhoneState state);
    /** While waiting for a phone, about once a poll: how long it has waited of how long it may. */
    void waiting(int index, qint64 elapsedMs, qint64 timeoutMs);
    void finished(const Staging::PhoneMigration::Result &result);

private:
    void prepare();
    void nextPhone();
    void poll();
    void onDevices(const PortalResult &result);
    void attach();
    void onAttached(const ProvisioningOutcome &outcome);
    /** The order with the MACs of only these phones: the others are not touched on the stack. */
    Order orderWithPhones(const QSet<QString> &macs) const;
    void setState(int index, PhoneState state);
    void record(const QString &action, JobResult result, const QJsonObject &detail = {});
    void fail(Failure failure, const QString &message);
    void finish();

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    const ModelCatalog &m_catalog;
    Order m_order;
    JobLog &m_journal;
    Options m_options;
    QList<Phone> m_phones;
    QList<PhoneState> m_states;
    QSet<QString> m_moved; // MACs of phones configured, this run or before
    int m_current = -1;
    QElapsedTimer m_clock; // since the current phone's wait began
    QTimer m_pollTimer;
    QPointer<PortalJob> m_listing;
    QPointer<ProvisioningExecutor> m_executor;
    QString m_deviceId;
    Result m_result;
    bool m_finished = false;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::PhoneMigration::Result)
