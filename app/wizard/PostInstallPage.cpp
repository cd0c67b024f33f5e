// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PostInstallPage.h"

namespace Staging {

PostInstallPage::PostInstallPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::PostInstall, session, parent)
{
    setSubTitle(tr("The installed Shuttle configured over SSH."));
}

PostInstallPage::~PostInstallPage() = default;

} // namespace Staging
