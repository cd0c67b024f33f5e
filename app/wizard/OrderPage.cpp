// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OrderPage.h"

namespace Staging {

OrderPage::OrderPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Order, session, parent)
{
    setSubTitle(tr("The customer, the numbering plan and the extensions."));
}

OrderPage::~OrderPage() = default;

} // namespace Staging
