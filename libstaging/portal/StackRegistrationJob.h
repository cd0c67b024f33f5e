// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "joblog/JobResult.h"
#include "portal/PortalResult.h"
#include "portal/PortalRetryPolicy.h"
#include "portal/StackInstance.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Staging {

class JobLog;
class PortalConnection;
class PortalJob;
class TokenSession;

/**
 * Registers an on-premise stack on the agency portal (deployd), resumably: the portal's stacks are
 * looked up by name first; a missing one is created, one whose addresses differ is updated (PUT
 * with installed, as wazo-setupd re-registers an engine), an equal one is left alone, and two of
 * the same name are a conflict nobody but the agency can settle, so nothing is sent. A create that
 * may have been applied without an answer is looked up again before it is ever sent twice.
 * Transport errors, timeouts, 429 and 502–504 are retried as the executor does; other refusals end
 * the job with the portal's own message. Each change is journaled before and after (step
 * "portal", target "stack:<name>"); the engine's password goes to the portal only.
 */
class StackRegistrationJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackRegistrationJob)

public:
    enum class Action
    {
        None, // the portal has this stack already
        Create,
        Update,
    };

    struct Result
    {
        Error error; // kind None on success
        Action action = Action::None; // done, or for a dry run to be done
        bool applied = false; // false for a dry run and for Action::None
        QString uuid; // the portal's instance, when one exists
        QStringList differences; // StackInstance::differences of the one found

        bool ok() const { return error.kind == ErrorKind::None; }
    };

    struct Options
    {
        bool dryRun = false;
        PortalRetryPolicy retry;
        QString orderId; // journal
        QString technician;
        QString bench;
    };

    /** password: the engine admin's (the portal keeps it as the stack's credential). */
    StackRegistrationJob(PortalConnection *connection, TokenSession *session, const StackInstance &instance,
        const QString &password, const Options &options, QObject *parent = nullptr);
    ~StackRegistrationJob() override;

    /** Optional; without it nothing is journaled. Must outlive the job. */
    void setJournal(JobLog *journal) { m_journal = journal; }

public Q_SLOTS:
    void start();
    /** Aborts what is in flight; finished() follows with ErrorKind::Cancelled. */
    void cancel();

Q_SIGNALS:
    void finished(const Staging::StackRegistrationJob::Result &result);

private:
    void lookUp();
    void onLookedUp(const PortalResult &result);
    /** After a create that may have gone out more than once: what is there now is this run's. */
    void settleCreate(const QList<QJsonObject> &named);
    /** The order whose registration made the portal's stack uuid, by the journal; empty when none did. */
    QString registeringOrder(const QString &uuid) const;
    void removeCopy();
    void send(Action action);
    void sendUpdate();
    void onSent(Action action, const PortalResult &result);
    /** Retries what failed when worth it; false when it is not (attempts spent, or a refusal). */
    bool retry(const PortalResult &result, void (StackRegistrationJob::*again)());
    void journal(const QString &action, JobResult outcome, const QJsonObject &detail = {});
    void finish(const Error &error);

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    StackInstance m_instance;
    QString m_password;
    Options m_options;
    JobLog *m_journal = nullptr;
    QPointer<PortalJob> m_job;
    Result m_result;
    int m_attempts = 0; // sends of the current request
    bool m_maybeCreated = false; // a create went out unanswered, or more than once
    QStringList m_copies; // this run's extra copies still to remove
    bool m_done = false;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::StackRegistrationJob::Result)
