// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardPage.h"

#include "DisplayLabels.h"
#include "wizard/OrderSession.h"

#include <QMessageBox>

namespace Staging {

WizardPage::WizardPage(OrderStep step, OrderSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_session(session)
{
    setObjectName(orderStepId(step) + QStringLiteral("Page"));
    setTitle(DisplayLabels::step(step));
}

WizardPage::~WizardPage() = default;

bool WizardPage::validatePage()
{
    if (m_session.isSignedOff()) {
        return true;
    }
    if (!finishStep()) {
        return false;
    }
    const Status done = m_session.completeStep(m_step);
    if (!done) {
        showStepError(done.error().message);
        return false;
    }
    return stepDone();
}

bool WizardPage::isComplete() const
{
    return m_session.isSignedOff() || stepComplete();
}

void WizardPage::showStepError(const QString &message)
{
    // Window-modal and asynchronous: the wizard's event loop keeps running.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Step not recorded"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Staging
