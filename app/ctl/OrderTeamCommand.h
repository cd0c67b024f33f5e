// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

namespace Staging::Ctl {

/**
 * stagingctl order claim|release|takeover ORDER --bench B --technician T [--lease-minutes N]
 * stagingctl order reserve|unreserve ORDER mac|did|serial VALUE --bench B --technician T
 * A refusal (held by another bench, reserved for another order) names the holder, exit 1.
 */
class OrderTeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::OrderTeamCommand)

public:
    static int run(const CtlContext &context);

private:
    static QList<QCommandLineOption> commandOptions();
};

} // namespace Staging::Ctl
