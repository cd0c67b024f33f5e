// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** Each phone claimed and attached to its station. */
class PhonesPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhonesPage)

public:
    explicit PhonesPage(OrderSession &session, QWidget *parent = nullptr);
    ~PhonesPage() override;
};

} // namespace Staging
