// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/** stagingctl phones serve --order ID --listen ADDR:PORT --provisioning-url URL [--firmware DIR] */
class PhonesServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PhonesServeCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
