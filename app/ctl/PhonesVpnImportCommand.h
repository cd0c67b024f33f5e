// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/** stagingctl phones vpn-import --customer ID FILE: a customer's OpenVPN profile into the keychain, once. */
class PhonesVpnImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PhonesVpnImportCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
