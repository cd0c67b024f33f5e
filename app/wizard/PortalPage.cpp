// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PortalPage.h"

#include "DisplayLabels.h"
#include "joblog/JobAction.h"
#include "joblog/JobLog.h"
#include "models/ProvisioningItemsModel.h"
#include "portal/ProvisioningTarget.h"
#include "portal/StackHealth.h"
#include "portal/StackHealthMonitor.h"
#include "wizard/OrderSession.h"
#include "wizard/StackAccess.h"
#include "wizard/TrainingEnvironment.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Staging {

namespace {

// Often enough to see a service fall over while the technician reads the diff.
constexpr int HealthIntervalMs = 30000;

} // namespace

PortalPage::PortalPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Portal, session, parent)
    , m_access(new StackAccess(session, this))
    , m_agency(new StackAccess(session, StackAccess::Target::AgencyPortal, this))
    , m_model(new ProvisioningItemsModel(this))
{
    setSubTitle(tr("The order on the Wazo stack."));
    // Once the stack holds the order there is no going back to change it.
    setCommitPage(true);
    createWidgets();
    layOut();
    connectWidgets();
    updateButtons();
}

void PortalPage::createWidgets()
{
    m_stackLabel = new QLabel(this);
    m_stackLabel->setObjectName(QStringLiteral("stackLabel"));
    m_healthLabel = new QLabel(tr("Not checked yet."), this);
    m_healthLabel->setObjectName(QStringLiteral("stackHealthLabel"));
    m_healthLabel->setWordWrap(true);
    m_registrationLabel = new QLabel(this);
    m_registrationLabel->setObjectName(QStringLiteral("portalRegistrationLabel"));
    m_registrationLabel->setWordWrap(true);
    m_checkHealthButton = new QPushButton(tr("Check &now"), this);
    m_checkHealthButton->setObjectName(QStringLiteral("checkHealthButton"));
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(QStringLiteral("planWarningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);

    m_dryRunButton = new QPushButton(tr("&Compare with the stack"), this);
    m_dryRunButton->setObjectName(QStringLiteral("dryRunButton"));
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_pauseButton = new QPushButton(tr("&Pause"), this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setToolTip(tr("Stops what is in flight; Resume compares with the stack again and creates only "
                                 "what is missing."));
    m_cancelButton = new QPushButton(tr("Ca&ncel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelApplyButton"));

    m_progressArea = new QWidget(this);
    m_progressArea->setObjectName(QStringLiteral("applyProgressArea"));
    m_progressLayout = new QVBoxLayout(m_progressArea);
    m_progressLayout->setContentsMargins(0, 0, 0, 0);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("portalStatusLabel"));
    m_statusLabel->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void PortalPage::layOut()
{
    auto *stack = new QFormLayout;
    m_stackForm = stack;
    stack->addRow(tr("Stack:"), m_stackLabel);
    auto *healthRow = new QHBoxLayout;
    healthRow->addWidget(m_healthLabel, 1);
    healthRow->addWidget(m_checkHealthButton);
    stack->addRow(tr("Services:"), healthRow);
    // Beside the live check: the agency portal's own view of a stack is refreshed once a day.
    stack->addRow(tr("Agency portal:"), m_registrationLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRunButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(content());
    layout->addLayout(stack);
    layout->addWidget(m_warningsLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_progressArea);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);
}

void PortalPage::connectWidgets()
{
    connect(m_dryRunButton, &QPushButton::clicked, this, &PortalPage::dryRun);
    connect(m_applyButton, &QPushButton::clicked, this, &PortalPage::apply);
    connect(m_pauseButton, &QPushButton::clicked, this, &PortalPage::pause);
    connect(m_cancelButton, &QPushButton::clicked, this, &PortalPage::cancelApply);
    connect(m_checkHealthButton, &QPushButton::clicked, this, [this]() {
        if (m_health) {
            m_health->checkNow();
        }
    });
    connect(m_access, &StackAccess::opened, this, &PortalPage::onStackOpened);
    connect(m_access, &StackAccess::failed, this, [this](const QString &message) {
        m_pending = Pending::None;
        m_stackLabel->setText(message);
        m_statusLabel->setText(message);
        updateButtons();
    });
}

void PortalPage::onStackOpened()
{
    m_stackLabel->setText(m_access->description());
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending != Pending::None) {
        run(pending == Pending::DryRun);
    }
    m_health = new StackHealthMonitor(m_access->connection(), this);
    connect(m_health, &StackHealthMonitor::updated, this, &PortalPage::showHealth);
    m_health->setInterval(HealthIntervalMs);
    m_health->checkNow();
}

PortalPage::~PortalPage() = default;

bool PortalPage::isRunning() const
{
    return !m_apply.isNull() && m_apply->stage() != OrderApply::Stage::ReadingSecrets;
}

bool PortalPage::isReadingPasswords() const
{
    return !m_apply.isNull() && m_apply->stage() == OrderApply::Stage::ReadingSecrets;
}

void PortalPage::initializePage()
{
    const Order &order = session().order();
    m_plan =
        ProvisioningTarget::withoutPhones(ProvisioningTarget::plan(session().catalog(), order, m_access->shuttleLan()));
    m_planWarnings.clear();
    for (const ProvisioningWarning &warning : m_plan.warnings()) {
        if (warning.code != QLatin1String("mac-missing")) { // phones come at the next step
            m_planWarnings.append(warning.message);
        }
    }
    m_warningsLabel->setText(m_planWarnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!m_planWarnings.isEmpty());
    m_complete = false;
    m_applied = false;
    clearProgress();

    // An apply that never ended (the window closed under it) shows as the step started: say how
    // it resumes. The comparison that follows shows what the stack already holds.
    const auto history = session().jobLog().history(order.orderId);
    bool interrupted = false;
    if (history) {
        for (const JobEvent &event : *history) {
            if (event.step == orderStepId(OrderStep::Portal) && event.action == JobAction::apply()) {
                interrupted = event.result != JobResult::Ok;
            }
        }
    }
    showRegistration(history ? *history : QList<JobEvent> {});
    m_statusLabel->setText(interrupted ? tr("An earlier apply of this order did not finish. Apply again to complete "
                                            "it: the stack is compared first and only what is missing is created.")
                                       : QString());
    m_applyButton->setText(interrupted ? tr("&Resume") : tr("&Apply"));
    if (session().isSignedOff()) {
        m_statusLabel->setText(tr("Signed off: the stack is not contacted again from this order."));
        return;
    }
    dryRun();
}

bool PortalPage::stepComplete() const
{
    return m_complete && !isRunning();
}

bool PortalPage::finishStep()
{
    if (m_complete && m_health) {
        m_health->setInterval(0); // the stack is the phones page's business from here
    }
    return m_complete;
}

void PortalPage::whenOpen(bool compareOnly)
{
    if (m_access->isOpen()) {
        run(compareOnly);
        return;
    }
    m_pending = compareOnly ? Pending::DryRun : Pending::Apply;
    m_stackLabel->setText(tr("Connecting…"));
    m_access->open();
}

void PortalPage::dryRun()
{
    whenOpen(true);
}

void PortalPage::apply()
{
    whenOpen(false);
}

void PortalPage::usePhonePasswords(const QString &admin, const QString &user)
{
    session().jobLog().addSecret(admin);
    session().jobLog().addSecret(user);
    m_phoneAdminPassword = admin;
    m_phoneUserPassword = user;
}

void PortalPage::pause()
{
    stopRun(Stop::Pause);
}

void PortalPage::cancelApply()
{
    stopRun(Stop::Cancel);
}

void PortalPage::stopRun(Stop stop)
{
    if (m_apply && m_apply->isCancellable()) {
        m_stop = stop;
        m_apply->cancel();
    }
}

void PortalPage::run(bool compareOnly)
{
    if (m_apply || !m_access->isOpen()) {
        return;
    }
    if (!compareOnly && m_phoneAdminPassword.isEmpty()) {
        if (TrainingEnvironment *training = session().training()) {
            usePhonePasswords(training->phonesAdminPassword(), training->phonesUserPassword());
        } // else the apply reads them from the keychain first
    }
    OrderApply::Options options;
    options.run.dryRun = compareOnly;
    options.run.phoneAdminPassword = m_phoneAdminPassword;
    options.run.phoneUserPassword = m_phoneUserPassword;
    options.run.technician = session().settings().technician;
    options.run.bench = session().settings().bench;
    m_apply = new OrderApply(m_access->connection(), m_access->tokenSession(), m_plan, session().order(),
        session().secrets(), session().jobLog(), options, this);
    if (session().order().mode == DeploymentMode::OnPremise) {
        m_apply->setRegistration(m_access->shuttleInstance(), m_access->password());
        if (m_agency->isOpen()) {
            m_apply->setAgencyPortal(m_agency->connection(), m_agency->tokenSession());
        }
    }
    connect(m_apply, &OrderApply::stageChanged, this,
        [this, compareOnly](OrderApply::Stage stage) { onStage(compareOnly, stage); });
    connect(m_apply, &OrderApply::progress, this, &PortalPage::onProgress);
    connect(m_apply, &OrderApply::waiting, m_statusLabel, &QLabel::setText);
    connect(m_apply, &OrderApply::finished, this,
        [this, compareOnly](const OrderApply::Result &result) { onFinished(compareOnly, result); });
    m_apply->start();
}

void PortalPage::onStage(bool compareOnly, OrderApply::Stage stage)
{
    using Stage = OrderApply::Stage;
    switch (stage) {
    case Stage::ReadingSecrets:
        m_statusLabel->setText(tr("Reading the phones' passwords from the keychain…"));
        updateButtons();
        break;
    case Stage::Comparing:
    case Stage::Applying:
        onRunStarted(compareOnly);
        break;
    case Stage::OpeningAgencyPortal:
        openAgencyPortal();
        break;
    case Stage::Registering:
        m_statusLabel->setText(
            compareOnly ? tr("Comparing with the agency portal…") : tr("Registering the stack on the agency portal…"));
        break;
    case Stage::NotStarted:
    case Stage::Finished:
        break;
    }
}

void PortalPage::onRunStarted(bool compareOnly)
{
    if (!compareOnly) {
        clearProgress();
        session().record(OrderStep::Portal, JobAction::apply(), session().order().orderId, JobResult::Started,
            { { QStringLiteral("resources"), int(m_plan.resources().size()) } });
        m_applied = true;
    }
    m_stop = Stop::None;
    m_complete = false;
    m_statusLabel->setText(compareOnly ? tr("Comparing with the stack…") : tr("Applying…"));
    updateButtons();
    Q_EMIT completeChanged();
}

void PortalPage::openAgencyPortal()
{
    m_statusLabel->setText(tr("Connecting to the agency portal…"));
    // One answer per attempt: opened or failed, whichever comes, then both are dropped.
    auto *guard = new QObject(this);
    connect(m_agency, &StackAccess::opened, guard, [this, guard]() {
        delete guard;
        if (m_apply) {
            m_apply->setAgencyPortal(m_agency->connection(), m_agency->tokenSession());
        }
    });
    connect(m_agency, &StackAccess::failed, guard, [this, guard](const QString &message) {
        delete guard;
        if (m_apply) {
            m_apply->agencyPortalFailed(message);
        }
    });
    m_agency->open();
}

void PortalPage::onProgress(const QString &kind, int done, int total)
{
    QProgressBar *bar = m_bars.value(kind);
    if (!bar) {
        auto *row = new QWidget(m_progressArea);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(kind, row);
        label->setMinimumWidth(160);
        bar = new QProgressBar(row);
        bar->setObjectName(kind + QStringLiteral("Progress"));
        bar->setFormat(tr("%v of %m"));
        rowLayout->addWidget(label);
        rowLayout->addWidget(bar, 1);
        m_progressLayout->addWidget(row);
        m_bars.insert(kind, bar);
    }
    bar->setMaximum(total);
    bar->setValue(done);
}

void PortalPage::onFinished(bool compareOnly, const OrderApply::Result &result)
{
    if (m_apply) {
        m_apply->deleteLater();
        m_apply.clear();
    }
    if (!result.ok()) { // the keychain did not give the phones' passwords: nothing was sent
        m_statusLabel->setText(result.error.message);
        updateButtons();
        return;
    }
    m_phoneAdminPassword = result.phoneAdminPassword;
    m_phoneUserPassword = result.phoneUserPassword;
    if (result.registered) {
        const auto history = session().jobLog().history(session().order().orderId);
        showRegistration(history ? *history : QList<JobEvent> {});
    }
    showOutcome(compareOnly, result.outcome);
}

void PortalPage::showOutcome(bool compareOnly, const ProvisioningOutcome &outcome)
{
    m_model->setItems(outcome.items);
    m_complete = outcome.complete();
    const QString counts = tr("%1 to create, %2 created, %3 already there, %4 conflicts, %5 failed, %6 skipped.")
                               .arg(outcome.count(ProvisioningItem::Status::Create))
                               .arg(outcome.count(ProvisioningItem::Status::Created))
                               .arg(outcome.count(ProvisioningItem::Status::AlreadyThere))
                               .arg(outcome.count(ProvisioningItem::Status::Conflict))
                               .arg(outcome.count(ProvisioningItem::Status::Failed))
                               .arg(outcome.count(ProvisioningItem::Status::Skipped));
    QString text;
    if (m_stop != Stop::None) {
        text = (m_stop == Stop::Pause ? tr("Paused. ") : tr("Cancelled. "))
            + tr("What was in flight was stopped. Resume compares with the stack again and creates only what is "
                 "missing: nothing is created twice.");
        m_applyButton->setText(tr("&Resume"));
    } else if (!outcome.stopped.ok()) {
        text = outcome.stopped.message;
        if (outcome.stopped.kind == ErrorKind::TlsUnknownCertificate) {
            text += QLatin1Char(' ')
                + tr("Its certificate's SHA-256 is %1: compare it with the stack's, then put it in the settings.")
                      .arg(outcome.stopped.peerFingerprint);
        }
    } else if (m_complete) {
        text = compareOnly ? tr("The stack already holds the whole order.") : tr("The stack holds the whole order.");
    } else {
        text = counts;
    }
    m_statusLabel->setText(text);
    if (!compareOnly) {
        const JobResult result = m_complete ? JobResult::Ok
            : m_stop == Stop::Pause         ? JobResult::Paused
            : m_stop == Stop::Cancel        ? JobResult::Cancelled
                                            : JobResult::Failed;
        session().record(OrderStep::Portal, JobAction::apply(), session().order().orderId, result,
            { { QStringLiteral("created"), int(outcome.count(ProvisioningItem::Status::Created)) },
                { QStringLiteral("alreadyThere"), int(outcome.count(ProvisioningItem::Status::AlreadyThere)) },
                { QStringLiteral("conflicts"), int(outcome.count(ProvisioningItem::Status::Conflict)) },
                { QStringLiteral("failed"), int(outcome.count(ProvisioningItem::Status::Failed)) },
                { QStringLiteral("requests"), outcome.requests },
                { JobEvent::warningsKey(), QJsonArray::fromStringList(m_planWarnings) } });
    }
    m_stop = Stop::None;
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished(outcome);
}

void PortalPage::showHealth(const StackHealth &health)
{
    if (!health.certificateProblem.ok()) {
        m_healthLabel->setText(health.certificateProblem.message);
        return;
    }
    QStringList parts;
    for (const ServiceHealth &service : health.services) {
        const QString state =
            service.state == ServiceHealth::State::Down ? tr("down: %1").arg(service.result.message) : tr("up");
        parts.append(tr("%1 %2").arg(service.name, state));
    }
    m_healthLabel->setText(tr("%1 (checked at %2)")
                               .arg(parts.join(QStringLiteral(", ")),
                                   QLocale().toString(health.checkedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void PortalPage::showRegistration(const QList<JobEvent> &history)
{
    const bool onPremise = session().order().mode == DeploymentMode::OnPremise;
    m_stackForm->setRowVisible(m_registrationLabel, onPremise);
    if (!onPremise) {
        return;
    }
    QString text = tr("The Shuttle's stack is not registered yet.");
    for (const JobEvent &event : history) {
        if (event.step == orderStepId(OrderStep::Portal) && event.result == JobResult::Ok
            && (event.action == JobAction::stackRegister() || event.action == JobAction::stackUpdate())) {
            text = tr("%1 registered on %2, reached at %3 (%4).")
                       .arg(event.target.section(QLatin1Char(':'), 1),
                           QLocale().toString(event.finished.toLocalTime(), QLocale::ShortFormat),
                           event.detail.value(QLatin1String("private_host")).toString(),
                           DisplayLabels::preferredConnection(
                               event.detail.value(QLatin1String("preferred_connection")).toString()));
        }
    }
    m_registrationLabel->setText(text);
}

void PortalPage::updateButtons()
{
    const bool running = isRunning();
    const bool reading = isReadingPasswords();
    m_dryRunButton->setEnabled(!running && !reading && !m_complete);
    m_applyButton->setEnabled(!running && !reading && !m_complete);
    m_pauseButton->setEnabled(running && m_applied);
    m_cancelButton->setEnabled(running && m_applied);
}

void PortalPage::clearProgress()
{
    for (QProgressBar *bar : std::as_const(m_bars)) {
        delete bar->parentWidget();
    }
    m_bars.clear();
}

} // namespace Staging
