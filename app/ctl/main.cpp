// SPDX-License-Identifier: GPL-3.0-or-later
// stagingctl: the command-line companion of the workbench, and the proof that libstaging runs
// headless. Each command parses its own options; this file only dispatches.
#include "core/Translations.h"
#include "ctl/CtlContext.h"
#include "ctl/HistoryCommand.h"
#include "ctl/LabelsCommand.h"
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
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Staging::Ctl;

namespace {

QString usage()
{
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

} // namespace

int main(int argc, char **argv)
{
    // Painting labels needs QtGui's fonts and a platform plugin; every other command stays a plain
    // QCoreApplication. Offscreen by default: stagingctl runs on benches and in CI without a display.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && std::strcmp(argv[1], "labels") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationDomain(QStringLiteral(STAGING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral("staging-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STAGING_VERSION));
    Staging::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);

    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << "stagingctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        (command.isEmpty() ? err : out) << usage();
        return command.isEmpty() ? ExitFailure : ExitOk;
    }
    // QCommandLineParser wants a program name first: give it "stagingctl plan check".
    if (command == QLatin1String("plan") && args.value(2) == QLatin1String("check")) {
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl plan check"));
        return PlanCheckCommand::run(CtlContext { rest, out, err });
    }
    if (command == QLatin1String("sim") && args.value(2) == QLatin1String("serve")) {
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl sim serve"));
        return SimServeCommand::run(CtlContext { rest, out, err });
    }
    if (command == QLatin1String("order") && args.value(2) == QLatin1String("apply")) {
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl order apply"));
        return OrderApplyCommand::run(CtlContext { rest, out, err });
    }
    if (command == QLatin1String("order")
        && QStringList({ QStringLiteral("claim"), QStringLiteral("release"), QStringLiteral("takeover"),
                           QStringLiteral("reserve"), QStringLiteral("unreserve") })
               .contains(args.value(2))) {
        QStringList rest = args.mid(2);
        rest.prepend(QStringLiteral("stagingctl order"));
        return OrderTeamCommand::run(CtlContext { rest, out, err });
    }
    if (command == QLatin1String("stack") && args.value(2) == QLatin1String("status")) {
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl stack status"));
        return StackStatusCommand::run(CtlContext { rest, out, err });
    }
    if (command == QLatin1String("stack") && args.value(2) == QLatin1String("register")) {
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl stack register"));
        return StackRegisterCommand::run(CtlContext { rest, out, err });
    }
    if (command == QLatin1String("phones")) {
        const QString sub = args.value(2);
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl phones ") + sub);
        if (sub == QLatin1String("serve")) {
            return PhonesServeCommand::run(CtlContext { rest, out, err });
        }
        if (sub == QLatin1String("config")) {
            return PhonesConfigCommand::run(CtlContext { rest, out, err });
        }
        if (sub == QLatin1String("vpn-import")) {
            return PhonesVpnImportCommand::run(CtlContext { rest, out, err });
        }
    }
    if (command == QLatin1String("preseed")) {
        const QString sub = args.value(2);
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl preseed ") + sub);
        if (sub == QLatin1String("render")) {
            return PreseedRenderCommand::run(CtlContext { rest, out, err });
        }
        if (sub == QLatin1String("serve")) {
            return PreseedServeCommand::run(CtlContext { rest, out, err });
        }
    }
    if (command == QLatin1String("shuttle")) {
        const QString sub = args.value(2);
        QStringList rest = args.mid(3);
        rest.prepend(QStringLiteral("stagingctl shuttle ") + sub);
        if (sub == QLatin1String("postinstall")) {
            return ShuttlePostInstallCommand::run(CtlContext { rest, out, err });
        }
        if (sub == QLatin1String("bench-key")) {
            return ShuttleBenchKeyCommand::run(CtlContext { rest, out, err });
        }
    }
    if (command == QLatin1String("labels")) {
        QStringList rest = args.mid(2);
        rest.prepend(QStringLiteral("stagingctl labels"));
        return LabelsCommand::run(CtlContext { rest, out, err });
    }
    if (command == QLatin1String("history")) {
        QStringList rest = args.mid(2);
        rest.prepend(QStringLiteral("stagingctl history"));
        return HistoryCommand::run(CtlContext { rest, out, err });
    }
    err << QCoreApplication::translate("stagingctl", "Unknown command \"%1\".").arg(args.mid(1).join(QLatin1Char(' ')))
        << Qt::endl
        << usage();
    return ExitFailure;
}
