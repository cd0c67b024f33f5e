// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SignOffPage.h"

namespace Staging {

SignOffPage::SignOffPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::SignOff, session, parent)
{
    setSubTitle(tr("Every step's result, and the supervisor's approval."));
}

SignOffPage::~SignOffPage() = default;

} // namespace Staging
