// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/** stagingctl plan check FILE [--range START-END] [--customer-id ID] [--format text|json] */
class PlanCheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PlanCheckCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
