// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;

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

} // namespace Staging::Ctl
