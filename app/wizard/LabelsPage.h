// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/WizardPage.h"

namespace Staging {

/** Labels for every handset, box and port. */
class LabelsPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelsPage)

public:
    explicit LabelsPage(OrderSession &session, QWidget *parent = nullptr);
    ~LabelsPage() override;
};

} // namespace Staging
