// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace Staging {
class PreseedServer;
}

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

private:
    /** --listen, --order and --joblog: the options beyond the preseed's own. */
    static QList<QCommandLineOption> serveOptions();
    /** Prints each fetch and callback of the installer as it comes. */
    static void printServerEvents(const CtlContext &context, PreseedServer &server);
};

} // namespace Staging::Ctl
