// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCoreApplication>

namespace Staging::Ctl {

/**
 * stagingctl order apply --plan FILE --portal URL --pin-sha256 HEX --user U --customer NAME
 *     --customer-id ID [--range A-B] [--order-id ID] [--dry-run] [--resume] [--window N]
 *     [--joblog LOCATION]
 *
 * Provisions a customer's numbering plan on a Wazo stack: reconciles the live state with the
 * target, then creates only what is missing (ProvisioningExecutor). The portal password comes from
 * STAGING_PORTAL_PASSWORD, else the keychain (portal/<host>/<user>), else a prompt on the terminal
 * without echo. Without --resume, a stack that already holds part of the order is left alone.
 * Progress goes to stderr, the result per resource to stdout. Exit 0 only when the live state
 * equals the target, 1 when it does not (conflicts, refusals, a dry run with work left), 2 on a
 * wrong command line, an unreadable plan or no password.
 */
class OrderApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::OrderApplyCommand)

public:
    static int run(const CtlContext &context);

    /**
     * A password: the environment variable when set, else the keychain's entry for user on host,
     * else typed on the terminal without echo; empty, after saying on stderr where it was looked
     * for, when none of them gives one.
     */
    static QString password(
        const CtlContext &context, const char *environmentVariable, const QString &host, const QString &user);
};

} // namespace Staging::Ctl
