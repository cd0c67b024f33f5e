// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/OrderStep.h"

#include <QHash>
#include <QWizard>

class QLabel;

namespace Staging {

class MessageBanner;
class OrderSession;
class WizardPage;

/**
 * One order through every step, one page per step (on-cloud orders skip the Shuttle's three).
 * The wizard opens at the order's current step read from the job log, so closing it mid-run and
 * opening the order again resumes where it was. It owns nothing of the order's state that the
 * job log does not also have.
 */
class OrderWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderWizard)

public:
    /** The session must outlive the wizard; a session without an order starts at the order page. */
    explicit OrderWizard(OrderSession &session, QWidget *parent = nullptr);
    ~OrderWizard() override;

    OrderSession &session() const { return m_session; }
    WizardPage *stepPage(OrderStep step) const;
    /** The step of the page shown now. */
    OrderStep currentStep() const;

    int nextId() const override;

Q_SIGNALS:
    /** A step was recorded done, or the order was saved: the main window refreshes its row. */
    void orderUpdated(const QString &orderId);

private:
    void addStepPage(WizardPage *page);
    void updateSteps();
    /** A signed-off order's pages can be looked at, Back and forth, and changed no more. */
    void updateReadOnly();

    OrderSession &m_session;
    QHash<OrderStep, WizardPage *> m_pages;
    MessageBanner *m_trainingBanner = nullptr;
    QLabel *m_stepsLabel = nullptr;
};

} // namespace Staging
