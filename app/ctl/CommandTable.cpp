// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/CommandTable.h"

#include "ctl/HistoryCommand.h"
#include "ctl/LabelsCommand.h"
#include "ctl/MigrateCommand.h"
#include "ctl/OrderApplyCommand.h"
#include "ctl/OrderTeamCommand.h"
#include "ctl/PhonesConfigCommand.h"
#include "ctl/PhonesServeCommand.h"
#include "ctl/PhonesVpnImportCommand.h"
#include "ctl/PlanCheckCommand.h"
#include "ctl/PreseedRenderCommand.h"
#include "ctl/PreseedServeCommand.h"
#include "ctl/ShuttleBenchKeyCommand.h"
#include "ctl/ShuttlePostInstallCommand.h"
#include "ctl/SimServeCommand.h"
#include "ctl/StackRegisterCommand.h"
#include "ctl/StackStatusCommand.h"

#include <QCoreApplication>

namespace Staging::Ctl {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list) {
        result.append(QString::fromLatin1(word));
    }
    return result;
}

} // namespace

const QList<CtlCommand> &CommandTable::commands()
{
    static const QList<CtlCommand> table {
        { words({ "plan", "check" }), {}, "plan check FILE      check a customer's numbering plan (CSV or XLSX)",
            &PlanCheckCommand::run },
        { words({ "history" }), {}, "history [ORDER]      print the job log", &HistoryCommand::run },
        { words({ "sim", "serve" }), {}, "sim serve [--port P] run the Wazo simulator on 127.0.0.1 until killed",
            &SimServeCommand::run },
        { words({ "stack", "status" }), {},
            "stack status URL --pin-sha256 HEX   check that each service of a Wazo stack answers",
            &StackStatusCommand::run },
        { words({ "stack", "register" }), {},
            "stack register --portal URL --name NAME --private-host HOST ...  register a stack on the agency portal",
            &StackRegisterCommand::run },
        { words({ "order", "apply" }), {},
            "order apply --plan FILE --portal URL ...  provision a plan on a Wazo stack (--dry-run, --resume)",
            &OrderApplyCommand::run },
        { words({ "order" }), words({ "claim", "release", "takeover" }),
            "order claim|release|takeover ORDER --bench B --technician T   an order's lease in a shared job log",
            &OrderTeamCommand::run },
        { words({ "order" }), words({ "reserve", "unreserve" }),
            "order reserve|unreserve ORDER mac|did|serial VALUE ...   one order's MAC, DID or serial across benches",
            &OrderTeamCommand::run },
        { words({ "migrate" }), {},
            "migrate --plan FILE --portal URL ...  move a customer's phones onto the stack, one at a time",
            &MigrateCommand::run },
        { words({ "labels" }), {},
            "labels --plan FILE | --order ID ...  print labels to a PDF, a ZPL file or a Zebra printer",
            &LabelsCommand::run },
        { words({ "phones", "serve" }), {},
            "phones serve --order ID --listen ADDR:PORT --provisioning-url URL   serve an on-cloud order's phones",
            &PhonesServeCommand::run },
        { words({ "phones", "config" }), {},
            "phones config --plan FILE | --order ID --mac MAC --provisioning-url URL   print a phone's file",
            &PhonesConfigCommand::run },
        { words({ "phones", "vpn-import" }), {},
            "phones vpn-import --customer ID FILE   keep a customer's OpenVPN profile in the keychain",
            &PhonesVpnImportCommand::run },
        { words({ "preseed", "render" }), {},
            "preseed render --serial SERIAL [--hostname-pattern P] [--disk DEV]   print a Shuttle's preseed",
            &PreseedRenderCommand::run },
        { words({ "preseed", "serve" }), {},
            "preseed serve --serial SERIAL --listen ADDR:PORT [--order ID]   serve it to the Shuttle's installer",
            &PreseedServeCommand::run },
        { words({ "shuttle", "bench-key" }), {},
            "shuttle bench-key    print the bench's public SSH key (made once, kept in the keychain)",
            &ShuttleBenchKeyCommand::run },
        { words({ "shuttle", "postinstall" }), {},
            "shuttle postinstall --host H --order ID|--serial S --address IP ...   configure an installed Shuttle",
            &ShuttlePostInstallCommand::run },
    };
    return table;
}

std::optional<CtlInvocation> CommandTable::find(const QStringList &commandLine)
{
    for (const CtlCommand &command : commands()) {
        const qsizetype count = command.words.size();
        if (commandLine.mid(0, count) != command.words
            || (!command.actions.isEmpty() && !command.actions.contains(commandLine.value(count)))) {
            continue;
        }
        // QCommandLineParser wants a program name first: give it "stagingctl plan check".
        QStringList arguments = commandLine.mid(count);
        arguments.prepend(QStringLiteral("stagingctl ") + command.words.join(QLatin1Char(' ')));
        return CtlInvocation { &command, arguments };
    }
    return std::nullopt;
}

QString CommandTable::usage()
{
    // One literal, not lines assembled from the table: lupdate keys the French catalogue by the
    // whole text, and drops an entry whose literal is gone. The tests check that each command's
    // help line is here, in the table's order.
    return QCoreApplication::translate("stagingctl",
        "Usage: stagingctl COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  plan check FILE      check a customer's numbering plan (CSV or XLSX)\n"
        "  history [ORDER]      print the job log\n"
        "  sim serve [--port P] run the Wazo simulator on 127.0.0.1 until killed\n"
        "  stack status URL --pin-sha256 HEX   check that each service of a Wazo stack answers\n"
        "  stack register --portal URL --name NAME --private-host HOST ...  register a stack on the agency portal\n"
        "  order apply --plan FILE --portal URL ...  provision a plan on a Wazo stack (--dry-run, --resume)\n"
        "  order claim|release|takeover ORDER --bench B --technician T   an order's lease in a shared job log\n"
        "  order reserve|unreserve ORDER mac|did|serial VALUE ...   one order's MAC, DID or serial across benches\n"
        "  migrate --plan FILE --portal URL ...  move a customer's phones onto the stack, one at a time\n"
        "  labels --plan FILE | --order ID ...  print labels to a PDF, a ZPL file or a Zebra printer\n"
        "  phones serve --order ID --listen ADDR:PORT --provisioning-url URL   serve an on-cloud order's phones\n"
        "  phones config --plan FILE | --order ID --mac MAC --provisioning-url URL   print a phone's file\n"
        "  phones vpn-import --customer ID FILE   keep a customer's OpenVPN profile in the keychain\n"
        "  preseed render --serial SERIAL [--hostname-pattern P] [--disk DEV]   print a Shuttle's preseed\n"
        "  preseed serve --serial SERIAL --listen ADDR:PORT [--order ID]   serve it to the Shuttle's installer\n"
        "  shuttle bench-key    print the bench's public SSH key (made once, kept in the keychain)\n"
        "  shuttle postinstall --host H --order ID|--serial S --address IP ...   configure an installed Shuttle\n"
        "\n"
        "  stagingctl COMMAND --help   options of a command\n"
        "  stagingctl --version        version\n");
}

} // namespace Staging::Ctl
