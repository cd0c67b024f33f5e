// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DebianInstallPage.h"

namespace Staging {

DebianInstallPage::DebianInstallPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Debian, session, parent)
{
    setSubTitle(tr("Debian installed from the bench's preseed."));
}

DebianInstallPage::~DebianInstallPage() = default;

} // namespace Staging
