// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** The Shuttle: model, serial and checklist. */
class HardwarePage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwarePage)

public:
    explicit HardwarePage(OrderSession &session, QWidget *parent = nullptr);
    ~HardwarePage() override;
};

} // namespace Staging
