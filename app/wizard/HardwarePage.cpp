// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/HardwarePage.h"

namespace Staging {

HardwarePage::HardwarePage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Hardware, session, parent)
{
    setSubTitle(tr("The Shuttle: model, serial and checklist."));
}

HardwarePage::~HardwarePage() = default;

} // namespace Staging
