// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/OrderApply.h"

#include "joblog/JobLog.h"
#include "phones/BenchSecretsJob.h"
#include "portal/PortalConnection.h"
#include "portal/StackRegistrationJob.h"
#include "portal/TokenSession.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace Staging {

namespace {

/**
 * The registration's answer as an item of the outcome. Its texts are the portal page's, where the
 * technician reads them (their translations are filed under it).
 */
ProvisioningItem registrationItem(ProvisioningItem item, const StackRegistrationJob::Result &result)
{
    using Action = StackRegistrationJob::Action;
    const QString differences = result.differences.join(QStringLiteral(", "));
    if (!result.ok()) {
        // Two stacks of one name are the agency's to settle: a conflict, as on the stack.
        item.status = result.error.kind == ErrorKind::InvalidInput ? ProvisioningItem::Status::Conflict
                                                                   : ProvisioningItem::Status::Failed;
        item.message = result.error.message;
    } else if (result.action == Action::None) {
        item.status = ProvisioningItem::Status::AlreadyThere;
    } else if (!result.applied) {
        item.status = ProvisioningItem::Status::Create;
        item.message = result.action == Action::Update
            ? QCoreApplication::translate("Staging::PortalPage", "Registered with other addresses, to be updated: %1")
                  .arg(differences)
            : QCoreApplication::translate("Staging::PortalPage", "To be registered on the agency portal.");
    } else {
        item.status = ProvisioningItem::Status::Created;
        item.message = result.action == Action::Update
            ? QCoreApplication::translate("Staging::PortalPage", "Updated: %1").arg(differences)
            : QCoreApplication::translate("Staging::PortalPage", "Registered on the agency portal.");
    }
    return item;
}

} // namespace

