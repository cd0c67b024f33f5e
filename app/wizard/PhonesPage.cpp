// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PhonesPage.h"

namespace Staging {

PhonesPage::PhonesPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Phones, session, parent)
{
    setSubTitle(tr("Each phone claimed and attached to its station."));
}

PhonesPage::~PhonesPage() = default;

} // namespace Staging
