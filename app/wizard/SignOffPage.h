// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** Every step's result, and the supervisor's approval. */
class SignOffPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignOffPage)

public:
    explicit SignOffPage(OrderSession &session, QWidget *parent = nullptr);
    ~SignOffPage() override;
};

} // namespace Staging