OrderApply::OrderApply(PortalConnection *connection, TokenSession *session, const ProvisioningPlan &plan,
    const Order &order, SecretStore &store, JobLog &journal, const Options &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_session(session)
    , m_plan(plan)
    , m_order(order)
    , m_store(store)
    , m_journal(journal)
    , m_options(options)
{
    m_options.run.orderId = order.orderId;
    // The voicemails' codes the customer chose go from the order to the requests, never to the plan.
    for (const Station &station : order.stations) {
        if (!station.voicemailPin.isEmpty() && !station.extension.isEmpty()) {
            m_options.run.givenSecrets.voicemailPins.insert(station.extension, station.voicemailPin);
        }
    }
}

OrderApply::~OrderApply() = default;

void OrderApply::setRegistration(const std::optional<StackInstance> &instance, const QString &enginePassword)
{
    m_registers = true;
    m_instance = instance;
    m_enginePassword = enginePassword;
}

void OrderApply::setAgencyPortal(PortalConnection *connection, TokenSession *session)
{
    m_agencyConnection = connection;
    m_agencySession = session;
    if (m_stage == Stage::OpeningAgencyPortal) {
        registerStack();
    }
}

void OrderApply::agencyPortalFailed(const QString &message)
{
    if (m_stage != Stage::OpeningAgencyPortal) {
        return;
    }
    ProvisioningItem item = stackItem();
    item.status = ProvisioningItem::Status::Failed;
    item.message = message;
    onRegistered(item);
}

bool OrderApply::isCancellable() const
{
    return !m_executor.isNull() || !m_registration.isNull();
}

void OrderApply::start()
{
    if (!dryRun() && m_options.run.phoneAdminPassword.isEmpty()) {
        readPhonePasswords();
        return;
    }
    execute(dryRun() || m_options.compareFirst);
}

void OrderApply::cancel()
{
    if (m_executor) {
        m_cancelled = true;
        m_executor->cancel();
    } else if (m_registration) {
        m_cancelled = true;
        m_registration->cancel();
    }
}

void OrderApply::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void OrderApply::readPhonePasswords()
{
    auto *job = new BenchSecretsJob(m_store, m_journal, m_order, BenchSecretsJob::Parts::PhonePasswords, this);
    connect(job, &BenchSecretsJob::finished, this, [this](const BenchSecretsJob::Result &result) {
        if (!result.ok()) {
            m_result.error = result.error;
            finish();
            return;
        }
        // Masked in the job log from here: the stack's phones get them as their default.
        m_journal.addSecret(result.adminPassword);
        m_journal.addSecret(result.userPassword);
        m_options.run.phoneAdminPassword = result.adminPassword;
        m_options.run.phoneUserPassword = result.userPassword;
        execute(m_options.compareFirst);
    });
    setStage(Stage::ReadingSecrets);
    job->start();
}

void OrderApply::execute(bool compareOnly)
{
    ProvisioningExecutor::Options options = m_options.run;
    options.dryRun = compareOnly;
    if (compareOnly) { // a dry run sends no password
        options.phoneAdminPassword.clear();
        options.phoneUserPassword.clear();
    }
    m_executor = new ProvisioningExecutor(m_connection, m_session, m_plan, options, this);
    if (!compareOnly) {
        m_executor->setJournal(&m_journal);
    }
    connect(m_executor, &ProvisioningExecutor::progress, this, &OrderApply::progress);
    connect(m_executor, &ProvisioningExecutor::waiting, this, &OrderApply::waiting);
    connect(m_executor, &ProvisioningExecutor::finished, this,
        [this, compareOnly](const ProvisioningOutcome &outcome) { onExecuted(compareOnly, outcome); });
    setStage(compareOnly ? Stage::Comparing : Stage::Applying);
    m_executor->start();
}

void OrderApply::onExecuted(bool compareOnly, const ProvisioningOutcome &outcome)
{
    if (m_executor) {
        m_executor->deleteLater();
        m_executor.clear();
    }
    if (compareOnly && m_options.compareFirst) {
        m_result.compared = outcome;
    }
    if (!compareOnly || dryRun()) {
        afterRun(outcome);
        return;
    }
    // The comparison before the apply: a stack that already holds part of the order is a resume.
    const bool partlyThere = outcome.ordersOwnPresent() > 0 && outcome.count(ProvisioningItem::Status::Create) > 0;
    if (!outcome.stopped.ok() || (partlyThere && !m_options.resume)) {
        m_result.held = outcome.stopped.ok();
        m_result.outcome = outcome;
        finish();
        return;
    }
    execute(false);
}

void OrderApply::afterRun(const ProvisioningOutcome &outcome)
{
    m_result.outcome = outcome;
    // Paused or cancelled: the registration waits for the resume with the rest.
    if (!m_registers || m_cancelled) {
        finish();
        return;
    }
    registerStack();
}

ProvisioningItem OrderApply::stackItem() const
{
    ProvisioningItem item;
    item.kind = ProvisioningResource::Kind::Stack;
    item.key = QStringLiteral("stack:") + (m_instance ? m_instance->name : m_order.orderId);
    return item;
}

void OrderApply::registerStack()
{
    ProvisioningItem item = stackItem();
    if (!m_instance) {
        item.status = ProvisioningItem::Status::Skipped;
        item.message = QCoreApplication::translate("Staging::PortalPage",
            "The Shuttle's hostname or its address on the customer's network is not known yet "
            "(post-install records them): the stack is not registered on the agency portal.");
        onRegistered(item);
        return;
    }
    if (!m_agencySession) {
        setStage(Stage::OpeningAgencyPortal); // the caller answers with the agency portal, or why not
        return;
    }
    StackRegistrationJob::Options options;
    options.dryRun = dryRun();
    options.orderId = m_order.orderId;
    options.technician = m_options.run.technician;
    options.bench = m_options.run.bench;
    // The engine's password is the one the Shuttle's stack was opened with; the portal keeps it.
    auto *job =
        new StackRegistrationJob(m_agencyConnection, m_agencySession, *m_instance, m_enginePassword, options, this);
    m_registration = job;
    if (!dryRun()) {
        job->setJournal(&m_journal);
    }
    connect(job, &StackRegistrationJob::finished, this,
        [this, item](const StackRegistrationJob::Result &result) { onRegistered(registrationItem(item, result)); });
    setStage(Stage::Registering);
    job->start();
}

void OrderApply::onRegistered(const ProvisioningItem &stack)
{
    m_result.registered = true;
    m_result.outcome.items.prepend(stack);
    finish();
}

void OrderApply::finish()
{
    m_stage = Stage::Finished;
    m_result.phoneAdminPassword = m_options.run.phoneAdminPassword;
    m_result.phoneUserPassword = m_options.run.phoneUserPassword;
    Q_EMIT finished(m_result);
}

} // namespace Staging
