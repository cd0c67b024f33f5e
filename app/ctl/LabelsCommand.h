// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/**
 * stagingctl labels --plan FILE | --order ID [--kind KIND] [--station EXT] [--media NAME]
 * (--out FILE.pdf | --zpl FILE | --zpl-host HOST:PORT). Needs a QGuiApplication (PDF painting).
 */
class LabelsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::LabelsCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
