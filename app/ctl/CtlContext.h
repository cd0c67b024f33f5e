// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/Order.h"

#include <QCommandLineOption>
#include <QEventLoop>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace Staging {
class JobLog;
}

namespace Staging::Ctl {

/** What every stagingctl command gets: its own arguments and the two output streams. */
struct CtlContext
{
    QStringList arguments; // argv[0] is "stagingctl <command>", as QCommandLineParser expects
    QTextStream &out;
    QTextStream &err;
};

/** Exit codes shared by all commands. */
enum ExitCode
{
    ExitOk = 0,
    ExitProblems = 1, // the input was read and is wrong (plan problems, live state differs)
    ExitFailure = 2, // the input could not be read, or the command line is wrong
};

/**
 * Parses a command's arguments. Returns the exit code when the command must stop there: the
 * options are wrong (message on stderr, ExitFailure) or --help was asked (help on stdout, ExitOk).
 */
std::optional<int> parseArguments(QCommandLineParser &parser, const CtlContext &context);

/** Says on stderr the first of these options that is missing or blank; false when one is. */
bool requireOptions(
    const QCommandLineParser &parser, const QList<QCommandLineOption> &options, const CtlContext &context);
/** The option's value as an https://host[:port] address; nullopt after saying on stderr what is wrong. */
std::optional<QUrl> httpsUrlOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, const CtlContext &context);

/** The job log a command uses: --joblog, else STAGING_JOBLOG, else the workbench's settings, else the default file. */
QString jobLogLocation(const QString &option);

/** The order a command works on, and the job log it was read from (none for a plan file). */
struct CommandOrder
{
    Order order;
    std::unique_ptr<JobLog> jobLog;
    std::optional<int> exitCode; // set when the command must stop: the message is on stderr
};

/**
 * --plan FILE read as it is (the stations only, no job log), or else the order `orderId` as saved
 * in the job log at jobLogLocation(jobLogOption). A file or log that cannot be read ends with
 * ExitFailure, an order the log does not have with ExitProblems.
 */
CommandOrder loadCommandOrder(
    const CtlContext &context, const QString &planFile, const QString &orderId, const QString &jobLogOption);

/** --locale, --timezone, --ntp-server: the phones' region of an order made from a plan file. */
QList<QCommandLineOption> regionOptions();
/**
 * The region those options give (the built-in value for each one not given), checked; a refusal
 * names the field. Options given for an order saved in the job log are refused: it keeps its own.
 */
Expected<PhoneRegion> regionFromOptions(const QCommandLineParser &parser, bool fromPlan);

/**
 * stagingctl's commands are synchronous: starts a job (start() then one finished(Result)) and runs
 * an event loop until it finishes. nullopt when the loop was ended from outside first
 * (QCoreApplication::exit() on a signal), the job still running.
 */
template <typename Job, typename Result> std::optional<Result> runToEnd(Job &job, void (Job::*finished)(const Result &))
{
    std::optional<Result> result;
    QEventLoop loop;
    QObject::connect(&job, finished, &loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    job.start();
    if (!result) {
        loop.exec();
    }
    return result;
}

} // namespace Staging::Ctl
