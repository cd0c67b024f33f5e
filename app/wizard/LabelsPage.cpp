// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/LabelsPage.h"

namespace Staging {

LabelsPage::LabelsPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Labels, session, parent)
{
    setSubTitle(tr("Labels for every handset, box and port."));
}

LabelsPage::~LabelsPage() = default;

} // namespace Staging
