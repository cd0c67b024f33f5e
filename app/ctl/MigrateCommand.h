// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "ctl/CtlContext.h"
#include "portal/PhoneMigration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace Staging {
class JobLog;
} // namespace Staging

namespace Staging::Ctl {

/**
 * stagingctl migrate --plan FILE --portal URL --pin-sha256 HEX --user U --customer NAME
 *     --customer-id ID --provisioning-url URL [--order-id ID] [--vpn-dir DIR]
 *     [--timeout-per-phone SECONDS] [--poll-interval SECONDS] [--dry-run] [--joblog LOCATION]
 *
 * Moves an existing customer's phones onto the agency stack, one at a time (PhoneMigration): the
 * order's users and lines first, then for each phone in plan order what the technician does on it
 * (web interface, factory reset, VPN tar, provisioning server URL), then its progress until the
 * stack says it is configured. The next phone is offered only then: a phone that does not come
 * back in time, or that the stack refuses, stops the run and leaves the phones after it untouched.
 * The portal password comes as for order apply; the phones' admin password is the order's, from
 * the keychain, and is never printed. Exit 0 when every phone is configured, 1 when one timed out
 * or was refused, 2 on a wrong command line, an unreadable plan or no password.
 */
class MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::MigrateCommand)

public:
    static int run(const CtlContext &context);

private:
    struct Options; // the command line's
    struct Settings; // what the options say, checked
    static Options commandLineOptions();
    static Expected<Settings> settings(const QCommandLineParser &parser, const Options &options);
    /** The customer's VPN profile from the keychain as the tar Yealink phones take; nullopt when it has none. */
    static Expected<std::optional<QByteArray>> vpnTar(const QString &customerId);
    /** The tar written to dir as <order>-vpn.tar, readable by its owner only (it holds the VPN's key). */
    static Expected<QString> writeVpnTar(const QString &dir, const QString &orderId, const QByteArray &tar);
    /** "phone N/M  row R  NAME  MODEL  MAC" */
    static QString phoneLine(const QList<PhoneMigration::Phone> &phones, int index);
    /** The phone's line and what to do on it. */
    static void printInstructions(const CtlContext &context, const Order &order,
        const QList<PhoneMigration::Phone> &phones, int index, const Settings &settings, const QString &vpnTarPath);
    /** Phones the job log says are done already: said, not offered again. */
    static void printEarlierRuns(const CtlContext &context, const QList<PhoneMigration::Phone> &phones,
        const QList<PhoneMigration::PhoneState> &states);
    static int dryRun(const CtlContext &context, const Order &order, const QList<PhoneMigration::Phone> &phones,
        const QList<PhoneMigration::PhoneState> &states, const Settings &settings, bool hasVpnProfile);
    static int migrate(const CtlContext &context, const Order &order, const Settings &settings, JobLog &journal,
        const QString &portalPassword, const QString &vpnTarPath);
    /** The run's end on stdout and stderr; the exit code. stoppedAt: the phone it ended at, -1 before any. */
    static int report(const CtlContext &context, const QList<PhoneMigration::Phone> &phones,
        const PhoneMigration::Result &result, int stoppedAt);
};

} // namespace Staging::Ctl
