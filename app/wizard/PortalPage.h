// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** The order on the Wazo stack. */
class PortalPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalPage)

public:
    explicit PortalPage(OrderSession &session, QWidget *parent = nullptr);
    ~PortalPage() override;
};

} // namespace Staging
