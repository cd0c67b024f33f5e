// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PortalPage.h"

namespace Staging {

PortalPage::PortalPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Portal, session, parent)
{
    setSubTitle(tr("The order on the Wazo stack."));
}

PortalPage::~PortalPage() = default;

} // namespace Staging
