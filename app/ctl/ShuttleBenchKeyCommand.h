// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "ctl/CtlContext.h"
#include "shuttle/BenchKey.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/** stagingctl shuttle bench-key: prints the bench's public SSH key, made (and kept in the keychain) the first time. */
class ShuttleBenchKeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::ShuttleBenchKeyCommand)

public:
    static int run(const CtlContext &context);
    /** The bench key from the keychain and the settings, waiting for the keychain. */
    static BenchKeyResult loadOrCreate();
};

} // namespace Staging::Ctl
