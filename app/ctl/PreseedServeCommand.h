// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/**
 * stagingctl preseed serve --serial SERIAL --listen ADDR:PORT [--order ID] [--joblog LOCATION]
 * [--hostname-pattern P] [--disk DEV] [--public-key FILE]: serves one Shuttle's preseed until
 * SIGTERM or Ctrl+C, then exits 0.
 */
class PreseedServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PreseedServeCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
