// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace Staging::Ctl {

/**
 * stagingctl sim serve [--port P] [--latency-ms N] [--user U] [--password W]
 *
 * Runs the Wazo simulator on 127.0.0.1 until SIGTERM or SIGINT. The first line on stdout is
 * "listening https://127.0.0.1:PORT sha256=<certificate fingerprint>", for the program that started it.
 */
class SimServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::SimServeCommand)

public:
    static int run(const CtlContext &context);

private:
    static QList<QCommandLineOption> commandOptions();
};

} // namespace Staging::Ctl
