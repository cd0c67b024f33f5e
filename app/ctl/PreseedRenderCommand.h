// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/** stagingctl preseed render --serial SERIAL [--hostname-pattern P] [--disk /dev/sda] [--public-key FILE]. */
class PreseedRenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PreseedRenderCommand)

public:
    static int run(const CtlContext &context);
};

} // namespace Staging::Ctl
