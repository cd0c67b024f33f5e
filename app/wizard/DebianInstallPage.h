// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** Debian installed from the bench's preseed. */
class DebianInstallPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DebianInstallPage)

public:
    explicit DebianInstallPage(OrderSession &session, QWidget *parent = nullptr);
    ~DebianInstallPage() override;
};

} // namespace Staging
