// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/StackRegistrationJob.h"

#include "core/Logging.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "portal/DeploydClient.h"
#include "portal/JobEventFactory.h"
#include "portal/PortalConnection.h"
#include "portal/PortalJob.h"
#include "portal/TokenSession.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace Staging {

StackRegistrationJob::StackRegistrationJob(PortalConnection *connection, TokenSession *session,
    const StackInstance &instance, const QString &password, const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_instance(instance)
    , m_password(password)
    , m_options(options)
{
}

StackRegistrationJob::~StackRegistrationJob() = default;

void StackRegistrationJob::start()
{
    m_attempts = 0;
    lookUp();
}

void StackRegistrationJob::cancel()
{
    if (m_done) {
        return;
    }
    if (m_job) {
        m_job->abort(); // finishes it with Cancelled, which ends this job below
        return;
    }
    finish(Error::make(ErrorKind::Cancelled, tr("Registering the stack on the portal was cancelled.")));
}

void StackRegistrationJob::lookUp()
{
    if (m_done) {
        return;
    }
    ++m_attempts;
    m_job = DeploydClient(m_connection, m_session).listInstances(m_instance.name, this);
    connect(m_job, &PortalJob::finished, this, &StackRegistrationJob::onLookedUp);
    m_job->start();
}

void StackRegistrationJob::onLookedUp(const PortalResult &result)
{
    if (!result.ok()) {
        if (!retry(result, &StackRegistrationJob::lookUp)) {
            finish(Error::make(
                result.kind, tr("The portal's stacks could not be read: %1").arg(result.message), result.detail));
        }
        return;
    }
    // deployd's search is a substring match over names and hosts: the name decides.
    QList<QJsonObject> named;
    for (const QJsonValue &item : result.body.object().value(QLatin1String("items")).toArray()) {
        if (item.toObject().value(QLatin1String("name")).toString() == m_instance.name) {
            named.append(item.toObject());
        }
    }
    m_attempts = 0;
    if (m_maybeCreated) {
        settleCreate(named);
        return;
    }
    if (named.size() > 1) {
        finish(Error::make(ErrorKind::InvalidInput,
            tr("The portal has %1 stacks named \"%2\": none was changed; the agency must keep one of them.")
                .arg(named.size())
                .arg(m_instance.name)));
        return;
    }
    if (named.isEmpty()) {
        m_result.action = Action::Create;
        if (m_options.dryRun) {
            finish({});
        } else {
            send(Action::Create);
        }
        return;
    }
    m_result.uuid = named.first().value(QLatin1String("uuid")).toString();
    m_result.differences = m_instance.differences(named.first());
    if (const QString owner = registeringOrder(m_result.uuid); !owner.isEmpty() && owner != m_options.orderId) {
        // Same name, another order's stack (a reused Shuttle, a copied hostname): never changed
        // from here, whatever differs; the agency decides.
        m_result.action = Action::None;
        finish(Error::make(ErrorKind::InvalidInput,
            tr("The portal's stack \"%1\" was registered by order %2: this order does not change it. Check the "
               "Shuttle's serial and hostname; if this order really replaces that Shuttle, the agency removes the "
               "old stack first.")
                .arg(m_instance.name, owner)));
        return;
    }
    m_result.action = m_result.differences.isEmpty() ? Action::None : Action::Update;
    if (m_result.action == Action::None || m_options.dryRun) {
        finish({});
        return;
    }
    send(Action::Update);
}

QString StackRegistrationJob::registeringOrder(const QString &uuid) const
{
    if (!m_journal || uuid.isEmpty()) {
        return {};
    }
    HistoryFilter filter;
    filter.action = JobAction::stackRegister();
    filter.target = QStringLiteral("stack:") + m_instance.name;
    filter.result = jobResultId(JobResult::Ok);
    const auto events = m_journal->query(filter);
    for (const JobEvent &event : events ? *events : QList<JobEvent> {}) {
        if (event.detail.value(QLatin1String("uuid")).toString() == uuid) {
            return event.orderId;
        }
    }
    return {};
}

void StackRegistrationJob::settleCreate(const QList<QJsonObject> &named)
{
    if (named.isEmpty()) {
        send(Action::Create); // the lost create never reached the portal
        return;
    }
    // The first look-up found no stack of this name, so every one there now is this run's: the
    // one the portal answered with (else the oldest) is kept, the copies Qt's re-sends made go.
    QList<QJsonObject> copies = named;
    std::sort(copies.begin(), copies.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("created_at")).toString() < b.value(QLatin1String("created_at")).toString();
    });
    qsizetype kept = 0;
    for (qsizetype i = 0; i < copies.size(); ++i) {
        if (copies.at(i).value(QLatin1String("uuid")).toString() == m_result.uuid) {
            kept = i;
        }
    }
    if (!m_result.applied) {
        m_result.uuid = copies.at(kept).value(QLatin1String("uuid")).toString();
        m_result.applied = true;
        journal(JobAction::stackRegister(), JobResult::Ok,
            QJsonObject { { QStringLiteral("uuid"), m_result.uuid }, { QStringLiteral("found"), true } });
    }
    m_result.action = Action::Create;
    copies.removeAt(kept);
    for (const QJsonObject &copy : std::as_const(copies)) {
        m_copies.append(copy.value(QLatin1String("uuid")).toString());
    }
    removeCopy();
}

