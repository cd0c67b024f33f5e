// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "ctl/CtlContext.h"
#include "portal/OrderApply.h"
#include "portal/ProvisioningPlanner.h"

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace Staging {
class SecretStore;
} // namespace Staging

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

    /** The order id without --order-id: order apply and migrate share it, so they share the order's phone passwords. */
    static QString defaultOrderId(const QString &customerId);
    /**
     * The plan file's stations and groups in order (which already holds the id, the customer, the
     * range and the region), extensions assigned and checked; nullopt after saying on stderr what is
     * wrong, row by row.
     */
    static std::optional<Order> readPlan(const CtlContext &context, const QString &planFile, Order order);

private:
    struct Options; // the command line's
    struct Target; // what the options say of the stack, the range and the region
    static Options commandLineOptions();
    /** --shuttle-lan and --dhcp-interface, checked; nullopt when not given. */
    static Expected<std::optional<ProvisioningPlanner::Lan>> shuttleLan(
        const QCommandLineParser &parser, const Options &options);
    static Expected<Target> target(const QCommandLineParser &parser, const Options &options);
    /** The plan as an order, checked; nullopt after saying on stderr what is wrong. */
    static std::optional<Order> readOrder(
        const CtlContext &context, const QCommandLineParser &parser, const Options &options, const Target &target);
    /** The same, from store rather than the keychain the public one opens. */
    static QString password(const CtlContext &context, SecretStore &store, const char *environmentVariable,
        const QString &host, const QString &user);
    static int apply(const CtlContext &context, const QCommandLineParser &parser, const Options &options,
        const Order &order, const ProvisioningPlan &plan, const QUrl &url, int window);
    /** The result per resource on stdout, what went wrong on stderr; the exit code. */
    static int report(const CtlContext &context, const OrderApply::Result &result);
};

} // namespace Staging::Ctl
