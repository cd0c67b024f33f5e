// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** The installed Shuttle configured over SSH. */
class PostInstallPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostInstallPage)

public:
    explicit PostInstallPage(OrderSession &session, QWidget *parent = nullptr);
    ~PostInstallPage() override;
};

} // namespace Staging
