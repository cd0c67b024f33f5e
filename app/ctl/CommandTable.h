// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Staging::Ctl {

/** One stagingctl command: the words that name it, its line of the usage text and what runs it. */
struct CtlCommand
{
    QStringList words; // "plan", "check": stagingctl plan check ...
    // When not empty, one of these words must follow, and the command gets it as its first
    // argument (stagingctl order claim ORDER: "order" names the command, "claim" is its action).
    QStringList actions;
    const char *help; // its line of the usage text, as written there (untranslated)
    int (*run)(const CtlContext &context);
};

/** A command found in a command line, and the arguments it gets (argv[0] is "stagingctl WORDS"). */
struct CtlInvocation
{
    const CtlCommand *command = nullptr;
    QStringList arguments;
};

/** Every stagingctl command, in the order of the usage text. main() only dispatches from here. */
class CommandTable
{
public:
    static const QList<CtlCommand> &commands();
    /** The command that the command line (without the program name) names; nullopt when none. */
    static std::optional<CtlInvocation> find(const QStringList &commandLine);
    /** The usage text, translated: one line per command, in the table's order. */
    static QString usage();
};

} // namespace Staging::Ctl
