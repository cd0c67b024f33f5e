// SPDX-License-Identifier: GPL-3.0-or-later
// The command table run in-process: what main() dispatches, checked without starting stagingctl.
#include "ctl/CommandTable.h"

#include "CtlRunner.h"
#include "TestSupport.h"
#include "ctl/OrderTeamCommand.h"
#include "ctl/PlanCheckCommand.h"
#include "joblog/TeamLedger.h"

#include <QDateTime>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Staging::Ctl;
using namespace Staging::Test;
using Staging::TeamLedger;

namespace {

struct TableRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs the command that commandLine names through the table, as main() does. */
TableRun runThroughTable(const QStringList &commandLine)
{
    TableRun run;
    const auto invocation = CommandTable::find(commandLine);
    EXPECT_TRUE(invocation) << commandLine.join(QLatin1Char(' ')).toStdString();
    if (!invocation) {
        return run;
    }
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = invocation->command->run(CtlContext { invocation->arguments, out, err });
    out.flush();
    err.flush();
    return run;
}

} // namespace

TEST(CtlCommandTable, EveryCommandHasWordsHelpAndARunFunction)
{
    ASSERT_FALSE(CommandTable::commands().isEmpty());
    QSet<QString> names;
    for (const CtlCommand &command : CommandTable::commands()) {
        EXPECT_FALSE(command.words.isEmpty());
        ASSERT_NE(command.help, nullptr);
        const QString help = QString::fromUtf8(command.help);
        EXPECT_FALSE(help.trimmed().isEmpty());
        EXPECT_NE(command.run, nullptr) << command.help;
        // The help line starts with the command's words, and no two entries name the same command.
        EXPECT_TRUE(help.startsWith(command.words.join(QLatin1Char(' ')))) << command.help;
        for (const QString &action : command.actions.isEmpty() ? QStringList { QString() } : command.actions) {
            const QString name = (command.words + QStringList { action }).join(QLatin1Char(' ')).trimmed();
            EXPECT_FALSE(names.contains(name)) << name.toStdString();
            names.insert(name);
        }
    }
}

TEST(CtlCommandTable, UsageHasEachHelpLineInTheTableOrder)
{
    // No translator is installed here: the usage text is the source one, the table's help lines.
    const QString usage = CommandTable::usage();
    qsizetype previous = -1;
    for (const CtlCommand &command : CommandTable::commands()) {
        const qsizetype at = usage.indexOf(QStringLiteral("\n  ") + QString::fromUtf8(command.help) + u'\n');
        EXPECT_GT(at, previous) << command.help;
        previous = at;
    }
    const qsizetype commandLines = usage.section(QStringLiteral("\n\n"), 1, 1).count(u'\n');
    EXPECT_EQ(commandLines, CommandTable::commands().size()) << usage.toStdString();
}

TEST(CtlCommandTable, FindsTheCommandAndGivesItsArgumentsAfterTheProgramName)
{
    const auto check = CommandTable::find(
        { QStringLiteral("plan"), QStringLiteral("check"), QStringLiteral("plan.csv"), QStringLiteral("--strict") });
    ASSERT_TRUE(check);
    EXPECT_EQ(check->command->run, &PlanCheckCommand::run);
    EXPECT_EQ(check->arguments,
        QStringList(
            { QStringLiteral("stagingctl plan check"), QStringLiteral("plan.csv"), QStringLiteral("--strict") }));

    // An order's action is the team command's first argument, as its parser expects.
    const auto claim = CommandTable::find({ QStringLiteral("order"), QStringLiteral("claim"), QStringLiteral("C-1") });
    ASSERT_TRUE(claim);
    EXPECT_EQ(claim->command->run, &OrderTeamCommand::run);
    EXPECT_EQ(claim->arguments,
        QStringList({ QStringLiteral("stagingctl order"), QStringLiteral("claim"), QStringLiteral("C-1") }));
}

TEST(CtlCommandTable, AnUnknownCommandIsNotFound)
{
    EXPECT_FALSE(CommandTable::find({}));
    EXPECT_FALSE(CommandTable::find({ QStringLiteral("plan") }));
    EXPECT_FALSE(CommandTable::find({ QStringLiteral("plan"), QStringLiteral("print") }));
    EXPECT_FALSE(CommandTable::find({ QStringLiteral("phones"), QStringLiteral("dance") }));
    EXPECT_FALSE(CommandTable::find({ QStringLiteral("order") }));
    EXPECT_FALSE(CommandTable::find({ QStringLiteral("order"), QStringLiteral("cancel"), QStringLiteral("C-1") }));
    EXPECT_FALSE(CommandTable::find({ QStringLiteral("--labels") }));
}

TEST(CtlCommandTable, PlanCheckInProcessExitsAsTheProcessDoes)
{
    const QList<QStringList> commandLines {
        { QStringLiteral("plan"), QStringLiteral("check"), dataPath(QStringLiteral("plans/bench.xlsx")),
            QStringLiteral("--range"), QStringLiteral("8100-8119"), QStringLiteral("--format"),
            QStringLiteral("json") },
        { QStringLiteral("plan"), QStringLiteral("check"), dataPath(QStringLiteral("plans/problems.csv")),
            QStringLiteral("--format"), QStringLiteral("json") },
        { QStringLiteral("plan"), QStringLiteral("check"), dataPath(QStringLiteral("plans/no-such-plan.csv")) },
    };
    QList<int> exitCodes;
    for (const QStringList &commandLine : commandLines) {
        const CtlRun process = runStagingctl(commandLine);
        ASSERT_FALSE(process.crashed) << process.err.toStdString();
        const TableRun inProcess = runThroughTable(commandLine);
        EXPECT_EQ(inProcess.exitCode, process.exitCode) << commandLine.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(inProcess.out, process.out) << commandLine.join(QLatin1Char(' ')).toStdString();
        exitCodes.append(inProcess.exitCode);
    }
    // A valid plan, a plan with problems, a file that cannot be read: the three exit codes.
    EXPECT_EQ(exitCodes, QList<int>({ ExitOk, ExitProblems, ExitFailure }));
}

// The command line claims an order for as long as the wizard does when --lease-minutes is not given.
TEST(CtlCommandTable, OrderClaimLastsTheDefaultLease)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const TableRun run = runThroughTable({ QStringLiteral("order"), QStringLiteral("claim"), QStringLiteral("C-1"),
        QStringLiteral("--bench"), QStringLiteral("banc-1"), QStringLiteral("--technician"), QStringLiteral("Ann"),
        QStringLiteral("--joblog"), dir.filePath(QStringLiteral("joblog.sqlite")) });
    ASSERT_EQ(run.exitCode, ExitOk) << run.err.toStdString();
    // "Order C-1 is claimed by Ann on bench banc-1 until 2026-12-04T10:15:00Z."
    QString until = run.out.trimmed().section(u' ', -1);
    until.chop(1);
    const QDateTime expires = QDateTime::fromString(until, Qt::ISODate);
    ASSERT_TRUE(expires.isValid()) << run.out.toStdString();
    const qint64 leaseSeconds = std::chrono::seconds(TeamLedger::DefaultLease).count();
    EXPECT_GE(expires, before.addSecs(leaseSeconds - 60));
    EXPECT_LE(expires, QDateTime::currentDateTimeUtc().addSecs(leaseSeconds + 60));
}