void StackRegistrationJob::removeCopy()
{
    if (m_done) {
        return;
    }
    if (m_copies.isEmpty()) {
        finish({});
        return;
    }
    ++m_attempts;
    const QString uuid = m_copies.first();
    m_job = DeploydClient(m_connection, m_session).deleteInstance(uuid, this);
    connect(m_job, &PortalJob::finished, this, [this, uuid](const PortalResult &result) {
        // 404: already gone, which is what was wanted.
        if (result.ok() || result.httpStatus == 404) {
            journal(JobAction::stackCopyRemoved(), JobResult::Ok,
                QJsonObject { { QStringLiteral("uuid"), uuid }, { QStringLiteral("kept"), m_result.uuid } });
            m_copies.removeFirst();
            m_attempts = 0;
            removeCopy();
            return;
        }
        if (!retry(result, &StackRegistrationJob::removeCopy)) {
            finish(Error::make(result.kind,
                tr("Stack \"%1\" was registered, but a copy made by a re-sent request (%2) could not be removed: %3")
                    .arg(m_instance.name, uuid, result.message),
                result.detail));
        }
    });
    m_job->start();
}

void StackRegistrationJob::sendUpdate()
{
    send(Action::Update);
}

void StackRegistrationJob::send(Action action)
{
    if (m_done) {
        return;
    }
    ++m_attempts;
    const DeploydClient deployd(m_connection, m_session);
    QJsonObject body = m_instance.body(m_password);
    if (action == Action::Create) {
        m_job = deployd.createInstance(body, this);
        journal(JobAction::stackRegister(), JobResult::Intent);
    } else {
        body.insert(QStringLiteral("installed"), true);
        m_job = deployd.updateInstance(m_result.uuid, body, this);
        journal(JobAction::stackUpdate(), JobResult::Intent,
            QJsonObject { { QStringLiteral("uuid"), m_result.uuid },
                { QStringLiteral("differences"), QJsonArray::fromStringList(m_result.differences) } });
    }
    connect(m_job, &PortalJob::finished, this, [this, action](const PortalResult &result) { onSent(action, result); });
    m_job->start();
}

void StackRegistrationJob::onSent(Action action, const PortalResult &result)
{
    const QString journalAction = action == Action::Create ? JobAction::stackRegister() : JobAction::stackUpdate();
    if (result.ok()) {
        m_result.uuid = result.body.object().value(QLatin1String("uuid")).toString(m_result.uuid);
        m_result.applied = true;
        journal(journalAction, JobResult::Ok, QJsonObject { { QStringLiteral("uuid"), m_result.uuid } });
        if (action == Action::Create && result.resent) {
            // Qt sent the create more than once: the portal may hold copies beside this one.
            m_maybeCreated = true;
            m_attempts = 0;
            lookUp();
        } else {
            finish({});
        }
        return;
    }
    const bool mayBeApplied = PortalRetryPolicy::mayHaveBeenApplied(result);
    journal(journalAction, mayBeApplied ? JobResult::Unknown : JobResult::Failed,
        QJsonObject { { QStringLiteral("status"), result.httpStatus }, { QStringLiteral("message"), result.message } });
    // A create is never sent again blindly: the portal is asked first whether it has the stack
    // now. An update is the same PUT again, which changes nothing more the second time.
    m_maybeCreated = m_maybeCreated || (action == Action::Create && mayBeApplied);
    const bool retried = action == Action::Create ? retry(result, &StackRegistrationJob::lookUp)
                                                  : retry(result, &StackRegistrationJob::sendUpdate);
    if (!retried) {
        finish(Error::make(result.kind,
            mayBeApplied ? tr("Registering stack \"%1\" on the portal may not have been done: %2")
                               .arg(m_instance.name, result.message)
                         : tr("The portal refused stack \"%1\": %2").arg(m_instance.name, result.message),
            result.detail));
    }
}

bool StackRegistrationJob::retry(const PortalResult &result, void (StackRegistrationJob::*again)())
{
    if (result.kind == ErrorKind::Cancelled || !PortalRetryPolicy::isRetryable(result)
        || m_attempts >= m_options.retry.maxAttempts) {
        return false;
    }
    QTimer::singleShot(m_options.retry.delayMs(m_attempts), this, again);
    return true;
}

void StackRegistrationJob::journal(const QString &action, JobResult outcome, const QJsonObject &detail)
{
    if (!m_journal) {
        return;
    }
    // The addresses registered, never the body: it holds the engine's password.
    QJsonObject all { { QStringLiteral("private_host"), m_instance.privateHost },
        { QStringLiteral("public_host"), m_instance.publicHost },
        { QStringLiteral("preferred_connection"), StackProfile::connectionId(m_instance.preferredConnection) } };
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        all.insert(it.key(), it.value());
    }
    const JobEvent event =
        JobEventFactory(m_options.orderId, QStringLiteral("portal"), m_options.technician, m_options.bench)
            .make(action, QStringLiteral("stack:") + m_instance.name, outcome, all);
    if (const Expected<qint64> id = m_journal->append(event); !id.hasValue()) {
        qCWarning(lcPortal).noquote() << "journal refused an event:" << id.error().detail;
    }
}

void StackRegistrationJob::finish(const Error &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_result.error = error;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Staging
