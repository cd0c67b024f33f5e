// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace Staging::Ctl {

/**
 * stagingctl shuttle postinstall --host H [--port P] [--user root] [--prefix DIR] --order ID|--serial S
 * --address A --gateway G --dns D[,D] ...: the post-install steps over SSH with the bench key, output
 * streamed. Exit 0 done, 1 when the hardware differs from the order, 2 when a step or the
 * connection failed or the options are wrong.
 */
class ShuttlePostInstallCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::ShuttlePostInstallCommand)

public:
    static int run(const CtlContext &context);

private:
    struct Options;

    static QList<QCommandLineOption> commandOptions();
    static Options parse(const CtlContext &context);
};

} // namespace Staging::Ctl
