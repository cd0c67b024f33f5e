// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** The customer, the numbering plan and the extensions. */
class OrderPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPage)

public:
    explicit OrderPage(OrderSession &session, QWidget *parent = nullptr);
    ~OrderPage() override;
};

} // namespace Staging
