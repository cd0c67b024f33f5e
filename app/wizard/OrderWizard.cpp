// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OrderWizard.h"

#include "DisplayLabels.h"
#include "MessageBanner.h"
#include "wizard/DebianInstallPage.h"
#include "wizard/HardwarePage.h"
#include "wizard/LabelsPage.h"
#include "wizard/MigrationPage.h"
#include "wizard/OrderPage.h"
#include "wizard/OrderSession.h"
#include "wizard/PhonesPage.h"
#include "wizard/PortalPage.h"
#include "wizard/PostInstallPage.h"
#include "wizard/SignOffPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Staging {

OrderWizard::OrderWizard(OrderSession &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("orderWizard"));
    setWindowFlag(Qt::Window);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButton);

    addStepPage(new OrderPage(session, this));
    addStepPage(new HardwarePage(session, this));
    addStepPage(new DebianInstallPage(session, this));
    addStepPage(new PostInstallPage(session, this));
    addStepPage(new PortalPage(session, this));
    addStepPage(new PhonesPage(session, this));
    addStepPage(new MigrationPage(session, this));
    addStepPage(new LabelsPage(session, this));
    addStepPage(new SignOffPage(session, this));

    // The side: which steps are done, and the training badge that no one can miss.
    auto *side = new QWidget(this);
    m_trainingBanner = new MessageBanner(side);
    m_trainingBanner->setObjectName(QStringLiteral("wizardTrainingBanner"));
    m_stepsLabel = new QLabel(side);
    m_stepsLabel->setObjectName(QStringLiteral("wizardStepsLabel"));
    m_stepsLabel->setTextFormat(Qt::RichText);
    m_stepsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_trainingBanner);
    sideLayout->addWidget(m_stepsLabel, 1);
    setSideWidget(side);
    if (session.isTraining()) {
        m_trainingBanner->showMessage(
            MessageBanner::Kind::Training, tr("TRAINING — simulated portal, Shuttle and phones."));
    }

    connect(&session, &OrderSession::progressChanged, this, [this]() {
        updateSteps();
        Q_EMIT orderUpdated(m_session.order().orderId);
    });
    connect(&session, &OrderSession::orderChanged, this, &OrderWizard::updateSteps);
    connect(this, &QWizard::currentIdChanged, this, &OrderWizard::updateSteps);

    resize(1100, 720);
    if (session.isSignedOff()) {
        // Opened at its last page with every step behind it, so that Back goes through them all;
        // the pages only show what the job log holds, they contact nothing.
        setStartId(int(OrderStep::Order));
        restart();
        while (currentId() != int(OrderStep::SignOff) && nextId() != -1) {
            next();
        }
    } else {
        setStartId(int(session.hasOrder() ? session.progress().current() : OrderStep::Order));
    }
    updateSteps();
}

OrderWizard::~OrderWizard() = default;

void OrderWizard::addStepPage(WizardPage *page)
{
    m_pages.insert(page->step(), page);
    setPage(int(page->step()), page);
}

WizardPage *OrderWizard::stepPage(OrderStep step) const
{
    return m_pages.value(step);
}

OrderStep OrderWizard::currentStep() const
{
    return currentId() < 0 ? OrderStep::Order : OrderStep(currentId());
}

int OrderWizard::nextId() const
{
    if (currentId() < 0) {
        return QWizard::nextId();
    }
    const QList<OrderStep> steps = orderSteps(m_session.order().mode);
    const qsizetype at = steps.indexOf(OrderStep(currentId()));
    return at >= 0 && at + 1 < steps.size() ? int(steps.at(at + 1)) : -1;
}

void OrderWizard::updateReadOnly()
{
    const bool signedOff = m_session.isSignedOff();
    for (WizardPage *page : std::as_const(m_pages)) {
        if (page->step() != OrderStep::SignOff) {
            page->setEnabled(!signedOff);
        }
    }
    setButtonText(QWizard::FinishButton, signedOff ? tr("&Close") : tr("&Sign off"));
}

void OrderWizard::updateSteps()
{
    updateReadOnly();
    const Order &order = m_session.order();
    QString title =
        order.orderId.isEmpty() ? tr("New order") : tr("Order %1 — %2").arg(order.orderId, order.customerName);
    if (m_session.isSignedOff()) {
        title += tr(" — signed off");
    }
    if (m_session.isTraining()) {
        title += tr(" — TRAINING");
    }
    setWindowTitle(title);

    QString html;
    for (const OrderStep step : orderSteps(order.mode)) {
        QString mark;
        switch (m_session.progress().state(step)) {
        case OrderProgress::State::Done:
            mark = QStringLiteral("✔");
            break;
        case OrderProgress::State::Failed:
            mark = QStringLiteral("✖");
            break;
        case OrderProgress::State::Started:
            mark = QStringLiteral("…");
            break;
        case OrderProgress::State::NotStarted:
            mark = QStringLiteral("○");
            break;
        }
        const QString name = DisplayLabels::step(step).toHtmlEscaped();
        html += currentId() == int(step) ? QStringLiteral("<p><b>%1 %2</b></p>").arg(mark, name)
                                         : QStringLiteral("<p>%1 %2</p>").arg(mark, name);
    }
    m_stepsLabel->setText(html);
}

} // namespace Staging
