// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/**
 * stagingctl stack status URL [--pin-sha256 HEX] [--peer-name NAME] [--timeout-ms N]
 *
 * Asks each Wazo service of the stack for its /status over the pinned TLS connection and prints
 * one line per service. Exit 0 when every service answered, 1 when one did not or the certificate
 * is not the pinned one (without a pin, the certificate's fingerprint is printed for a decision),
 * 2 on a wrong command line.
 */
class StackStatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::StackStatusCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
