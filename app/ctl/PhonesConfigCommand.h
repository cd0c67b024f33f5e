// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/** stagingctl phones config --plan FILE | --order ID --mac MAC --provisioning-url URL [--common] [--reveal] */
class PhonesConfigCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PhonesConfigCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
