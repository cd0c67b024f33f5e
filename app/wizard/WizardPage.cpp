// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WizardPage.h"

#include "DisplayLabels.h"
#include "wizard/OrderSession.h"

#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Staging {

WizardPage::WizardPage(OrderStep step, OrderSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_session(session)
{
    setObjectName(orderStepId(step) + QStringLiteral("Page"));
    setTitle(DisplayLabels::step(step));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
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
