// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/OrderStep.h"

#include <QWizardPage>

namespace Staging {

class OrderSession;

/**
 * A wizard page for one step of an order. Leaving it forward records the step done in the job
 * log (after finishStep() agreed), which is what lets a closed wizard reopen at the right page.
 * Once the order is signed off, nothing is recorded any more: its pages are only looked at.
 */
class WizardPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPage)

public:
    WizardPage(OrderStep step, OrderSession &session, QWidget *parent = nullptr);
    ~WizardPage() override;

    OrderStep step() const { return m_step; }
    OrderSession &session() const { return m_session; }

    bool validatePage() final;
    /** A signed-off order's pages are all complete: they are only looked at, Back and Next. */
    bool isComplete() const final;

protected:
    /** Whether the page has what its step needs to be recorded done. */
    virtual bool stepComplete() const { return true; }
    /**
     * The page's last word before its step is recorded done: saves what it collected. Returns false
     * to stay on the page (the page shows why).
     */
    virtual bool finishStep() { return true; }
    /**
     * Right after the step was recorded done: what must follow it (the sign-off's report). Returns
     * false to stay on the page (the page shows why).
     */
    virtual bool stepDone() { return true; }
    /**
     * Where the page lays out its widgets: inside a scroll area, so that on a small screen (1024×700)
     * the wizard can be made shorter than the page and the page scrolls instead of being cut.
     */
    QWidget *content() const { return m_content; }
    /** Shown to the technician when the job log refuses the step-done event. */
    void showStepError(const QString &message);

private:
    OrderStep m_step;
    OrderSession &m_session;
    QWidget *m_content = nullptr;
};

} // namespace Staging
